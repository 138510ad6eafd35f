/**
 * One engine per linted file, shared by every rule: the evaluator, the call-site finder and the
 * requests each site sends. Rules ask; nothing here reports.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { unwrapExpression } from "../kit/ast";
import { fileDirectory, installedSdkFacts } from "../knowledge/installed";
import { Knowledge, todayFromSettings } from "../knowledge/knowledge";
import { CallSites, NO_CLIENT, mockedPackages, type CallSite, type ClientRef, type RequestSite, type TypedSite } from "./call-sites";
import { Evaluator, type Frame } from "./evaluate";
import { httpRequestOf, mayPostToApi, requestTypeOf } from "../sources/http";
import { SDK_PACKAGE_PREFIX, hostOf, isAnthropicHost } from "../sources/sdk";
import { SDK_DEFAULT_MAX_RETRIES } from "../knowledge/sdk-limits";
import { TypeInfo } from "./type-info";
import { Request, type RequestContext } from "./request";
import { UNKNOWN as UNKNOWN_VALUE, alternatives, get, isNullish, strings, type Value } from "./value";
import { guard } from "../kit/guard";
import { declareWords, mentions } from "../kit/mentions";
import { isWrapperSink, mayUseWrappers, wrapperCallSite, wrapperNewSite, wrapperRetries } from "../sources/libraries";
import { isWrapperSite, type RetryFacts, type WrapperSite } from "../sources/wrapper";

/** Words the engine looks for in a file's text before anything else (see `kit/mentions`). */
const TOOL_ADDITION_TEXT = "tool_addition";
const MESSAGES_TEXT = "messages";
const PROTOTYPE_TEXT = "prototype";
/** Module mocks (`vi.mock`, `jest.doMock`, `jest.unstable_mockModule`, `mock.module`) all say one of these. */
const MOCK_TEXT = ["mock", "Mock"];
// Asked only of files that reach the SDK or a wrapper: scanned for with the rules' words.
declareWords([TOOL_ADDITION_TEXT, PROTOTYPE_TEXT, ...MOCK_TEXT]);

/** True when the expression is the only argument of `JSON.stringify(…)`: serialized as it is. */
function isStringified(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== "CallExpression" || call.arguments.length !== 1 || call.arguments[0] !== node) return false;
  const callee = unwrapExpression(call.callee);
  return (
    callee.type === "MemberExpression" &&
    callee.object.type === "Identifier" &&
    callee.object.name === "JSON" &&
    !callee.computed &&
    callee.property.type === "Identifier" &&
    callee.property.name === "stringify"
  );
}

/** The per-file caches of an active file's engine. */
class EngineCaches {
  readonly wrapper = new WeakMap<TSESTree.Node, WrapperSite | null>();
  readonly requests = new WeakMap<RequestSite, readonly Request[]>();
  readonly thirdParty = new WeakMap<object, boolean>();
  readonly http = new WeakMap<TSESTree.Node, CallSite | null>();
  readonly typed = new WeakMap<TSESTree.Node, TypedSite | null>();
  readonly framedSites = new WeakMap<WrapperSite, readonly { frame: Frame; site: WrapperSite }[]>();
}

