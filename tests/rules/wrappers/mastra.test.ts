/**
 * Claude through Mastra (`new Agent({...})` of `@mastra/core/agent`, `agent.generate/stream`):
 * model strings `"anthropic/<id>"` go through the `@ai-sdk/anthropic` Mastra bundles (by Mastra
 * version), model objects through the user's own provider. Retries: the Agent's `maxRetries`,
 * default 0 from 1.11.
 */
import { describe, expect, it } from "vitest";
import { lintAll, reports } from "../../helpers/lint";
import { installed } from "./installed";

const HEAD = `import { Agent } from "@mastra/core/agent";
import { anthropic } from "@ai-sdk/anthropic";
declare const msg: string;
declare const get: any;
`;
const lint = (code: string, directory?: string) => reports(HEAD + code, { directory });
const THINK = (type: string, extra = "") => `providerOptions: { anthropic: { thinking: { type: "${type}"${extra} } } }`;

describe("Mastra: reported", () => {
  it.each([
    [
      "a retired model string",
      `new Agent({ id: "a", name: "a", instructions: "x", model: "anthropic/claude-3-5-sonnet-20241022", maxRetries: 3 });`,
      ['valid-model/retiredModel @ "anthropic/claude-3-5-sonnet-20241022"'],
    ],
    [
      "a retired model object",
      `new Agent({ name: "a", instructions: "x", model: anthropic("claude-3-7-sonnet-20250219"), maxRetries: 3 });`,
      ['valid-model/retiredModel @ "claude-3-7-sonnet-20250219"'],
    ],
    [
      "no maxRetries: Mastra retries 0 times",
      `new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6" });`,
      ['require-max-retries/libraryDefault @ new Agent({ name: "a", instructions: "x"…'],
    ],
    [
      "enabled thinking in the agent's default options",
      `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-7", maxRetries: 3, defaultOptions: { ${THINK("enabled", ", budgetTokens: 4000")} } });\nawait agent.generate(msg);`,
      ['valid-thinking/enabledRejected @ "enabled"'],
    ],
    [
      "adaptive thinking in a call's options",
      `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-haiku-4-5", maxRetries: 3 });\nawait agent.generate(msg, { ${THINK("adaptive")} });`,
      ['valid-thinking/adaptiveRejected @ "adaptive"'],
    ],
    [
      "the bundled provider (3.0.103) still sends a forced choice with enabled thinking",
      `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-6", tools: { get }, maxRetries: 3 });\nawait agent.generate("hi", { toolChoice: "required", ${THINK("enabled", ", budgetTokens: 2000")} });`,
      ['valid-tool-choice/forcedWithThinking @ "required"'],
    ],
    [
      "the bundled provider still sends disabled thinking to Fable 5",
      `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-fable-5", maxRetries: 3 });\nagent.stream(msg, { ${THINK("disabled")} });`,
      ['valid-thinking/disabledRejected @ "disabled"'],
    ],
    [
      "maxRetries below the minimum",
      `new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 1 });`,
      ["require-max-retries/libraryTooFew @ 1"],
    ],
  ])("%s", (_name, code, expected) => {
    expect(lint(code)).toEqual([...expected].sort());
  });
});

