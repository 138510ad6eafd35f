/**
 * Claude through the Vercel AI SDK: `generateText`, `streamText`, `generateObject` and
 * `streamObject` from `ai`, with a model of `@ai-sdk/anthropic` (`anthropic("id")`,
 * `createAnthropic(…)("id")`, `.languageModel` / `.chat` / `.messages`), of
 * `@ai-sdk/google-vertex/anthropic` or of `@ai-sdk/amazon-bedrock/anthropic`.
 *
 * The call's options are translated into the Messages body the provider sends, applying what the
 * installed provider version fixes on its own (`knowledge/wrappers.ts`): sampling it drops,
 * `max_tokens` it defaults and caps, thinking and forced tool choices it rewrites, tools it leaves
 * out when there are none, breakpoints past the fourth it drops. Anything the analysis cannot see
 * (a model or options from another module, `prepareStep`, a custom `fetch`) leaves the fields it
 * may change unknown. Model strings (the AI Gateway) and other providers are not Anthropic
 * requests here.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrapExpression } from "../kit/ast";
import { ABSENT, UNKNOWN, alternatives, get, isNullish, known, numbers, oneOf, strings, type Element, type ObjectValue, type Prop, type Value } from "../engine/value";
import { packageRoot, versionAt } from "../knowledge/installed";
import { AI_SDK_ANTHROPIC_NEWEST, AI_SDK_DEFAULT_MAX_RETRIES, AI_SDK_GATES as G, aiSdkRow, has, type AiSdkRow } from "../knowledge/wrappers";
import { hostOf, isAnthropicHost } from "./sdk";
import { body, calleeImport, nodeOfValue, opt, origin, valueIn, wrapperClient, type Field, type RetryFacts, type SourceContext, type WrapperSite } from "./wrapper";

type Node = TSESTree.Node;

/** The `ai` functions that send one model call built from one options object. */
export const AI_SDK_CALLS: readonly string[] = ["generateText", "streamText", "generateObject", "streamObject"];
const CALLS: ReadonlySet<string> = new Set(AI_SDK_CALLS);
/** Provider methods that return a Messages language model. */
const MODEL_METHODS: ReadonlySet<string> = new Set(["languageModel", "chat", "messages"]);

type Provider = "anthropic" | "vertex" | "bedrock";

/** The provider-options namespaces of the Vertex and Bedrock providers (read besides `anthropic`). */
const OTHER_NAMESPACES: readonly string[] = ["googleVertex", "vertex", "bedrock"];

/** The provider packages, their default instances and factories, and where their options live. */
const PROVIDERS: readonly {
  readonly provider: Provider;
  readonly sources: readonly string[];
  readonly instances: readonly string[];
  readonly factories: readonly string[];
  /** The package whose `@ai-sdk/anthropic` translates (the wrappers pin exact versions). */
  readonly pkg: string;
  /** The provider-options namespaces read besides `anthropic`. */
  readonly namespaces: readonly string[];
}[] = [
  { provider: "anthropic", sources: ["@ai-sdk/anthropic"], instances: ["anthropic"], factories: ["createAnthropic"], pkg: "@ai-sdk/anthropic", namespaces: [] },
  {
    provider: "vertex",
    sources: ["@ai-sdk/google-vertex/anthropic", "@ai-sdk/google-vertex/anthropic/edge"],
    instances: ["vertexAnthropic", "googleVertexAnthropic"],
    factories: ["createVertexAnthropic", "createGoogleVertexAnthropic"],
    pkg: "@ai-sdk/google-vertex",
    namespaces: ["googleVertex", "vertex"],
  },
  {
    provider: "bedrock",
    sources: ["@ai-sdk/amazon-bedrock/anthropic"],
    instances: ["bedrockAnthropic", "amazonBedrockAnthropic"],
    factories: ["createBedrockAnthropic", "createAmazonBedrockAnthropic"],
    pkg: "@ai-sdk/amazon-bedrock",
    namespaces: ["bedrock"],
  },
];

/** What is known about the model a call uses. */
export interface AiSdkModel {
  readonly provider: (typeof PROVIDERS)[number];
  /** The model id Value (strings, each with the node it is written at). */
  readonly id: Value;
  /** The provider is built with a `baseURL` that may be another host's. */
  readonly gateway: boolean;
  /** The provider is given its own `fetch` (or settings out of sight): the body may change, and it may retry on its own. */
  readonly ownFetch: boolean;
  /** The provider sends headers of its own (`headers`, or settings out of sight): `anthropic-beta` may be among them. */
  readonly headers: boolean;
  /** The provider is given a `name` of its own, whose provider options it also reads. */
  readonly renamed: boolean;
}

