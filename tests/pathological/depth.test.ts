/**
 * Depth: 50-deep chains of spreads of consts, 50-deep conditional spreads and ternaries (each
 * doubles the paths a request may take: an engine that enumerates paths would need 2^50 steps),
 * and 1,000-deep literal nesting (linted in a worker with a 64 MB stack: the parsers recurse once
 * per level and overflow Node's default stack before any rule runs).
 *
 * Nothing here asserts a duration. The conditional cases are linted at growing depths (10 … 50)
 * in a worker; each depth must finish within a generous bound, after which the worker is
 * terminated and the test fails with the times measured so far. The times are printed.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { SDK_HEADER, brief, lint, lintInWorker, printTimings, record } from "./lint";

// Large inputs take a while to parse on a busy 2-core CI machine: a generous bound, never asserted.
vi.setConfig({ testTimeout: 600_000 });

afterAll(() => printTimings("depth: time per case"));

const DEPTH = 50;
const MESSAGES = '[{ role: "user", content: "hi" }]';
const flags = (n: number): string => `declare const ${Array.from({ length: n }, (_, i) => `c${i}: boolean`).join(", ")};\n`;

describe("50-deep spreads of consts", () => {
  it("a chain of consts, each spreading the one before", () => {
    const lines = ['const s0 = { model: "claude-sonnet-4-6" };'];
    for (let i = 1; i < DEPTH; i++) lines.push(`const s${i} = { ...s${i - 1}, metadata: { user_id: "u${i}" } };`);
    lines.push(`client.messages.create({ ...s${DEPTH - 1}, max_tokens: 1024, messages: ${MESSAGES} });`);
    const out = lint(SDK_HEADER + lines.join("\n"), "50-deep chain of const spreads");
    expect(brief(out)).toEqual([]);
  });

  it("a chain of consts whose bottom holds a certain mistake: no throw, and no report but that one", () => {
    const lines = ['const s0 = { model: "claude-sonnet-4-6", max_tokens: -1 };'];
    for (let i = 1; i < DEPTH; i++) lines.push(`const s${i} = { ...s${i - 1}, metadata: { user_id: "u${i}" } };`);
    lines.push(`client.messages.create({ ...s${DEPTH - 1}, messages: ${MESSAGES} });`);
    const out = lint(SDK_HEADER + lines.join("\n"), "50-deep chain with max_tokens: -1 at the bottom");
    // Whether the depth bound lets the evaluator reach the bottom is the engine's choice; when it
    // reports, it is the one mistake, at the call (the value comes through a spread).
    const ids = new Set(out.reports.map((m) => m.ruleId));
    expect([...ids].every((id) => id === "anthropic/valid-max-tokens")).toBe(true);
    console.log(`[pathological] 50-deep chain, mistake at the bottom: ${out.reports.length} report(s)`);
  });

  it("50 spreads nested in one literal", () => {
    const body = `${"{ ...".repeat(DEPTH)}{ model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES} }${" }".repeat(DEPTH)}`;
    const out = lint(`${SDK_HEADER}client.messages.create(${body});`, "50 spreads nested in one literal");
    expect(brief(out)).toEqual([]);
  });

  it("50 spreads of arrays into messages and tools", () => {
    const lines = ['const m0 = [{ role: "user", content: "hi" }];', 'const t0 = [{ name: "t0", input_schema: { type: "object" } }];'];
    for (let i = 1; i < DEPTH; i++) {
      lines.push(`const m${i} = [...m${i - 1}, { role: "${i % 2 ? "assistant" : "user"}", content: "m${i}" }];`);
      lines.push(`const t${i} = [...t${i - 1}, { name: "t${i}", input_schema: { type: "object" } }];`);
    }
    lines.push(`client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [...m${DEPTH - 2}], tools: t${DEPTH - 1} });`);
    const out = lint(SDK_HEADER + lines.join("\n"), "50 array spreads into messages and tools");
    expect(brief(out)).toEqual([]);
  });
});

/** Generators of conditional code `depth` levels deep; each is a request with no mistake. */
const CONDITIONAL: readonly (readonly [string, (depth: number) => string])[] = [
  [
    "a chain of conditional spreads",
    (n) => {
      const lines = [flags(n), `const p0 = { model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES} };`];
      for (let i = 1; i < n; i++) lines.push(`const p${i} = { ...p${i - 1}, ...(c${i} ? { temperature: ${(i % 10) / 10} } : {}) };`);
      lines.push(`client.messages.create(p${n - 1});`);
      return lines.join("\n");
    },
  ],
  [
    "a chain of ternaries between two objects",
    (n) => {
      const lines = [flags(n), `const p0 = { model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES} };`];
      for (let i = 1; i < n; i++) lines.push(`const p${i} = c${i} ? { ...p${i - 1}, top_k: ${i} } : { ...p${i - 1}, temperature: 0.5 };`);
      lines.push(`client.messages.create(p${n - 1});`);
      return lines.join("\n");
    },
  ],
  [
    "conditional spreads nested in one literal",
    (n) =>
      `${flags(n)}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES}, ` +
      Array.from({ length: n }, (_, i) => `...(c${i} ? { metadata: { user_id: "u${i}" }, `).join("") +
      "stop_sequences: []" +
      " } : {})".repeat(n) +
      " });",
  ],
  [
    "a conditional value in every field of one request",
    (n) => {
      const fields = [
        `model: c0 ? "claude-sonnet-4-6" : "claude-opus-4-6"`,
        "max_tokens: c1 ? 1024 : 2048",
        `messages: c2 ? ${MESSAGES} : [{ role: "user", content: "hello" }]`,
        `thinking: c3 ? { type: "enabled", budget_tokens: 1024 } : undefined`,
        `tool_choice: c3 ? undefined : { type: "any" }`,
        `tools: [{ name: "t", input_schema: { type: "object" } }]`,
      ];
      for (let i = 4; i < n; i++) fields.push(`...(c${i} ? { stop_sequences: ["s${i}"] } : { metadata: { user_id: "u${i}" } })`);
      return `${flags(n)}client.messages.create({ ${fields.join(", ")} });`;
    },
  ],
  [
    "50 conditional spreads into messages",
    (n) => {
      const parts = Array.from({ length: n }, (_, i) => `...(c${i} ? [{ role: "assistant", content: "a${i}" }, { role: "user", content: "u${i}" }] : [])`);
      return `${flags(n)}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: "hi" }, ${parts.join(", ")}] });`;
    },
  ],
  [
    "50 conditional cache_control blocks",
    (n) => {
      const blocks = Array.from({ length: n }, (_, i) => `{ type: "text", text: "b${i}", cache_control: c${i} ? { type: "ephemeral", ttl: "${i % 2 ? "5m" : "1h"}" } : null }`);
      return `${flags(n)}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: [${blocks.join(", ")}] }] });`;
    },
  ],
  [
    "a 50-deep nested ternary for the model",
    (n) =>
      `${flags(n)}client.messages.create({ model: ${Array.from({ length: n }, (_, i) => `c${i} ? "claude-sonnet-4-6" : `).join("")}"claude-opus-4-6", max_tokens: 1024, messages: ${MESSAGES} });`,
  ],
  [
    "a chain of ?? and || fallbacks",
    (n) => {
      const lines = [`${flags(n)}declare const e0: any;`, `const o0 = { model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES} };`];
      for (let i = 1; i < n; i++) lines.push(`const o${i} = (c${i} ? o${i - 1} : undefined) ${i % 2 ? "??" : "||"} { ...o${i - 1}, top_k: ${i} };`);
      lines.push(`client.messages.create(o${n - 1});`);
      return lines.join("\n");
    },
  ],
];