describe("Mastra: silent", () => {
  it.each([
    ["top_p is dropped next to temperature", `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });\nagent.generate(msg, { modelSettings: { temperature: 0.2, topP: 0.9 } });`],
    ["sampling is dropped for Opus 4.7", `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-7", maxRetries: 3 });\nagent.generate(msg, { modelSettings: { temperature: 0.2 } });`],
    ["another provider's model", `new Agent({ name: "a", instructions: "x", model: "openai/gpt-4o", maxRetries: 0 });`],
    ["a gateway string", `new Agent({ name: "a", instructions: "x", model: "openrouter/anthropic/claude-3.5-sonnet" });`],
    ["a model chosen at run time", `declare const pick: (c: unknown) => string;\nnew Agent({ name: "a", instructions: "x", maxRetries: 3, model: ({ requestContext }: any) => anthropic(pick(requestContext)) });`],
    ["a forced choice without tools is left out", `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });\nagent.generate(msg, { toolChoice: "required" });`],
    ["enough retries", `new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });`],
    [
      "the user's newest provider rewrites a forced choice with enabled thinking",
      `const agent = new Agent({ name: "a", instructions: "x", model: anthropic("claude-sonnet-4-6"), tools: { get }, maxRetries: 3 });\nagent.generate(msg, { toolChoice: "required", ${THINK("enabled", ", budgetTokens: 2000")} });`,
    ],
    ["memory may add tools", `declare const memory: any;\nconst agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-6", memory, maxRetries: 3 });\nagent.generate(msg, { toolChoice: "required" });`],
    ["either of two models that refuse sampling", `declare const c: boolean;\nconst agent = new Agent({ name: "a", instructions: "x", model: c ? "anthropic/claude-opus-4-7" : "anthropic/claude-opus-4-8", maxRetries: 3 });\nagent.generate(msg, { modelSettings: { temperature: 0.2 } });`],
    ["a call's toolsets are merged with the agent's tools", `declare const lookup: any;\nconst agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", tools: { get }, maxRetries: 3 });\nagent.generate(msg, { toolsets: { set1: { lookup } }, toolChoice: { type: "tool", toolName: "lookup" } });`],
    ["activeTools: [] sends no tools", `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-6", tools: { get }, maxRetries: 3 });\nagent.generate(msg, { activeTools: [], toolChoice: "required", ${THINK("enabled", ", budgetTokens: 2000")} });`],
    [
      "default options the call overrides",
      `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-7", maxRetries: 3, defaultOptions: { ${THINK("enabled", ", budgetTokens: 4000")} } });\nagent.generate(msg, { ${THINK("adaptive")} });`,
    ],
    ["every call sets its own retries (the agent sets none)", `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6" });\nagent.generate(msg, { modelSettings: { maxRetries: 5 } });`],
    ["effort above high with thinking off is lowered by the provider", `const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-5", maxRetries: 3 });\nagent.generate(msg, { providerOptions: { anthropic: { thinking: { type: "disabled" }, effort: "max" } } });`],
    ["skills add tools", `declare const skills: any;\nconst agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-opus-4-6", skills, maxRetries: 3 });\nagent.generate(msg, { toolChoice: { type: "tool", toolName: "x" } });`],
    ["a look-alike Agent", `import { Agent as A } from "./agents";\nnew A({ model: "anthropic/claude-3-5-sonnet-20241022" });`],
  ])("%s", (_name, code) => {
    expect(lint(code)).toEqual([]);
  });
});

describe("Mastra: versions", () => {
  it("before 1.11 the model call retried 2 times on its own (the AI SDK's default): reported as such", () => {
    const dir = installed({ "@mastra/core": "1.10.0" });
    const [report] = lintAll(HEAD + `new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6" });`, { directory: dir });
    expect(report.messageId).toBe("libraryDefault");
    expect(report.message).toContain("Mastra retries a failed model call only 2 times");
  });
  it("a count set on the agent wins over the calls' own", () => {
    expect(lint(`const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 1 });\nagent.generate(msg, { modelSettings: { maxRetries: 5 } });`)).toEqual([
      "require-max-retries/libraryTooFew @ 1",
    ]);
  });
  it("before 1.11 a count set on the agent multiplies the model call's own retries: not reported", () => {
    const dir = installed({ "@mastra/core": "1.10.0" });
    expect(lint(`new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 1 });`, dir)).toEqual([]);
  });
  it("before 1.67 Mastra passes sampling to the bundled provider (3.0.98 on 1.55 drops it for Opus 4.7 already)", () => {
    const dir = installed({ "@mastra/core": "1.55.0" });
    expect(lint(`const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });\nagent.generate(msg, { modelSettings: { temperature: 0.2, topP: 0.9 } });`, dir)).toEqual([]);
  });
  it("with Mastra 1.0.4 the bundled provider (2.0.45) sends temperature and top_p together", () => {
    const dir = installed({ "@mastra/core": "1.0.4" });
    expect(lint(`const agent = new Agent({ name: "a", instructions: "x", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });\nagent.generate(msg, { modelSettings: { temperature: 0.2, topP: 0.9 } });`, dir)).toEqual([
      "valid-sampling/temperatureWithTopP @ 0.9",
    ]);
  });
});