/** A call of one of the `ai` functions: which one, its options argument and their value. */
function aiCall(call: TSESTree.CallExpression, ctx: SourceContext): { name: string; arg: Node; options: ObjectValue } | undefined {
  const imported = calleeImport(call.callee, ctx.evaluator);
  if (!imported || imported.source !== "ai" || !CALLS.has(imported.name)) return undefined;
  const arg = call.arguments[0];
  if (!arg || arg.type === "SpreadElement") return undefined;
  const options = valueIn(ctx, arg);
  return options.kind === "object" ? { name: imported.name, arg, options } : undefined;
}

/** The AI SDK request a call sends, or null. */
export function aiSdkSite(call: TSESTree.CallExpression, ctx: SourceContext): WrapperSite | null {
  const found = aiCall(call, ctx);
  if (!found) return null;
  const { name, options } = found;
  const model = modelOf(options, ctx);
  if (!model) return null;
  const versions = versionsOf(model, ctx.directory);
  return buildSite({ node: call, options, model, versions, how: { structured: name.endsWith("Object"), streaming: name.startsWith("stream") } }, ctx);
}

/** The installed versions that decide the translation (undefined: the newest's behaviour). */
export interface AiSdkVersions {
  readonly provider: string | undefined;
  readonly ai: string | undefined;
}

export function versionsOf(model: AiSdkModel, directory: string): AiSdkVersions {
  const wrapperRoot = packageRoot(directory, model.provider.pkg);
  const anthropicRoot = wrapperRoot && model.provider.pkg !== "@ai-sdk/anthropic" ? packageRoot(wrapperRoot, "@ai-sdk/anthropic") : wrapperRoot;
  const aiRoot = packageRoot(directory, "ai");
  return { provider: anthropicRoot ? versionAt(anthropicRoot) : undefined, ai: aiRoot ? versionAt(aiRoot) : undefined };
}

/** The model of an options object (`model: anthropic("id")`), when it is an Anthropic Messages model. */
function modelOf(options: ObjectValue, ctx: SourceContext): AiSdkModel | undefined {
  const prop = options.props.get("model");
  if (!prop || prop.presence !== "always" || prop.node?.type !== "Property") return undefined;
  return modelAt(prop.node.value, ctx);
}

/** The model an expression builds, when it is an Anthropic Messages model of a known provider. */
export function modelAt(expression: Node, ctx: SourceContext): AiSdkModel | undefined {
  const built = origin(expression, ctx.evaluator);
  if (built.type !== "CallExpression" || built.arguments.length === 0 || built.arguments[0].type === "SpreadElement") return undefined;
  const callee = unwrapExpression(built.callee);
  const providerNode = callee.type === "MemberExpression" && MODEL_METHODS.has(memberName(callee) ?? "") ? callee.object : callee;
  const provider = providerOf(providerNode, ctx);
  if (!provider) return undefined;
  return { ...provider, id: valueIn(ctx, built.arguments[0]) };
}

function providerOf(node: Node, ctx: SourceContext): Omit<AiSdkModel, "id"> | undefined {
  const p = origin(node, ctx.evaluator);
  if (p.type === "Identifier" || p.type === "MemberExpression") {
    const imported = calleeImport(p, ctx.evaluator);
    const provider = imported && PROVIDERS.find((d) => d.sources.includes(imported.source) && d.instances.includes(imported.name));
    return provider ? { provider, gateway: false, ownFetch: false, headers: false, renamed: false } : undefined;
  }
  if (p.type !== "CallExpression") return undefined;
  const imported = calleeImport(p.callee, ctx.evaluator);
  const provider = imported && PROVIDERS.find((d) => d.sources.includes(imported.source) && d.factories.includes(imported.name));
  if (!provider) return undefined;
  const settingsArg = p.arguments[0];
  if (settingsArg?.type === "SpreadElement") return { provider, gateway: true, ownFetch: true, headers: true, renamed: true };
  const settings = settingsArg ? valueIn(ctx, settingsArg) : known(undefined);
  let gateway = false;
  if (provider.provider === "anthropic") {
    for (const url of alternatives(opt(settings, "baseURL"))) {
      if (url.kind === "known" && url.value == null) continue;
      const host = url.kind === "known" && typeof url.value === "string" ? hostOf(url.value) : undefined;
      // Another vendor's Anthropic-compatible endpoint: not an Anthropic request.
      if (host !== undefined && !isAnthropicHost(host)) return undefined;
      if (host === undefined) gateway = true;
    }
  }
  const unseen = alternatives(settings).some((a) => a.kind !== "known" && (a.kind !== "object" || a.open));
  return {
    provider,
    gateway,
    ownFetch: unseen || !isNullish(opt(settings, "fetch")),
    headers: unseen || !isNullish(opt(settings, "headers")),
    renamed: unseen || !isNullish(opt(settings, "name")),
  };
}

