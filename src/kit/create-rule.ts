/**
 * Rule factories. `createRule` adds the docs URL; `createRequestRule` wires a rule to the engine so
 * that the rule itself only says what to check on one request body.
 */
import { ESLintUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { RequestSite } from "../engine/call-sites";
import { engineFor, type Engine } from "../engine/engine";
import type { Request } from "../engine/request";
import { guardCall } from "./guard";
import { declareWords, mentions } from "./mentions";
import { ENDPOINT_NAMES } from "../sources/sdk";
import { WRAPPER_METHOD_NAMES } from "../sources/libraries";
import { isWrapperSite } from "../sources/wrapper";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-anthropic/eslint-plugin-anthropic";

export interface PluginDocs {
  description: string;
  /** In the `recommended` config. */
  recommended?: boolean;
}

/** The docs page of a rule. */
export function docsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

/**
 * A rule with its docs URL and its options merged over the defaults — as typescript-eslint's
 * `RuleCreator` makes it, except that the merge is done once per distinct configuration rather
 * than once per file (ESLint hands each file a fresh copy of the same options).
 */
export function createRule<O extends readonly unknown[], M extends string>(spec: {
  name: string;
  meta: ESLintUtils.NamedCreateRuleMeta<M, PluginDocs, O>;
  defaultOptions: Readonly<O>;
  create(context: Readonly<TSESLint.RuleContext<M, O>>, options: Readonly<O>): TSESLint.RuleListener;
}): TSESLint.RuleModule<M, O, PluginDocs> & { name: string } {
  const merged = new Map<string, O>();
  /** By the identity of a lone options object (ESLint copies the array per file, not its elements). */
  const mergedByObject = new WeakMap<object, O>();
  let defaults: O | undefined;
  const mergeOf = (given: readonly unknown[]): O => {
    if (given.length === 0) return (defaults ??= ESLintUtils.applyDefault(spec.defaultOptions as O, [] as unknown as O) as O);
    const lone = given.length === 1 && typeof given[0] === "object" && given[0] !== null ? given[0] : undefined;
    let options = lone ? mergedByObject.get(lone) : undefined;
    if (options) return options;
    const key = JSON.stringify(given);
    options = merged.get(key);
    if (!options) {
      options = ESLintUtils.applyDefault(spec.defaultOptions as O, given as O) as O;
      merged.set(key, options);
    }
    if (lone) mergedByObject.set(lone, options);
    return options;
  };
  return {
    name: spec.name,
    meta: { ...spec.meta, docs: { ...spec.meta.docs, url: docsUrl(spec.name) } },
    defaultOptions: spec.defaultOptions as O,
    create(context) {
      return spec.create(context, mergeOf(context.options));
    },
  };
}

/** Words whose presence in a file decides which listeners a request rule registers there. */
const BIND_TEXT = ".bind(";
const TYPED_TEXT = "Params";
declareWords([BIND_TEXT, TYPED_TEXT]);

/** Names a request-sending call's callee can end in (SDK methods, `fetch`, `axios.post`, `withOptions`). */
const CALLEE_NAME_LIST: readonly string[] = [...ENDPOINT_NAMES, "post", "fetch", "withOptions", "call", "apply"];
const CALLEE_NAMES = `^(?:${CALLEE_NAME_LIST.join("|")})$`;

/**
 * The calls that can send a request, chosen by ESLint's selector engine so that rules are not
 * called for every other call: a member callee with one of the names (also computed with a string
 * key), a plain `fetch(…)`, or a callee behind a TS cast (`(client.messages.create as Fn)(…)`).
 */
export const REQUEST_CALL_SELECTOR = [
  `CallExpression[callee.property.name=/${CALLEE_NAMES}/]`,
  `CallExpression[callee.property.value=/${CALLEE_NAMES}/]`,
  `CallExpression[callee.name="fetch"]`,
  "CallExpression[callee.type=/^TS/]",
].join(", ");

/** Wrapper-library calls the request selector does not already choose (`generateText(…)`, `agent.generate(…)`). */
const WRAPPER_NAMES = `^(?:${WRAPPER_METHOD_NAMES.filter((n) => !CALLEE_NAME_LIST.includes(n)).join("|")})$`;
export const WRAPPER_CALL_SELECTOR = [`CallExpression[callee.name=/${WRAPPER_NAMES}/]`, `CallExpression[callee.property.name=/${WRAPPER_NAMES}/]`].join(", ");
/** Constructions that stand for a wrapper's request (Mastra `Agent`, LangChain `ChatAnthropic`). */
const WRAPPER_NEW_SELECTOR = "NewExpression";

/**
 * API fields a message names in backticks. A rule that checks wrapper requests has each written as
 * a placeholder, filled in per report: the API field for SDK and HTTP requests, the library's own
 * option for a wrapper's (`budgetTokens`, `topP`, `maxOutputTokens`).
 */
const FIELD_IN_MESSAGE = /`(model|max_tokens|temperature|top_p|top_k|tool_choice|thinking\.type|thinking\.budget_tokens|budget_tokens|thinking|output_config\.effort|cache_control)`/g;
const FIELD_PLACEHOLDER = "field:";

/**
 * The messages with each API field in backticks made a placeholder (`{{field:top_p}}`), except
 * inside double quotes: there the message quotes the API's own answer, which names its fields.
 */
function withFieldPlaceholders<M extends string>(messages: Record<M, string>): Record<M, string> {
  const out = {} as Record<M, string>;
  for (const [id, text] of Object.entries(messages) as [M, string][]) {
    out[id] = text
      .split('"')
      .map((part, i) => (i % 2 === 0 ? part.replace(FIELD_IN_MESSAGE, `\`{{${FIELD_PLACEHOLDER}$1}}\``) : part))
      .join('"');
  }
  return out;
}

const MESSAGE_FIELDS = ["model", "max_tokens", "temperature", "top_p", "top_k", "tool_choice", "thinking.type", "thinking.budget_tokens", "thinking", "output_config.effort", "cache_control"];

/** The placeholder values of every field a message may name, for one request. */
function fieldLabels(label: (path: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of MESSAGE_FIELDS) out[FIELD_PLACEHOLDER + field] = label(field);
  // The budget on its own, as the thinking object spells it (`budgetTokens` in the AI SDK).
  out[`${FIELD_PLACEHOLDER}budget_tokens`] = label("thinking.budget_tokens").split(".").pop()!;
  return out;
}

/**
 * The placeholder values for an SDK or HTTP request: each API field by its own name. (A test that
 * gives a report's `data` adds these to it: see tests/helpers/rule-tester.ts.)
 */
export const API_FIELD_LABELS: Readonly<Record<string, string>> = fieldLabels((path) => path);

const requestLabels = new WeakMap<Request, Record<string, string>>();

/** The placeholder values for a wrapper's request, once per request (every rule asks). */
function labelsOf(request: Request): Record<string, string> {
  let labels = requestLabels.get(request);
  if (!labels) requestLabels.set(request, (labels = fieldLabels((path) => request.label(path))));
  return labels;
}

/** A report with the field placeholders filled in, in its message and in its suggestions'. */
function labelled<M extends string>(descriptor: TSESLint.ReportDescriptor<M>, labels: Record<string, string>): TSESLint.ReportDescriptor<M> {
  const suggest = descriptor.suggest?.map((s) => ({ ...s, data: { ...s.data, ...labels } }));
  return { ...descriptor, data: { ...descriptor.data, ...labels }, ...(suggest ? { suggest } : {}) };
}

/** Calls whose callee is a plain name or another call (a bound method), for files that use `.bind(`. */
const BOUND_CALL_SELECTOR = 'CallExpression[callee.type="Identifier"][callee.name!="fetch"], CallExpression[callee.type="CallExpression"]';

/** Declarations and casts that may carry an SDK request type (a type reference: every SDK request type is one). */
const TYPED_REQUEST_SELECTOR = [
  'VariableDeclarator[id.typeAnnotation.typeAnnotation.type="TSTypeReference"]',
  'TSSatisfiesExpression[typeAnnotation.type="TSTypeReference"]',
  // (`as const` is written as a type reference named `const`, and names no request type.)
  'TSAsExpression[typeAnnotation.type="TSTypeReference"][typeAnnotation.typeName.name!="const"]',
].join(", ");

type Context<M extends string, O extends readonly unknown[]> = Readonly<TSESLint.RuleContext<M, O>>;

export interface RequestCheck<M extends string> {
  readonly engine: Engine;
  readonly request: Request;
  /** Report once per node and message, however many calls share the same object. */
  report(descriptor: TSESLint.ReportDescriptor<M>): void;
  /**
   * True when this message is already reported at this node in this file (a constant shared by
   * many requests): the report would be dropped, so its text and fixes need not be built.
   */
  reported(node: TSESTree.Node, messageId: M): boolean;
}

interface RequestRuleSpec<O extends readonly unknown[], M extends string> {
  name: string;
  meta: ESLintUtils.NamedCreateRuleMeta<M, PluginDocs, O>;
  defaultOptions: Readonly<O>;
  /**
   * Called once per file; returns the check to run on each request body. `thirdParty: true` also
   * runs it for clients whose `baseURL` is another vendor's endpoint (default: skipped).
   */
  create(context: Context<M, O>, options: Readonly<O>): (check: RequestCheck<M>) => void;
  thirdParty?: boolean;
  /**
   * Words one of which the file's text must contain for the rule to have anything to check (the
   * field it is about: `"cache_control"`, `"tool_choice"`, …). Request objects are written in the
   * file itself (type information only ever supplies primitives), so a file without the word
   * cannot hold the field, and the rule costs nothing there.
   */
  requiresText?: readonly string[];
  /**
   * Also check requests sent through the wrapper libraries (AI SDK, Mastra, LangChain.js), as the
   * library sends them. Messages then name the library's options where they name an API field.
   */
  wrappers?: boolean;
}

/** A rule about the request bodies of Anthropic SDK calls. */
export function createRequestRule<O extends readonly unknown[], M extends string>(spec: RequestRuleSpec<O, M>) {
  const meta = spec.wrappers ? { ...spec.meta, messages: withFieldPlaceholders(spec.meta.messages) } : spec.meta;
  declareWords(spec.requiresText ?? []);
  return createRule<O, M>({
    name: spec.name,
    meta,
    defaultOptions: spec.defaultOptions,
    create(context, options) {
      const engine = engineFor(context);
      if (!engine.active) return {};
      const sourceCode = context.sourceCode;
      if (spec.requiresText && !spec.requiresText.some((word) => mentions(sourceCode, word))) return {};
      const check = spec.create(context, options);
      const reporter = dedupedReporter(context);
      // One RequestCheck per rule and file, pointed at each request in turn (valid during the call).
      let labels: Record<string, string> | undefined;
      const current: { -readonly [K in keyof RequestCheck<M>]: RequestCheck<M>[K] } = {
        engine,
        request: undefined as unknown as Request,
        report: (descriptor) => reporter.report(descriptor, labels),
        reported: reporter.reported,
      };
      const run = (site: RequestSite | null): void => {
        if (!site) return;
        const wrapper = isWrapperSite(site);
        if (wrapper && !spec.wrappers) return;
        if (!spec.thirdParty && engine.isThirdPartyEndpoint(site.client)) return;
        const requests = engine.requestsOf(site);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          labels = spec.wrappers ? (wrapper ? labelsOf(request) : API_FIELD_LABELS) : undefined;
          current.request = request;
          // A rule must never break the user's lint run: an unforeseen shape is silence (and a test failure).
          guardCall(check, current);
        }
      };
      const listeners: Record<string, (node: never) => void> = {
        [REQUEST_CALL_SELECTOR]: (node: TSESTree.CallExpression) => run(engine.siteOf(node)),
      };
      // A method bound to its resource (`const create = client.messages.create.bind(client.messages)`)
      // is called by another name: only files that bind anything listen to such calls.
      if (mentions(sourceCode, BIND_TEXT)) {
        listeners[BOUND_CALL_SELECTOR] = (node: TSESTree.CallExpression) => run(engine.siteOf(node));
      }
      // Wrapper libraries: their calls and the constructions that carry a request's settings.
      if (spec.wrappers && engine.wrappers) {
        listeners[WRAPPER_CALL_SELECTOR] = (node: TSESTree.CallExpression) => run(engine.siteOf(node));
        listeners[WRAPPER_NEW_SELECTOR] = (node: TSESTree.NewExpression) => run(engine.newSiteOf(node));
      }
      // Objects typed as SDK request types (trap 9): every SDK request type name ends in "Params".
      if (mentions(sourceCode, TYPED_TEXT)) {
        listeners[TYPED_REQUEST_SELECTOR] = (node: TSESTree.VariableDeclarator | TSESTree.TSSatisfiesExpression | TSESTree.TSAsExpression) =>
          run(engine.typedSiteOf(node));
      }
      return listeners as TSESLint.RuleListener;
    },
  });
}

