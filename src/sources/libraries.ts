/**
 * Which wrapper library sends a request: the one door the engine uses to the AI SDK, Mastra and
 * LangChain.js sources. Files whose text names none of the packages never get here.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type { Evaluator } from "../engine/evaluate";
import { memberName, unwrapExpression } from "../kit/ast";
import { aiSdkRetries, aiSdkSite, AI_SDK_CALLS } from "./ai-sdk";
import { langchainBindSite, langchainInvokeSite, langchainModelSite, langchainRetries, LANGCHAIN_CLASSES } from "./langchain";
import { mastraAgentSite, mastraCallSite, mastraRetries, MASTRA_SOURCES } from "./mastra";
import { calleeImport, type RetryFacts, type SourceContext, type WrapperSite } from "./wrapper";

/** Text one of which a file must contain to use a wrapper (its import or require). */
export const WRAPPER_PACKAGE_TEXT: readonly string[] = ["@ai-sdk/", "@mastra/", "@langchain/anthropic"];

/** Method names of wrapper calls that send (or bind) a request, for the rule listener's selector. */
export const WRAPPER_METHOD_NAMES: readonly string[] = ["generate", "stream", "bindTools", "invoke", ...AI_SDK_CALLS];

/** True when the file's text may use a wrapper library. (Asked once per file.) */
export function mayUseWrappers(text: string): boolean {
  return WRAPPER_PACKAGE_TEXT.some((t) => text.includes(t));
}

/** The request a call sends through a wrapper: an AI SDK function, a Mastra agent's call, a LangChain binding or invocation. */
export function wrapperCallSite(call: TSESTree.CallExpression, ctx: SourceContext): WrapperSite | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === "Identifier") return aiSdkSite(call, ctx);
  if (callee.type !== "MemberExpression") return null;
  switch (memberName(callee)) {
    case "generate":
      return mastraCallSite(call, ctx);
    case "stream":
      return mastraCallSite(call, ctx) ?? langchainInvokeSite(call, ctx);
    case "bindTools":
      return langchainBindSite(call, ctx);
    case "invoke":
      return langchainInvokeSite(call, ctx);
    default:
      return aiSdkSite(call, ctx); // `ai.generateText(…)` through a namespace import
  }
}

/** The request a construction stands for: a Mastra `Agent` (its defaults) or a LangChain `ChatAnthropic`. */
export function wrapperNewSite(node: TSESTree.NewExpression, ctx: SourceContext): WrapperSite | null {
  return mastraAgentSite(node, ctx) ?? langchainModelSite(node, ctx);
}

/** How many times a wrapper call or construction retries, when it is one. */
export function wrapperRetries(node: TSESTree.CallExpression | TSESTree.NewExpression, ctx: SourceContext): RetryFacts | undefined {
  return node.type === "CallExpression" ? aiSdkRetries(node, ctx) : (mastraRetries(node, ctx) ?? langchainRetries(node, ctx));
}

/**
 * True when a call or construction certainly only reads the objects it is given: the AI SDK
 * functions, a Mastra `Agent`, a LangChain chat model. Decided by the callee's import alone (it is
 * asked while values are being evaluated).
 */
export function isWrapperSink(node: TSESTree.CallExpression | TSESTree.NewExpression, evaluator: Evaluator): boolean {
  const imported = calleeImport(node.callee, evaluator);
  if (!imported) return false;
  if (node.type === "CallExpression") return imported.source === "ai" && AI_SDK_CALLS.includes(imported.name);
  return (MASTRA_SOURCES.has(imported.source) && imported.name === "Agent") || (imported.source === "@langchain/anthropic" && LANGCHAIN_CLASSES.has(imported.name));
}
