/**
 * Work grows with the code, not faster: linting request-dense code with every rule evaluates a
 * bounded number of expressions per request, and twice the requests cost about twice the work.
 * Counted with the evaluator's `evaluations` counter (expressions evaluated, not read from a
 * cache), never with a clock. Guards against quadratic regressions (a scan of the whole file per
 * request, a cache that misses).
 */
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { engineFor } from "../../src/engine/engine";
import { TEST_TODAY } from "../helpers/rule-tester";

/** One unit of dense request code: a shared base, spreads, tools, blocks, a helper and its calls, a wrapper call. */
function unit(i: number): string {
  return `
const base${i} = { model: "claude-sonnet-4-6", max_tokens: 1024, system: [{ type: "text", text: "s${i}", cache_control: { type: "ephemeral" } }] } as const;
const tools${i} = [{ name: "t${i}", description: "d", input_schema: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } }];
export async function send${i}(question: string, extra: object = {}) {
  const params = { ...base${i}, tools: tools${i}, tool_choice: { type: "auto" as const }, messages: [{ role: "user" as const, content: [{ type: "text" as const, text: question }] }], ...extra };
  return client.messages.create(params);
}
export const all${i} = (items: string[]) => Promise.all(items.map((q) => client.messages.create({ ...base${i}, messages: [{ role: "user", content: q }], temperature: 0.5 })));
void send${i}("q", { metadata: { user_id: "u" } });
void send${i}("r");
export const ai${i} = () => generateText({ model: anthropic("claude-sonnet-4-6"), prompt: "p${i}", maxRetries: 3, temperature: 0.3, topP: 0.9 });
`;
}

function program(units: number): string {
  const head = `import Anthropic from "@anthropic-ai/sdk";\nimport { generateText } from "ai";\nimport { anthropic } from "@ai-sdk/anthropic";\nconst client = new Anthropic({ maxRetries: 3 });\n`;
  return head + Array.from({ length: units }, (_, i) => unit(i)).join("");
}

/** Expressions evaluated while every rule of `configs.all` lints the program. */
function work(code: string): { evaluations: number; reports: number } {
  let evaluations = -1;
  const counter = {
    meta: { type: "problem" as const, schema: [] },
    create: (context: never) => ({
      "Program:exit"() {
        evaluations = engineFor(context).evaluator.evaluations;
      },
    }),
  };
  const linter = new Linter({ configType: "flat" });
  const rules = { ...(plugin.configs.all as { rules: Linter.RulesRecord }).rules, "work/counter": "error" as const };
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tsParser as unknown as Linter.Parser, sourceType: "module" },
        plugins: { anthropic: plugin as never, work: { rules: { counter } } as never },
        settings: { anthropic: { today: TEST_TODAY } },
        rules,
      },
    ],
    "dense.ts",
  );
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join("; "));
  return { evaluations, reports: messages.length };
}

describe("work per request", () => {
  const small = work(program(25));
  const large = work(program(100));
  // Each unit sends 5 requests (two calls of the helper, the helper's own, the mapped one, the AI SDK call).
  const requests = (units: number) => units * 5;

  it("the rules see the requests (the count below is not of an idle engine)", () => {
    expect(small.evaluations).toBeGreaterThan(0);
    // temperature with topP is dropped by the AI SDK provider: no report there.
    expect(large.reports).toBe(0);
  });

  it("is bounded per request", () => {
    const perRequest = large.evaluations / requests(100);
    console.log(`[work] ${small.evaluations} evaluations for ${requests(25)} requests, ${large.evaluations} for ${requests(100)} (${perRequest.toFixed(1)} per request)`);
    expect(perRequest).toBeLessThan(40);
  });

  it("grows linearly: four times the requests cost at most about four times the work", () => {
    expect(large.evaluations / small.evaluations).toBeLessThan(4.4);
  });
});