/** A `context.report` that drops a repeated (node, messageId), and says whether one was made. */
export interface DedupedReporter<M extends string> {
  readonly report: (descriptor: TSESLint.ReportDescriptor<M>, labels?: Record<string, string>) => void;
  readonly reported: (node: TSESTree.Node, messageId: M) => boolean;
}

const keyOf = (messageId: string, node: { readonly range: TSESTree.Range } | undefined): string =>
  `${messageId}:${node ? `${node.range[0]}:${node.range[1]}` : ""}`;

/**
 * `context.report`, once per (node, messageId). Made once per rule and file, so it is a plain
 * object: when it was a function given a property (`report.reported = …`), the lint of 2,500
 * small files ran more and longer garbage collections (bench/README.md, "small dense files").
 */
export function dedupedReporter<M extends string>(context: Context<M, readonly unknown[]>): DedupedReporter<M> {
  const seen = new Set<string>();
  return {
    report: (descriptor, labels) => {
      const key = keyOf(descriptor.messageId, "node" in descriptor ? descriptor.node : undefined);
      if (seen.has(key)) return;
      seen.add(key);
      context.report(labels ? labelled(descriptor, labels) : descriptor);
    },
    reported: (node, messageId) => seen.has(keyOf(messageId, node)),
  };
}