/**
 * How a call's options reach the body: the name of each field as the user writes it. `settings`
 * is where the call settings live (`""` for the AI SDK's call, `"modelSettings."` for Mastra),
 * `namespace` the provider-options key read (`anthropic`, or the Vertex / Bedrock one).
 */
function labelsFor(aiMajor: number, settings: string, namespace: string, enabled: boolean): ReadonlyMap<string, string> {
  const options = `providerOptions.${namespace}`;
  const maxOutput = `${settings}${aiMajor >= 5 ? "maxOutputTokens" : "maxTokens"}`;
  return new Map([
    // With enabled thinking the provider sends the budget plus the output limit, capped at the model's limit.
    ["max_tokens", enabled ? `max_tokens (${maxOutput} + budgetTokens, at most the model's limit)` : maxOutput],
    ["temperature", `${settings}temperature`],
    ["top_p", `${settings}topP`],
    ["top_k", `${settings}topK`],
    ["tool_choice", "toolChoice"],
    ["thinking", `${options}.thinking`],
    ["thinking.type", `${options}.thinking.type`],
    ["thinking.budget_tokens", `${options}.thinking.budgetTokens`],
    ["cache_control", `${options}.cacheControl`],
    ["output_config.effort", `${options}.effort`],
  ]);
}

/** What a source adds to the translation of a call (Mastra: its own rewrites and option names). */
export interface Translation {
  /** `generateObject` / `streamObject` (or a structured output): the provider adds a tool and a format of its own. */
  readonly structured: boolean;
  readonly streaming: boolean;
  /** True when the source drops sampling for this model itself. */
  readonly dropSampling?: (id: string) => boolean;
  /** The source removes the tools with `toolChoice: "none"` (Mastra always does). */
  readonly noneRemovesTools?: boolean;
  /** Where the call settings are written (`"modelSettings."` for Mastra). */
  readonly settingsPrefix?: string;
  readonly kind?: WrapperSite["kind"];
  readonly library?: WrapperSite["library"];
}

/** A model call to translate: where it is made, its options (in the AI SDK's names), its model, the versions that decide, and what its source adds. */
export interface ModelCall {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly options: ObjectValue;
  readonly model: AiSdkModel;
  readonly versions: AiSdkVersions;
  readonly how: Translation;
}

/** At most this many model ids are translated one by one (a conditional between models). */
const MAX_MODEL_ALTERNATIVES = 4;

/**
 * The request for an options object and model. What the provider does depends on the model's row,
 * so a model that is one of several ids is translated once per id, and the body is one of those.
 * Also used by Mastra, whose agents call the same provider.
 */
export function buildSite(call: ModelCall, ctx: SourceContext): WrapperSite {
  const { model } = call;
  const ids = strings(model.id);
  const distinct = ids ? [...new Set(ids)] : [];
  if (distinct.length < 2 || distinct.length > MAX_MODEL_ALTERNATIVES) return buildOne(call, ctx);
  const sites = distinct.map((id) => {
    const alts = alternatives(model.id).filter((a) => a.kind === "known" && a.value === id);
    return buildOne({ ...call, model: { ...model, id: oneOf(alts) } }, ctx);
  });
  const values = new Set(sites.flatMap((s) => [...s.betas.values]));
  return {
    ...sites[0],
    value: oneOf(sites.map((s) => s.value)),
    betas: { values, open: sites.some((s) => s.betas.open), header: sites.some((s) => s.betas.header) },
  };
}

/** True, false, or undefined when the row is not known and the version rewrites by row. */
function byRow(row: AiSdkRow | undefined, gated: boolean, test: (row: AiSdkRow) => boolean): boolean | undefined {
  if (!gated) return false;
  return row === undefined ? undefined : test(row);
}

