/**
 * Large inputs: a 5 MB file of realistic SDK code, and 10,000-element arrays in `messages`,
 * `tools` and `system`, linted with every rule on. They must not throw, and where a report is
 * certain (more than 4 `cache_control` breakpoints, a duplicated tool name) it must be the exact
 * report. Durations are printed, never asserted.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { RULE_IDS, SDK_HEADER, brief, countByRule, lint, printTimings } from "./lint";

// Large inputs take a while to parse on a busy 2-core CI machine: a generous bound, never asserted.
vi.setConfig({ testTimeout: 600_000 });

afterAll(() => printTimings("size: time per case"));

/** One realistic chunk of SDK code, numbered `i` so that every name is unique in the file. */
function chunk(i: number): string {
  return `
const SYSTEM_${i} = "You are assistant number ${i}. Answer briefly.";
const tools_${i} = [
  {
    name: "get_weather_${i}",
    description: "Weather for a city",
    input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
];
export async function ask_${i}(question: string, history: Anthropic.MessageParam[]) {
  const base = { model: "claude-sonnet-4-6", max_tokens: 1024, system: SYSTEM_${i} } as const;
  const message = await client.messages.create({
    ...base,
    tools: tools_${i},
    tool_choice: { type: "auto" },
    messages: [...history, { role: "user", content: question }],
  });
  if (message.stop_reason === "tool_use") {
    return client.messages.create({
      ...base,
      temperature: ${(i % 10) / 10},
      messages: [
        ...history,
        { role: "user", content: question },
        { role: "assistant", content: message.content },
        { role: "user", content: [{ type: "text", text: "Go on.", cache_control: { type: "ephemeral" } }] },
      ],
    });
  }
  const stream = client.messages.stream({ ...base, messages: [{ role: "user", content: "Summarise: " + question }] });
  const counted = await client.messages.countTokens({ model: base.model, messages: [{ role: "user", content: question }] });
  return { message, stream, tokens: counted.input_tokens };
}
`;
}

