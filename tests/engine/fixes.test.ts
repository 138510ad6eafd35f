/**
 * The shared source edits of src/kit/fixes.ts, applied to source text directly: each case names the
 * element to edit by its key (`x`), runs the edit through a recording fixer and compares the
 * patched text, which must also still parse.
 */
import { describe, expect, it } from "vitest";
import * as tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { propertyKeyName, walk } from "../../src/kit/ast";
import { appendProperty, removableProperty, removalUnsetsKey, removeProperty, renameKey, type Edit } from "../../src/kit/fixes";
import { probe } from "../helpers/engine-harness";

/** A fixer that returns the edit it is asked for, as `{ range, text }`. */
const fixer: TSESLint.RuleFixer = {
  insertTextAfter: (n, text) => ({ range: [n.range[1], n.range[1]], text }),
  insertTextAfterRange: (r, text) => ({ range: [r[1], r[1]], text }),
  insertTextBefore: (n, text) => ({ range: [n.range[0], n.range[0]], text }),
  insertTextBeforeRange: (r, text) => ({ range: [r[0], r[0]], text }),
  remove: (n) => ({ range: n.range, text: "" }),
  removeRange: (r) => ({ range: r, text: "" }),
  replaceText: (n, text) => ({ range: n.range, text }),
  replaceTextRange: (r, text) => ({ range: r, text }),
};

/** Parse `code`, pick a node with `select`, apply the edit `make` builds for it; the result must parse. */
function edit<N extends TSESTree.Node>(
  code: string,
  select: (node: TSESTree.Node) => node is N,
  make: (sourceCode: Readonly<TSESLint.SourceCode>, node: N) => Edit,
): string {
  const { sourceCode } = probe(code);
  let found: N | undefined;
  walk(sourceCode.ast, sourceCode.visitorKeys, (n) => {
    if (!found && select(n)) found = n;
    return !found;
  });
  if (!found) throw new Error("no node to edit");
  const fix = make(sourceCode, found)(fixer);
  const out = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
  expect(() => tsParser.parse(out, { sourceType: "module" }), out).not.toThrow();
  return out;
}

/** The key an element is about: a property's static key, a spread's identifier. */
function keyOf(node: TSESTree.Node): string | undefined {
  if (node.type === "SpreadElement") return node.argument.type === "Identifier" ? node.argument.name : undefined;
  return node.type === "Property" ? propertyKeyName(node) : undefined;
}

/** The element of an object literal keyed (or spreading) `x`. */
const isX = (node: TSESTree.Node): node is TSESTree.Property | TSESTree.SpreadElement =>
  (node.type === "Property" || node.type === "SpreadElement") && node.parent?.type === "ObjectExpression" && keyOf(node) === "x";
const isXProperty = (node: TSESTree.Node): node is TSESTree.Property => node.type === "Property" && isX(node);
/** The object literal `target` is initialised with. */
const isTarget = (node: TSESTree.Node): node is TSESTree.ObjectExpression =>
  node.type === "ObjectExpression" &&
  node.parent?.type === "VariableDeclarator" &&
  node.parent.id.type === "Identifier" &&
  node.parent.id.name === "target";

const remove = (code: string): string => edit(code, isX, (sc, node) => removeProperty(sc, node));
const append = (code: string): string => edit(code, isTarget, (sc, node) => appendProperty(sc, node, "added: true"));
const rename = (code: string, name = "y"): string => edit(code, isXProperty, (sc, node) => renameKey(sc, node, name));

/** `[description, before, after]`; an object literal alone is wrapped in `const o = …;`. */
type Row = readonly [string, string, string];
const wrap = (code: string): string => (code.startsWith("{") ? `const o = ${code};` : code);

function table(run: (code: string) => string, rows: readonly Row[]): void {
  it.each(rows)("%s", (_, before, after) => {
    expect(run(wrap(before))).toBe(wrap(after));
  });
}

