/**
 * Claude through Mastra: `new Agent({ model, instructions, tools, defaultOptions, maxRetries })`
 * from `@mastra/core/agent` (`@mastra/core` in 0.x), and `agent.generate(messages, options)` /
 * `agent.stream(…)` on such an agent built in the same file.
 *
 * Mastra calls an AI SDK provider: for a model object (`anthropic("id")`) the user's installed
 * `@ai-sdk/anthropic`, for a model string `"anthropic/<id>"` the one it bundles (by Mastra
 * version). The call options (`modelSettings`, `providerOptions`, `toolChoice`) over the agent's
 * `defaultOptions` are translated like an AI SDK call, with Mastra's own rewrites (from 1.67 it
 * drops sampling for models off its capability list). Memory, workspaces, sub-agents, workflows
 * and processors add tools or rewrite calls: then tools and tool choice are unknown.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrapExpression } from "../kit/ast";
import { UNKNOWN, alternatives, get, isNullish, known, oneOf, type ObjectValue, type Prop, type Value } from "../engine/value";
import { packageRoot, versionAt } from "../knowledge/installed";
import { MASTRA_GATES, MASTRA_NEWEST, MASTRA_TEMPERATURE_MODELS, has, mastraBundledAiSdk } from "../knowledge/wrappers";
import { buildSite, modelAt, retriesIn, versionsOf, type AiSdkModel, type AiSdkVersions, type Translation } from "./ai-sdk";
import { calleeImport, nodeOfValue, opt, origin, valueIn, type RetryFacts, type SourceContext, type WrapperSite } from "./wrapper";

type Node = TSESTree.Node;

export const MASTRA_SOURCES: ReadonlySet<string> = new Set(["@mastra/core/agent", "@mastra/core"]);
/** Agent settings that add tools or rewrite calls. */
const OPENING_SETTINGS = ["memory", "workspace", "agents", "workflows", "inputProcessors", "outputProcessors", "scorers", "voice", "skills", "browser"];

interface Agent {
  readonly node: TSESTree.NewExpression;
  readonly config: ObjectValue;
  readonly mastra: string | undefined;
}

/** A `new Agent({...})` of Mastra with a config written in view. */
function agentAt(node: TSESTree.NewExpression, ctx: SourceContext): Agent | undefined {
  const imported = calleeImport(node.callee, ctx.evaluator);
  if (!imported || !MASTRA_SOURCES.has(imported.source) || imported.name !== "Agent") return undefined;
  const arg = node.arguments[0];
  if (!arg || arg.type === "SpreadElement") return undefined;
  const config = valueIn(ctx, arg);
  if (config.kind !== "object" || config.open) return undefined;
  const root = packageRoot(ctx.directory, "@mastra/core");
  return { node, config, mastra: root ? versionAt(root) : undefined };
}

/** The agent's model: a provider model object, or an `"anthropic/<id>"` string for the bundled provider. */
function agentModel(agent: Agent, ctx: SourceContext): { model: AiSdkModel; versions: AiSdkVersions } | undefined {
  const prop = agent.config.props.get("model");
  if (!prop || prop.presence !== "always" || prop.node?.type !== "Property") return undefined;
  const value = prop.value;
  const ids: Value[] = [];
  for (const alt of alternatives(value)) {
    if (alt.kind !== "known" || typeof alt.value !== "string") {
      ids.length = 0;
      break;
    }
    if (!alt.value.startsWith("anthropic/")) return undefined; // other providers and gateways
    ids.push(known(alt.value.slice("anthropic/".length), alt.node));
  }
  if (ids.length > 0) {
    const model: AiSdkModel = {
      provider: { provider: "anthropic", sources: [], instances: [], factories: [], pkg: "@ai-sdk/anthropic", namespaces: [] },
      id: oneOf(ids),
      gateway: false,
      ownFetch: false,
      headers: false,
      renamed: false,
    };
    return { model, versions: { provider: mastraBundledAiSdk(agent.mastra), ai: "5.0.0" } };
  }
  const model = modelAt(prop.node.value, ctx);
  return model ? { model, versions: versionsOf(model, ctx.directory) } : undefined;
}

