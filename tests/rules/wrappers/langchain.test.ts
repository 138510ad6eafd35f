/**
 * Claude through LangChain.js (`new ChatAnthropic({...})` of `@langchain/anthropic`, and
 * `.bindTools(tools, { tool_choice })` / `.invoke(input, { tool_choice })` on it): the body
 * `invocationParams` builds, with the version's defaults (model, `max_tokens`, sampling, thinking).
 * Retries: LangChain retries 6 times by default; only an explicit low `maxRetries` is reported.
 */
import { describe, expect, it } from "vitest";
import { lintAll, reports } from "../../helpers/lint";
import { installed } from "./installed";

const HEAD = `import { ChatAnthropic } from "@langchain/anthropic";
declare const getWeather: any;
`;
const lint = (code: string, directory?: string) => reports(HEAD + code, { directory });

describe("LangChain: reported", () => {
  it.each([
    ["a retired model", `new ChatAnthropic({ model: "claude-3-5-sonnet-20241022" });`, ['valid-model/retiredModel @ "claude-3-5-sonnet-20241022"']],
    ["no model: the default is retired", `new ChatAnthropic({ temperature: 0 });`, ["valid-model/retiredModel @ new ChatAnthropic({ temperature: 0 })"]],
    [
      "temperature and top_p together",
      `new ChatAnthropic({ model: "claude-sonnet-4-6", temperature: 0.2, topP: 0.9 });`,
      ["valid-sampling/temperatureWithTopP @ 0.9"],
    ],
    [
      "a budget not below the default max_tokens (16384)",
      `new ChatAnthropic({ model: "claude-sonnet-4-6", thinking: { type: "enabled", budget_tokens: 20000 } });`,
      ["valid-thinking/budgetNotBelowMaxTokens @ 20000"],
    ],
    ["a budget below 1024", `new ChatAnthropic({ model: "claude-haiku-4-5", thinking: { type: "enabled", budget_tokens: 512 } });`, ["valid-thinking/budgetTooSmall @ 512"]],
    ["adaptive thinking on Haiku 4.5", `new ChatAnthropic({ model: "claude-haiku-4-5", thinking: { type: "adaptive" } });`, ['valid-thinking/adaptiveRejected @ "adaptive"']],
    ["enabled thinking on Opus 4.7", `new ChatAnthropic({ model: "claude-opus-4-7", thinking: { type: "enabled", budget_tokens: 4000 } });`, ['valid-thinking/enabledRejected @ "enabled"']],
    ["temperature on Opus 4.8", `new ChatAnthropic({ model: "claude-opus-4-8", temperature: 0.3 });`, ["valid-sampling/temperatureRestricted @ 0.3"]],
    ["maxTokens above the model's limit", `new ChatAnthropic({ model: "claude-opus-4-6", maxTokens: 200000 });`, ["valid-max-tokens/aboveModelLimit @ 200000"]],
    [
      "a forced tool choice with enabled thinking",
      `new ChatAnthropic({ model: "claude-sonnet-4-6", thinking: { type: "enabled", budget_tokens: 4000 } }).bindTools([getWeather], { tool_choice: "any" });`,
      ['valid-tool-choice/forcedWithThinking @ "any"'],
    ],
    [
      "a tool named in tool_choice, on a model held in a const",
      `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6", thinking: { type: "enabled", budget_tokens: 4000 } });\nllm.bindTools([getWeather], { tool_choice: "get_weather" });`,
      ['valid-tool-choice/forcedWithThinking @ "get_weather"'],
    ],
    [
      "any with no tools",
      `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6" });\nllm.bindTools([], { tool_choice: "any" });`,
      ['valid-tool-choice/forcedWithoutTools @ "any"'],
    ],
    [
      "a forced tool that is not bound",
      `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6" });\nllm.bindTools([{ name: "get_weather", description: "w", input_schema: { type: "object", properties: {} } }], { tool_choice: "get_forecast" });`,
      ['valid-tool-choice/unknownToolName @ "get_forecast"'],
    ],
    [
      "a forced choice in invoke's options with no tools",
      `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6" });\nawait llm.invoke("hi", { tool_choice: "any" });`,
      ['valid-tool-choice/forcedWithoutTools @ "any"'],
    ],
    ["maxRetries below the minimum", `new ChatAnthropic({ model: "claude-sonnet-4-6", maxRetries: 2 });`, ["require-max-retries/libraryTooFew @ 2"]],
    [
      "invocationKwargs are sent over everything",
      `new ChatAnthropic({ model: "claude-opus-4-6", invocationKwargs: { temperature: 0.2, top_p: 0.9 } });`,
      ["valid-sampling/temperatureWithTopP @ 0.9"],
    ],
    ["the model as the first argument", `new ChatAnthropic("claude-3-opus-20240229", { temperature: 0 });`, ['valid-model/retiredModel @ "claude-3-opus-20240229"']],
  ])("%s", (_name, code, expected) => {
    expect(lint(code)).toEqual([...expected].sort());
  });
});