describe("50-deep conditionals: finish at every depth (no exponential blow-up)", () => {
  const depths = [10, 20, 30, 40, DEPTH];
  it.each(CONDITIONAL)("%s", async (title, generate) => {
    const codes = depths.map((d) => SDK_HEADER + generate(d));
    const run = await lintInWorker(codes, { timeoutMs: 60_000 });
    const times = run.results.map((r, i) => `${depths[i]}: ${r.ms.toFixed(0)} ms`).join(", ");
    for (const [i, r] of run.results.entries()) record(`${title}, depth ${depths[i]}`, r.ms);
    if (run.timedOutAt !== undefined) {
      throw new Error(`${title}: depth ${depths[run.timedOutAt]} did not finish within 60 s (finished: ${times || "none"})`);
    }
    // No mistake on any path: nothing to report at any depth.
    for (const [i, r] of run.results.entries()) {
      expect({ depth: depths[i], reports: r.reports.slice(0, 5) }).toEqual({ depth: depths[i], reports: [] });
    }
  });

  it("a certain mistake under 50 conditional spreads is still reported", async () => {
    const n = DEPTH;
    const lines = [flags(n), `const p0 = { model: "claude-sonnet-4-6", max_tokens: 1024, temperature: 3, messages: ${MESSAGES} };`];
    for (let i = 1; i < n; i++) lines.push(`const p${i} = { ...p${i - 1}, ...(c${i} ? { metadata: { user_id: "u${i}" } } : {}) };`);
    lines.push(`client.messages.create(p${n - 1});`);
    const run = await lintInWorker([SDK_HEADER + lines.join("\n")], { timeoutMs: 60_000 });
    expect(run.timedOutAt).toBeUndefined();
    record("50 conditional spreads over temperature: 3", run.results[0].ms);
    // temperature 3 is out of range on every path; the depth bound may hide it, never invent another report.
    const ids = run.results[0].reports.map((r) => r.ruleId);
    expect(ids.every((id) => id === "anthropic/valid-sampling")).toBe(true);
    console.log(`[pathological] temperature: 3 under 50 conditional spreads: ${ids.length} report(s)`);
  });
});

