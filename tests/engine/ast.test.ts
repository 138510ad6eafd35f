/**
 * `kit/ast` descents: the node at a text position (one descent, binary search in child lists) and
 * the nodes where a word is written; and the evaluator's settled bindings, which rest on them
 * being read in the right places.
 */
import { describe, expect, it } from "vitest";
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { nodeAt, nodesAtWord, walk } from "../../src/kit/ast";
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
