import rule from "../../rules/require-max-retries";
import { ruleTester } from "../helpers/rule-tester";

const IMPORT = 'import Anthropic from "@anthropic-ai/sdk";\n';

ruleTester().run("require-max-retries", rule, {
  valid: [
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });`,
    `${IMPORT}const client = new Anthropic({ maxRetries: 10, apiKey: "k" });`,
    // unknown values: silent
    `${IMPORT}declare const n: number; const client = new Anthropic({ maxRetries: n });`,
    `${IMPORT}declare const opts: object; const client = new Anthropic(opts);`,
    `${IMPORT}declare const opts: object; const client = new Anthropic({ ...opts });`,
    `${IMPORT}const client = new Anthropic({ maxRetries: Number(process.env.RETRIES) });`,
    // one path is enough
    `${IMPORT}declare const c: boolean; const client = new Anthropic({ maxRetries: c ? 1 : 5 });`,
    // the option lowers the bar
    { code: `${IMPORT}const client = new Anthropic();`, options: [{ minimum: 2 }] },
    { code: `${IMPORT}const client = new Anthropic({ maxRetries: 0 });`, options: [{ minimum: 0 }] },
    // per-request checks can be turned off
    { code: `${IMPORT}const client = new Anthropic({ maxRetries: 3 }); client.messages.create({ model: "m", max_tokens: 1, messages: [] }, { maxRetries: 0 });`, options: [{ checkRequestOptions: false }] },
    // per request without maxRetries uses the client's
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 }); client.messages.create({ model: "m", max_tokens: 1, messages: [] }, { timeout: 1000 });`,
    // only the withOptions copy is used, and it retries enough
    `${IMPORT}const client = new Anthropic().withOptions({ maxRetries: 5 });`,
    // a client's own fetch or middleware may retry: the count is not certain
    `${IMPORT}declare const retryingFetch: typeof fetch; const client = new Anthropic({ fetch: retryingFetch });`,
    `${IMPORT}const client = new Anthropic({ maxRetries: 0, fetch: async (url: any, init: any) => fetch(url, init) });`,
    `${IMPORT}declare const mw: any; const client = new Anthropic({ middleware: [mw] });`,
    `${IMPORT}declare const mw: any; const client = new Anthropic({ maxRetries: 3 }); client.messages.create({ model: "m", max_tokens: 1, messages: [] }, { maxRetries: 0, middleware: [mw] });`,
    // a file that replaces the SDK's request path
    `${IMPORT}const original = Anthropic.prototype.makeRequest;\n(Anthropic.prototype as any).makeRequest = function (...args: any[]) { return original.apply(this, args); };\nconst client = new Anthropic();`,
    `${IMPORT}Object.defineProperty(Anthropic.prototype, "request", { value: () => undefined });\nconst client = new Anthropic();`,
    `${IMPORT}(Anthropic as any)["prototype"].makeRequest = () => undefined;\nconst client = new Anthropic();`,
    `${IMPORT}Object.assign(Anthropic.prototype.constructor as any, { x: 1 });\nconst client = new Anthropic();`,
    // a mocked SDK module: no real client
    `${IMPORT}vi.mock("@anthropic-ai/sdk");\nconst client = new Anthropic();`,
    // look-alikes
    `import OpenAI from "openai"; const openai = new OpenAI();`,
    // patching another class's prototype changes nothing (reported below)
    `class Anthropic { constructor(o?: object) {} } const client = new Anthropic();`,
    `import { Anthropic } from "@llamaindex/anthropic"; const llm = new Anthropic();`,
  ],
  invalid: [
    {
      // the patch only in a comment and a string; the prototype only read
      code: `${IMPORT}// Anthropic.prototype.makeRequest = patched;\nconst s = "Anthropic.prototype.x = 1"; const m = Anthropic.prototype.constructor;\nconst client = new Anthropic();`,
      errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}// Anthropic.prototype.makeRequest = patched;\nconst s = "Anthropic.prototype.x = 1"; const m = Anthropic.prototype.constructor;\nconst client = new Anthropic({ maxRetries: 3 });` }] }],
    },
    {
      code: `${IMPORT}class Other {}\n(Other.prototype as any).x = 1;\nconst client = new Anthropic();`,
      errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}class Other {}\n(Other.prototype as any).x = 1;\nconst client = new Anthropic({ maxRetries: 3 });` }] }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();`,
      errors: [
        {
          messageId: "missing",
          suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });` }],
        },
      ],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ apiKey: "k" });`,
      errors: [
        {
          messageId: "missing",
          suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ apiKey: "k", maxRetries: 3 });` }],
        },
      ],
    },
    // a trailing comma, on one line and on several: the new property follows the object's layout
    {
      code: `${IMPORT}const client = new Anthropic({ apiKey: "k", });`,
      errors: [
        {
          messageId: "missing",
          suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ apiKey: "k", maxRetries: 3, });` }],
        },
      ],
    },
    {
      code: `${IMPORT}const client = new Anthropic({\n  apiKey: "k",\n  timeout: 5000,\n});`,
      errors: [
        {
          messageId: "missing",
          suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({\n  apiKey: "k",\n  timeout: 5000,\n  maxRetries: 3,\n});` }],
        },
      ],
    },
    {
      code: `${IMPORT}const client = new Anthropic({});`,
      errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });` }] }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ maxRetries: 1 });`,
      errors: [
        {
          messageId: "tooFew",
          data: { value: "1", minimum: "3" },
          suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });` }],
        },
      ],
    },
    // built in a variable, through a spread, behind a conditional failing on every path
    {
      code: `${IMPORT}const opts = { apiKey: "k", maxRetries: 0 };\nconst client = new Anthropic(opts);`,
      errors: [{ messageId: "tooFew", line: 2, suggestions: [] }],
    },
    {
      code: `${IMPORT}const base = { maxRetries: 1 };\nconst client = new Anthropic({ ...base, timeout: 5 });`,
      errors: [{ messageId: "tooFew", line: 2, suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const base = { maxRetries: 1 };\nconst client = new Anthropic({ ...base, timeout: 5, maxRetries: 3 });` }] }],
    },
    {
      code: `${IMPORT}declare const c: boolean;\nconst client = new Anthropic({ maxRetries: c ? 0 : 1 });`,
      errors: [{ messageId: "tooFew", data: { value: "0 or 1", minimum: "3" }, suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}declare const c: boolean;\nconst client = new Anthropic({ maxRetries: 3 });` }] }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ maxRetries: 1 as number });`,
      errors: [{ messageId: "tooFew", suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });` }] }],
    },
    // the option raises the bar
    { code: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });`, options: [{ minimum: 5 }], errors: [{ messageId: "tooFew", data: { value: "3", minimum: "5" }, suggestions: [{ messageId: "setMaxRetries", data: { minimum: "5" }, output: `${IMPORT}const client = new Anthropic({ maxRetries: 5 });` }] }] },
    // every client class
    { code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst c = new AnthropicBedrock({ awsRegion: "us-east-1" });`, errors: [{ messageId: "missing", data: { className: "AnthropicBedrock", minimum: "3", sdkDefault: "2" }, suggestions: [{ messageId: "setMaxRetries", output: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst c = new AnthropicBedrock({ awsRegion: "us-east-1", maxRetries: 3 });` }] }] },
    { code: `import { AnthropicBedrockMantle } from "@anthropic-ai/bedrock-sdk";\nconst c = new AnthropicBedrockMantle();`, errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `import { AnthropicBedrockMantle } from "@anthropic-ai/bedrock-sdk";\nconst c = new AnthropicBedrockMantle({ maxRetries: 3 });` }] }] },
    { code: `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst c = new AnthropicVertex({ region: "r" });`, errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst c = new AnthropicVertex({ region: "r", maxRetries: 3 });` }] }] },
    { code: `import AnthropicFoundry from "@anthropic-ai/foundry-sdk";\nconst c = new AnthropicFoundry();`, errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `import AnthropicFoundry from "@anthropic-ai/foundry-sdk";\nconst c = new AnthropicFoundry({ maxRetries: 3 });` }] }] },
    { code: `const Anthropic = require("@anthropic-ai/sdk");\nconst c = new Anthropic();`, errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `const Anthropic = require("@anthropic-ai/sdk");\nconst c = new Anthropic({ maxRetries: 3 });` }] }] },
    { code: `const { Anthropic } = require("@anthropic-ai/sdk");\nconst c = new Anthropic({ maxRetries: 2 });`, errors: [{ messageId: "tooFew", suggestions: [{ messageId: "setMaxRetries", output: `const { Anthropic } = require("@anthropic-ai/sdk");\nconst c = new Anthropic({ maxRetries: 3 });` }] }] },
    { code: `import { BaseAnthropic as B } from "@anthropic-ai/sdk";\nconst c = new B();`, errors: [{ messageId: "missing", suggestions: [{ messageId: "setMaxRetries", output: `import { BaseAnthropic as B } from "@anthropic-ai/sdk";\nconst c = new B({ maxRetries: 3 });` }] }] },
    // per-request options and withOptions
    {
      code: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nclient.messages.create({ model: "m", max_tokens: 1, messages: [] }, { maxRetries: 0 });`,
      errors: [
        {
          messageId: "tooFewPerRequest",
          line: 3,
          suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nclient.messages.create({ model: "m", max_tokens: 1, messages: [] }, { maxRetries: 3 });` }],
        },
      ],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nconst fast = client.withOptions({ maxRetries: 1 });`,
      errors: [{ messageId: "tooFewPerRequest", suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nconst fast = client.withOptions({ maxRetries: 3 });` }] }],
    },
    {
      code: `${IMPORT}class S { private client = new Anthropic({ maxRetries: 5 }); run() { return this.client.beta.messages.stream({ model: "m", max_tokens: 1, messages: [] }, { maxRetries: 1 }); } }`,
      errors: [{ messageId: "tooFewPerRequest", suggestions: [{ messageId: "setMaxRetries", output: `${IMPORT}class S { private client = new Anthropic({ maxRetries: 5 }); run() { return this.client.beta.messages.stream({ model: "m", max_tokens: 1, messages: [] }, { maxRetries: 3 }); } }` }] }],
    },
  ],
});

