/**
 * Claude through LangChain.js: `new ChatAnthropic({...})` (also `ChatAnthropicMessages`, and
 * `new ChatAnthropic("model", {...})`) from `@langchain/anthropic`, and `.bindTools(tools,
 * { tool_choice })` on such a model built in the same file.
 *
 * The fields are translated into the body `invocationParams` builds (`dist/chat_models.js`): the
 * model (or the version's default, retired in every version), `max_tokens` (or the per-model
 * default), sampling only when set (0.3.x always sent `temperature: 1`, `top_k: -1`, `top_p: -1`),
 * `thinking` as written (up to 1.5.0 `{ type: "disabled" }` when not written), and
 * `invocationKwargs` over everything. What LangChain refuses before sending (`enabled` thinking on
 * its adaptive-only list, a forced `tool_choice` naming no bound tool) is left in the body: the call
 * fails either way, and the rules say why.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrapExpression } from "../kit/ast";
import { ABSENT, UNKNOWN, alternatives, get, isNullish, known, strings, type Element, type ObjectValue, type Prop, type Value } from "../engine/value";
import { packageRoot, versionAt } from "../knowledge/installed";
import { lookupModel } from "../knowledge/models";
import { compareVersions } from "../knowledge/sdk-facts";
import { LANGCHAIN_DEFAULT_MAX_RETRIES, LANGCHAIN_GATES, has, langchainDefaultMaxTokens, langchainDefaultModel } from "../knowledge/wrappers";
import { hostOf, isAnthropicHost } from "./sdk";
import { retriesIn } from "./ai-sdk";
import { body, calleeImport, importOf, nodeOfValue, opt, origin, valueIn, wrapperClient, type Field, type RetryFacts, type SourceContext, type WrapperSite } from "./wrapper";

type Node = TSESTree.Node;

export const LANGCHAIN_CLASSES: ReadonlySet<string> = new Set(["ChatAnthropic", "ChatAnthropicMessages"]);

const LABELS: ReadonlyMap<string, string> = new Map([
  ["max_tokens", "maxTokens"],
  ["temperature", "temperature"],
  ["top_p", "topP"],
  ["top_k", "topK"],
  ["tool_choice", "tool_choice"],
  ["thinking", "thinking"],
  ["thinking.type", "thinking.type"],
  ["thinking.budget_tokens", "thinking.budget_tokens"],
]);

interface Model {
  readonly node: TSESTree.NewExpression;
  readonly fields: ObjectValue;
  /** The model id as given (first argument or `model` / `modelName`), or the default. */
  readonly id: Value;
  readonly version: string | undefined;
  /** No model is given: the version's default is sent. */
  readonly defaulted: boolean;
}

/** A `new ChatAnthropic(...)` whose fields are written in view, sending to Anthropic. */
function modelAt(node: TSESTree.NewExpression, ctx: SourceContext): Model | undefined {
  const imported = calleeImport(node.callee, ctx.evaluator);
  if (!imported || imported.source !== "@langchain/anthropic" || !LANGCHAIN_CLASSES.has(imported.name)) return undefined;
  if (node.arguments.some((a) => a.type === "SpreadElement")) return undefined;
  const root = packageRoot(ctx.directory, "@langchain/anthropic");
  const version = root ? versionAt(root) : undefined;
  const [first, second] = node.arguments as Node[];
  const firstValue = first ? valueIn(ctx, first) : known(undefined);
  const idFirst = strings(firstValue) !== undefined;
  if (idFirst && !has(version, LANGCHAIN_GATES.modelAsFirstArgument)) return undefined;
  const fieldsValue = idFirst ? (second ? valueIn(ctx, second) : known(undefined)) : firstValue;
  const fields: ObjectValue =
    fieldsValue.kind === "known" && fieldsValue.value === undefined ? { kind: "object", props: new Map(), open: false, node } : (fieldsValue as ObjectValue);
  if (fields.kind !== "object" || fields.open) return undefined;
  // Another vendor's endpoint, or one not known: not checked as Anthropic.
  for (const url of [...alternatives(get(fields, "anthropicApiUrl")), ...alternatives(opt(get(fields, "clientOptions"), "baseURL"))]) {
    if (url.kind === "known" && url.value == null) continue;
    const host = url.kind === "known" && typeof url.value === "string" ? hostOf(url.value) : undefined;
    if (host === undefined || !isAnthropicHost(host)) return undefined;
  }
  // A client of its own (`createClient`) may be another platform's.
  if (!isNullish(get(fields, "createClient"))) return undefined;
  let id: Value = idFirst ? firstValue : get(fields, "model");
  if (isNullish(id)) id = get(fields, "modelName");
  const defaulted = isNullish(id);
  if (defaulted) id = known(langchainDefaultModel(version), node);
  return { node, fields, id, version, defaulted };
}

