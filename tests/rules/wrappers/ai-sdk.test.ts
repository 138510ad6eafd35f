/**
 * Claude through the Vercel AI SDK (`ai` + `@ai-sdk/anthropic`, and the Anthropic models of the
 * Vertex and Bedrock providers): every rule on the request the provider sends, after what the
 * installed provider version fixes on its own. Without an installed version the newest release's
 * behaviour applies (4.0.112 / ai 7), so nothing it fixes is reported.
 */
import { describe, expect, it } from "vitest";
import { lintAll, reports } from "../../helpers/lint";
import { installed } from "./installed";

const HEAD = `import { generateText, streamText, generateObject, tool, jsonSchema } from "ai";
import { anthropic, createAnthropic } from "@ai-sdk/anthropic";
declare const prompt: string, a: string, b: string, apiKey: string;
`;
const lint = (code: string, directory?: string) => reports(HEAD + code, { directory });
const THINK = (type: string, extra = "") => `providerOptions: { anthropic: { thinking: { type: "${type}"${extra} } } }`;
const TOOL = `const t = tool({ description: "t", inputSchema: jsonSchema({ type: "object", properties: {} }), execute: async () => "" });\n`;

describe("AI SDK: reported", () => {
  it.each([
    [
      "a retired model",
      `await generateText({ model: anthropic("claude-3-5-sonnet-20241022"), prompt: "hi", maxRetries: 3 });`,
      ['valid-model/retiredModel @ "claude-3-5-sonnet-20241022"'],
    ],
    [
      "a retired model through a factory's .messages",
      `const claude = createAnthropic({ apiKey });\nstreamText({ model: claude.messages("claude-3-7-sonnet-20250219"), prompt, maxRetries: 3 });`,
      ['valid-model/retiredModel @ "claude-3-7-sonnet-20250219"'],
    ],
    [
      "enabled thinking on Opus 4.7 (the provider's table still offers budgets)",
      `generateText({ model: anthropic("claude-opus-4-7"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`,
      ['valid-thinking/enabledRejected @ "enabled"'],
    ],
    [
      "enabled thinking on Sonnet 5 via .languageModel",
      `generateText({ model: anthropic.languageModel("claude-sonnet-5"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`,
      ['valid-thinking/enabledRejected @ "enabled"'],
    ],
    [
      "adaptive thinking on Haiku 4.5",
      `generateText({ model: anthropic("claude-haiku-4-5"), prompt, maxRetries: 3, ${THINK("adaptive")} });`,
      ['valid-thinking/adaptiveRejected @ "adaptive"'],
    ],
    [
      "a budget below 1024",
      `generateText({ model: anthropic("claude-sonnet-4-6"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 512")} });`,
      ["valid-thinking/budgetTooSmall @ 512"],
    ],
    [
      "a budget at the capped max_tokens (8000 + 128000 is capped to 128000)",
      `generateText({ model: anthropic("claude-opus-4-6"), maxOutputTokens: 8000, prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 128000")} });`,
      ["valid-thinking/budgetNotBelowMaxTokens @ 128000"],
    ],
    [
      "a strict tool whose schema uses minLength",
      `generateText({ model: anthropic("claude-haiku-4-5"), prompt, maxRetries: 3,
  tools: { search: tool({ description: "s", strict: true,
    inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string", minLength: 3 } }, required: ["q"], additionalProperties: false }),
    execute: async () => "" }) } });`,
      ["valid-structured-output/unsupportedKeyword @ minLength: 3"],
    ],
    [
      "a 1h breakpoint after a 5m one in messages",
      `generateText({ model: anthropic("claude-sonnet-4-6"), maxRetries: 3, messages: [{ role: "user", content: [
  { type: "text", text: "a", providerOptions: { anthropic: { cacheControl: { type: "ephemeral" } } } },
  { type: "text", text: "b", providerOptions: { anthropic: { cacheControl: { type: "ephemeral", ttl: "1h" } } } } ] }] });`,
      ['valid-cache-control/ttlOrder @ "1h"'],
    ],
    ["maxRetries below the minimum", `generateText({ model: anthropic("claude-sonnet-4-6"), prompt, maxRetries: 1 });`, ["require-max-retries/libraryTooFew @ 1"]],
    [
      "no maxRetries: the AI SDK's default of 2",
      `generateText({ model: anthropic("claude-sonnet-4-6"), prompt });`,
      ['require-max-retries/libraryDefault @ generateText({ model: anthropic("claude-…'],
    ],
    [
      "the Vertex provider's own namespace",
      `import { vertexAnthropic } from "@ai-sdk/google-vertex/anthropic";\ngenerateText({ model: vertexAnthropic("claude-opus-4-7"), prompt, maxRetries: 3, providerOptions: { googleVertex: { thinking: { type: "enabled", budgetTokens: 2000 } } } });`,
      ['valid-thinking/enabledRejected @ "enabled"'],
    ],
    [
      "a maxOutputTokens above an unlisted model's limit is not capped… but listed rows are (silent)",
      `generateText({ model: anthropic("claude-sonnet-4-6"), maxOutputTokens: 500000, prompt, maxRetries: 3 });`,
      [],
    ],
    [
      "a namespace import of ai",
      `import * as ai from "ai";\nai.generateText({ model: anthropic("claude-3-haiku-20240307"), prompt, maxRetries: 3 });`,
      ['valid-model/retiredModel @ "claude-3-haiku-20240307"'],
    ],
    [
      "options built in a variable and spread",
      `const base = { model: anthropic("claude-opus-4-7"), maxRetries: 3 };\nconst options = { ...base, prompt, ${THINK("enabled", ", budgetTokens: 4000")} };\ngenerateText(options);`,
      ['valid-thinking/enabledRejected @ "enabled"'],
    ],
    [
      "a model held in a const",
      `const model = anthropic("claude-3-5-haiku-20241022");\nexport const run = () => generateText({ model, prompt, maxRetries: 3 });`,
      ['valid-model/retiredModel @ "claude-3-5-haiku-20241022"'],
    ],
    [
      "enabled thinking on every path of a conditional",
      `declare const deep: boolean;\ngenerateText({ model: anthropic("claude-opus-4-8"), prompt, maxRetries: 3, providerOptions: { anthropic: { thinking: deep ? { type: "enabled", budgetTokens: 8000 } : { type: "enabled", budgetTokens: 2000 } } } });`,
      ['valid-thinking/enabledRejected @ generateText({ model: anthropic("claude-…'],
    ],
    [
      "through a helper's parameter",
      `function ask(id: string) { return generateText({ model: anthropic(id), prompt, maxRetries: 3 }); }\nask("claude-3-opus-20240229");`,
      ['valid-model/retiredModel @ "claude-3-opus-20240229"'],
    ],
  ])("%s", (_name, code, expected) => {
    expect(lint(code)).toEqual([...expected].sort());
  });

  it("messages name the AI SDK's options, not the API's fields", () => {
    const [budget] = lintAll(HEAD + `generateText({ model: anthropic("claude-sonnet-4-6"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 512")} });`);
    expect(budget.message).toMatch(/^`providerOptions\.anthropic\.thinking\.budgetTokens` 512 is below 1024/);
    const [rejected] = lintAll(HEAD + `generateText({ model: anthropic("claude-opus-4-7"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`);
    expect(rejected.message).toContain("set `providerOptions.anthropic.effort` instead of `budgetTokens`");
    const [sampling] = lintAll(HEAD + `generateText({ model: anthropic("claude-sonnet-4-6"), prompt, maxRetries: 3, topK: -1 });`);
    expect(sampling.message).toMatch(/^`topK` -1 is not a non-negative integer/);
    // The same rule on the SDK's request names the API's field.
    const [sdk] = lintAll(`import Anthropic from "@anthropic-ai/sdk";\nnew Anthropic({ maxRetries: 3 }).messages.create({ model: "claude-sonnet-4-6", max_tokens: 2000, messages: [{ role: "user", content: "hi" }], thinking: { type: "enabled", budget_tokens: 512 } });`);
    expect(sdk.message).toMatch(/^`thinking\.budget_tokens` 512 is below 1024/);
  });
});