/** The request an agent makes with the given call (or, with none, with its defaults alone). */
function agentSite(agent: Agent, call: TSESTree.CallExpression | undefined, ctx: SourceContext): WrapperSite | null {
  const resolved = agentModel(agent, ctx);
  if (!resolved) return null;
  const defaults = get(agent.config, "defaultOptions");
  const callOptions = call && call.arguments[1] && call.arguments[1].type !== "SpreadElement" ? valueIn(ctx, call.arguments[1]) : known(undefined);
  if (call?.arguments.some((a) => a.type === "SpreadElement")) return null;
  const opened = OPENING_SETTINGS.some((k) => !isNullish(get(agent.config, k)));
  const setting = (key: string): Value => over(opt(callOptions, key), opt(defaults, key));
  const modelSettings = mergeObjects(opt(callOptions, "modelSettings"), opt(defaults, "modelSettings"));
  const providerOptions = mergeObjects(opt(callOptions, "providerOptions"), opt(defaults, "providerOptions"));
  // A call's `toolsets` and `clientTools` are merged with the agent's tools (two levels deep): not followed.
  const addsTools = !isNullish(opt(callOptions, "toolsets")) || !isNullish(opt(callOptions, "clientTools"));
  const tools = opened || addsTools ? UNKNOWN : get(agent.config, "tools");
  const messages = call ? valueIn(ctx, call.arguments[0]) : UNKNOWN;
  const props = new Map<string, Prop>();
  const put = (key: string, value: Value): void => {
    if (!isNullish(value)) props.set(key, { key, presence: "always", node: undefined, value });
  };
  for (const key of ["maxOutputTokens", "temperature", "topP", "topK", "stopSequences"]) put(key, opt(modelSettings, key));
  put("providerOptions", providerOptions);
  put("toolChoice", opened ? UNKNOWN : setting("toolChoice"));
  put("tools", tools);
  put("activeTools", setting("activeTools"));
  put("prepareStep", setting("prepareStep"));
  if (alternatives(messages).every((a) => a.kind === "known" && typeof a.value === "string")) put("prompt", messages);
  else if (call) put("messages", messages.kind === "array" ? messages : UNKNOWN);
  put("system", get(agent.config, "instructions"));
  const options: ObjectValue = { kind: "object", props, open: false, node: (call?.arguments[1] ?? agent.node) as Node };
  const mastra = agent.mastra ?? MASTRA_NEWEST;
  const how: Translation = {
    structured: !isNullish(setting("structuredOutput")),
    streaming: call !== undefined && memberName(unwrapExpression(call.callee) as TSESTree.MemberExpression) === "stream",
    dropSampling: (id) => has(mastra, MASTRA_GATES.dropsSampling) && !MASTRA_TEMPERATURE_MODELS.has(id),
    noneRemovesTools: true,
    settingsPrefix: "modelSettings.",
    kind: "mastra",
    library: { name: "@mastra/core", version: agent.mastra },
  };
  return buildSite({ node: call ?? agent.node, options, model: resolved.model, versions: resolved.versions, how }, ctx);
}

/**
 * The request of `new Agent({...})`: its model only. Every call may override the default options,
 * so those are checked where a call in view is made (`mastraCallSite`).
 */
export function mastraAgentSite(node: TSESTree.NewExpression, ctx: SourceContext): WrapperSite | null {
  const agent = agentAt(node, ctx);
  const site = agent ? agentSite(agent, undefined, ctx) : null;
  if (!site) return null;
  const model = get(site.value, "model");
  const value: ObjectValue = { kind: "object", props: new Map([["model", { key: "model", presence: "always", node: nodeOfValue(model), value: model }]]), open: true, node };
  return { ...site, value };
}