// Wrapper libraries: the AI SDK call's `maxRetries` (default 2), Mastra's Agent (default 0),
// LangChain's ChatAnthropic (default 6: only an explicit low value).
const AI = 'import { generateText } from "ai";\nimport { anthropic } from "@ai-sdk/anthropic";\n';
const MASTRA = 'import { Agent } from "@mastra/core/agent";\n';
const LANGCHAIN = 'import { ChatAnthropic } from "@langchain/anthropic";\n';

ruleTester().run("require-max-retries (wrapper libraries)", rule, {
  valid: [
    `${AI}generateText({ model: anthropic("claude-sonnet-4-6"), prompt: "p", maxRetries: 3 });`,
    `${AI}declare const n: number; generateText({ model: anthropic("claude-sonnet-4-6"), prompt: "p", maxRetries: n });`,
    // other providers and gateway strings are not Anthropic requests
    `import { generateText } from "ai";\nimport { openai } from "@ai-sdk/openai";\ngenerateText({ model: openai("gpt-4o"), prompt: "p" });`,
    `import { generateText } from "ai";\ngenerateText({ model: "anthropic/claude-sonnet-4-6", prompt: "p" });`,
    { code: `${AI}generateText({ model: anthropic("claude-sonnet-4-6"), prompt: "p" });`, options: [{ minimum: 2 }] },
    `${MASTRA}new Agent({ name: "a", instructions: "i", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });`,
    `${MASTRA}new Agent({ name: "a", instructions: "i", model: "openai/gpt-4o" });`,
    // a default per-call modelSettings.maxRetries counts when the Agent sets none: not followed
    `${MASTRA}new Agent({ name: "a", instructions: "i", model: "anthropic/claude-sonnet-4-6", defaultOptions: { modelSettings: { maxRetries: 5 } } });`,
    `${LANGCHAIN}new ChatAnthropic({ model: "claude-sonnet-4-6" });`,
    // a fetch of its own may retry: the count is not certain
    `${AI}import { createAnthropic } from "@ai-sdk/anthropic";\ndeclare const retrying: typeof fetch;\ngenerateText({ model: createAnthropic({ fetch: retrying })("claude-sonnet-4-6"), prompt: "p" });`,
    `${LANGCHAIN}declare const retrying: typeof fetch;\nnew ChatAnthropic({ model: "claude-sonnet-4-6", maxRetries: 1, clientOptions: { fetch: retrying } });`,
    `${LANGCHAIN}new ChatAnthropic({ model: "claude-sonnet-4-6", clientOptions: { maxRetries: 0 } });`,
  ],
  invalid: [
    {
      code: `${AI}generateText({ model: anthropic("claude-sonnet-4-6"), prompt: "p" });`,
      errors: [
        {
          messageId: "libraryDefault",
          data: { what: "`generateText(…)`", option: "maxRetries", library: "the AI SDK", libraryDefault: "2", minimum: "3" },
          suggestions: [{ messageId: "setMaxRetries", output: `${AI}generateText({ model: anthropic("claude-sonnet-4-6"), prompt: "p", maxRetries: 3 });` }],
        },
      ],
    },
    {
      code: `${AI}const options = { model: anthropic("claude-sonnet-4-6"), prompt: "p", maxRetries: 1 };\ngenerateText(options);`,
      errors: [{ messageId: "libraryTooFew", data: { option: "maxRetries", value: "1", library: "the AI SDK", minimum: "3" }, suggestions: [] }],
    },
    {
      code: `${MASTRA}new Agent({ name: "a", instructions: "i", model: "anthropic/claude-sonnet-4-6" });`,
      errors: [
        {
          messageId: "libraryDefault",
          data: { what: "`new Agent(…)`", option: "maxRetries", library: "Mastra", libraryDefault: "0", minimum: "3" },
          suggestions: [{ messageId: "setMaxRetries", output: `${MASTRA}new Agent({ name: "a", instructions: "i", model: "anthropic/claude-sonnet-4-6", maxRetries: 3 });` }],
        },
      ],
    },
    {
      code: `${LANGCHAIN}const llm = new ChatAnthropic({ maxRetries: 0 });`,
      errors: [{ messageId: "libraryTooFew", suggestions: [{ messageId: "setMaxRetries", output: `${LANGCHAIN}const llm = new ChatAnthropic({ maxRetries: 3 });` }] }],
    },
    {
      code: `${LANGCHAIN}new ChatAnthropic({ model: "claude-sonnet-4-6", maxRetries: 2 });`,
      errors: [
        {
          messageId: "libraryTooFew",
          data: { option: "maxRetries", value: "2", library: "LangChain", minimum: "3" },
          suggestions: [{ messageId: "setMaxRetries", output: `${LANGCHAIN}new ChatAnthropic({ model: "claude-sonnet-4-6", maxRetries: 3 });` }],
        },
      ],
    },
  ],
});