describe("removeProperty: one line", () => {
  table(remove, [
    ["middle", "{ a: 1, x: 2, b: 3 }", "{ a: 1, b: 3 }"],
    ["first", "{ x: 2, b: 3 }", "{ b: 3 }"],
    ["last", "{ a: 1, x: 2 }", "{ a: 1 }"],
    ["last, trailing comma kept", "{ a: 1, x: 2, }", "{ a: 1, }"],
    ["only", "{ x: 2 }", "{}"],
    ["only, trailing comma", "{ x: 2, }", "{}"],
    ["only, compact", "{x:2}", "{}"],
    ["compact middle", "{a:1,x:2,b:3}", "{a:1,b:3}"],
    ["compact last", "{a:1,x:2}", "{a:1}"],
    ["shorthand", "const x = 1; const o = { a: 1, x, b: 3 };", "const x = 1; const o = { a: 1, b: 3 };"],
    ["method", "{ a: 1, x() { return 2; }, b: 3 }", "{ a: 1, b: 3 }"],
    ["quoted key", '{ a: 1, "x": 2, b: 3 }', "{ a: 1, b: 3 }"],
    ["spread", "const x = {}; const o = { a: 1, ...x, b: 3 };", "const x = {}; const o = { a: 1, b: 3 };"],
    ["value spanning lines", "{ a: 1, x: [\n  2,\n], b: 3 }", "{ a: 1, b: 3 }"],
    ["nested object", "{ a: { x: 1, y: 2 } }", "{ a: { y: 2 } }"],
    ["parenthesized value", "{ a: 1, x: (2), b: 3 }", "{ a: 1, b: 3 }"],
  ]);
});

describe("removeProperty: one element per line", () => {
  table(remove, [
    ["middle", "{\n  a: 1,\n  x: 2,\n  b: 3,\n}", "{\n  a: 1,\n  b: 3,\n}"],
    ["first", "{\n  x: 2,\n  a: 1,\n}", "{\n  a: 1,\n}"],
    ["last, trailing comma", "{\n  a: 1,\n  x: 2,\n}", "{\n  a: 1,\n}"],
    ["last, no trailing comma: the comma before goes", "{\n  a: 1,\n  x: 2\n}", "{\n  a: 1\n}"],
    ["only, trailing comma", "{\n  x: 2,\n}", "{}"],
    ["only, no trailing comma", "{\n  x: 2\n}", "{}"],
    ["a value over several lines", "{\n  a: 1,\n  x: {\n    y: 1,\n  },\n  b: 3,\n}", "{\n  a: 1,\n  b: 3,\n}"],
    ["indented object", "function f() {\n  return {\n    a: 1,\n    x: 2,\n  };\n}", "function f() {\n  return {\n    a: 1,\n  };\n}"],
    ["a blank line before is kept", "{\n  a: 1,\n\n  x: 2,\n  b: 3,\n}", "{\n  a: 1,\n\n  b: 3,\n}"],
    ["a blank line after is kept", "{\n  a: 1,\n  x: 2,\n\n  b: 3,\n}", "{\n  a: 1,\n\n  b: 3,\n}"],
    ["blank lines on both sides: one stays", "{\n  a: 1,\n\n  x: 2,\n\n  b: 3,\n}", "{\n  a: 1,\n\n  b: 3,\n}"],
    ["CRLF line ends", "{\r\n  a: 1,\r\n  x: 2\r\n}", "{\r\n  a: 1\r\n}"],
    ["comma-first style", "{ a: 1\n, x: 2\n, b: 3\n}", "{ a: 1\n, b: 3\n}"],
    ["comma-first style, last", "{ a: 1\n, x: 2\n}", "{ a: 1\n}"],
  ]);
});

describe("removeProperty: mixed layouts", () => {
  table(remove, [
    ["the element after it on the same line moves up", "{\n  x: 2, a: 1,\n  b: 3,\n}", "{\n  a: 1,\n  b: 3,\n}"],
    ["the element before it ends its line", "{\n  a: 1, x: 2,\n  b: 3,\n}", "{\n  a: 1,\n  b: 3,\n}"],
    ["first, on the opening brace's line", "{ x: 2,\n  a: 1,\n}", "{\n  a: 1,\n}"],
    ["last, closing brace on its line: the brace stays by the element before", "{\n  a: 1,\n  x: 2 }", "{\n  a: 1 }"],
    ["last with a trailing comma, closing brace on its line", "{\n  a: 1,\n  x: 2, }", "{\n  a: 1,\n}"],
    [
      "closing brace indented like the opening brace's line",
      "function g() {\n  f({\n    a: 1,\n    x: 2, });\n}",
      "function g() {\n  f({\n    a: 1,\n  });\n}",
    ],
    ["last, on a line of its own after a one-line start", "{ a: 1,\n  x: 2 }", "{ a: 1 }"],
  ]);
});

