/**
 * The Request model: one Messages request body as the API will receive it, in the API's field
 * names, with the facts rules ask about computed once, lazily, and shared by every rule — the
 * models it may target, the `anthropic-beta` values it may send, its tools, its blocks in prefix
 * order, its request options and its client. A rule takes a Request, asks, and reports; it never
 * evaluates syntax itself.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { lookupModel, type ModelInfo } from "../knowledge/models";
import type { Knowledge } from "../knowledge/knowledge";
import { hostOf, isAnthropicHost } from "../sources/sdk";
import type { ClientRef, RequestSite } from "./call-sites";
import { isWrapperSite, type WrapperSite } from "../sources/wrapper";
import type { Evaluator, Frame } from "./evaluate";
import type { TypeInfo } from "./type-info";
import type { SdkFields } from "../knowledge/sdk-facts";
import { guard } from "../kit/guard";
import { removalUnsetsKey } from "../kit/fixes";
import {
  UNKNOWN,
  alternatives,
  every,
  get,
  isNullish,
  known,
  propOf,
  strings,
  type Element,
  type Value,
} from "./value";

/**
 * The `anthropic-beta` values a request may send. `open` is true when it may send values the code
 * does not show: an unknown header object, a client built out of sight, a `middleware` / `fetch` /
 * `fetchOptions` hook that can add headers (the SDK applies `fetchOptions` headers last). Headers
 * from the `ANTHROPIC_CUSTOM_HEADERS` environment variable cannot be seen by a linter.
 */
export interface BetaSet {
  readonly values: ReadonlySet<string>;
  readonly open: boolean;
  /**
   * True when an `anthropic-beta` header may be sent at all (set or possibly set in the request
   * options, the client's `defaultHeaders`, a raw request's headers, or by a hook): the body's own
   * `betas` list does not count.
   */
  readonly header: boolean;
}

/** What the request certainly offers as tools. */
export interface ToolFacts {
  /** Certainly no tools: `tools` absent, null or an empty closed array on every path. */
  readonly none: boolean;
  /** Every name `tools` certainly defines, when all are known; undefined otherwise. */
  readonly names: ReadonlySet<string> | undefined;
  /**
   * Tools may come from outside `tools`: a beta request's MCP servers, server-held thread or a
   * `tool_addition` block. Then neither "no tools" nor "unknown name" is certain.
   */
  readonly elsewhere: boolean;
}

/** Where a block sits in the cache prefix order. */
export type Section = "tools" | "system" | "messages";

/** A block certainly sent by the request (see `Request.certainBlocks`). */
export interface CertainBlock {
  readonly element: Element;
  readonly section: Section;
  /** Inside a `tool_result` / `search_result` block's `content`. */
  readonly nested: boolean;
  /** The role of the message it belongs to, when certain (`messages` only). */
  readonly role: string | undefined;
  /**
   * False for a block that stands for any number of blocks, none included (an element of
   * `items.map(cb)`): each of them is such a block, but none is certainly there.
   */
  readonly present: boolean;
}

/** How deep nested `content` is followed (a search result inside a tool result is 2). */
const MAX_NESTING = 3;
/** Content blocks whose `content` holds further blocks. */
const NESTING_BLOCKS = new Set(["tool_result", "search_result"]);

/** What a Request needs of the per-file engine. */
export interface RequestContext {
  readonly evaluator: Evaluator;
  readonly knowledge: Knowledge;
  readonly types: TypeInfo | undefined;
  /** True when the client certainly talks to another vendor's Anthropic-compatible endpoint. */
  isThirdPartyEndpoint(client: ClientRef): boolean;
  /** Whether `tool_addition` blocks may appear in the file (tools added mid-conversation). */
  readonly toolAdditionsMayExist: boolean;
}

const ABSENT_OPTIONS = known(undefined);

export class Request {
  private modelsMemo: readonly ModelInfo[] | undefined | null = null;
  private betasMemo: BetaSet | undefined;
  private toolsMemo: ToolFacts | undefined;
  private gatewayMemo: boolean | undefined;
  private optionsMemo: Value | undefined;
  private clientOptionsMemo: readonly Value[] | null | undefined;
  private declaredMemo: ReadonlySet<string> | undefined | null = null;
  private blocksMemo: readonly CertainBlock[] | undefined;