describe("1,000-deep literal nesting (worker with a 64 MB stack)", () => {
  it("a 1,000-deep object in metadata, a 1,000-deep array in messages content, 1,000 nested spreads and ternaries", async () => {
    const deep = 1000;
    const codes = [
      `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES}, metadata: ${"{ a: ".repeat(deep)}1${" }".repeat(deep)} });`,
      `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: ${"[".repeat(deep)}${"]".repeat(deep)} }] });`,
      `${SDK_HEADER}client.messages.create(${"{ ...".repeat(deep)}{ model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES} }${" }".repeat(deep)});`,
      `${SDK_HEADER}declare const c: boolean;\nclient.messages.create({ model: ${'c ? "claude-sonnet-4-6" : '.repeat(deep)}"claude-opus-4-6", max_tokens: 1024, messages: ${MESSAGES} });`,
      `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES}, tools: [{ name: "t", input_schema: ${'{ type: "object", properties: { p: '.repeat(deep)}{ type: "string" }${" } }".repeat(deep)} }] });`,
      `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: ${"(".repeat(deep)}1024${")".repeat(deep)}, messages: ${MESSAGES} });`,
    ];
    const labels = ["1,000-deep metadata object", "1,000-deep content array", "1,000 nested spreads", "1,000-deep ternary", "1,000-deep tool schema", "1,000 parentheses"];
    const run = await lintInWorker(codes, { timeoutMs: 60_000 });
    for (const [i, r] of run.results.entries()) record(labels[i], r.ms);
    expect(run.timedOutAt).toBeUndefined();
    // content `[[[…]]]` is not a valid block list, and a reader knows it: only valid-messages may say so.
    const unexpected = run.results.flatMap((r, i) => r.reports.filter((m) => !(i === 1 && m.ruleId === "anthropic/valid-messages")).map((m) => `${labels[i]}: ${m.ruleId}/${m.messageId}`));
    expect(unexpected).toEqual([]);
  });
});