describe("a 5 MB file", () => {
  it("of realistic SDK code (thousands of calls) lints without error and without reports", () => {
    const parts = [SDK_HEADER];
    let size = SDK_HEADER.length;
    let i = 0;
    while (size < 5 * 1024 * 1024) {
      const c = chunk(i++);
      parts.push(c);
      size += c.length;
    }
    const code = parts.join("");
    expect(code.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const out = lint(code, `5 MB file (${i} functions, ${i * 4} request calls)`);
    expect(brief(out)).toEqual([]);
  });

  it("of the same code with one certain mistake per function reports each exactly once", () => {
    // A smaller variant (about 1 MB) whose every function sends `max_tokens: -1`: one report per
    // function, so the count proves every call site was seen.
    const parts = [SDK_HEADER];
    let size = SDK_HEADER.length;
    let n = 0;
    while (size < 1024 * 1024) {
      const line = `export const r${n} = client.messages.create({ model: "claude-sonnet-4-6", max_tokens: -1, messages: [{ role: "user", content: "q${n}" }] });\n`;
      parts.push(line);
      size += line.length;
      n++;
    }
    const out = lint(parts.join(""), `1 MB file, ${n} calls each with one mistake`);
    expect(countByRule(out)).toEqual({ "anthropic/valid-max-tokens": n });
  });

  it("every rule of the plugin is on", () => {
    const out = lint(SDK_HEADER + 'client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1, messages: [] });');
    expect(out.messages.filter((m) => m.fatal)).toEqual([]);
    expect(RULE_IDS.length).toBeGreaterThanOrEqual(11);
  });
});

const N = 10_000;

/** N + 1 alternating messages, first and last from the user (a final assistant turn is a prefill). */
function conversation(content: (i: number) => string): string {
  return Array.from({ length: N + 1 }, (_, i) => `{ role: "${i % 2 ? "assistant" : "user"}", content: ${content(i)} }`).join(",\n");
}

describe("10,000-element array literals", () => {
  it("10,000 messages", () => {
    const messages = conversation((i) => `"m${i}"`);
    const code = `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [\n${messages}\n] });\n`;
    const out = lint(code, "10,000 messages");
    expect(brief(out)).toEqual([]);
  });

  it("10,000 messages, each with a content block array", () => {
    const messages = conversation((i) => `[{ type: "text", text: "m${i}" }]`);
    const code = `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [\n${messages}\n] });\n`;
    const out = lint(code, "10,000 messages with content blocks");
    expect(brief(out)).toEqual([]);
  });

  it("10,000 messages through a const, a spread and a conditional", () => {
    const messages = conversation((i) => `"m${i}"`);
    const code = `${SDK_HEADER}declare const flag: boolean;
const HISTORY = [\n${messages}\n];
const params = { model: "claude-sonnet-4-6", max_tokens: 1024, messages: flag ? [...HISTORY] : HISTORY };
client.messages.create(params);
`;
    const out = lint(code, "10,000 messages via const/spread/conditional");
    expect(brief(out)).toEqual([]);
  });

  it("10,000 distinct tools", () => {
    const tools = Array.from(
      { length: N },
      (_, i) => `{ name: "tool_${i}", description: "d", input_schema: { type: "object", properties: { a${i}: { type: "string" } } } }`,
    ).join(",\n");
    const code = `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, tool_choice: { type: "tool", name: "tool_9999" }, tools: [\n${tools}\n], messages: [{ role: "user", content: "hi" }] });\n`;
    const out = lint(code, "10,000 tools");
    expect(brief(out)).toEqual([]);
  });

  it("10,000 tools with one name used twice: exactly one duplicate-name report", () => {
    const tools = Array.from({ length: N }, (_, i) => `{ name: "tool_${i === N - 1 ? 0 : i}", input_schema: { type: "object" } }`).join(",\n");
    const code = `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, tools: [\n${tools}\n], messages: [{ role: "user", content: "hi" }] });\n`;
    const out = lint(code, "10,000 tools, one duplicate");
    expect(countByRule(out)).toEqual({ "anthropic/valid-tools": 1 });
    expect(out.reports[0].line).toBe(3 + N); // the second `tool_0`, on the array's last line
  });

  it("10,000 cache_control blocks in one message: exactly one too-many-breakpoints report, at the fifth", () => {
    const blocks = Array.from({ length: N }, (_, i) => `{ type: "text", text: "b${i}", cache_control: { type: "ephemeral" } }`).join(",\n");
    const code = `${SDK_HEADER}client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: [\n${blocks}\n] }] });\n`;
    const out = lint(code, "10,000 cache_control blocks");
    expect(countByRule(out)).toEqual({ "anthropic/valid-cache-control": 1 });
    const report = out.reports[0];
    expect(report.messageId).toBe("tooManyBreakpoints");
    expect(report.line).toBe(4 + 4); // blocks start on line 4; the fifth is on line 8
    expect(report.message).toContain(`${N} blocks carry`);
  });

  it("10,000 cache_control blocks spread over tools, system and messages", () => {
    const third = Math.floor(N / 3);
    const tools = Array.from({ length: third }, (_, i) => `{ name: "t${i}", input_schema: { type: "object" }, cache_control: { type: "ephemeral" } }`).join(",\n");
    const system = Array.from({ length: third }, (_, i) => `{ type: "text", text: "s${i}", cache_control: { type: "ephemeral", ttl: "5m" } }`).join(",\n");
    const messages = Array.from(
      { length: N - 2 * third },
      (_, i) => `{ role: "user", content: [{ type: "text", text: "m${i}", cache_control: { type: "ephemeral" } }] }`,
    ).join(",\n");
    const code = `${SDK_HEADER}client.messages.create({
  model: "claude-sonnet-4-6",
  max_tokens: 1024,
  tools: [\n${tools}\n],
  system: [\n${system}\n],
  messages: [\n${messages}\n],
});\n`;
    const out = lint(code, "10,000 cache_control blocks over tools/system/messages");
    expect(countByRule(out)).toEqual({ "anthropic/valid-cache-control": 1 });
    expect(out.reports[0].messageId).toBe("tooManyBreakpoints");
    expect(out.reports[0].message).toContain(`${N} blocks carry`);
  });

  it("a 10,000-element array of unknowns and spreads of unknowns", () => {
    const messages = Array.from({ length: N }, (_, i) => (i % 2 ? `...extra${i % 7}` : `m${i % 5}`)).join(", ");
    const code = `${SDK_HEADER}declare const m0: any, m1: any, m2: any, m3: any, m4: any;
declare const extra0: any[], extra1: any[], extra2: any[], extra3: any[], extra4: any[], extra5: any[], extra6: any[];
client.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [${messages}] });\n`;
    const out = lint(code, "10,000 unknown elements and spreads");
    expect(brief(out)).toEqual([]);
  });

  it("a batch of 10,000 requests", () => {
    const requests = Array.from(
      { length: N },
      (_, i) => `{ custom_id: "r${i}", params: { model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: "q${i}" }] } }`,
    ).join(",\n");
    const code = `${SDK_HEADER}client.messages.batches.create({ requests: [\n${requests}\n] });\n`;
    const out = lint(code, "batch of 10,000 requests");
    expect(brief(out)).toEqual([]);
  });
});