/** The body a ChatAnthropic sends, with `extra` fields (tools, tool_choice) from a binding. */
function siteFor(model: Model, at: TSESTree.CallExpression | TSESTree.NewExpression, extra: readonly Field[]): WrapperSite {
  const { fields, version } = model;
  const ids = strings(model.id);
  const written = get(fields, "maxTokens");
  const defaultMax = ids && new Set(ids).size === 1 ? langchainDefaultMaxTokens(ids[0], version) : undefined;
  // Defaults are reported where the model is built (one place, whichever call sends them).
  const maxTokens = isNullish(written) ? (defaultMax !== undefined ? known(defaultMax, model.node) : UNKNOWN) : written;
  let thinking = get(fields, "thinking");
  if (isNullish(thinking) && !has(version, LANGCHAIN_GATES.thinkingOnlyWhenSet)) thinking = body([{ key: "type", value: known("disabled", model.node) }], model.node);
  // Sampling is left out with thinking on; only Fable models pass LangChain's own check then (any
  // other model throws before sending, which the rules report as the API's refusal).
  const thinkingOn = strings(get(thinking, "type"))?.some((t) => t === "enabled" || t === "adaptive") !== false;
  const fable = ids === undefined || ids.some((id) => id.startsWith("claude-fable-5"));
  /**
   * A sampling field as sent. 0.3.x sent defaults when unset: `top_p: -1` (which current models
   * refuse: "`top_p` cannot be set to -1"), and `temperature: 1`, `top_k: -1`, which they accepted
   * for years — those two are left out here, so that only the confirmed failure is reported.
   */
  const sampling = (key: string, fallback: number | undefined): Value => {
    if (!isNullish(thinking) && thinkingOn && fable) return UNKNOWN;
    const v = get(fields, key);
    if (!isNullish(v)) return v;
    // 0.3.x sends no sampling defaults with thinking on (it refuses explicit values then).
    if (has(version, LANGCHAIN_GATES.samplingOnlyWhenSet) || fallback === undefined || (!isNullish(get(fields, "thinking")) && thinkingOn)) return ABSENT;
    return ids && ids.length > 0 && ids.every((id) => refusesDefaultTopP(id, version)) ? known(fallback, model.node) : ABSENT;
  };
  const base: Field[] = [
    { key: "model", value: model.id, node: nodeOfValue(model.id) },
    { key: "max_tokens", value: maxTokens, node: nodeOfValue(written) },
    { key: "messages", value: UNKNOWN },
    { key: "temperature", value: sampling("temperature", undefined), node: fields.props.get("temperature")?.node },
    { key: "top_p", value: sampling("topP", -1), node: fields.props.get("topP")?.node },
    { key: "top_k", value: sampling("topK", undefined), node: fields.props.get("topK")?.node },
    { key: "thinking", value: thinking, node: fields.props.get("thinking")?.node },
    ...extra,
  ];
  let value = body(base, model.node);
  // `invocationKwargs` is spread over the whole body when the request is sent.
  const kwargs = get(fields, "invocationKwargs");
  if (!isNullish(kwargs)) {
    // Spread last, over everything: an object with parts out of sight may set any field.
    if (kwargs.kind !== "object" || kwargs.open) value = { ...value, open: true, props: new Map() };
    else {
      const props = new Map<string, Prop>(value.props);
      for (const [k, p] of kwargs.props) props.set(k, p);
      value = { ...value, props, open: kwargs.open };
    }
  }
  const labels = new Map(LABELS);
  if (model.defaulted) labels.set("model", "model (ChatAnthropic's default, as none is given)");
  const topPDefault = !has(version, LANGCHAIN_GATES.samplingOnlyWhenSet) && isNullish(get(fields, "topP")) && isNullish(opt(get(fields, "invocationKwargs"), "top_p"));
  if (topPDefault && !isNullish(get(value, "top_p"))) labels.set("top_p", "top_p (sent as -1 by @langchain/anthropic 0.3 when topP is not set)");
  return {
    kind: "langchain",
    node: at,
    client: wrapperClient("@langchain/anthropic", "anthropic"),
    method: "create",
    beta: false,
    body: undefined,
    options: undefined,
    value,
    labels,
    betas: { values: new Set(), open: !isNullish(get(fields, "betas")) || !isNullish(get(fields, "clientOptions")), header: !isNullish(get(fields, "betas")) },
    gateway: false,
    library: { name: "@langchain/anthropic", version },
  };
}