  constructor(
    private readonly context: RequestContext,
    readonly site: RequestSite,
    /** The body (the whole first argument, or one `requests[].params` of a batch). */
    readonly value: Value,
    /** Where to report when a part of the value has no node of its own. */
    readonly node: TSESTree.Node,
    /** For a batch request: the whole `batches.create` body (its `betas` apply to every request). */
    readonly batch?: Value,
    /** The call of the enclosing helper this request is evaluated for (its arguments bound), if any. */
    readonly frame?: Frame,
  ) {}

  /** `body[key]` as the API reads it (absent keys read as `undefined`). */
  field(key: string): Value {
    return get(this.value, key);
  }

  /** The client that sends it (a stand-in without construction for raw HTTP and typed objects). */
  get client(): ClientRef {
    return this.site.client;
  }

  /** What is known about models and fields for the file (tables, installed SDK, types). */
  get knowledge(): Knowledge {
    return this.context.knowledge;
  }

  /**
   * The top-level fields the user's own SDK declares for this request (a release newer than the
   * plugin's tables may add some): with type information, the properties of the request type at the
   * call; else the installed SDK's request interface; undefined when neither says.
   */
  get declaredFields(): ReadonlySet<string> | undefined {
    if (this.declaredMemo === null) {
      const { site } = this;
      // A wrapper's body is built by the library from its own options: no SDK type describes it.
      if (isWrapperSite(site)) return (this.declaredMemo = undefined);
      // A batch request's `params` object, else the argument the method receives.
      const at = site.method === "batches.create" ? (this.value.kind === "object" ? this.value.node : undefined) : site.body;
      const types = this.context.types;
      const fromTypes = types && at ? guard(() => types.requestFieldsAt(at), undefined) : undefined;
      this.declaredMemo = fromTypes ?? this.context.knowledge.declaredFields(interfaceOf(site));
    }
    return this.declaredMemo;
  }

  /**
   * A field as the user writes it, for messages: the API path (`thinking.budget_tokens`) for SDK
   * and HTTP requests, the library's own option for a wrapper's (`providerOptions.anthropic.thinking.budgetTokens`).
   */
  label(path: string): string {
    const { site } = this;
    return isWrapperSite(site) ? (site.labels.get(path) ?? path) : path;
  }

  /** The wrapper library that sends the request and the version whose behaviour applies, if any. */
  get library(): WrapperSite["library"] | undefined {
    return isWrapperSite(this.site) ? this.site.library : undefined;
  }

  // ---- models ------------------------------------------------------------------------------------

  /** The possible `model` strings, when every alternative is a known string. */
  get modelIds(): readonly string[] | undefined {
    return strings(this.field("model"));
  }

  /** The table entries of the request's models, when every possible `model` is one. */
  get models(): readonly ModelInfo[] | undefined {
    if (this.modelsMemo === null) {
      const ids = this.modelIds;
      let out: ModelInfo[] | undefined = ids && ids.length > 0 ? [] : undefined;
      for (const id of ids ?? []) {
        const model = lookupModel(id);
        if (!model) {
          out = undefined;
          break;
        }
        if (!out!.includes(model)) out!.push(model);
      }
      this.modelsMemo = out;
    }
    return this.modelsMemo;
  }

  /**
   * The request's models for a message, as the code writes them: `claude-opus-4-5` or
   * `claude-opus-4-8 / claude-sonnet-5` (each written id once).
   */
  get modelLabel(): string {
    return [...new Set(this.modelIds ?? [])].join(" / ");
  }

  // ---- options, client, headers --------------------------------------------------------------------

  /** The per-request options (the SDK's second argument); `undefined` when absent. */
  get options(): Value {
    if (this.optionsMemo === undefined) {
      const { site } = this;
      if (site.kind !== "sdk") this.optionsMemo = ABSENT_OPTIONS;
      else if (site.optionsUnknown) this.optionsMemo = UNKNOWN;
      else this.optionsMemo = site.options ? this.context.evaluator.evaluateIn(site.options, this.frame) : ABSENT_OPTIONS;
    }
    return this.optionsMemo;
  }

  /**
   * The options the client was built with — its construction's, then each `withOptions()` copy's,
   * in order — or undefined when the client's construction is not in view (a parameter, a factory
   * in another module, raw HTTP).
   */
  get clientOptions(): readonly Value[] | undefined {
    if (this.clientOptionsMemo === undefined) {
      const { client } = this;
      if (!client.construction) this.clientOptionsMemo = null;
      else {
        const calls = [client.construction, ...client.withOptions];
        this.clientOptionsMemo = calls.map((call) => {
          const arg = call.arguments[0];
          if (!arg) return ABSENT_OPTIONS;
          return arg.type === "SpreadElement" ? UNKNOWN : this.context.evaluator.evaluateIn(arg, this.frame);
        });
      }
    }
    return this.clientOptionsMemo ?? undefined;
  }

