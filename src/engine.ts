/**
 * One engine per linted file, shared by every rule: the evaluator, the call-site finder and the
 * requests each site sends. Rules ask; nothing here reports.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { CallSites, type ClientRef, type RequestSite } from "./call-sites";
import { Evaluator } from "./evaluate";
import { SDK_DEFAULT_MAX_RETRIES, SDK_PACKAGE_PREFIX, hostOf, isAnthropicHost } from "./sdk";
import { alternatives, get, strings, type Value } from "./value";
import { lookupModel, type ModelInfo } from "./models";

/** One Messages request body: the whole first argument, or one `requests[].params` of a batch. */
export interface Request {
  readonly site: RequestSite;
  readonly value: Value;
  /** Where to report when a part of the value has no node of its own. */
  readonly node: TSESTree.Node;
}

export class Engine {
  readonly evaluator: Evaluator;
  readonly sites: CallSites;
  /** False when the file cannot reach an Anthropic package: rules then do nothing at all. */
  readonly active: boolean;
  private readonly requestsCache = new WeakMap<RequestSite, readonly Request[]>();
  private readonly thirdPartyCache = new WeakMap<object, boolean>();

  constructor(readonly sourceCode: Readonly<TSESLint.SourceCode>) {
    this.active = sourceCode.text.includes(SDK_PACKAGE_PREFIX);
    this.evaluator = new Evaluator(sourceCode);
    this.sites = new CallSites(this.evaluator);
    const sites = this.sites;
    this.evaluator.readOnlySink = (call) =>
      call.type === "NewExpression"
        ? sites.clientOfNew(call) !== undefined
        : sites.siteOf(call) !== null || sites.clientOfWithOptions(call) !== undefined;
  }

  siteOf(node: TSESTree.CallExpression): RequestSite | null {
    return this.active ? this.sites.siteOf(node) : null;
  }

  /** The request bodies a site sends (a batch sends one per element of `requests`). */
  requestsOf(site: RequestSite): readonly Request[] {
    let out = this.requestsCache.get(site);
    if (out) return out;
    const list: Request[] = [];
    if (site.body) {
      const body = this.evaluator.evaluate(site.body);
      if (site.method !== "batches.create") {
        list.push({ site, value: body, node: site.body });
      } else {
        for (const alt of alternatives(get(body, "requests"))) {
          if (alt.kind !== "array") continue;
          for (const el of alt.elements) list.push({ site, value: get(el.value, "params"), node: el.node });
        }
      }
    }
    out = list;
    this.requestsCache.set(site, out);
    return out;
  }

  /** The model entries of a request when every possible `model` value is a known table entry. */
  modelsOf(request: Request): ModelInfo[] | undefined {
    const ids = strings(get(request.value, "model"));
    if (!ids || ids.length === 0) return undefined;
    const out: ModelInfo[] = [];
    for (const id of ids) {
      const m = lookupModel(id);
      if (!m) return undefined;
      out.push(m);
    }
    return out;
  }

  /**
   * True when the client certainly talks to another vendor's Anthropic-compatible endpoint: its
   * `baseURL` is a known URL whose host is not Anthropic's. Cloud platform clients are Anthropic
   * models on another host and do not count.
   */
  isThirdPartyEndpoint(client: ClientRef): boolean {
    if (client.platform !== "anthropic") return false;
    const key = client.construction ?? client;
    const cached = this.thirdPartyCache.get(key);
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
    this.thirdPartyCache.set(key, result);
    return result;
  }

  /**
   * The `maxRetries` a client is built with: `known` when certain (the SDK default when the
   * options certainly omit it), `undefined` when it cannot be known.
   */
  maxRetriesOf(options: Value): number[] | undefined {
    const out: number[] = [];
    for (const alt of alternatives(options)) {
      if (alt.kind === "known" && alt.value === undefined) {
        out.push(SDK_DEFAULT_MAX_RETRIES);
        continue;
      }
      if (alt.kind !== "object") return undefined;
      for (const v of alternatives(get(alt, "maxRetries"))) {
        if (v.kind !== "known") return undefined;
        if (v.value === undefined) out.push(SDK_DEFAULT_MAX_RETRIES);
        else if (typeof v.value === "number") out.push(v.value);
        else return undefined;
      }
    }
    return out;
  }
}

const engines = new WeakMap<object, Engine>();

/** The engine of the file a rule context lints (created on first use, then shared). */
export function engineFor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): Engine {
  const sourceCode = context.sourceCode ?? (context as unknown as { getSourceCode(): TSESLint.SourceCode }).getSourceCode();
  let engine = engines.get(sourceCode);
  if (!engine) {
    engine = new Engine(sourceCode);
    engines.set(sourceCode, engine);
  }
  return engine;
}
