/**
 * The JSON Schema subset that structured outputs accept: `output_config.format.schema` (beta:
 * `output_format.schema`) and the `input_schema` of a tool sent with `strict: true`.
 *
 * `checkSchema` walks a schema Value and returns only what certainly fails: a keyword the API
 * rejects, present with a known value, on a schema whose `type` certainly names the type the
 * keyword belongs to; an object schema whose `additionalProperties` is certainly not `false`; a
 * string `format` outside the supported list; `enum` members that are objects or arrays; a `$ref`
 * that leaves the document or makes it recursive; a `pattern` that certainly uses backreferences,
 * lookaround or `\b`. The API's answer to each is 400 invalid_request_error, e.g.
 * "output_config.format.schema: For 'integer' type, properties maximum, minimum are not supported".
 *
 * Sources: the structured-outputs docs' JSON Schema subset (https://platform.claude.com/docs/en/build-with-claude/structured-outputs);
 * the API's 400 texts as public reports quote them; `@anthropic-ai/sdk` `src/lib/transform-json-schema.ts`
 * (the supported string formats, `minItems` 0/1). Keywords the facts do not confirm (`oneOf`, `not`,
 * `propertyNames`, `const` objects, `allOf` with `$ref`) are walked through or ignored, never reported.
 *
 * Soundness: a `oneOf` Value is checked per alternative and only issues found on every alternative
 * (same message, path and keyword) are kept. A schema that has a `$ref` (or may have one) is not
 * checked beside it, since the SDK and API treat its siblings differently. `$defs` entries are
 * checked only when a certain `$ref` chain from the root reaches them.
 *
 * Cost: each object Value is walked once (memoized by identity), at most `MAX_DEPTH` levels deep
 * and `MAX_VISITS` objects in all; a cycle of Values (a schema that contains itself through a
 * variable) is cut where it closes. Nothing here throws.
 */
import { guard } from "../kit/guard";
import { SUPPORTED_STRING_FORMATS, UNSUPPORTED_KEYWORDS } from "../knowledge/schema-subset";
import type { TSESTree } from "@typescript-eslint/utils";
import {
  alternatives,
  get,
  isNullish,
  isPresent,
  nodeOf,
  strings,
  type Alternative,
  type ObjectValue,
  type Value,
} from "./value";

type Node = TSESTree.Node;

/** Schema levels deeper than this are not looked at. */
export const MAX_DEPTH = 64;
/** At most this many schema objects are walked per `checkSchema` call. */
const MAX_VISITS = 5_000;
/** At most this many issues (and references) are kept per schema; more would not help anyone. */
const MAX_FINDINGS = 200;

/** The messages `checkSchema` reports with (the rule adds them to its `meta.messages`). */
export type SchemaMessageId =
  | "unsupportedKeyword"
  | "unsupportedMinItems"
  | "additionalPropertiesNotFalse"
  | "unsupportedFormat"
  | "complexEnum"
  | "externalRef"
  | "recursiveRef"
  | "unsupportedPattern";