describe("AI SDK: silent where the provider takes care of it", () => {
  it.each([
    ["temperature is dropped with thinking", `generateText({ model: anthropic("claude-sonnet-4-6"), temperature: 0.5, prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`],
    ["top_p is dropped when temperature is set", `generateText({ model: anthropic("claude-haiku-4-5"), temperature: 0.3, topP: 0.9, prompt, maxRetries: 3 });`],
    ["sampling is dropped for models that refuse it", `generateText({ model: anthropic("claude-opus-4-7"), temperature: 0.2, topK: 5, prompt, maxRetries: 3 });`],
    ["a forced choice without tools is left out", `generateText({ model: anthropic("claude-sonnet-4-6"), toolChoice: "required", prompt, maxRetries: 3 });`],
    [
      "a forced choice with enabled thinking becomes auto",
      `${TOOL}generateText({ model: anthropic("claude-sonnet-4-6"), tools: { t }, toolChoice: { type: "tool", toolName: "t" }, prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 2000")} });`,
    ],
    ["enabled thinking on Opus 5.5 becomes adaptive", `generateText({ model: anthropic("claude-opus-5-5"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 8000")} });`],
    ["disabled thinking on Fable 5 is removed", `generateText({ model: anthropic("claude-fable-5"), prompt, maxRetries: 3, ${THINK("disabled")} });`],
    [
      "breakpoints past the fourth are dropped",
      `generateText({ model: anthropic("claude-sonnet-4-6"), maxRetries: 3, messages: [{ role: "user", content: [${Array.from({ length: 6 }, (_, i) => `{ type: "text", text: "p${i}", providerOptions: { anthropic: { cacheControl: { type: "ephemeral" } } } }`).join(", ")}] }] });`,
    ],
    ["generateObject cleans its schema", `import { z } from "zod";\ngenerateObject({ model: anthropic("claude-haiku-4-5"), schema: z.object({ name: z.string().min(2) }), prompt, maxRetries: 3 });`],
    [
      "Vertex drops strict",
      `import { createVertexAnthropic } from "@ai-sdk/google-vertex/anthropic";\ngenerateText({ model: createVertexAnthropic({ project: "p", location: "l" })("claude-haiku-4-5@20251001"), prompt, maxRetries: 3,
  tools: { search: tool({ strict: true, inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string", minLength: 3 } }, required: ["q"], additionalProperties: false }), execute: async () => "" }) } });`,
    ],
    ["a snake-case budget key is stripped (1024 is sent)", `generateText({ model: anthropic("claude-sonnet-4-6"), prompt, maxRetries: 3, ${THINK("enabled", ", budget_tokens: 500")} });`],
    ["another provider", `import { openai } from "@ai-sdk/openai";\ngenerateText({ model: openai("gpt-4o"), temperature: 0.3, topP: 0.9, toolChoice: "required", prompt, maxRetries: 0 });`],
    ["a gateway model string", `generateText({ model: "anthropic/claude-3-5-sonnet-20241022", prompt, maxRetries: 0 });`],
    [
      "another vendor's Anthropic-compatible endpoint",
      `const minimax = createAnthropic({ baseURL: "https://api.minimax.io/anthropic/v1" });\ngenerateText({ model: minimax("MiniMax-M2"), temperature: 0.3, topP: 0.9, prompt, maxRetries: 0 });`,
    ],
    ["an unknown baseURL may be a gateway", `declare const url: string;\ngenerateText({ model: createAnthropic({ baseURL: url })("claude-x-9"), prompt, maxRetries: 3 });`],
    [
      "forced tool use with adaptive thinking (the API's answer is not confirmed)",
      `${TOOL}generateText({ model: anthropic("claude-opus-4-6"), tools: { t }, toolChoice: "required", prompt, maxRetries: 3, ${THINK("adaptive")} });`,
    ],
    ["model and options from elsewhere", `import { model, providerOptions } from "./config";\ngenerateText({ model, prompt, providerOptions, maxRetries: 3 });`],
    [
      "prepareStep may change every setting",
      `streamText({ model: anthropic("claude-opus-4-7"), prompt, maxRetries: 3, prepareStep: () => ({}), ${THINK("enabled", ", budgetTokens: 4000")} });`,
    ],
    ["a provider with its own fetch", `declare const f: typeof fetch;\ngenerateText({ model: createAnthropic({ fetch: f })("claude-opus-4-7"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`],
    ["a look-alike generateText of another module", `import { generateText as gen } from "./llm";\ngen({ model: anthropic("claude-3-5-sonnet-20241022"), prompt });`],
    ["either of two models: the provider drops top_p for both", `declare const c: boolean;\ngenerateText({ model: anthropic(c ? "claude-haiku-4-5" : "claude-sonnet-4-6"), temperature: 0.3, topP: 0.9, prompt, maxRetries: 3 });`],
    ["either of two models that refuse sampling: dropped for both", `declare const c: boolean;\ngenerateText({ model: anthropic(c ? "claude-opus-4-7" : "claude-opus-4-8"), temperature: 0.3, topK: 5, prompt, maxRetries: 3 });`],
    ["either of two models that refuse forced tool use: auto for both", `declare const c: boolean;\n${TOOL}generateText({ model: anthropic(c ? "claude-opus-5-5" : "claude-fable-5-1"), tools: { t }, toolChoice: "required", prompt, maxRetries: 3 });`],
    ["either of two adaptive-only models: enabled becomes adaptive", `declare const c: boolean;\ngenerateText({ model: anthropic(c ? "claude-opus-5-5" : "claude-fable-5"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`],
    ["either of two models that cannot disable thinking: removed for both", `declare const c: boolean;\ngenerateText({ model: anthropic(c ? "claude-fable-5" : "claude-fable-5-1"), prompt, maxRetries: 3, ${THINK("disabled")} });`],
    ["a model the code cannot see: what the provider rewrites by model is unknown", `declare const id: string;\ngenerateText({ model: anthropic(id), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 512")} });`],
    [
      "a forced tool rewritten to auto sends that tool alone",
      `generateText({ model: anthropic("claude-opus-5-5"), toolChoice: { type: "tool", toolName: "b" }, prompt, maxRetries: 3, tools: {
  a: tool({ strict: true, inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string", minLength: 3 } }, required: ["q"], additionalProperties: false }), execute: async () => "" }),
  b: tool({ inputSchema: jsonSchema({ type: "object", properties: {} }), execute: async () => "" }) } });`,
    ],
    [
      "activeTools leaves the other tools out",
      `generateText({ model: anthropic("claude-haiku-4-5"), activeTools: ["b"], prompt, maxRetries: 3, tools: {
  a: tool({ strict: true, inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string", minLength: 3 } }, required: ["q"], additionalProperties: false }), execute: async () => "" }),
  b: tool({ inputSchema: jsonSchema({ type: "object", properties: {} }), execute: async () => "" }) } });`,
    ],
    ["effort above high with thinking off is lowered by the provider", `generateText({ model: anthropic("claude-opus-5"), prompt, maxRetries: 3, providerOptions: { anthropic: { thinking: { type: "disabled" }, effort: "max" } } });`],
    [
      "Bedrock leaves strict out",
      `import { bedrockAnthropic } from "@ai-sdk/amazon-bedrock/anthropic";\ngenerateText({ model: bedrockAnthropic("us.anthropic.claude-opus-4-7-v1"), prompt, maxRetries: 3,
  tools: { s: tool({ strict: true, inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string", minLength: 3 } }, required: ["q"], additionalProperties: false }), execute: async () => "" }) } });`,
    ],
    ["a provider-defined tool has a name of its own", `generateText({ model: anthropic("claude-sonnet-4-6"), tools: { search: anthropic.tools.webSearch_20250305({}) }, toolChoice: { type: "tool", toolName: "web_search" }, prompt, maxRetries: 3 });`],
    ["experimental_prepareStep may change every setting", `generateText({ model: anthropic("claude-opus-4-7"), prompt, maxRetries: 3, experimental_prepareStep: () => ({}), ${THINK("enabled", ", budgetTokens: 4000")} });`],
    [
      "messages spread from elsewhere may hold breakpoints",
      `declare const history: any[];\ngenerateText({ model: anthropic("claude-sonnet-4-6"), maxRetries: 3, messages: [...history, { role: "user", content: [
  { type: "text", text: "a", providerOptions: { anthropic: { cacheControl: { type: "ephemeral" } } } },
  { type: "text", text: "b", providerOptions: { anthropic: { cacheControl: { type: "ephemeral", ttl: "1h" } } } } ] }] });`,
    ],
    ["a provider with a name of its own reads its own options too", `generateText({ model: createAnthropic({ name: "corp" })("claude-opus-4-7"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`],
    ["enabled thinking on one path only", `declare const deep: boolean;\ngenerateText({ model: anthropic("claude-opus-4-8"), prompt, maxRetries: 3, providerOptions: { anthropic: { thinking: deep ? { type: "enabled", budgetTokens: 8000 } : { type: "adaptive" } } } });`],
  ])("%s", (_name, code) => {
    expect(lint(code)).toEqual([]);
  });
});