function buildOne(call: ModelCall, ctx: SourceContext): WrapperSite {
  const { node, options, model, versions, how } = call;
  const v = versions.provider ?? AI_SDK_ANTHROPIC_NEWEST;
  const aiMajor = versions.ai ? Number(versions.ai.split(".")[0]) : 7;
  const ids = strings(model.id);
  const id = ids && new Set(ids).size === 1 ? ids[0] : undefined;
  const row = id !== undefined ? aiSdkRow(id) : undefined;
  // `prepareStep` may change the model's settings, tools and provider options on every step.
  const stepOpen = !isNullish(get(options, "prepareStep")) || !isNullish(get(options, "experimental_prepareStep"));

  const providerOptions = get(options, "providerOptions");
  const namespaces = model.provider.namespaces.map((ns) => ({ ns, value: opt(providerOptions, ns) }));
  const given = namespaces.filter((n) => !isNullish(n.value));
  let namespace = "anthropic";
  let anthropic: Value;
  if (model.renamed) anthropic = UNKNOWN;
  else if (given.length === 0) anthropic = opt(providerOptions, "anthropic");
  else if (given.length === 1 && isNullish(opt(providerOptions, "anthropic"))) {
    anthropic = given[0].value;
    namespace = given[0].ns;
  } else anthropic = UNKNOWN;

  const thinking = stepOpen ? UNKNOWN : translateThinking(opt(anthropic, "thinking"), row, v);
  const thinkingTypes = strings(get(thinking, "type"));
  const thinkingOn = isNullish(thinking) ? false : thinkingTypes?.every((t) => t === "enabled" || t === "adaptive" || t === "between_tools") ? true : undefined;
  const enabled = thinkingTypes !== undefined && thinkingTypes.length > 0 && thinkingTypes.every((t) => t === "enabled");

  // Sampling.
  let temperature = get(options, "temperature");
  let topP = get(options, "topP");
  let topK = get(options, "topK");
  const rowDrops = byRow(row, has(v, G.dropsRefusedSampling), (r) => !r.sampling);
  const sourceDrops = how.dropSampling ? (id === undefined ? undefined : how.dropSampling(id)) : false;
  if (stepOpen) temperature = topP = topK = UNKNOWN;
  else if (thinkingOn === true || rowDrops === true || sourceDrops === true) temperature = topP = topK = ABSENT;
  else if (thinkingOn === undefined || rowDrops === undefined || sourceDrops === undefined) temperature = topP = topK = UNKNOWN;
  else {
    if (has(v, G.clampsTemperature)) temperature = clamp(temperature);
    if (!isNullish(temperature) && !isNullish(topP) && id?.includes("claude-") && has(v, G.dropsTopPWithTemperature)) topP = ABSENT;
  }

  // max_tokens: the user's value (or the row's maximum), plus the budget with enabled thinking, capped for known rows.
  const written = get(options, aiMajor >= 5 ? "maxOutputTokens" : "maxTokens");
  let maxTokens: Value = isNullish(written) ? known(row && has(v, G.defaultMaxIsRowMax) ? row.max : 4096) : written;
  if (row === undefined && (isNullish(written) || has(v, G.capsMaxTokens))) maxTokens = UNKNOWN;
  if (enabled) {
    const budgets = numbers(get(thinking, "budget_tokens"));
    const bases = numbers(maxTokens);
    maxTokens = budgets?.length === 1 && bases?.length === 1 ? known(bases[0] + budgets[0], nodeOfValue(written)) : UNKNOWN;
  }
  const maxes = numbers(maxTokens);
  if (row?.known && has(v, G.capsMaxTokens) && maxes?.length === 1 && maxes[0] > row.max) maxTokens = known(row.max, nodeOfValue(written));

  // Tools and tool choice.
  const forcedByRow = byRow(row, has(v, G.rewritesForcedForRow), (r) => !r.forced);
  const rejectsForced = forcedByRow === true || (enabled && has(v, G.rewritesForcedWithThinking)) ? true : forcedByRow === undefined ? undefined : false;
  const { tools, toolChoice } = stepOpen
    ? { tools: UNKNOWN, toolChoice: UNKNOWN }
    : translateTools(options, rejectsForced, row, v, model, how, ctx);

  // Messages, system and their breakpoints.
  const { system, messages } = translatePrompt(options, v);

  const fields: Field[] = [
    { key: "model", value: model.id, node: nodeOfValue(model.id) },
    { key: "max_tokens", value: maxTokens, node: nodeOfValue(written) },
    { key: "messages", value: messages },
    { key: "system", value: system },
    { key: "temperature", value: temperature, node: nodeOfValue(temperature) },
    { key: "top_p", value: topP, node: nodeOfValue(topP) },
    { key: "top_k", value: topK, node: nodeOfValue(topK) },
    { key: "thinking", value: thinking, node: nodeOfValue(thinking) },
    { key: "tools", value: tools },
    { key: "tool_choice", value: toolChoice, node: nodeOfValue(toolChoice) },
  ];
  let effort = opt(anthropic, "effort");
  // With thinking off, models that cannot turn it off above effort "high" get "high" from the provider.
  const disabledOnly = thinkingTypes !== undefined && thinkingTypes.length > 0 && thinkingTypes.every((t) => t === "disabled");
  if (!isNullish(effort) && disabledOnly && (row === undefined || row.canDisable !== "always")) effort = UNKNOWN;
  if (!isNullish(effort)) fields.push({ key: "output_config", value: body([{ key: "effort", value: effort }], options.node) });
  const cache = opt(anthropic, "cacheControl");
  if (!isNullish(cache) && has(v, { "2": "2.0.67", "3": "3.0.47", "4": "4.0.0" })) fields.push({ key: "cache_control", value: cache, node: nodeOfValue(cache) });

  const betaList = opt(anthropic, "anthropicBeta");
  const betaValues = new Set<string>();
  let betaOpen = model.headers || model.ownFetch || !isNullish(get(options, "headers")) || anthropic.kind === "unknown";
  for (const alt of alternatives(betaList)) {
    if (alt.kind === "known" && alt.value == null) continue;
    if (alt.kind !== "array" || alt.open) betaOpen = true;
    else for (const el of alt.elements) for (const s of strings(el.value) ?? []) betaValues.add(s);
  }
  // A custom fetch may rewrite the body: only the model stays certain.
  const value = model.ownFetch ? body([{ key: "model", value: model.id, node: nodeOfValue(model.id) }], options.node, true) : body(fields, options.node);
  const platform = model.provider.provider === "anthropic" ? "anthropic" : model.provider.provider;
  return {
    kind: how.kind ?? "ai-sdk",
    node,
    client: wrapperClient(model.provider.pkg, platform),
    method: how.streaming ? "stream" : "create",
    beta: false,
    body: undefined,
    options: undefined,
    value,
    labels: labelsFor(aiMajor, how.settingsPrefix ?? "", namespace, enabled),
    betas: { values: betaValues, open: betaOpen, header: betaOpen || betaValues.size > 0 },
    gateway: model.gateway,
    library: how.library ?? { name: "@ai-sdk/anthropic", version: versions.provider },
  };
}