/** The message of each schema issue; `{{path}}` is the full path the rule gives it. */
export const SCHEMA_MESSAGES: Readonly<Record<SchemaMessageId, string>> = {
  unsupportedKeyword:
    "`{{path}}` is `{{keyword}}: {{value}}` on a schema of type '{{type}}', which structured outputs do not support: the API answers 400 invalid_request_error \"For '{{type}}' type, property '{{keyword}}' is not supported\". Remove it, state the constraint in `description`, and check it in your code.",
  unsupportedMinItems:
    "`{{path}}` is `minItems: {{value}}`; structured outputs support only 0 or 1: the API answers 400 invalid_request_error \"For 'array' type, property 'minItems' is not supported\". Use 0 or 1, state the bound in `description`, and check the length in your code.",
  additionalPropertiesNotFalse:
    "`{{path}}` is an object schema whose `additionalProperties` {{detail}}: the API answers 400 invalid_request_error \"For 'object' type, 'additionalProperties' must be explicitly set to false\". Set `additionalProperties: false` on every object schema.",
  unsupportedFormat:
    "`{{path}}` is the string format {{value}}, which structured outputs do not support (only date-time, time, date, duration, email, hostname, uri, ipv4, ipv6, uuid): the API answers 400 invalid_request_error. Use a supported format, or remove `format` and describe the form in `description`.",
  complexEnum:
    "`{{path}}` has {{value}} as a member; structured outputs accept only strings, numbers, booleans and null in `enum`: the API answers 400 invalid_request_error. Use `anyOf` with one schema per shape instead.",
  externalRef:
    "`{{path}}` is `$ref: {{value}}`, a reference outside the schema; structured outputs resolve only local references such as \"#/$defs/Name\": the API answers 400 invalid_request_error. Copy the referenced schema into `$defs` and point there.",
  recursiveRef:
    "`{{path}}` is `$ref: {{value}}`, which makes the schema recursive; structured outputs do not support recursive schemas: the API answers 400 invalid_request_error. Unroll the recursion to a fixed depth.",
  unsupportedPattern:
    "`{{path}}` is the pattern {{value}}, which uses {{detail}}; structured outputs support only simple regular expressions (no backreferences, lookahead/lookbehind or word boundaries): the API answers 400 invalid_request_error. Simplify the pattern and check the rest in your code.",
};

/** A certain edit that removes an issue (offered as a suggestion). */
export type SchemaFix =
  | { readonly kind: "removeProperty"; readonly property: TSESTree.Property }
  | { readonly kind: "addAdditionalPropertiesFalse"; readonly object: TSESTree.ObjectExpression }
  | { readonly kind: "setAdditionalPropertiesFalse"; readonly property: TSESTree.Property };

/** One certain problem in a schema. */
export interface SchemaIssue {
  /** The keyword's property (or value) node; the schema's node when the keyword is missing. */
  readonly node: Node;
  readonly messageId: SchemaMessageId;
  /**
   * `path`: where, relative to the schema root (`properties.age.minimum`; "" for the root itself);
   * `keyword`; `value` (as written, JSON-like); `type` (the JSON type the keyword belongs to);
   * `detail` (what exactly, for some messages).
   */
  readonly data: { path: string; keyword: string; value: string; type: string; detail: string };
  readonly fix?: SchemaFix;
}

interface RefEdge {
  /** "#" for the root, "$defs/Name" or "definitions/Name" for a root definition. */
  readonly target: string;
  readonly raw: string;
  readonly node: Node;
  /** Path of the `$ref` keyword, relative like an issue's. */
  readonly path: string;
}

interface Result {
  readonly issues: readonly SchemaIssue[];
  readonly refs: readonly RefEdge[];
}

const EMPTY: Result = Object.freeze({ issues: [], refs: [] });

/**
 * The issues that certainly make the API reject `schema` as a structured-output or strict-tool
 * schema. `fallback` is the node reported when a part of the schema has no node of its own.
 * Never throws; a schema that is not statically known yields no issues.
 */
export function checkSchema(schema: Value, fallback: Node): SchemaIssue[] {
  // A schema shared by many requests (a tools constant) is one Value: it is checked once.
  let byFallback = checked.get(schema);
  if (!byFallback) checked.set(schema, (byFallback = new WeakMap()));
  let issues = byFallback.get(fallback);
  if (!issues) {
    issues = guard(() => {
      const walker = new Walker(fallback);
      const alts = alternatives(schema);
      const results = alts.map((alt) => walker.document(alt));
      const result = results.length === 1 ? results[0] : intersect(results, nodeOf(schema, fallback));
      return [...result.issues];
    }, []);
    byFallback.set(fallback, issues);
  }
  return [...issues];
}

/** Issues already found, per schema Value and fallback node. */
const checked = new WeakMap<Value, WeakMap<Node, readonly SchemaIssue[]>>();

/**
 * The issues found in every one of `lists` (same message, path and keyword): what fails whichever
 * alternative is taken. An issue whose node differs between lists is reported at `node`.
 */
export function intersectIssues(lists: readonly (readonly SchemaIssue[])[], node: Node): SchemaIssue[] {
  return [...intersect(lists.map((issues) => ({ issues, refs: [] })), node).issues];
}