/** The request of `agent.generate(messages, options)` / `agent.stream(…)` on an agent built in view. */
export function mastraCallSite(call: TSESTree.CallExpression, ctx: SourceContext): WrapperSite | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "MemberExpression") return null;
  const name = memberName(callee);
  if (name !== "generate" && name !== "stream") return null;
  const built = origin(callee.object, ctx.evaluator);
  if (built.type !== "NewExpression") return null;
  const agent = agentAt(built, ctx);
  return agent ? agentSite(agent, call, ctx) : null;
}

/** How many times an agent retries a model call: its `maxRetries` (default 0 from 1.11). */
export function mastraRetries(node: TSESTree.NewExpression, ctx: SourceContext): RetryFacts | undefined {
  const agent = agentAt(node, ctx);
  const resolved = agent && agentModel(agent, ctx);
  // A provider's own fetch may retry on its own: the count is not certain.
  if (!agent || !resolved || resolved.model.ownFetch) return undefined;
  const mastra = agent.mastra ?? MASTRA_NEWEST;
  const agentOnly = has(mastra, MASTRA_GATES.agentRetriesOnly);
  const fallback = opt(opt(get(agent.config, "defaultOptions"), "modelSettings"), "maxRetries");
  // From 1.63.1 a default `modelSettings.maxRetries` counts when the agent sets none.
  if (isNullish(get(agent.config, "maxRetries")) && !isNullish(fallback)) {
    return { ...retriesIn(agent.config, node, "maxRetries", "Mastra", 0, true, unwrapExpression(node.arguments[0] as Node)), counts: undefined };
  }
  // From 1.63.1 a call's `modelSettings.maxRetries` counts for that call, when the agent sets none.
  if (has(mastra, MASTRA_GATES.perCallRetries) && isNullish(get(agent.config, "maxRetries")) && callsMaySetRetries(node, ctx)) return undefined;
  const facts = retriesIn(agent.config, node, "maxRetries", "Mastra", agentOnly ? 0 : 2, true, unwrapExpression(node.arguments[0] as Node));
  // Before 1.11 the model call itself retried (the AI SDK's default, 2), inside the agent's own
  // retry loop: the default is as low as an AI SDK call's, and a count set on the agent multiplies.
  return !agentOnly && facts.explicit ? { ...facts, counts: undefined } : facts;
}

/** True when a `generate` / `stream` call in this file on the agent may set `modelSettings.maxRetries`. */
function callsMaySetRetries(node: TSESTree.NewExpression, ctx: SourceContext): boolean {
  const decl = node.parent;
  if (decl?.type !== "VariableDeclarator" || decl.init !== node || decl.id.type !== "Identifier") return false;
  const variable = ctx.evaluator.variableOf(decl.id);
  for (const ref of variable?.references ?? []) {
    const member = (ref.identifier as Node).parent;
    if (member?.type !== "MemberExpression" || member.object !== ref.identifier) continue;
    const call = member.parent;
    const name = memberName(member);
    if (call?.type !== "CallExpression" || call.callee !== member || (name !== "generate" && name !== "stream")) continue;
    const options = call.arguments[1];
    if (!options) continue;
    if (options.type === "SpreadElement" || !isNullish(opt(opt(valueIn(ctx, options), "modelSettings"), "maxRetries"))) return true;
  }
  return false;
}

/** `first ?? second` for option values: the call's, else the default's. */
function over(first: Value, second: Value): Value {
  if (isNullish(first)) return second;
  if (alternatives(first).every((a) => a.kind !== "known" || a.value != null)) return first;
  return UNKNOWN;
}

/** Two option objects merged key by key (the first wins), one level deep for `anthropic`. */
function mergeObjects(first: Value, second: Value): Value {
  if (isNullish(first)) return second;
  if (isNullish(second)) return first;
  if (first.kind !== "object" || second.kind !== "object" || first.open || second.open) return UNKNOWN;
  const props = new Map(second.props);
  for (const [key, prop] of first.props) {
    const previous = props.get(key);
    props.set(key, previous && key === "anthropic" ? { ...prop, value: mergeObjects(prop.value, previous.value) } : prop);
  }
  return { kind: "object", props, open: false, node: first.node };
}