  /** The headers object of a raw HTTP request (`fetch` init / axios config), when one is given. */
  get httpHeaders(): Value | undefined {
    const { site } = this;
    return site.kind === "http" && site.headers ? this.context.evaluator.evaluateIn(site.headers, this.frame) : undefined;
  }

  /** The whole `fetch(url, init)` init (or axios config) of a raw HTTP request. */
  get httpInit(): Value | undefined {
    const { site } = this;
    if (site.kind !== "http") return undefined;
    const index = site.node.callee.type === "MemberExpression" ? 2 : 1;
    const init = site.node.arguments[index];
    return init && init.type !== "SpreadElement" ? this.context.evaluator.evaluateIn(init, this.frame) : undefined;
  }

  /** True when the client certainly talks to another vendor's Anthropic-compatible endpoint. */
  get thirdParty(): boolean {
    return this.context.isThirdPartyEndpoint(this.client);
  }

  /**
   * True when the client is built with an explicit `baseURL` that is not certainly Anthropic's (a
   * setting, an environment variable): it may be a gateway with model names of its own.
   */
  get mayBeGateway(): boolean {
    if (this.gatewayMemo === undefined) {
      const { site } = this;
      this.gatewayMemo = isWrapperSite(site)
        ? site.gateway
        : this.client.platform === "anthropic" && (this.clientOptions ?? []).some((options) => mayPointElsewhere(options));
    }
    return this.gatewayMemo;
  }

  // ---- betas -------------------------------------------------------------------------------------

  /** See `BetaSet`. Over-approximates: every rule that asks goes silent when a beta may be sent. */
  get betas(): BetaSet {
    this.betasMemo ??= this.computeBetas();
    return this.betasMemo;
  }

  private computeBetas(): BetaSet {
    if (isWrapperSite(this.site)) return this.site.betas;
    const values = new Set<string>();
    let open = false;
    let header = false;
    const addList = (v: Value): void => {
      for (const alt of alternatives(v)) {
        if (alt.kind === "known" && alt.value == null) continue;
        if (alt.kind === "known" && typeof alt.value === "string") {
          for (const part of alt.value.split(",")) if (part.trim()) values.add(part.trim());
        } else if (alt.kind === "array") {
          if (alt.open) open = true;
          for (const el of alt.elements) addList(el.value);
        } else {
          open = true;
        }
      }
    };
    const addHeaders = (v: Value): void => {
      for (const alt of alternatives(v)) {
        if (alt.kind === "known" && alt.value == null) continue;
        if (alt.kind !== "object" || alt.open) {
          open = header = true;
          continue;
        }
        for (const [key, prop] of alt.props) {
          if (key.toLowerCase() !== "anthropic-beta") continue;
          header = true;
          addList(prop.value);
        }
      }
    };
    const addOptions = (options: Value, headersKey: string): void => {
      for (const alt of alternatives(options)) {
        if (alt.kind === "known" && alt.value == null) continue;
        if (alt.kind !== "object" || alt.open) {
          open = header = true;
          continue;
        }
        // Hooks that can add headers; `fetchOptions.headers` are applied last.
        for (const hook of ["middleware", "fetch", "fetchOptions"]) if (!isNullish(get(alt, hook))) open = header = true;
        addHeaders(get(alt, headersKey));
      }
    };
    for (const key of ["betas", "anthropic_beta"]) addList(this.field(key));
    if (this.batch) addList(get(this.batch, "betas"));
    const { site } = this;
    if (site.kind === "typed") return { values, open: true, header: true };
    if (site.kind === "http") {
      const headers = this.httpHeaders;
      if (headers) addHeaders(headers);
      else open = header = true;
      return { values, open, header };
    }
    addOptions(this.options, "headers");
    const clientOptions = this.clientOptions;
    if (!clientOptions) open = header = true;
    else for (const options of clientOptions) addOptions(options, "defaultHeaders");
    return { values, open, header };
  }

  // ---- tools -------------------------------------------------------------------------------------

  get tools(): ToolFacts {
    this.toolsMemo ??= this.computeTools();
    return this.toolsMemo;
  }