/** Joins a path prefix and a relative path (`a` + `b.c` → `a.b.c`; `a` + `[0].c` → `a[0].c`). */
export function joinPath(prefix: string, rest: string): string {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return rest.startsWith("[") ? prefix + rest : `${prefix}.${rest}`;
}

/**
 * The first regular-expression feature outside structured outputs' simple subset that `pattern`
 * certainly uses: a backreference to a group it defines, a lookahead or lookbehind, or `\b`.
 * One pass over the pattern (linear time); an ambiguous character class (`[]`, `[^]`) gives up.
 */
export function unsupportedRegexFeature(pattern: string): string | undefined {
  let inClass = false;
  let groups = 0;
  let namedGroups = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const n = pattern[i + 1];
      if (n === undefined) return undefined;
      if (!inClass) {
        if (n >= "1" && n <= "9" && groups > 0) return `a backreference (\\${n})`;
        if (n === "k" && pattern[i + 2] === "<" && namedGroups > 0) return "a named backreference (\\k<…>)";
        if (n === "b") return "a word boundary (\\b)";
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      const n = pattern[i + 1];
      if (n === "]" || (n === "^" && pattern[i + 2] === "]")) return undefined;
      inClass = true;
      if (n === "^") i++;
      // A `]` right after `[` or `[^` is a literal in most dialects and an empty class in ECMAScript.
      continue;
    }
    if (c === "(") {
      if (pattern[i + 1] !== "?") {
        groups++;
        continue;
      }
      const a = pattern[i + 2];
      if (a === "=" || a === "!") return "a lookahead ((?=…) / (?!…))";
      if (a === "<") {
        const b = pattern[i + 3];
        if (b === "=" || b === "!") return "a lookbehind ((?<=…) / (?<!…))";
        groups++;
        namedGroups++;
      } else if (a === "P" && pattern[i + 3] === "<") {
        groups++;
        namedGroups++;
      } else if (a === "P" && pattern[i + 3] === "=" && namedGroups > 0) {
        return "a named backreference (\\k<…>)";
      }
    }
  }
  return undefined;
}

/** A readable, JSON-like rendering of a value for a message. */
function display(value: Value): string {
  const parts: string[] = [];
  for (const alt of alternatives(value)) {
    let s: string;
    if (alt.kind === "known") {
      s = alt.value === undefined ? "undefined" : typeof alt.value === "bigint" ? `${alt.value}n` : JSON.stringify(alt.value);
    } else if (alt.kind === "object") s = "{…}";
    else if (alt.kind === "array") s = "[…]";
    else s = "…";
    if (!parts.includes(s)) parts.push(s);
  }
  return parts.join(" or ");
}

/** A property name as a path segment. */
function keySegment(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}

/** The property node of `key` in a schema object, when it is a plain `key: value` property. */
function propertyNode(schema: ObjectValue, key: string): TSESTree.Property | undefined {
  const node = schema.props.get(key)?.node;
  return node?.type === "Property" ? node : undefined;
}

/** Where to report keyword `key` of `schema`: its property, else its value, else the schema. */
function keywordNode(schema: ObjectValue, key: string, value: Value): Node {
  return schema.props.get(key)?.node ?? nodeOf(value, schema.node);
}

/** The types `schema.type` certainly includes on every path (a type name or a list of them). */
function certainTypes(schema: ObjectValue): Set<string> {
  let out: Set<string> | undefined;
  for (const alt of alternatives(get(schema, "type"))) {
    const these = new Set<string>();
    if (alt.kind === "known" && typeof alt.value === "string") these.add(alt.value);
    else if (alt.kind === "array") {
      for (const el of alt.elements) {
        for (const s of strings(el.value) ?? []) if (alternatives(el.value).length === 1) these.add(s);
      }
    } else return new Set();
    out = out ? new Set([...out].filter((t) => these.has(t))) : these;
  }
  return out ?? new Set();
}

/** `#`, `#/$defs/Name` or `#/definitions/Name` as a graph node; undefined for any other pointer. */
function refTarget(ref: string): string | undefined {
  if (ref === "#" || ref === "#/") return "#";
  const m = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  if (!m) return undefined;
  let name = m[2];
  try {
    name = decodeURIComponent(name);
  } catch {
    // expected: a malformed %-escape in the reference names no definition
    return undefined;
  }
  return `${m[1]}/${name.replace(/~1/g, "/").replace(/~0/g, "~")}`;
}