describe("removeProperty: comments stay", () => {
  table(remove, [
    ["before it, on its line", "{ a: 1, /* c */ x: 2, b: 3 }", "{ a: 1, /* c */ b: 3 }"],
    ["between it and its comma", "{ a: 1, x: 2 /* c */, b: 3 }", "{ a: 1, /* c */ b: 3 }"],
    ["after the last", "{ a: 1, x: 2 /* c */ }", "{ a: 1 /* c */ }"],
    ["between the comma before and the last", "{ a: 1, /* c */ x: 2 }", "{ a: 1 /* c */ }"],
    ["the only element's neighbour", "{ /* c */ x: 2 }", "{ /* c */ }"],
    ["inside it: removed with it", "{ a: 1, x: /* gone */ 2, b: 3 }", "{ a: 1, b: 3 }"],
    ["trailing its line", "{\n  a: 1,\n  x: 2, // the x\n  b: 3,\n}", "{\n  a: 1,\n  // the x\n  b: 3,\n}"],
    ["trailing the last line, no trailing comma", "{\n  a: 1,\n  x: 2 // the x\n}", "{\n  a: 1\n  // the x\n}"],
    ["on the line above", "{\n  a: 1,\n  // about x\n  x: 2,\n  b: 3,\n}", "{\n  a: 1,\n  // about x\n  b: 3,\n}"],
    ["trailing the line before the last", "{\n  a: 1, // about a\n  x: 2\n}", "{\n  a: 1 // about a\n}"],
    ["the only element, a comment line above", "{\n  // c\n  x: 2,\n}", "{\n  // c\n}"],
    ["the only element, a comment trailing it", "{\n  x: 2, // c\n}", "{\n  // c\n}"],
  ]);
});

describe("appendProperty", () => {
  table(append, [
    ["empty", "const target = {};", "const target = { added: true };"],
    ["empty, spaced", "const target = { };", "const target = { added: true };"],
    ["empty, over lines", "const target = {\n};", "const target = { added: true };"],
    ["one line", "const target = { a: 1 };", "const target = { a: 1, added: true };"],
    ["one line, trailing comma", "const target = { a: 1, };", "const target = { a: 1, added: true, };"],
    ["compact", "const target = {a:1};", "const target = {a:1, added: true};"],
    ["after a spread (the new key wins)", "const b = {}; const target = { ...b };", "const b = {}; const target = { ...b, added: true };"],
    ["lines, trailing comma", "const target = {\n  a: 1,\n};", "const target = {\n  a: 1,\n  added: true,\n};"],
    ["lines, no trailing comma", "const target = {\n  a: 1\n};", "const target = {\n  a: 1,\n  added: true\n};"],
    ["indented", "function f() {\n  const target = {\n    a: 1,\n  };\n}", "function f() {\n  const target = {\n    a: 1,\n    added: true,\n  };\n}"],
    ["a comment trailing the last line", "const target = {\n  a: 1, // about a\n};", "const target = {\n  a: 1, // about a\n  added: true,\n};"],
    [
      "a comment trailing the last line, no trailing comma",
      "const target = {\n  a: 1 // about a\n};",
      "const target = {\n  a: 1, // about a\n  added: true\n};",
    ],
    ["a comment line after the last", "const target = {\n  a: 1,\n  // b: 2,\n};", "const target = {\n  a: 1,\n  // b: 2,\n  added: true,\n};"],
    ["the last on the opening brace's line", "const target = { a: 1,\n};", "const target = { a: 1,\n  added: true,\n};"],
    ["CRLF line ends", "const target = {\r\n  a: 1,\r\n};", "const target = {\r\n  a: 1,\r\n  added: true,\r\n};"],
    ["empty with a comment", "const target = { /* c */ };", "const target = { /* c */ added: true };"],
    ["empty with a comment line", "const target = {\n  // c\n};", "const target = {\n  // c\n  added: true\n};"],
    ["empty with a comment after the brace", "const target = { // c\n};", "const target = { // c\n  added: true\n};"],
  ]);
});