  private computeTools(): ToolFacts {
    const tools = this.field("tools");
    const none = every(tools, (a) => (a.kind === "known" && a.value == null) || (a.kind === "array" && !a.open && a.elements.length === 0));
    let names: Set<string> | undefined = new Set<string>();
    for (const alt of alternatives(tools)) {
      if (alt.kind !== "array" || alt.open) {
        names = undefined;
        break;
      }
      for (const el of alt.elements) {
        const n = strings(get(el.value, "name"));
        if (!n) {
          names = undefined;
          break;
        }
        for (const s of n) names.add(s);
      }
      if (!names) break;
    }
    const elsewhere =
      this.site.beta &&
      (!isNullish(this.field("mcp_servers")) || !isNullish(this.field("thread")) || this.context.toolAdditionsMayExist);
    return { none, names, elsewhere };
  }

  // ---- blocks ------------------------------------------------------------------------------------

  /**
   * Every block that is certainly part of the request (or, `present: false`, each of a mapped list), in the cache prefix order (`tools`, then
   * `system`, then each message's `content`, with the blocks nested in `tool_result` and
   * `search_result` content right after their parent): the known elements of each container that
   * is one array on every path. A container that differs between paths (a `oneOf`) is skipped, so
   * every block visited is sent whatever path runs.
   */
  certainBlocks(): readonly CertainBlock[] {
    this.blocksMemo ??= this.computeBlocks();
    return this.blocksMemo;
  }

  private computeBlocks(): readonly CertainBlock[] {
    const out: CertainBlock[] = [];
    const tools = this.field("tools");
    if (tools.kind === "array") for (const element of tools.elements) out.push({ element, section: "tools", nested: false, role: undefined, present: !element.repeated });
    const system = this.field("system");
    if (system.kind === "array") for (const element of system.elements) out.push({ element, section: "system", nested: false, role: undefined, present: !element.repeated });
    const messages = this.field("messages");
    if (messages.kind !== "array") return out;
    for (const message of messages.elements) {
      const content = get(message.value, "content");
      if (content.kind !== "array") continue;
      const roles = strings(get(message.value, "role"));
      const role = roles && roles.length === 1 ? roles[0] : undefined;
      for (const element of content.elements) {
        const present = !message.repeated && !element.repeated;
        out.push({ element, section: "messages", nested: false, role, present });
        nested(element.value, role, out, 1, present);
      }
    }
    return out;
  }

  // ---- editing -----------------------------------------------------------------------------------

  /**
   * The request's own top-level property `key` when it is written in the request's object literal
   * and deleting it certainly leaves the field unset (no spread before it could set it again).
   */
  removableProperty(key: string): TSESTree.Property | undefined {
    const { value } = this;
    if (isWrapperSite(this.site)) return undefined;
    if (value.kind !== "object" || value.node.type !== "ObjectExpression") return undefined;
    const node = propOf(value, key)?.node;
    if (node?.type !== "Property" || node.parent !== value.node) return undefined;
    return removalUnsetsKey(node, this.context.evaluator) ? node : undefined;
  }
}

/** The SDK request interface a site's body is typed with. */
function interfaceOf(site: RequestSite): keyof SdkFields {
  if (site.method === "countTokens") return site.beta ? "betaCountTokens" : "countTokens";
  if (site.method === "batches.create") return "create";
  return site.beta ? "betaCreate" : "create";
}

function nested(block: Value, role: string | undefined, out: CertainBlock[], depth: number, present: boolean): void {
  if (depth > MAX_NESTING) return;
  const types = strings(get(block, "type"));
  if (!types || !types.every((t) => NESTING_BLOCKS.has(t))) return;
  const content = get(block, "content");
  if (content.kind !== "array") return;
  for (const element of content.elements) {
    out.push({ element, section: "messages", nested: true, role, present: present && !element.repeated });
    nested(element.value, role, out, depth + 1, present && !element.repeated);
  }
}

/** True when client options may set a `baseURL` that is not certainly Anthropic's. */
function mayPointElsewhere(options: Value): boolean {
  for (const alt of alternatives(options)) {
    if (alt.kind !== "object") continue;
    const prop = alt.props.get("baseURL");
    if (!prop) continue;
    for (const url of alternatives(prop.value)) {
      if (url.kind === "known" && url.value == null) continue;
      if (url.kind === "known" && typeof url.value === "string") {
        const host = hostOf(url.value);
        if (host !== undefined && isAnthropicHost(host)) continue;
      }
      return true;
    }
  }
  return false;
}