function prefixResult(result: Result, segment: string): Result {
  if (result.issues.length === 0 && result.refs.length === 0) return EMPTY;
  return {
    issues: result.issues.map((i) => ({ ...i, data: { ...i.data, path: joinPath(segment, i.data.path) } })),
    refs: result.refs.map((r) => ({ ...r, path: joinPath(segment, r.path) })),
  };
}

/** Identifies one finding: the same message on the same source node is one report. */
function issueId(i: SchemaIssue): string {
  return `${i.messageId}\u0000${i.data.keyword}\u0000${i.node.range[0]}:${i.node.range[1]}`;
}

function refId(r: RefEdge): string {
  return `${r.target}\u0000${r.node.range[0]}:${r.node.range[1]}`;
}

/**
 * The union of results, one entry per finding (the first path it was found at). Without this a
 * sub-schema shared by both branches of each of n nested `anyOf`s would be listed 2^n times.
 */
function concat(results: readonly Result[]): Result {
  const nonEmpty = results.filter((r) => r.issues.length > 0 || r.refs.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0];
  const issues = new Map<string, SchemaIssue>();
  const refs = new Map<string, RefEdge>();
  for (const r of nonEmpty) {
    for (const i of r.issues) if (issues.size < MAX_FINDINGS && !issues.has(issueId(i))) issues.set(issueId(i), i);
    for (const e of r.refs) if (refs.size < MAX_FINDINGS && !refs.has(refId(e))) refs.set(refId(e), e);
  }
  return { issues: [...issues.values()], refs: [...refs.values()] };
}

function sameFix(a: SchemaFix | undefined, b: SchemaFix | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  return (a.kind === "addAdditionalPropertiesFalse" ? a.object : a.property) ===
    (b.kind === "addAdditionalPropertiesFalse" ? b.object : b.property);
}

/**
 * What every result has in common: an issue (or reference) of the first result is kept when each
 * other result has the same finding, on the same source node or at the same path.
 */
function intersect(results: readonly Result[], node: Node): Result {
  if (results.length === 0) return EMPTY;
  if (results.length === 1) return results[0];
  if (results.some((r) => r.issues.length === 0 && r.refs.length === 0)) return EMPTY;
  const issueAt = (i: SchemaIssue): string => `${i.messageId}\u0000${i.data.keyword}\u0000${i.data.path}`;
  const refAt = (r: RefEdge): string => `${r.target}\u0000${r.path}`;
  const issueMaps = results.slice(1).map((r) => new TwoKeyIndex(r.issues, issueId, issueAt));
  const refMaps = results.slice(1).map((r) => new TwoKeyIndex(r.refs, refId, refAt));
  const issues: SchemaIssue[] = [];
  for (const first of results[0].issues) {
    const matches = matchesIn(first, issueMaps);
    if (!matches) continue;
    const sameNode = matches.every((m) => m.node === first.node);
    const join = (pick: (i: SchemaIssue) => string): string => [...new Set(matches.map(pick))].join(" or ");
    const fix = sameNode && matches.every((m) => sameFix(m.fix, first.fix)) ? first.fix : undefined;
    issues.push({
      node: sameNode ? first.node : node,
      messageId: first.messageId,
      data: { ...first.data, value: join((i) => i.data.value), detail: join((i) => i.data.detail), type: join((i) => i.data.type) },
      ...(fix ? { fix } : {}),
    });
  }
  const refs: RefEdge[] = [];
  for (const first of results[0].refs) {
    const matches = matchesIn(first, refMaps);
    if (!matches) continue;
    refs.push(matches.every((m) => m.node === first.node) ? first : { ...first, node });
  }
  return { issues, refs };
}

/** Finds an entry by either of two keys (the first entry wins for each key). */
/** `first` and its match in each of `maps`, or undefined when one of them has none. */
function matchesIn<T>(first: T, maps: readonly TwoKeyIndex<T>[]): T[] | undefined {
  const out = [first];
  for (const m of maps) {
    const found = m.match(first);
    if (!found) return undefined;
    out.push(found);
  }
  return out;
}