/**
 * A property's value, through a call of the `ai` helper `name` written in view (`tool({...})`,
 * `jsonSchema({...})`): the object given to it. `only`: any other call is not followed (unknown).
 */
function unwrapHelper(prop: Prop, name: string, ctx: SourceContext, only = false): Value {
  const { evaluator } = ctx;
  const expression = prop.node?.type === "Property" ? prop.node.value : undefined;
  if (!expression) return prop.value;
  const built = origin(expression, evaluator);
  if (built.type === "CallExpression") {
    const imported = calleeImport(built.callee, evaluator);
    const arg = built.arguments[0];
    if (imported && imported.name === name && (imported.source === "ai" || imported.source === "@ai-sdk/provider-utils")) {
      return arg && arg.type !== "SpreadElement" ? valueIn(ctx, arg) : UNKNOWN;
    }
    return only ? UNKNOWN : prop.value;
  }
  return only && built.type !== "ObjectExpression" ? UNKNOWN : prop.value;
}

/** `temperature` as the provider sends it: clamped to [0, 1]. */
function clamp(value: Value): Value {
  return oneOf(
    alternatives(value).map((a) => (a.kind === "known" && typeof a.value === "number" ? known(Math.min(1, Math.max(0, a.value)), a.node) : a)),
  );
}

