import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { checkSchema, intersectIssues, joinPath, unsupportedRegexFeature, type SchemaIssue } from "../../src/engine/json-schema";
import { ABSENT, UNKNOWN, known, oneOf, type ObjectValue, type Prop, type Value } from "../../src/engine/value";

/** A distinct stand-in node for each built Value (the checks only compare nodes by identity). */
let nodeCount = 0;
const node = (): TSESTree.Node => ({ type: "Literal", range: [nodeCount, ++nodeCount] }) as unknown as TSESTree.Node;
const FALLBACK = node();

function o(props: Record<string, Value>, open = false): ObjectValue & { props: Map<string, Prop> } {
  const map = new Map<string, Prop>();
  for (const [key, value] of Object.entries(props)) map.set(key, { key, presence: "always", node: node(), value });
  return { kind: "object", props: map, open, node: node() };
}
const a = (...values: Value[]): Value => ({ kind: "array", elements: values.map((value) => ({ value, node: node() })), open: false, node: node() });
const k = known;
const summary = (issues: SchemaIssue[]): string[] => issues.map((i) => `${i.messageId} ${i.data.path}`);

describe("unsupportedRegexFeature", () => {
  it.each([
    ["^[a-z]+$", undefined],
    ["^\\d{3}-\\d{4}$", undefined],
    ["(?:ab)+", undefined],
    ["(?<year>\\d{4})", undefined],
    ["[\\b]", undefined], // backspace in a class
    ["\\\\b", undefined], // an escaped backslash, then "b"
    ["\\1", undefined], // no group: not a backreference for certain
    ["[(?=x)]", undefined], // inside a class
    ["[]]\\b", undefined], // a dialect-dependent class: give up
    ["(a)\\1", "a backreference (\\1)"],
    ["(?<q>a)\\k<q>", "a named backreference (\\k<…>)"],
    ["(?P<q>a)\\k<q>", "a named backreference (\\k<…>)"],
    ["(?P<q>a)(?P=q)", "a named backreference (\\k<…>)"],
    ["^(?=.*\\d)", "a lookahead ((?=…) / (?!…))"],
    ["^(?!x)", "a lookahead ((?=…) / (?!…))"],
    ["(?<=a)b", "a lookbehind ((?<=…) / (?<!…))"],
    ["(?<!a)b", "a lookbehind ((?<=…) / (?<!…))"],
    ["\\bword", "a word boundary (\\b)"],
    ["[a]\\b", "a word boundary (\\b)"],
  ])("%s", (pattern, expected) => {
    expect(unsupportedRegexFeature(pattern)).toBe(expected);
  });

  it("is linear on long inputs", () => {
    const start = performance.now();
    expect(unsupportedRegexFeature("(".repeat(200_000) + "a" + ")".repeat(200_000))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe("joinPath", () => {
  it("joins with dots, not before brackets", () => {
    expect(joinPath("a", "b.c")).toBe("a.b.c");
    expect(joinPath("a", "[0].c")).toBe("a[0].c");
    expect(joinPath("", "b")).toBe("b");
    expect(joinPath("a", "")).toBe("a");
  });
});

describe("checkSchema", () => {
  it("reports keywords on the matching type only", () => {
    const schema = o({
      type: k("object"),
      additionalProperties: k(false),
      properties: o({
        n: o({ type: k("integer"), minimum: k(0) }),
        s: o({ type: k("string"), minimum: k(0) }),
        u: o({ minimum: k(0) }),
        l: o({ type: a(k("string"), k("null")), maxLength: k(3) }),
      }),
    });
    expect(summary(checkSchema(schema, FALLBACK))).toEqual(["unsupportedKeyword properties.n.minimum", "unsupportedKeyword properties.l.maxLength"]);
  });

  it("is silent on unknown, maybe-present and false values", () => {
    const maybe = o({ type: k("integer") });
    maybe.props.set("minimum", { key: "minimum", presence: "maybe", node: node(), value: k(1) });
    expect(checkSchema(maybe, FALLBACK)).toEqual([]);
    expect(checkSchema(o({ type: k("integer"), minimum: UNKNOWN }), FALLBACK)).toEqual([]);
    expect(checkSchema(o({ type: k("integer"), minimum: k(null) }), FALLBACK)).toEqual([]);
    expect(checkSchema(o({ type: k("array"), uniqueItems: k(false) }), FALLBACK)).toEqual([]);
    expect(checkSchema(o({ type: k("object") }, true), FALLBACK)).toEqual([]); // an open object may have it
    expect(checkSchema(o({ type: k("object"), additionalProperties: oneOf([k(false), ABSENT]) }), FALLBACK)).toEqual([]);
    expect(checkSchema(o({ type: UNKNOWN }), FALLBACK)).toEqual([]);
    expect(checkSchema(UNKNOWN, FALLBACK)).toEqual([]);
  });

  it("keeps only what every alternative shares", () => {
    const open1 = o({ type: k("object") });
    const open2 = o({ type: k("object"), properties: o({}) });
    const closed = o({ type: k("object"), additionalProperties: k(false) });
    const both = oneOf([open1, open2], node());
    const issues = checkSchema(both, FALLBACK);
    expect(summary(issues)).toEqual(["additionalPropertiesNotFalse "]);
    expect(issues[0].node).toBe(both.kind === "oneOf" ? both.node : undefined);
    expect(issues[0].fix).toBeUndefined();
    expect(checkSchema(oneOf([open1, closed]), FALLBACK)).toEqual([]);
  });

  it("stops at the depth limit on a 1,000-deep schema", () => {
    let s: Value = o({ type: k("string") });
    for (let i = 0; i < 1000; i++) s = o({ type: k("object"), properties: o({ a: s }) });
    const start = performance.now();
    const issues = checkSchema(s, FALLBACK);
    expect(performance.now() - start).toBeLessThan(1000);
    // Every level lacks additionalProperties; the walk stops after 64 levels (65 objects).
    expect(issues.length).toBe(65);
    expect(issues[0].data.path).toBe("");
  });

  it("terminates on a cyclic schema", () => {
    const props = o({});
    const self = o({ type: k("object"), properties: props });
    props.props.set("me", { key: "me", presence: "always", node: node(), value: self });
    props.props.set("n", { key: "n", presence: "always", node: node(), value: o({ type: k("number"), maximum: k(1) }) });
    expect(summary(checkSchema(self, FALLBACK))).toEqual(["additionalPropertiesNotFalse ", "unsupportedKeyword properties.n.maximum"]);
  });

  it("walks shared sub-schemas once (2^200 paths)", () => {
    let s: Value = o({ type: k("integer"), minimum: k(0) });
    for (let i = 0; i < 200; i++) s = o({ anyOf: a(s, s) });
    const start = performance.now();
    const issues = checkSchema(s, FALLBACK);
    expect(performance.now() - start).toBeLessThan(1000);
    // Beyond the depth limit: nothing, and quickly.
    expect(issues).toEqual([]);
    let t: Value = o({ type: k("integer"), minimum: k(0) });
    for (let i = 0; i < 20; i++) t = o({ anyOf: a(t, t) });
    expect(summary(checkSchema(t, FALLBACK))).toEqual([`unsupportedKeyword ${"anyOf[0].".repeat(20)}minimum`]);
  });

  it("finds recursion through $defs and reports definitions only when reached", () => {
    const refTo = (r: string): Value => o({ $ref: k(r) });
    const schema = o({
      type: k("object"),
      additionalProperties: k(false),
      properties: o({ root: refTo("#/$defs/A") }),
      $defs: o({
        A: o({ type: k("object"), additionalProperties: k(false), properties: o({ b: refTo("#/$defs/B") }) }),
        B: o({ anyOf: a(refTo("#/$defs/A"), o({ type: k("null") })) }),
        Unused: o({ type: k("object") }),
        "a/b": o({ type: k("string"), format: k("url") }),
      }),
    });
    expect(summary(checkSchema(schema, FALLBACK))).toEqual(["recursiveRef $defs.B.anyOf[0].$ref"]);
    const escaped = o({ type: k("object"), additionalProperties: k(false), properties: o({ x: refTo("#/$defs/a~1b") }), $defs: schema.props.get("$defs")!.value });
    expect(summary(checkSchema(escaped, FALLBACK))).toEqual(['unsupportedFormat $defs["a/b"].format']);
    expect(summary(checkSchema(o({ anyOf: a(refTo("#"), o({ type: k("null") })) }), FALLBACK))).toEqual(["recursiveRef anyOf[0].$ref"]);
    expect(summary(checkSchema(refTo("other.json#/A"), FALLBACK))).toEqual(["externalRef $ref"]);
    expect(checkSchema(refTo("#/$defs/Missing"), FALLBACK)).toEqual([]);
  });

  it("flags object and array enum members", () => {
    expect(summary(checkSchema(o({ enum: a(k("a"), o({})) }), FALLBACK))).toEqual(["complexEnum enum"]);
    expect(summary(checkSchema(o({ enum: a(k("a"), a()) }), FALLBACK))).toEqual(["complexEnum enum"]);
    expect(checkSchema(o({ enum: a(k("a"), k(null), UNKNOWN) }), FALLBACK)).toEqual([]);
  });
});

describe("intersectIssues", () => {
  it("keeps issues with the same message, path and keyword", () => {
    const n1 = node();
    const n2 = node();
    const at = node();
    const issue = (n: TSESTree.Node, value: string, path = "p"): SchemaIssue => ({
      node: n,
      messageId: "unsupportedKeyword",
      data: { path, keyword: "minimum", value, type: "integer", detail: "" },
    });
    const out = intersectIssues([[issue(n1, "1")], [issue(n2, "2"), issue(n2, "3", "q")]], at);
    expect(out).toHaveLength(1);
    expect(out[0].node).toBe(at);
    expect(out[0].data.value).toBe("1 or 2");
    expect(intersectIssues([[issue(n1, "1")], []], at)).toEqual([]);
  });
});