describe("AI SDK: what an older provider version still sends", () => {
  it("2.0.112 with ai 5 sends temperature and top_p together", () => {
    const dir = installed({ "@ai-sdk/anthropic": "2.0.112", ai: "5.0.0" });
    expect(lint(`generateText({ model: anthropic("claude-haiku-4-5"), temperature: 0.3, topP: 0.9, prompt, maxRetries: 3 });`, dir)).toEqual([
      "valid-sampling/temperatureWithTopP @ 0.9",
    ]);
    // …which the newest provider drops.
    expect(lint(`generateText({ model: anthropic("claude-haiku-4-5"), temperature: 0.3, topP: 0.9, prompt, maxRetries: 3 });`)).toEqual([]);
  });
  it("3.0.103 sends a forced choice with enabled thinking (fixed in 3.0.131)", () => {
    const code = `${TOOL}generateText({ model: anthropic("claude-opus-4-6"), tools: { t }, toolChoice: "required", prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 2000")} });`;
    expect(lint(code, installed({ "@ai-sdk/anthropic": "3.0.103", ai: "6.0.0" }))).toEqual(['valid-tool-choice/forcedWithThinking @ "required"']);
    expect(lint(code, installed({ "@ai-sdk/anthropic": "3.0.131", ai: "6.0.0" }))).toEqual([]);
  });
  it("4.0.59 sends disabled thinking to Fable 5 and a forced choice to Opus 5.5 (rewritten from 4.0.60)", () => {
    const dir = installed({ "@ai-sdk/anthropic": "4.0.59", ai: "7.0.0" });
    expect(lint(`generateText({ model: anthropic("claude-fable-5"), prompt, maxRetries: 3, ${THINK("disabled")} });`, dir)).toEqual([
      'valid-thinking/disabledRejected @ "disabled"',
    ]);
    expect(lint(`${TOOL}generateText({ model: anthropic("claude-opus-5-5"), tools: { t }, toolChoice: "required", prompt, maxRetries: 3 });`, dir)).toEqual([
      'valid-tool-choice/forcedOnModel @ "required"',
    ]);
  });
  it("ai 4 calls the output limit maxTokens", () => {
    const dir = installed({ "@ai-sdk/anthropic": "1.2.12", ai: "4.3.0" });
    const out = reports(HEAD + `generateText({ model: anthropic("claude-sonnet-4-6"), maxTokens: 1000, prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`, { directory: dir });
    expect(out).toEqual([]);
  });
  it("before 3.0.130, toolChoice none removes the tools", () => {
    const code = `generateText({ model: anthropic("claude-haiku-4-5"), toolChoice: "none", prompt, maxRetries: 3,
  tools: { a: tool({ strict: true, inputSchema: jsonSchema({ type: "object", properties: { q: { type: "string", minLength: 3 } }, required: ["q"], additionalProperties: false }), execute: async () => "" }) } });`;
    expect(lint(code, installed({ "@ai-sdk/anthropic": "3.0.103", ai: "6.0.0" }))).toEqual([]);
    expect(lint(code)).toEqual(["valid-structured-output/unsupportedKeyword @ minLength: 3"]);
  });
  it("before 1.1.1 cache control is sent only for models made with { cacheControl: true }: not followed", () => {
    const code = `generateText({ model: anthropic("claude-sonnet-4-6"), maxRetries: 3, messages: [{ role: "user", content: [
  { type: "text", text: "a", providerOptions: { anthropic: { cacheControl: { type: "ephemeral" } } } },
  { type: "text", text: "b", providerOptions: { anthropic: { cacheControl: { type: "ephemeral", ttl: "1h" } } } } ] }] });`;
    expect(lint(code, installed({ "@ai-sdk/anthropic": "1.1.0", ai: "4.1.0" }))).toEqual([]);
    expect(lint(code, installed({ "@ai-sdk/anthropic": "1.1.1", ai: "4.1.0" }))).toEqual(['valid-cache-control/ttlOrder @ "1h"']);
  });
  it("either of two models that both refuse enabled thinking is reported (each translated on its own)", () => {
    expect(lint(`declare const c: boolean;\ngenerateText({ model: anthropic(c ? "claude-opus-4-7" : "claude-opus-4-8"), prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 4000")} });`)).toEqual([
      'valid-thinking/enabledRejected @ "enabled"',
    ]);
  });
  it("Bedrock's provider pins its own @ai-sdk/anthropic (4.0.68 still sends a forced choice with thinking)", () => {
    const dir = installed({ "@ai-sdk/amazon-bedrock": "5.0.101", "@ai-sdk/amazon-bedrock>@ai-sdk/anthropic": "4.0.68", "@ai-sdk/anthropic": "4.0.112", ai: "7.0.0" });
    const code = `import { bedrockAnthropic } from "@ai-sdk/amazon-bedrock/anthropic";\n${TOOL}generateText({ model: bedrockAnthropic("us.anthropic.claude-opus-4-5-20251101-v1:0"), tools: { t }, toolChoice: "required", prompt, maxRetries: 3, ${THINK("enabled", ", budgetTokens: 2000")} });`;
    expect(lint(code, dir)).toEqual(['valid-tool-choice/forcedWithThinking @ "required"']);
  });
});