/** `providerOptions.anthropic.thinking` as the provider sends it, for the model's row. */
function translateThinking(thinking: Value, row: AiSdkRow | undefined, v: string): Value {
  const out: Value[] = [];
  for (const alt of alternatives(thinking)) {
    if (alt.kind === "known" && alt.value == null) {
      out.push(ABSENT);
      continue;
    }
    if (alt.kind !== "object" || alt.open) return UNKNOWN;
    const typeValue = get(alt, "type");
    for (const t of alternatives(typeValue)) {
      if (t.kind !== "known" || typeof t.value !== "string") return UNKNOWN;
      const type = t.value;
      const typeField: Field = { key: "type", value: t, node: alt.props.get("type")?.node };
      // Before 1.1.10 the provider did not send thinking at all.
      if (!has(v, G.sendsThinking)) {
        out.push(ABSENT);
        continue;
      }
      // What the provider rewrites depends on the model's row: unknown when the model is.
      if ((type === "enabled" || type === "disabled") && row === undefined && has(v, G.rewritesThinkingForRow)) return UNKNOWN;
      if (type === "enabled") {
        if (row && !row.modes.includes("budget") && has(v, G.rewritesThinkingForRow)) {
          out.push(body([{ key: "type", value: known("adaptive", t.node) }], alt.node));
          continue;
        }
        let budget = get(alt, "budgetTokens");
        if (isNullish(budget)) {
          // Before the default of 1024, the provider throws: no request is sent.
          if (!has(v, G.defaultsBudget)) return UNKNOWN;
          budget = known(1024);
        }
        out.push(body([typeField, { key: "budget_tokens", value: budget, node: alt.props.get("budgetTokens")?.node }], alt.node));
      } else if (type === "adaptive") {
        if (!has(v, G.acceptsAdaptive)) return UNKNOWN;
        out.push(body([typeField, { key: "display", value: get(alt, "display") }], alt.node));
      } else if (type === "disabled") {
        if (!has(v, G.sendsDisabled)) out.push(ABSENT);
        else if (row && row.canDisable === false && has(v, G.rewritesThinkingForRow)) {
          out.push(row.modes.includes("between-tools") ? body([{ key: "type", value: known("between_tools", t.node) }], alt.node) : ABSENT);
        } else out.push(body([typeField], alt.node));
      } else {
        out.push(body([typeField], alt.node));
      }
    }
  }
  return oneOf(out);
}

/** The tools a call sends: `tools`, narrowed by `activeTools` (or `experimental_activeTools`). */
function activeTools(options: ObjectValue): { tools: Value; active: readonly string[] | null | undefined } {
  const tools = get(options, "tools");
  const list = isNullish(get(options, "activeTools")) ? get(options, "experimental_activeTools") : get(options, "activeTools");
  if (isNullish(list)) return { tools, active: null };
  if (list.kind !== "array" || list.open) return { tools, active: undefined };
  const names: string[] = [];
  for (const el of list.elements) {
    const n = strings(el.value);
    if (!n || n.length !== 1 || el.repeated) return { tools, active: undefined };
    names.push(n[0]);
  }
  return { tools, active: names };
}

/**
 * `tools` (a record: each key names a `tool({...})`) and `toolChoice` as the provider sends them.
 * Tools defined out of sight (imported, provider-defined tools such as `anthropic.tools.webSearch_…`,
 * which are sent under names of their own) are unknown.
 */