describe("renameKey", () => {
  table(rename, [
    ["identifier", "{ a: 1, x: 2 }", "{ a: 1, y: 2 }"],
    ["double-quoted", '{ "x": 2 }', '{ "y": 2 }'],
    ["single-quoted", "{ 'x': 2 }", "{ 'y': 2 }"],
    ["computed", '{ ["x"]: 2 }', "{ y: 2 }"],
    ["computed template", "{ [`x`]: 2 }", "{ y: 2 }"],
    ["shorthand keeps its variable", "const x = 1; const o = { x };", "const x = 1; const o = { y: x };"],
    ["method", "{ x() { return 1; } }", "{ y() { return 1; } }"],
    ["async generator method", "{ async *x() { yield 1; } }", "{ async *y() { yield 1; } }"],
    ["getter", "{ get x() { return 1; } }", "{ get y() { return 1; } }"],
  ]);
  it("quotes a name that is not an identifier", () => {
    expect(rename("const o = { x: 1 };", "anthropic-beta")).toBe('const o = { "anthropic-beta": 1 };');
    expect(rename("const o = { 'x': 1 };", "it's")).toBe("const o = { 'it\\'s': 1 };");
  });
});

describe("removalUnsetsKey / removableProperty", () => {
  /** Whether removing `x` from `target` certainly unsets it, and what removableProperty says. */
  function removable(code: string): { unsets: boolean; removable: boolean } {
    const p = probe(code);
    const target = p.value("target");
    let property: TSESTree.Property | undefined;
    walk(p.sourceCode.ast, p.sourceCode.visitorKeys, (n) => {
      if (!property && isXProperty(n) && isTarget(n.parent)) property = n;
      return !property;
    });
    if (!property) throw new Error("no property x");
    return {
      unsets: removalUnsetsKey(property, p.engine.evaluator),
      removable: removableProperty(target, "x", p.engine.evaluator) === property,
    };
  }
  const yes = { unsets: true, removable: true };
  const no = { unsets: false, removable: false };

  it.each([
    ["the only x", "const target = { a: 1, x: 2 };", yes],
    ["a quoted or known computed key that is another key", 'const target = { "a": 1, ["b"]: 2, x: 3 };', yes],
    ["a spread without x", "const base = { a: 1 }; const target = { ...base, x: 2 };", yes],
    ["a conditional spread without x", "declare const c: boolean; const target = { ...(c ? { a: 1 } : {}), x: 2 };", yes],
    ["a later spread without x", "const rest = { a: 1 }; const target = { x: 2, ...rest };", yes],
    ["a duplicate key", "const target = { x: 1, x: 2 };", no],
    ["a duplicate, quoted", 'const target = { "x": 1, x: 2 };', no],
    ["an unknown computed key", "declare const k: string; const target = { [k]: 1, x: 2 };", no],
    ["a spread that sets x", "const base = { x: 1 }; const target = { ...base, x: 2 };", no],
    ["a spread that may set x", "declare const c: boolean; const target = { ...(c ? { x: 1 } : {}), x: 2 };", no],
    ["an unknown spread", "declare const rest: object; const target = { ...rest, x: 2 };", no],
  ])("%s", (_, code, expected) => {
    expect(removable(code)).toEqual(expected);
  });

  it("removableProperty: not a property written in a spread base object", () => {
    const p = probe("const base = { x: 1 }; const target = { ...base, a: 2 };");
    expect(removableProperty(p.value("target"), "x", p.engine.evaluator)).toBeUndefined();
  });
  it("removableProperty: not a key the object lacks, nor a value that is not an object literal", () => {
    const p = probe("declare const c: boolean; const target = c ? { x: 1 } : { x: 2 }; const other = { a: 1 };");
    expect(removableProperty(p.value("target"), "x", p.engine.evaluator)).toBeUndefined();
    expect(removableProperty(p.value("other"), "x", p.engine.evaluator)).toBeUndefined();
  });
});