export class Engine implements RequestContext {
  /** `tool_addition` blocks may appear in this file (beta: tools added mid-conversation). */
  get toolAdditionsMayExist(): boolean {
    return mentions(this.sourceCode, TOOL_ADDITION_TEXT);
  }
  /** False when the file cannot reach an Anthropic package: rules then do nothing at all. */
  readonly active: boolean;
  /** Type information, when the user's config provides it. */
  readonly types: TypeInfo | undefined;
  /** True when the file may post to the API by hand (`fetch`/`axios` to api.anthropic.com). */
  private readonly http: boolean;
  /** True when the file may send requests through a wrapper library (AI SDK, Mastra, LangChain.js). */
  readonly wrappers: boolean;
  /** The linted file's folder: installed package versions are read from there. */
  readonly directory: string;
  /** Today (`settings.anthropic.today`, checked for every file: a bad value is a configuration error). */
  private readonly today: number;
  private evaluatorMemo: Evaluator | undefined;
  private sitesMemo: CallSites | undefined;
  private knowledgeMemo: Knowledge | undefined;
  private cachesMemo: EngineCaches | undefined;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    file: { readonly directory: string; readonly settings: unknown } = { directory: process.cwd(), settings: undefined },
  ) {
    const types = TypeInfo.from(sourceCode.parserServices as never);
    this.types = types;
    this.today = todayFromSettings(file.settings);
    // One look at the text (a plain search for each of these few words: most files hold none):
    // without an Anthropic package or a wrapper library, an API URL, or (with type information)
    // anything called `messages`, no rule has anything to do in this file. The analysis below is
    // built only for files that are active, when first asked for.
    const text = sourceCode.text;
    this.http = mayPostToApi(text);
    this.wrappers = mayUseWrappers(text);
    this.directory = file.directory;
    this.active = text.includes(SDK_PACKAGE_PREFIX) || this.http || this.wrappers || (types !== undefined && text.includes(MESSAGES_TEXT));
  }

  /** What is known about models and fields for this file (tables, installed SDK, types). */
  get knowledge(): Knowledge {
    if (!this.knowledgeMemo) {
      const { directory, types } = this;
      this.knowledgeMemo = new Knowledge({
        installed: () => installedSdkFacts(directory),
        typed: () => types?.sdkDeclarations(),
        today: this.today,
      });
    }
    return this.knowledgeMemo;
  }

  get evaluator(): Evaluator {
    if (!this.evaluatorMemo) {
      const { types } = this;
      const evaluator = new Evaluator(this.sourceCode, types ? (node) => types.valueOf(node) : undefined);
      this.evaluatorMemo = evaluator;
      evaluator.readOnlySink = (call) =>
        (call.type === "NewExpression"
          ? this.sites.clientOfNew(call) !== undefined
          : this.sites.siteOf(call) !== null || (this.http && this.httpSiteOf(call) !== null) || this.sites.clientOfWithOptions(call) !== undefined) ||
        (this.wrappers && isWrapperSink(call, evaluator));
    }
    return this.evaluatorMemo;
  }

  get sites(): CallSites {
    if (!this.sitesMemo) {
      const { sourceCode, types } = this;
      let mocked: ReadonlySet<string> | undefined;
      this.sitesMemo = new CallSites(
        this.evaluator,
        types ? (node) => types.entityOf(node) : undefined,
        () =>
          (mocked ??= MOCK_TEXT.some((w) => mentions(sourceCode, w))
            ? guard(() => mockedPackages(sourceCode.ast as never, sourceCode.text, this.evaluator.visitorKeys), new Set<string>())
            : new Set()),
      );
    }
    return this.sitesMemo;
  }

  private get caches(): EngineCaches {
    return (this.cachesMemo ??= new EngineCaches());
  }

  /**
   * The request a call sends: an SDK request method, a raw HTTP post to the Messages API, or a
   * wrapper library's call (`generateText`, `agent.generate`, `model.bindTools`).
   */
  siteOf(node: TSESTree.CallExpression): CallSite | WrapperSite | null {
    if (!this.active) return null;
    return this.sites.siteOf(node) ?? (this.http ? this.httpSiteOf(node) : null) ?? (this.wrappers ? this.wrapperSiteOf(node) : null);
  }

  /** The request a construction stands for: a Mastra `Agent` or a LangChain `ChatAnthropic`. */
  newSiteOf(node: TSESTree.NewExpression): WrapperSite | null {
    return this.active && this.wrappers ? this.wrapperSiteOf(node) : null;
  }

  /**
   * A wrapper call's request, and — inside a local function whose parameters reach it — the one
   * for each call of that function in this file (see `requestsOf`). When only the calls say what
   * is sent (`generateText(options)` with `options` a parameter), the site itself knows nothing.
   */
  private wrapperSiteOf(node: TSESTree.CallExpression | TSESTree.NewExpression): WrapperSite | null {
    let site = this.caches.wrapper.get(node);
    if (site !== undefined) return site;
    site = guard(() => {
      const build = (frame: Frame | undefined): WrapperSite | null =>
        node.type === "CallExpression" ? wrapperCallSite(node, { evaluator: this.evaluator, directory: this.directory, frame }) : wrapperNewSite(node, { evaluator: this.evaluator, directory: this.directory, frame });
      const base = build(undefined);
      const framed: { frame: Frame; site: WrapperSite }[] = [];
      for (const frame of this.evaluator.callContexts(node)) {
        const s = build(frame);
        if (s) framed.push({ frame, site: s });
      }
      const out = base ?? (framed.length > 0 ? { ...framed[0].site, value: UNKNOWN_VALUE } : null);
      if (out) this.caches.framedSites.set(out, framed);
      return out;
    }, null);
    this.caches.wrapper.set(node, site);
    return site;
  }

  /** How many times a wrapper call or construction retries (undefined: not a wrapper's, or not known). */
  wrapperRetriesOf(node: TSESTree.CallExpression | TSESTree.NewExpression): RetryFacts | undefined {
    if (!this.active || !this.wrappers) return undefined;
    return guard(() => wrapperRetries(node, this), undefined);
  }

  private httpSiteOf(node: TSESTree.CallExpression): CallSite | null {
    let site = this.caches.http.get(node);
    if (site !== undefined) return site;
    site = guard((): CallSite | null => {
      const info = httpRequestOf(node, this.evaluator);
      return info ? { kind: "http", node, client: NO_CLIENT, method: info.method, beta: false, body: info.body, options: undefined, headers: info.headers } : null;
    }, null);
    this.caches.http.set(node, site);
    return site;
  }

  /**
   * A request that no call in view sends, recognised by its type: `const body: MessageCreateParams
   * = {...}`, `{...} satisfies Anthropic.MessageCreateParams`, `{...} as BetaMessageCreateParams`.
   * Null when the object also reaches an SDK or HTTP site (it is checked there) or is changed
   * after it is built.
   */
  typedSiteOf(node: TSESTree.VariableDeclarator | TSESTree.TSSatisfiesExpression | TSESTree.TSAsExpression): TypedSite | null {
    if (!this.active) return null;
    let site = this.caches.typed.get(node);
    if (site !== undefined) return site;
    site = guard(() => this.computeTypedSite(node), null);
    this.caches.typed.set(node, site);
    return site;
  }

  private computeTypedSite(node: TSESTree.VariableDeclarator | TSESTree.TSSatisfiesExpression | TSESTree.TSAsExpression): TypedSite | null {
    if (node.type === "VariableDeclarator") {
      if (node.id.type !== "Identifier" || !node.id.typeAnnotation || !node.init) return null;
      const kind = requestTypeOf(node.id.typeAnnotation.typeAnnotation, this.evaluator);
      if (!kind) return null;
      return this.declaredRequest(node, kind);
    }
    const kind = requestTypeOf(node.typeAnnotation, this.evaluator);
    if (!kind) return null;
    // Climb the casts around it: `({...} satisfies P) as any`.
    let outer: TSESTree.Node = node;
    while (outer.parent && unwrapExpression(outer.parent) !== outer.parent) outer = outer.parent;
    const parent = outer.parent;
    if (parent?.type === "VariableDeclarator" && parent.init === outer) {
      if (parent.id.type !== "Identifier") return null;
      return this.declaredRequest(parent, kind);
    }
    // Only where the object is certainly the whole body: serialized as it is. Returned, exported,
    // spread or handed elsewhere, it may still be completed before it is sent.
    if (!isStringified(outer)) return null;
    return { kind: "typed", node, client: NO_CLIENT, method: kind.method, beta: kind.beta, body: unwrapExpression(node.expression), options: undefined };
  }

  private declaredRequest(decl: TSESTree.VariableDeclarator, kind: { method: TypedSite["method"]; beta: boolean }): TypedSite | null {
    const [variable] = this.sourceCode.scopeManager?.getDeclaredVariables(decl) ?? [];
    if (!variable || this.evaluator.escapes(variable as never)) return null;
    // Exported, the object may be completed by importers before it is sent.
    const declaration = decl.parent;
    if (declaration?.parent?.type === "ExportNamedDeclaration") return null;
    let serialized = false;
    for (const ref of variable.references) {
      if (ref.init) continue;
      const id = ref.identifier as TSESTree.Node;
      // Checked where an SDK or HTTP site sends it.
      if (this.isSent(id)) return null;
      let n: TSESTree.Node = id;
      while (n.parent && unwrapExpression(n.parent) !== n.parent) n = n.parent;
      if (isStringified(n)) serialized = true;
      else if (!(n.parent?.type === "MemberExpression" && n.parent.object === n)) return null; // spread, stored, passed on
    }
    if (!serialized) return null;
    return { kind: "typed", node: decl, client: NO_CLIENT, method: kind.method, beta: kind.beta, body: unwrapExpression(decl.init!), options: undefined };
  }

  /** True when an expression is (part of) the body an SDK or HTTP site sends. */
  private isSent(node: TSESTree.Node): boolean {
    let n: TSESTree.Node = node;
    for (let i = 0; i < 8 && n.parent; i++) {
      const parent: TSESTree.Node = n.parent;
      if (parent.type === "CallExpression" && parent.arguments.includes(n as TSESTree.CallExpressionArgument)) {
        if (this.siteOf(parent)) return true;
      }
      n = parent;
    }
    return false;
  }

  /**
   * The request bodies a site sends (a batch sends one per element of `requests`): evaluated as
   * written, and — when the site is inside a local function whose parameters reach the body — once
   * more for each call of that function in this file, with that call's arguments (and up to the
   * callers' callers). A report then lands where the failing value is written, in the caller's
   * argument or in the helper, once per node.
   */
  requestsOf(site: RequestSite): readonly Request[] {
    let out = this.caches.requests.get(site);
    if (out) return out;
    const list: Request[] = [];
    // A wrapper's request is already translated into the body the library sends.
    if (isWrapperSite(site)) {
      list.push(new Request(this, site, site.value, site.node));
      for (const { frame, site: framed } of this.caches.framedSites.get(site) ?? []) list.push(new Request(this, framed, framed.value, framed.node, undefined, frame));
      this.caches.requests.set(site, list);
      return list;
    }
    const add = (frame: Frame | undefined): void => {
      if (!site.body) return;
      const body = this.evaluator.evaluateIn(site.body, frame);
      if (site.method !== "batches.create") {
        list.push(new Request(this, site, body, site.body, undefined, frame));
        return;
      }
      for (const alt of alternatives(get(body, "requests"))) {
        if (alt.kind !== "array") continue;
        for (const el of alt.elements) list.push(new Request(this, site, get(el.value, "params"), el.node, body, frame));
      }
    };
    add(undefined);
    if (site.body && site.kind !== "typed") for (const frame of this.evaluator.callContexts(site.body)) add(frame);
    out = list;
    this.caches.requests.set(site, out);
    return out;
  }

  /** The value of an expression (client options, a request's parts): see `evaluate.ts`. */
  valueOf(node: TSESTree.Node | undefined): Value {
    return this.evaluator.evaluate(node);
  }

  /** The client a `new X(…)` builds, when X is certainly an SDK client class. */
  clientOfNew(node: TSESTree.NewExpression): ClientRef | undefined {
    return this.active ? this.sites.clientOfNew(node) : undefined;
  }

  /** The client a `x.withOptions(…)` call copies, when x is certainly an SDK client. */
  clientOfWithOptions(node: TSESTree.CallExpression): ClientRef | undefined {
    return this.active ? this.sites.clientOfWithOptions(node) : undefined;
  }

  /**
   * True when the client certainly talks to another vendor's Anthropic-compatible endpoint: its
   * `baseURL` is a known URL whose host is not Anthropic's. Cloud platform clients are Anthropic
   * models on another host and do not count.
   */
  isThirdPartyEndpoint(client: ClientRef): boolean {
    if (client.platform !== "anthropic") return false;
    const key = client.construction ?? client;
    const cached = this.caches.thirdParty.get(key);
    if (cached !== undefined) return cached;
    let result = false;
    const sources = [client.construction?.arguments[0], ...client.withOptions.map((w) => w.arguments[0])];
    for (const arg of sources) {
      if (!arg || arg.type === "SpreadElement") continue;
      const urls = strings(get(this.evaluator.evaluate(arg), "baseURL"));
      if (!urls) continue;
      result = urls.every((u) => {
        const host = hostOf(u);
        return host !== undefined && !isAnthropicHost(host);
      });
    }
    this.caches.thirdParty.set(key, result);
    return result;
  }

  /**
   * The `maxRetries` a client is built with: `known` when certain (the SDK default when the
   * options certainly omit it), `undefined` when it cannot be known.
   */
  maxRetriesOf(options: Value): number[] | undefined {
    // Code that replaces the SDK's request path (its prototype) may retry on its own.
    if (this.patchesSdk()) return undefined;
    const out: number[] = [];
    for (const alt of alternatives(options)) {
      if (alt.kind === "known" && alt.value === undefined) {
        out.push(SDK_DEFAULT_MAX_RETRIES);
        continue;
      }
      if (alt.kind !== "object") return undefined;
      // A client's own `fetch` or `middleware` may retry (or force retries): the count is not certain.
      if (!isNullish(get(alt, "fetch")) || !isNullish(get(alt, "middleware"))) return undefined;
      for (const v of alternatives(get(alt, "maxRetries"))) {
        if (v.kind !== "known") return undefined;
        if (v.value === undefined) out.push(SDK_DEFAULT_MAX_RETRIES);
        else if (typeof v.value === "number") out.push(v.value);
        else return undefined;
      }
    }
    return out;
  }

  private patched: boolean | undefined;

  /**
   * True when the file writes to an SDK client class's `prototype` (`Anthropic.prototype.makeRequest
   * = …`): the request path is replaced, and what the SDK would do (its retries) is not certain.
   */
  patchesSdk(): boolean {
    if (this.patched === undefined) {
      this.patched = mentions(this.sourceCode, PROTOTYPE_TEXT) && guard(() => this.sites.patchesClassPrototype(this.sourceCode.ast), true);
    }
    return this.patched;
  }
}

const engines = new WeakMap<object, Engine>();

/** The engine of the file a rule context lints (created on first use, then shared). */
export function engineFor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): Engine {
  const sourceCode = context.sourceCode ?? (context as unknown as { getSourceCode(): TSESLint.SourceCode }).getSourceCode();
  let engine = engines.get(sourceCode);
  if (!engine) {
    engine = new Engine(sourceCode, { directory: directoryOf(context), settings: context.settings });
    engines.set(sourceCode, engine);
  }
  return engine;
}

/** The folder of the linted file (its physical file for a block inside another file), else the cwd. */
function directoryOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): string {
  const c = context as unknown as { physicalFilename?: string; filename?: string; cwd?: string; getFilename?(): string; getCwd?(): string };
  return fileDirectory(c.physicalFilename ?? c.filename ?? c.getFilename?.(), c.cwd ?? c.getCwd?.());
}