function translateTools(
  options: ObjectValue,
  rejectsForced: boolean | undefined,
  row: AiSdkRow | undefined,
  v: string,
  model: AiSdkModel,
  how: Translation,
  ctx: SourceContext,
): { tools: Value; toolChoice: Value } {
  // generateObject may add a `json` tool and a forced choice of its own: left to the provider.
  if (how.structured) return { tools: UNKNOWN, toolChoice: UNKNOWN };
  const { tools: toolsIn, active } = activeTools(options);
  const choiceIn = get(options, "toolChoice");
  if (isNullish(toolsIn)) return { tools: ABSENT, toolChoice: ABSENT };
  if (toolsIn.kind !== "object" || toolsIn.open || active === undefined) return { tools: UNKNOWN, toolChoice: UNKNOWN };
  // `toolChoice: "none"` removes the tools (Mastra always; the provider before 3.0.130 / 4.0.79).
  if (alternatives(choiceIn).some((a) => a.kind === "known" && a.value === "none") && (how.noneRemovesTools || !has(v, G.keepsToolsWithNone))) {
    return strings(choiceIn)?.every((c) => c === "none") ? { tools: ABSENT, toolChoice: ABSENT } : { tools: UNKNOWN, toolChoice: UNKNOWN };
  }
  const entries = [...toolsIn.props].filter(([name]) => active === null || active.includes(name));
  if (entries.length === 0) return { tools: ABSENT, toolChoice: ABSENT };
  // Bedrock and Vertex leave `strict` out for some or all models: only the Anthropic provider keeps it.
  const keepStrict = row?.nso === true && has(v, G.forwardsStrict) && model.provider.provider === "anthropic";
  const elements: Element[] = [];
  for (const [name, prop] of entries) {
    if (prop.presence !== "always") return { tools: UNKNOWN, toolChoice: UNKNOWN };
    const definition = unwrapHelper(prop, "tool", ctx);
    const at = prop.node ?? toolsIn.node;
    if (definition.kind !== "object" || definition.open || !isNullish(get(definition, "type"))) {
      elements.push({ node: at, value: UNKNOWN, gapBefore: false });
      continue;
    }
    // Zod and other schema libraries are converted at run time: only `jsonSchema({...})` is followed.
    const schemaProp = definition.props.get("inputSchema") ?? definition.props.get("parameters");
    const tool: Field[] = [
      { key: "name", value: known(name, prop.node) },
      { key: "input_schema", value: schemaProp ? unwrapHelper(schemaProp, "jsonSchema", ctx, true) : UNKNOWN },
      { key: "strict", value: keepStrict ? get(definition, "strict") : ABSENT },
    ];
    elements.push({ node: at, value: body(tool, at), gapBefore: false });
  }
  let tools: Value = { kind: "array", elements, open: false, tailOpen: false, node: toolsIn.node };
  const choices: Value[] = [];
  for (const alt of alternatives(choiceIn)) {
    if (alt.kind === "known" && alt.value == null) choices.push(ABSENT);
    else if (alt.kind === "known" && typeof alt.value === "string") {
      const type = alt.value === "required" ? "any" : alt.value;
      if (type === "any" && rejectsForced === undefined) return { tools, toolChoice: UNKNOWN };
      choices.push(body([{ key: "type", value: known(rejectsForced && type === "any" ? "auto" : type, alt.node) }], alt.node ?? toolsIn.node));
    } else if (alt.kind === "object" && !alt.open) {
      if (rejectsForced === undefined) return { tools, toolChoice: UNKNOWN };
      const name = get(alt, "toolName");
      if (rejectsForced) {
        // Forcing one tool becomes `auto` with that tool alone.
        const names = strings(name);
        const only = names?.length === 1 ? names[0] : undefined;
        const alone = elements.filter((el) => strings(get(el.value, "name"))?.[0] === only);
        const allKnown = elements.every((el) => el.value.kind !== "unknown");
        tools = only !== undefined && allKnown && alternatives(choiceIn).length === 1 ? { kind: "array", elements: alone, open: false, tailOpen: false, node: toolsIn.node } : UNKNOWN;
        choices.push(body([{ key: "type", value: known("auto", alt.node) }], alt.node));
      } else choices.push(body([{ key: "type", value: get(alt, "type") }, { key: "name", value: name }], alt.node));
    } else return { tools, toolChoice: UNKNOWN };
  }
  return { tools, toolChoice: oneOf(choices) };
}

/**
 * `system` / `instructions`, `prompt` and `messages` as the provider sends them: text parts with
 * their `cacheControl` (message or part level); breakpoints past the fourth dropped (in the order
 * the provider counts: system, then messages).
 */
