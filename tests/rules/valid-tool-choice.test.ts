import rule from "../../rules/valid-tool-choice";
import { HEAD, ruleTester } from "../helpers/rule-tester";

const tools = '[{ name: "get_weather", input_schema: { type: "object" } }]';

ruleTester().run("valid-tool-choice", rule, {
  valid: [
    // tools present
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: ${tools}, tool_choice: { type: "tool", name: "get_weather" } });`,
    // auto / none without tools are fine
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "auto" } });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "none" } });`,
    // tools unknown (parameter): silent
    `${HEAD}function f(t: any[]) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: t, tool_choice: { type: "any" } }); }`,
    // forced on one path only: silent
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: on ? { type: "any" } : undefined });`,
    // correlated conditionals: thinking on one path, forcing on the other
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 9000, messages: [], tools: ${tools}, thinking: on ? { type: "adaptive" } : undefined, tool_choice: on ? undefined : { type: "any" } });`,
    // an unknown spread could add tools
    `${HEAD}declare const extra: object; client.messages.create({ ...extra, model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
    // mutated after it is built: unknown
    `${HEAD}const p: any = { model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }; p.tools = ${tools}; client.messages.create(p);`,
    `${HEAD}const p = { model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" as const } }; Object.assign(p, { tools: ${tools} }); client.messages.create(p);`,
    // tool with unknown name among the tools
    `${HEAD}declare const name: string; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name, input_schema: { type: "object" } }], tool_choice: { type: "tool", name: "x" } });`,
    // Twilio look-alike
    `import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2", tool_choice: "required" } as any);`,
    // OpenAI look-alike in the same file as the SDK
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [], tool_choice: "required" });`,
    // a local class called Anthropic
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ tool_choice: "required" });`,
    // another package's Anthropic class
    `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); client.messages.create({ tool_choice: { type: "any" } });`,
    // a local binding shadows the import
    `${HEAD}function g(client: { messages: { create(x: unknown): void } }) { client.messages.create({ tool_choice: "required" }); }`,
    // third-party Anthropic-compatible endpoint
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ model: "claude-opus-5-5", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
    // Forced tool use allowed on Opus 4.8
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
    // one of two possible models allows forced tool use
    `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "claude-opus-5-5" : "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
    // adaptive thinking with forced tool use: not confirmed to fail (Opus 5 thinks adaptively by default and takes forced tool use)
    `${HEAD}client.messages.create({ model: "claude-opus-5", max_tokens: 9000, messages: [], tools: ${tools}, thinking: { type: "adaptive" }, tool_choice: { type: "any" } });`,
    // beta requests may get tools from MCP servers or a server-held thread
    `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], mcp_servers: [{ type: "url", url: "https://mcp.example.com", name: "x" }], tool_choice: { type: "any" } } as any);`,
    `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], thread: { type: "continue", previous_message_id: "m" }, tool_choice: { type: "tool", name: "lookup" } } as any);`,
    // token counting: forcing on a refusing model is not confirmed to fail there
    `${HEAD}client.messages.countTokens({ model: "claude-opus-5-5", messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
    // model unknown
    `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
  ],
  invalid: [
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [], tool_choice: { type: "tool", name: "x" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // built in a variable
    {
      code: `${HEAD}const params = { model: "claude-opus-4-8", max_tokens: 1024, messages: [], tool_choice: { type: "any" as const } };\nclient.messages.create(params);`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
    // through a spread of a base object
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: 1024, tool_choice: { type: "any" } } as const;\nclient.messages.create({ ...base, messages: [] });`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
    // conditional: fails on every path
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: c ? { type: "any" } : { type: "tool", name: "x" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // tools undefined on every path of a conditional spread
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], ...(c ? { tools: [] } : {}), tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // as / satisfies
    {
      code: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } } satisfies MessageCreateParams as any);`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // casts around the callee
    {
      code: `${HEAD}(client.beta.messages.create as unknown as (x: unknown) => void)({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // stream, parse, countTokens, batches, beta
    ...["messages.stream", "messages.parse", "messages.countTokens", "beta.messages.create", "beta.messages.stream"].map((m) => ({
      code: `${HEAD}client.${m}({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" as const }],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } } }, { custom_id: "b", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [] } }] });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // unknown tool name
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "tool", name: "get_wether" } });`,
      errors: [{ messageId: "unknownToolName", data: { name: "get_wether", available: '"get_weather"' } }],
    },
    // missing name
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "tool" } });`,
      errors: [{ messageId: "missingToolName" }],
    },
    // OpenAI strings, with fixes
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: "required" });`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
      errors: [{ messageId: "openAIStyle" }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: "auto" });`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "auto" } });`,
      errors: [{ messageId: "openAIStyle" }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: "none" } as any);`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "none" } } as any);`,
      errors: [{ messageId: "openAIStyle" }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "function", function: { name: "get_weather" } } } as any);`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "tool", name: "get_weather" } } as any);`,
      errors: [{ messageId: "openAIStyle" }],
    },
    // a string from a const: reported at the const, not fixed
    {
      code: `${HEAD}const CHOICE = "required";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: CHOICE } as any);`,
      errors: [{ messageId: "openAIStyle", line: 3 }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "required_tool" } } as any);`,
      errors: [{ messageId: "invalidType" }],
    },
    // thinking on
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 9000, messages: [], tools: ${tools}, thinking: { type: "enabled", budget_tokens: 2048 }, tool_choice: { type: "any" } });`,
      errors: [
        {
          messageId: "forcedWithThinking",
          suggestions: [
            {
              messageId: "useAuto",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 9000, messages: [], tools: ${tools}, thinking: { type: "enabled", budget_tokens: 2048 }, tool_choice: { type: "auto" } });`,
            },
          ],
        },
      ],
    },
    // class field client, aliased import, require, namespace, dynamic import, typed parameter
    {
      code: `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nclass Svc { private client = new SDK({ maxRetries: 3 }); run() { return this.client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nclass Svc { private readonly client: Anthropic; constructor(c: Anthropic) { this.client = c; } run() { return this.client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nclass Svc { constructor(private client: Anthropic) {} run() { return this.client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `const Anthropic = require("@anthropic-ai/sdk");\nconst client = new Anthropic();\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `const { Anthropic } = require("@anthropic-ai/sdk");\nconst { messages } = new Anthropic();\nmessages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import * as sdk from "@anthropic-ai/sdk";\nconst client = new sdk.Anthropic();\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `async function main() { const { default: Anthropic } = await import("@anthropic-ai/sdk"); const client = new Anthropic(); await client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nexport async function run(client: AnthropicBedrock) { await client.messages.create({ model: "anthropic.claude-opus-4-8-v1:0", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex({ region: "us-east5", projectId: "p" }).withOptions({ timeout: 1000 });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import AnthropicFoundry from "@anthropic-ai/foundry-sdk";\nfunction make() { return new AnthropicFoundry({ resource: "r" }); }\nconst client = make();\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // local function building the params
    {
      code: `${HEAD}function build(m: string) { return { model: m, max_tokens: 1, messages: [], tool_choice: { type: "any" as const } }; }\nclient.messages.create(build("claude-opus-4-8"));`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
    // models that refuse forced tool use
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-5-5", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
      errors: [
        {
          messageId: "forcedOnModel",
          data: { type: "any", model: "claude-opus-5-5" },
          suggestions: [
            {
              messageId: "useAuto",
              output: `${HEAD}client.messages.create({ model: "claude-opus-5-5", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "auto" } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}declare const big: boolean;\nconst MODEL = big ? "claude-opus-5-5" : "claude-sonnet-5-5";\nconst params = { model: MODEL, max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "tool", name: "get_weather" } } as const;\nclient.messages.stream(params);`,
      errors: [
        {
          messageId: "forcedOnModel",
          line: 5,
          suggestions: [
            {
              messageId: "useAuto",
              output: `${HEAD}declare const big: boolean;\nconst MODEL = big ? "claude-opus-5-5" : "claude-sonnet-5-5";\nconst params = { model: MODEL, max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "auto" } } as const;\nclient.messages.stream(params);`,
            },
          ],
        },
      ],
    },
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ maxRetries: 3 });\nclient.messages.create({ model: "us.anthropic.claude-fable-5-1-v1:0", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedOnModel", suggestions: [{ messageId: "useAuto", output: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ maxRetries: 3 });\nclient.messages.create({ model: "us.anthropic.claude-fable-5-1-v1:0", max_tokens: 1, messages: [], tools: ${tools}, tool_choice: { type: "auto" } });` }] }],
    },
    // reported once even when the same params object is sent twice
    {
      code: `${HEAD}const p = { model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" as const } };\nclient.messages.create(p);\nclient.messages.stream(p);`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
  ],
});