describe("LangChain: silent", () => {
  it.each([
    ["temperature 1 on Opus 4.7 (allowed, and not sent)", `new ChatAnthropic({ model: "claude-opus-4-7", temperature: 1 });`],
    ["adaptive thinking on Opus 4.7", `new ChatAnthropic({ model: "claude-opus-4-7", thinking: { type: "adaptive" } });`],
    ["only top_p", `new ChatAnthropic({ model: "claude-sonnet-4-6", topP: 0.9 });`],
    ["clientOptions.maxRetries has no effect (LangChain retries 6 times)", `new ChatAnthropic({ model: "claude-sonnet-4-6", clientOptions: { maxRetries: 0 } });`],
    ["look-alikes", `import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ model: "gpt-4o", temperature: 0.2, topP: 0.9, maxRetries: 0 });`],
    ["another vendor's endpoint", `new ChatAnthropic({ model: "deepseek-chat", anthropicApiUrl: "https://api.deepseek.com/anthropic", temperature: 0.2, topP: 0.9 });`],
    ["fields from elsewhere", `declare const config: any;\nnew ChatAnthropic({ ...config });\nnew ChatAnthropic({ model: process.env.MODEL });`],
    ["auto with thinking", `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6", thinking: { type: "enabled", budget_tokens: 4000 } });\nllm.bindTools([getWeather], { tool_choice: "auto" });`],
    ["forced with adaptive thinking (not confirmed)", `new ChatAnthropic({ model: "claude-opus-4-6", thinking: { type: "adaptive" } }).bindTools([getWeather], { tool_choice: "any" });`],
    ["Fable drops sampling with thinking on", `new ChatAnthropic({ model: "claude-fable-5", thinking: { type: "adaptive" }, temperature: 0.5 });`],
    ["a tool whose schema has a root anyOf is left out by LangChain", `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6" });\nllm.bindTools([{ name: "x", description: "d", input_schema: { anyOf: [{ type: "object" }] } }]);`],
    ["invocationKwargs with parts out of sight may set any field", `declare const kw: object;\nnew ChatAnthropic({ model: "claude-sonnet-4-6", thinking: { type: "enabled", budget_tokens: 20000 }, invocationKwargs: { ...kw } });`],
    ["a tool bound by name only", `const llm = new ChatAnthropic({ model: "claude-sonnet-4-6" });\nllm.bindTools([{ name: "get_weather", schema: {} }], { tool_choice: "get_weather" });`],
  ])("%s", (_name, code) => {
    expect(lint(code)).toEqual([]);
  });
});

describe("LangChain: versions", () => {
  it("1.5.0 sends thinking disabled on every call: Fable 5 refuses it", () => {
    const dir = installed({ "@langchain/anthropic": "1.5.0" });
    expect(lint(`new ChatAnthropic({ model: "claude-fable-5" }).invoke("hi");`, dir)).toEqual(['valid-thinking/disabledRejected @ new ChatAnthropic({ model: "claude-fable…']);
    expect(lint(`new ChatAnthropic({ model: "claude-fable-5" }).invoke("hi");`)).toEqual([]);
  });
  it("0.3.x sends top_p -1 on every call, which models from Opus 4.1 on refuse (reported once, where the model is built)", () => {
    const dir = installed({ "@langchain/anthropic": "0.3.34" });
    expect(lint(`new ChatAnthropic({ model: "claude-sonnet-4-6", maxTokens: 1024 });`, dir)).toEqual([
      'valid-sampling/topPOutOfRange @ new ChatAnthropic({ model: "claude-sonne…',
    ]);
    // One report each, whichever call sends the defaults (here temperature is written too).
    expect(lint(`new ChatAnthropic({ model: "claude-sonnet-4-6", maxTokens: 1024, temperature: 0 }).bindTools([{ name: "t", description: "d", input_schema: { type: "object" } }], { tool_choice: "t" });`, dir)).toEqual([
      'valid-sampling/temperatureWithTopP @ new ChatAnthropic({ model: "claude-sonne…',
      'valid-sampling/topPOutOfRange @ new ChatAnthropic({ model: "claude-sonne…',
    ]);
    // 0.3.30 stopped sending it for Opus 4.1, Sonnet 4.5 and Haiku 4.5; older models took -1.
    expect(lint(`new ChatAnthropic({ model: "claude-haiku-4-5", maxTokens: 1024 });`, dir)).toEqual([]);
    expect(lint(`new ChatAnthropic({ model: "claude-haiku-4-5", maxTokens: 1024 });`, installed({ "@langchain/anthropic": "0.3.20" }))).toEqual([
      'valid-sampling/topPOutOfRange @ new ChatAnthropic({ model: "claude-haiku…',
    ]);
    expect(lint(`new ChatAnthropic({ model: "claude-3-opus-20240229", maxTokens: 1024 });`, dir)).toEqual(['valid-model/retiredModel @ "claude-3-opus-20240229"']);
  });
  it("0.3.x sends no sampling defaults with thinking on", () => {
    const dir = installed({ "@langchain/anthropic": "0.3.34" });
    expect(lint(`new ChatAnthropic({ model: "claude-sonnet-4-6", maxTokens: 8000, thinking: { type: "enabled", budget_tokens: 2000 } });`, dir)).toEqual([]);
  });
  it("a default says it is one", () => {
    const [model] = lintAll(HEAD + "new ChatAnthropic();", { rules: ["valid-model", "require-max-retries"] });
    expect(model.message).toMatch(/^`model \(ChatAnthropic's default, as none is given\)` "claude-sonnet-4-5-20250929" was retired/);
    const [topP] = lintAll(HEAD + `new ChatAnthropic({ model: "claude-sonnet-4-6" });`, { directory: installed({ "@langchain/anthropic": "0.3.34" }) });
    expect(topP.message).toMatch(/^`top_p \(sent as -1 by @langchain\/anthropic 0\.3 when topP is not set\)` -1 is outside/);
  });
  it("the model as the first argument is 1.3.19 and later", () => {
    expect(lint(`new ChatAnthropic("claude-3-opus-20240229");`, installed({ "@langchain/anthropic": "1.3.0" }))).toEqual([]);
  });
});