/**
 * True when 0.3.x sends `top_p: -1` for the model and the model refuses it: the models whose
 * sampling the API restricts (Opus 4.1, Sonnet 4.5, Haiku 4.5 and later: "`top_p` cannot be set to
 * -1 for this model", langchainjs#9067), except the three that 0.3.30 stopped sending it for.
 */
function refusesDefaultTopP(id: string, version: string | undefined): boolean {
  const sampling = lookupModel(id)?.sampling;
  if (sampling !== "restricted" && sampling !== "no-temperature-with-top-p") return false;
  const exempt = ["claude-opus-4-1", "claude-sonnet-4-5", "claude-haiku-4-5"].some((p) => id.startsWith(p));
  return !(exempt && version !== undefined && compareVersions(version, "0.3.30") >= 0);
}

/** The request of `new ChatAnthropic({...})`. */
export function langchainModelSite(node: TSESTree.NewExpression, ctx: SourceContext): WrapperSite | null {
  const model = modelAt(node, ctx);
  return model ? siteFor(model, node, []) : null;
}

/** The request of `model.bindTools(tools, { tool_choice })` on a ChatAnthropic built in view. */
export function langchainBindSite(call: TSESTree.CallExpression, ctx: SourceContext): WrapperSite | null {
  const model = boundModel(call, ["bindTools"], ctx);
  if (!model) return null;
  const tools = call.arguments[0] ? valueIn(ctx, call.arguments[0]) : known(undefined);
  const kwargs = call.arguments[1] ? valueIn(ctx, call.arguments[1]) : known(undefined);
  return withTools(model, call, tools, opt(kwargs, "tool_choice"), ctx);
}

/**
 * The request of `model.invoke(input, { tools, tool_choice })` (or `.stream`) on a ChatAnthropic
 * built in view, when the call options name tools or a tool choice (else the construction says it all).
 */
export function langchainInvokeSite(call: TSESTree.CallExpression, ctx: SourceContext): WrapperSite | null {
  const model = boundModel(call, ["invoke", "stream"], ctx);
  if (!model || !call.arguments[1]) return null;
  const options = valueIn(ctx, call.arguments[1]);
  if (options.kind !== "object" || options.open) return null;
  const tools = get(options, "tools");
  const choice = get(options, "tool_choice");
  if (isNullish(tools) && isNullish(choice)) return null;
  return withTools(model, call, tools, choice, ctx);
}

/** The ChatAnthropic a `model.<method>(…)` call is made on, when it is built in view. */
function boundModel(call: TSESTree.CallExpression, methods: readonly string[], ctx: SourceContext): Model | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "MemberExpression" || !methods.includes(memberName(callee) ?? "")) return undefined;
  if (call.arguments.some((a) => a.type === "SpreadElement")) return undefined;
  const built = origin(callee.object, ctx.evaluator);
  return built.type === "NewExpression" ? modelAt(built, ctx) : undefined;
}