class TwoKeyIndex<T> {
  private readonly byFirst = new Map<string, T>();
  private readonly bySecond = new Map<string, T>();
  constructor(
    items: readonly T[],
    private readonly first: (item: T) => string,
    private readonly second: (item: T) => string,
  ) {
    for (const item of items) {
      if (!this.byFirst.has(first(item))) this.byFirst.set(first(item), item);
      if (!this.bySecond.has(second(item))) this.bySecond.set(second(item), item);
    }
  }
  /** The entry matching `item` by the first key, else by the second. */
  match(item: T): T | undefined {
    return this.byFirst.get(this.first(item)) ?? this.bySecond.get(this.second(item));
  }
}

class Walker {
  private visits = 0;
  private readonly memo = new Map<Alternative, Result>();
  private readonly inProgress = new Set<Alternative>();

  constructor(private readonly fallback: Node) {}

  /** A whole schema document: the root, the `$defs` it reaches, and the recursion among them. */
  document(root: Alternative): Result {
    if (root.kind !== "object") return EMPTY;
    const rootResult = this.alternative(root, 0);
    const defs = new Map<string, { value: Value; node: Node }>();
    for (const keyword of ["$defs", "definitions"]) {
      const container = get(root, keyword);
      if (container.kind !== "object") continue;
      for (const [name, prop] of container.props) {
        if (prop.presence === "always") defs.set(`${keyword}/${name}`, { value: prop.value, node: prop.node ?? container.node });
      }
    }
    const results = new Map<string, Result>([["#", rootResult]]);
    const resultOf = (target: string): Result | undefined => {
      let r = results.get(target);
      if (r) return r;
      const def = defs.get(target);
      if (!def) return undefined;
      const [keyword, ...name] = target.split("/");
      r = prefixResult(this.value(def.value, 1, def.node), joinPath(keyword, keySegment(name.join("/"))));
      results.set(target, r);
      return r;
    };

    // Depth-first over certain references from the root: an edge back to a node on the stack closes a cycle.
    const recursion: SchemaIssue[] = [];
    const state = new Map<string, "open" | "done">([["#", "open"]]);
    const stack: { refs: readonly RefEdge[]; next: number; target: string }[] = [{ refs: rootResult.refs, next: 0, target: "#" }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next >= top.refs.length) {
        state.set(top.target, "done");
        stack.pop();
        continue;
      }
      const edge = top.refs[top.next++];
      const s = state.get(edge.target);
      if (s === "open") {
        // One report per schema: the first reference that closes a cycle says it all.
        if (recursion.length > 0) continue;
        recursion.push({
          node: edge.node,
          messageId: "recursiveRef",
          data: { path: edge.path, keyword: "$ref", value: JSON.stringify(edge.raw), type: "", detail: "" },
        });
        continue;
      }
      if (s === "done") continue;
      const r = resultOf(edge.target);
      if (!r || stack.length > 1_000) continue;
      state.set(edge.target, "open");
      stack.push({ refs: r.refs, next: 0, target: edge.target });
    }
    const reached = [...results.keys()].filter((k) => state.get(k) !== undefined).map((k) => results.get(k)!);
    return { issues: concat([...reached, { issues: recursion, refs: [] }]).issues, refs: [] };
  }

  /** A schema position: each alternative is walked; only what all of them share is kept. */
  private value(value: Value, depth: number, where: Node | undefined): Result {
    if (depth > MAX_DEPTH) return EMPTY;
    const alts = alternatives(value);
    if (alts.length === 1) return this.alternative(alts[0], depth);
    return intersect(
      alts.map((a) => this.alternative(a, depth)),
      value.kind === "oneOf" && value.node ? value.node : (where ?? this.fallback),
    );
  }

  private alternative(alt: Alternative, depth: number): Result {
    if (alt.kind !== "object") return EMPTY;
    const memo = this.memo.get(alt);
    if (memo) return memo;
    if (this.inProgress.has(alt) || ++this.visits > MAX_VISITS) return EMPTY;
    this.inProgress.add(alt);
    let result: Result;
    try {
      result = this.object(alt, depth);
    } finally {
      this.inProgress.delete(alt);
    }
    this.memo.set(alt, result);
    return result;
  }

  private object(schema: ObjectValue, depth: number): Result {
    const ref = get(schema, "$ref");
    if (!isNullish(ref)) return this.ref(schema, ref);
    const issues: SchemaIssue[] = [];
    this.keywords(schema, issues);
    const parts: Result[] = [{ issues, refs: [] }];

    // `properties`: values are schemas, keys are property names.
    parts.push(
      this.each(get(schema, "properties"), depth, schema, (props) => {
        if (props.kind !== "object") return EMPTY;
        const out: Result[] = [];
        for (const [key, prop] of props.props) {
          if (prop.presence !== "always") continue;
          out.push(prefixResult(this.value(prop.value, depth + 1, prop.node), joinPath("properties", keySegment(key))));
        }
        return concat(out);
      }),
    );
    // `items` (a schema, or the old tuple form) and `prefixItems`, `anyOf`, `allOf`, `oneOf` (lists).
    for (const keyword of ["items", "prefixItems", "anyOf", "allOf", "oneOf"]) {
      parts.push(
        this.each(get(schema, keyword), depth, schema, (v) => {
          if (v.kind === "object") return keyword === "items" ? prefixResult(this.alternative(v, depth + 1), keyword) : EMPTY;
          if (v.kind !== "array") return EMPTY;
          return concat(
            v.elements.map((el, i) => prefixResult(this.value(el.value, depth + 1, el.node), `${keyword}[${v.open ? "?" : i}]`)),
          );
        }),
      );
    }
    // `not`: a closed-object requirement inside a negation is not confirmed, the keyword checks are.
    const not = this.value(get(schema, "not"), depth + 1, schema.props.get("not")?.node);
    parts.push(prefixResult({ issues: not.issues.filter((i) => i.messageId !== "additionalPropertiesNotFalse"), refs: not.refs }, "not"));
    return concat(parts);
  }

  /** Apply `f` to each alternative of a keyword's value; keep what all alternatives share. */
  private each(value: Value, depth: number, schema: ObjectValue, f: (alt: Alternative) => Result): Result {
    if (depth + 1 > MAX_DEPTH) return EMPTY;
    const alts = alternatives(value);
    if (alts.length === 1) return f(alts[0]);
    return intersect(alts.map(f), value.kind === "oneOf" && value.node ? value.node : schema.node);
  }

  /** A schema with a `$ref`: only the reference itself is checked. */
  private ref(schema: ObjectValue, ref: Value): Result {
    const refs = strings(ref);
    if (!refs) return EMPTY;
    const node = keywordNode(schema, "$ref", ref);
    if (refs.every((r) => r !== "" && !r.startsWith("#"))) {
      return {
        issues: [{ node, messageId: "externalRef", data: { path: "$ref", keyword: "$ref", value: display(ref), type: "", detail: "" } }],
        refs: [],
      };
    }
    const targets = new Set(refs.map(refTarget));
    const target = targets.size === 1 ? [...targets][0] : undefined;
    if (target === undefined) return EMPTY;
    return { issues: [], refs: [{ target, raw: refs[0], node, path: "$ref" }] };
  }

  /** The checks on one schema object's own keywords. */
  private keywords(schema: ObjectValue, issues: SchemaIssue[]): void {
    const types = certainTypes(schema);
    const issue = (messageId: SchemaMessageId, keyword: string, value: Value, type: string, detail = "", fix?: SchemaFix): void => {
      issues.push({
        node: keywordNode(schema, keyword, value),
        messageId,
        data: { path: keyword, keyword, value: display(value), type, detail },
        ...(fix ? { fix } : {}),
      });
    };
    const remove = (keyword: string): SchemaFix | undefined => {
      const property = propertyNode(schema, keyword);
      return property ? { kind: "removeProperty", property } : undefined;
    };
    /** Present on every path, with a known value that is not `false`. */
    const setTo = (keyword: string): Value | undefined => {
      const v = get(schema, keyword);
      if (!isPresent(v)) return undefined;
      return alternatives(v).every((a) => !(a.kind === "known" && a.value === false)) ? v : undefined;
    };

    const numeric = types.has("integer") ? "integer" : types.has("number") ? "number" : undefined;
    if (numeric) {
      for (const keyword of UNSUPPORTED_KEYWORDS.number) {
        const v = setTo(keyword);
        if (v) issue("unsupportedKeyword", keyword, v, numeric, "", remove(keyword));
      }
    }
    if (types.has("string")) {
      for (const keyword of UNSUPPORTED_KEYWORDS.string) {
        const v = setTo(keyword);
        if (v) issue("unsupportedKeyword", keyword, v, "string", "", remove(keyword));
      }
      const format = get(schema, "format");
      const formats = strings(format);
      if (formats && formats.every((f) => !SUPPORTED_STRING_FORMATS.has(f))) {
        issue("unsupportedFormat", "format", format, "string", "", remove("format"));
      }
      const pattern = get(schema, "pattern");
      const patterns = strings(pattern);
      if (patterns) {
        const features = patterns.map(unsupportedRegexFeature);
        if (features.every((f) => f !== undefined)) {
          issue("unsupportedPattern", "pattern", pattern, "string", [...new Set(features)].join(" or "), remove("pattern"));
        }
      }
    }
    if (types.has("array")) {
      for (const keyword of UNSUPPORTED_KEYWORDS.array) {
        const v = setTo(keyword);
        if (v) issue("unsupportedKeyword", keyword, v, "array", "", remove(keyword));
      }
      const minItems = get(schema, "minItems");
      if (alternatives(minItems).every((a) => a.kind === "known" && typeof a.value === "number" && a.value !== 0 && a.value !== 1)) {
        issue("unsupportedMinItems", "minItems", minItems, "array", "", remove("minItems"));
      }
    }
    // An object schema that also composes (`anyOf`/`allOf`/`oneOf` beside `type`) is left alone:
    // how the API applies the rule to composed schemas is not confirmed.
    const composed = ["anyOf", "allOf", "oneOf"].some((keyword) => !isNullish(get(schema, keyword)));
    if (types.has("object") && !composed) {
      const ap = get(schema, "additionalProperties");
      const notFalse = alternatives(ap).every(
        (a) => a.kind === "object" || a.kind === "array" || (a.kind === "known" && a.value !== false),
      );
      if (notFalse) {
        const missing = alternatives(ap).every((a) => a.kind === "known" && a.value === undefined);
        const own = propertyNode(schema, "additionalProperties");
        const objectNode = schema.node.type === "ObjectExpression" ? schema.node : undefined;
        const fix: SchemaFix | undefined =
          own && own.parent === objectNode
            ? { kind: "setAdditionalPropertiesFalse", property: own }
            : objectNode
              ? { kind: "addAdditionalPropertiesFalse", object: objectNode }
              : undefined;
        issues.push({
          node: missing ? (schema.props.get("type")?.node ?? schema.node) : keywordNode(schema, "additionalProperties", ap),
          messageId: "additionalPropertiesNotFalse",
          data: {
            path: "",
            keyword: "additionalProperties",
            value: display(ap),
            type: "object",
            detail: missing ? "is missing" : `is ${display(ap)}`,
          },
          ...(fix ? { fix } : {}),
        });
      }
    }

    // `enum` members must be primitives, whatever the type.
    const en = get(schema, "enum");
    const kinds = new Set<string>();
    const allComplex = alternatives(en).every((a) => {
      if (a.kind !== "array") return false;
      const member = a.elements.find((el) => alternatives(el.value).every((m) => m.kind === "object" || m.kind === "array"));
      for (const m of member ? alternatives(member.value) : []) kinds.add(m.kind === "object" ? "an object" : "an array");
      return member !== undefined;
    });
    if (allComplex) {
      issues.push({
        node: keywordNode(schema, "enum", en),
        messageId: "complexEnum",
        data: { path: "enum", keyword: "enum", value: [...kinds].join(" or "), type: "", detail: "" },
      });
    }
  }
}