function translatePrompt(options: ObjectValue, v: string): { system: Value; messages: Value } {
  let breakpoints = 0;
  let uncertain = false;
  const drops = has(v, G.dropsExtraBreakpoints);
  /** A part's (or message's) cache control, after the provider's count. */
  const control = (carrier: Value, fallback: Value = ABSENT): Value => {
    const anthropicOptions = opt(get(carrier, "providerOptions"), "anthropic");
    // The provider also reads `cache_control` and its own namespace: the count is not followed then.
    if (!isNullish(opt(anthropicOptions, "cache_control")) || OTHER_NAMESPACES.some((ns) => !isNullish(opt(get(carrier, "providerOptions"), ns)))) uncertain = true;
    const own = opt(anthropicOptions, "cacheControl");
    const value = isNullish(own) ? fallback : own;
    if (isNullish(value)) return ABSENT;
    if (!alternatives(value).every((a) => a.kind === "object")) uncertain = true;
    breakpoints++;
    // Before 1.1.1 cache control is sent only for a model made with `{ cacheControl: true }`: not followed.
    if (!has(v, G.readsCacheControl)) return UNKNOWN;
    return drops && (uncertain || breakpoints > 4) ? (uncertain ? UNKNOWN : ABSENT) : value;
  };
  const systemIn = isNullish(get(options, "system")) ? get(options, "instructions") : get(options, "system");
  const system = strings(systemIn) ? systemIn : isNullish(systemIn) ? ABSENT : UNKNOWN;
  // A system message object may carry breakpoints of its own: the count is not followed then.
  if (system.kind === "unknown") uncertain = true;
  const messagesIn = get(options, "messages");
  if (isNullish(messagesIn)) {
    const prompt = get(options, "prompt");
    if (isNullish(prompt)) return { system, messages: UNKNOWN };
    const message = body([{ key: "role", value: known("user") }, { key: "content", value: strings(prompt) ? prompt : UNKNOWN }], options.node);
    return { system, messages: { kind: "array", elements: [{ node: nodeOfValue(prompt) ?? options.node, value: message, gapBefore: false }], open: false, tailOpen: false, node: options.node } };
  }
  if (messagesIn.kind !== "array") return { system, messages: UNKNOWN };
  // Messages spread from elsewhere (`...history`) may carry breakpoints of their own.
  if (messagesIn.open || messagesIn.elements.some((el) => el.gapBefore || el.repeated)) uncertain = true;
  const elements: Element[] = [];
  for (const el of messagesIn.elements) {
    const message = el.value;
    if (message.kind !== "object" || message.open) {
      elements.push({ node: el.node, value: UNKNOWN, gapBefore: el.gapBefore, repeated: el.repeated });
      uncertain = true;
      continue;
    }
    // System messages move to `system` (before every message); tool messages become user turns.
    const roles = strings(get(message, "role"));
    if (!roles || !roles.every((r) => r === "user" || r === "assistant" || r === "tool")) return { system, messages: UNKNOWN };
    const messageControl = opt(opt(get(message, "providerOptions"), "anthropic"), "cacheControl");
    const content = get(message, "content");
    let out: Value;
    if (content.kind === "array") {
      const parts: Element[] = content.elements.map((part) => {
        const type = strings(get(part.value, "type"));
        if (!type || !type.every((t) => t === "text")) {
          // Images, files, tool calls and results take breakpoints too: later ones are not counted for certain.
          if (part.value.kind !== "object" || part.value.open || !isNullish(opt(opt(get(part.value, "providerOptions"), "anthropic"), "cacheControl"))) uncertain = true;
          return { node: part.node, value: body([{ key: "type", value: UNKNOWN }], part.node, true), gapBefore: part.gapBefore, repeated: part.repeated };
        }
        return {
          node: part.node,
          value: body([{ key: "type", value: known("text") }, { key: "text", value: textOf(get(part.value, "text")) }, { key: "cache_control", value: control(part.value) }], part.node),
          gapBefore: part.gapBefore,
          repeated: part.repeated,
        };
      });
      if (!isNullish(messageControl)) uncertain = true; // which part takes a message-level breakpoint: not followed
      out = { kind: "array", elements: parts, open: content.open, tailOpen: content.tailOpen, node: content.node };
    } else if (!isNullish(messageControl)) {
      out = { kind: "array", elements: [{ node: nodeOfValue(content) ?? el.node, value: body([{ key: "type", value: known("text") }, { key: "text", value: textOf(content) }, { key: "cache_control", value: control(message) }], el.node), gapBefore: false }], open: false, tailOpen: false, node: el.node };
    } else {
      out = content;
    }
    const role = oneOf(roles.map((r) => known(r === "tool" ? "user" : r)));
    elements.push({ node: el.node, value: body([{ key: "role", value: role, node: message.props.get("role")?.node }, { key: "content", value: out }], message.node), gapBefore: el.gapBefore, repeated: el.repeated });
  }
  return { system, messages: { kind: "array", elements, open: messagesIn.open, tailOpen: messagesIn.tailOpen, node: messagesIn.node } };
}

/** A text part's text: known only when it is certainly a non-empty string (whether the provider drops empty ones is not confirmed). */
function textOf(text: Value): Value {
  const list = strings(text);
  return list && list.length > 0 && list.every((t) => t.trim() !== "") ? text : UNKNOWN;
}

/** How many times the call retries (`maxRetries`, default 2). */
export function aiSdkRetries(call: TSESTree.CallExpression, ctx: SourceContext): RetryFacts | undefined {
  const found = aiCall(call, ctx);
  if (!found || found.options.open) return undefined;
  const model = modelOf(found.options, ctx);
  // A provider's own fetch may retry on its own: the count is not certain.
  if (!model || model.ownFetch) return undefined;
  return retriesIn(found.options, call, "maxRetries", "the AI SDK", AI_SDK_DEFAULT_MAX_RETRIES, true, unwrapExpression(found.arg));
}

/** The retry count an options object sets (or the default it leaves). */
export function retriesIn(
  options: ObjectValue,
  at: Node,
  option: string,
  library: string,
  libraryDefault: number,
  defaultIsLow: boolean,
  written: Node,
): RetryFacts {
  const value = get(options, option);
  const explicit = !isNullish(value);
  const counts = explicit ? numbers(value) : [libraryDefault];
  return {
    counts,
    explicit,
    node: explicit ? (nodeOfValue(value) ?? at) : at,
    options: written.type === "ObjectExpression" && options.node === written ? written : undefined,
    option,
    library,
    libraryDefault,
    defaultIsLow,
  };
}
