/**
 * `kit/ast` descents: the node at a text position (one descent, binary search in child lists) and
 * the nodes where a word is written; and the evaluator's settled bindings, which rest on them
 * being read in the right places.
 */
import { describe, expect, it } from "vitest";
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { nodeAt, nodesAtWord, walk } from "../../src/kit/ast";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { Evaluator } from "../../src/engine/evaluate";
import { reports } from "../helpers/lint";

let KEYS: Record<string, readonly string[] | undefined> = {};

/** Every child node of `n` (the visitor keys' order). */
function children(n: TSESTree.Node): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const key of KEYS[n.type] ?? []) {
    const c: unknown = (n as unknown as Record<string, unknown>)[key];
    for (const x of Array.isArray(c) ? c : [c]) if (x && typeof x === "object" && typeof (x as TSESTree.Node).type === "string") out.push(x as TSESTree.Node);
  }
  return out;
}

function program(code: string): TSESTree.Program {
  const parsed = parseForESLint(code, { range: true, loc: true });
  KEYS = parsed.visitorKeys as unknown as Record<string, readonly string[] | undefined>;
  const ast = parsed.ast as unknown as TSESTree.Program;
  // Parents, as ESLint sets them.
  const stack: TSESTree.Node[] = [ast];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const c of children(n)) {
      (c as { parent?: TSESTree.Node }).parent = n;
      stack.push(c);
    }
  }
  return ast;
}

/** The deepest node by a full walk (the reference `nodeAt` must agree with). */
function deepest(root: TSESTree.Node, index: number): TSESTree.Node {
  let found: TSESTree.Node = root;
  walk(root, KEYS, (n) => {
    if (n.range[0] <= index && index < n.range[1] && n.range[1] - n.range[0] <= found.range[1] - found.range[0]) found = n;
    return true;
  });
  return found;
}

describe("nodeAt", () => {
  const code = [
    "const [, a, , b] = [1, 2, , 4];",
    "const t = `x${a}y${b}z`;",
    "class C { x = 1; m() { return this.x + [a, b].length; } }",
    "f(a, ...[b], { k: [a] });",
  ].join("\n");
  const ast = program(code);

  it("agrees with a full walk at every position (holes, template parts, class bodies, spreads)", () => {
    for (let i = 0; i < code.length; i++) {
      const at = nodeAt(ast, i, KEYS);
      const ref = deepest(ast, i);
      expect({ i, type: at.type, range: at.range }).toEqual({ i, type: ref.type, range: ref.range });
    }
  });

  it("nodesAtWord finds each place the word is written, comments and strings included", () => {
    const src = 'this.x = 1; // this\nconst s = "this"; (this as any).y = 2;';
    const nodes = nodesAtWord(program(src), src, "this", KEYS).map((n) => n.type);
    expect(nodes).toEqual(["ThisExpression", "Program", "Literal", "ThisExpression"]);
  });
});

describe("a binding has one value wherever it is read", () => {
  const HEAD = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';
  it("each of many reads of a constant reports where its value is written, once", () => {
    const code = `${HEAD}const BASE = { model: "claude-3-opus-20240229", max_tokens: 1 };
client.messages.create({ ...BASE, messages: [] });
client.messages.create({ ...BASE, messages: [] });
export function f() { return client.messages.create({ ...BASE, messages: [] }); }`;
    expect(reports(code, { rules: ["valid-model"] })).toEqual(['valid-model/retiredModel @ "claude-3-opus-20240229"']);
  });

  it("a read after property writes still sees them, and another read is not taken for it", () => {
    const code = `${HEAD}const base = { model: "claude-opus-4-6", max_tokens: 1 };
client.messages.create({ ...base, messages: [] });
export function g() {
  base.model = "claude-3-opus-20240229";
  return client.messages.create({ ...base, messages: [] });
}`;
    // Written through, the constant's value is not certain at either read: nothing is reported.
    expect(reports(code, { rules: ["valid-model"] })).toEqual([]);
  });

  it("a constant inside a helper has one value per call", () => {
    const code = `${HEAD}function send(model: string) {
  const body = { model, max_tokens: 1, messages: [] };
  return client.messages.create(body);
}
send("claude-opus-4-6");
send("claude-3-opus-20240229");`;
    expect(reports(code, { rules: ["valid-model"] })).toEqual(['valid-model/retiredModel @ "claude-3-opus-20240229"']);
  });
});

describe("Evaluator#scopeOf", () => {
  /** For every identifier, in source order and then in reverse: the evaluator's scope and ESLint's. */
  function agreement(code: string, filename = "scopes.ts"): { asked: number; differ: string[] } {
    const out = { asked: 0, differ: [] as string[] };
    const probe = {
      meta: { type: "problem" as const, schema: [] },
      create(context: never) {
        const ids: TSESTree.Identifier[] = [];
        return {
          Identifier(node: TSESTree.Identifier) {
            ids.push(node);
          },
          "Program:exit"() {
            const sourceCode = (context as { sourceCode: { getScope(n: unknown): unknown } }).sourceCode;
            // A fresh evaluator per order: what is remembered on the way up must not depend on it.
            for (const order of [ids, [...ids].reverse()]) {
              const evaluator = new Evaluator(context["sourceCode" as never]);
              for (const id of order) {
                out.asked++;
                if (evaluator.scopeOf(id) !== sourceCode.getScope(id)) out.differ.push(`${id.name}@${id.range[0]}`);
              }
            }
          },
        };
      },
    };
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      code,
      [{ files: ["**/*.ts", "**/*.cjs"], languageOptions: { parser: tsParser as never, sourceType: filename.endsWith(".cjs") ? "commonjs" : "module" }, plugins: { p: { rules: { probe } } as never }, rules: { "p/probe": "error" } }],
      filename,
    );
    expect(messages).toEqual([]);
    return out;
  }

  it("agrees with SourceCode#getScope for every identifier", () => {
    const code = `
import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();
const named = function inner(a: number): number { return a > 0 ? inner(a - 1) : a; };
class Service<T> extends Base { private x = 1; static y = 2; static { const z = Service.y; } method(p = this.x) { for (const q of [p]) { try { q; } catch (error) { error; } } return (r: T) => r; } }
enum Color { Red, Green = Red }
namespace NS { export const k = 1; }
function outer({ a, b: [c] }: { a: string; b: number[] }, ...rest: unknown[]) { label: for (let i = 0; i < 1; i++) { if (a) break label; } switch (c) { case 1: { const d = c; } } return rest; }
type Alias<U> = { [K in keyof U]: U[K] };
export default (x => x)(named(outer({ a: "", b: [1] })));
`;
    const { asked, differ } = agreement(code);
    expect(asked).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });

  it("asks SourceCode#getScope when the scope manager has no `acquire`", () => {
    const scope = { type: "global" };
    const sourceCode = { scopeManager: { scopes: [scope] }, getScope: () => scope };
    const id = { type: "Identifier", name: "x", range: [0, 1], parent: { type: "Program", range: [0, 1] } };
    expect(new Evaluator(sourceCode as never).scopeOf(id as never)).toBe(scope);
  });

  it("agrees in a script (no module scope) and with a CommonJS wrapper", () => {
    const code = `var Anthropic = require("@anthropic-ai/sdk"); var c = new Anthropic(); function f(a) { var b = a; return function g() { return b + g.length; }; } module.exports = f;`;
    const { asked, differ } = agreement(code, "script.cjs");
    expect(asked).toBeGreaterThan(20);
    expect(differ).toEqual([]);
  });
});