/** The model's request with `tools` (formatted as LangChain sends them) and `tool_choice`. */
function withTools(model: Model, call: TSESTree.CallExpression, toolsValue: Value, choice: Value, ctx: SourceContext): WrapperSite {
  const tools = isNullish(toolsValue) ? ABSENT : toolsValue.kind === "array" ? { ...toolsValue, elements: toolsValue.elements.map((el) => toolOf(el, ctx)) } : UNKNOWN;
  const toolChoice = alternatives(choice).every((a) => a.kind === "known") ? choiceOf(choice) : UNKNOWN;
  return siteFor(model, call, [
    { key: "tools", value: tools },
    { key: "tool_choice", value: toolChoice, node: nodeOfValue(choice) },
  ]);
}

/** A bound tool as sent: its name when it is written in view (a raw tool, or `tool(fn, { name })`). */
function toolOf(el: Element, ctx: SourceContext): Element {
  const direct = el.value;
  // An Anthropic tool (it has `input_schema`) is sent as written — unless its schema has a root
  // `anyOf` / `oneOf` / `allOf`, which LangChain leaves out (1.5.4+); another object with a `name`
  // is converted (a LangChain or OpenAI shape): only its name is certain.
  if (direct.kind === "object" && direct.props.has("input_schema") && !isNullish(get(direct, "name"))) {
    const schema = get(direct, "input_schema");
    const combined = schema.kind !== "object" || schema.open || ["anyOf", "oneOf", "allOf"].some((k) => schema.props.has(k));
    return combined ? { ...el, value: UNKNOWN } : el;
  }
  if (direct.kind === "object" && !isNullish(get(direct, "name"))) return { ...el, value: body([{ key: "name", value: get(direct, "name") }], direct.node, true) };
  const built = origin(el.node, ctx.evaluator);
  if (built.type === "CallExpression") {
    const imported = built.callee.type === "Identifier" ? importOf(built.callee, ctx.evaluator) : undefined;
    if (imported?.name === "tool" && imported.source.startsWith("@langchain/core") && built.arguments[1] && built.arguments[1].type !== "SpreadElement") {
      const options = valueIn(ctx, built.arguments[1]);
      return { ...el, value: body([{ key: "name", value: get(options, "name") }], el.node, true) };
    }
  }
  return { ...el, value: UNKNOWN };
}

/** `tool_choice` as `handleToolChoice` sends it: "any"/"required" → any, "auto", "none", another string → that tool. */
function choiceOf(choice: Value): Value {
  const out: Value[] = [];
  for (const alt of alternatives(choice)) {
    if (alt.kind !== "known" || alt.value == null || alt.value === "") {
      out.push(ABSENT);
      continue;
    }
    if (typeof alt.value !== "string") return UNKNOWN;
    const s = alt.value;
    const node = alt.node ?? undefined;
    if (s === "any" || s === "required") out.push(body([{ key: "type", value: known("any", node) }], node as Node));
    else if (s === "auto" || s === "none") out.push(body([{ key: "type", value: known(s, node) }], node as Node));
    else out.push(body([{ key: "type", value: known("tool", node) }, { key: "name", value: known(s, node) }], node as Node));
  }
  return out.length === 1 ? out[0] : { kind: "oneOf", options: out };
}

/** How many times a ChatAnthropic retries: its `maxRetries` (default 6, which is enough). */
export function langchainRetries(node: TSESTree.NewExpression, ctx: SourceContext): RetryFacts | undefined {
  const model = modelAt(node, ctx);
  if (!model) return undefined;
  // A client of its own fetch may retry on its own: the count is not certain.
  if (!isNullish(opt(get(model.fields, "clientOptions"), "fetch"))) return undefined;
  const written = node.arguments.length > 0 ? unwrapExpression(node.arguments[node.arguments.length - 1] as Node) : node;
  return retriesIn(model.fields, node, "maxRetries", "LangChain", LANGCHAIN_DEFAULT_MAX_RETRIES, false, written);
}
