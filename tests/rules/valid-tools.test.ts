import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import rule, { sanitizeToolName } from "../../rules/valid-tools";
import { BETA_SERVER_TOOL_TYPES, GA_SERVER_TOOL_TYPES } from "../../src/knowledge/server-tools";
import { HEAD, ruleTester } from "../helpers/rule-tester";

/** A `messages.create` (or another method) request with the given `tools` source. */
function call(tools: string, method = "messages.create"): string {
  return `${HEAD}client.${method}({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: ${tools} });`;
}

const schema = '{ type: "object", properties: { city: { type: "string" } } }';
const good = `{ name: "get_weather", description: "Weather", input_schema: ${schema} }`;
const badName = `{ name: "get.weather", input_schema: ${schema} }`;
const long128 = "a".repeat(128);

/** The line and column (1-based) of the `nth` occurrence of `needle` in `code`. */
function at(code: string, needle: string, nth = 1): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k < nth; k++) i = code.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in code`);
  const before = code.slice(0, i).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

/** The `invalidName` error of `get.weather` in `call(..., method)`, with its suggestion. */
function badNameError(method = "messages.create") {
  return {
    messageId: "invalidName" as const,
    suggestions: [{ messageId: "renameTool" as const, output: call(`[{ name: "get_weather", input_schema: ${schema} }]`, method) }],
  };
}
const long129 = "b".repeat(129);

ruleTester().run("valid-tools", rule, {
  valid: [
    call(`[${good}]`),
    call("[]"),
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [] });`,
    // names at the limits
    call(`[{ name: "${long128}", input_schema: ${schema} }, { name: "a-b_C9", input_schema: { type: "object" } }]`),
    // explicit custom type, null type
    call(`[{ type: "custom", name: "a", input_schema: { type: "object" } }, { type: null, name: "b", input_schema: { type: "object" } }]`),
    // server tools keep their own shape
    call(
      '[{ type: "web_search_20250305", name: "web_search", max_uses: 3 }, { type: "bash_20250124", name: "bash" }, { type: "text_editor_20250728", name: "str_replace_based_edit_tool" }, { type: "tool_search_tool_bm25", name: "tool_search_tool_bm25" }, { type: "code_execution_20260521", name: "code_execution" }, { type: "computer_toolset_20260801" }]',
    ),
    // beta-only tags on a beta call
    call('[{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }, { type: "mcp_toolset", mcp_server_name: "s" }, { type: "advisor_20260301", name: "advisor" }]', "beta.messages.create"),
    // beta-only tags on a GA call: the request may send an `anthropic-beta` header
    call('[{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }]'),
    // a version newer than any the SDK knows may come from a newer SDK
    call('[{ type: "web_search_20270101", name: "web_search" }, { type: "shiny_tool_20261201", name: "shiny" }]'),
    // toolsets have no name: two of them are not duplicates
    call('[{ type: "mcp_toolset", mcp_server_name: "a" }, { type: "mcp_toolset", mcp_server_name: "b" }]', "beta.messages.create"),
    // unknown values: silent
    `${HEAD}function f(name: string) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name, input_schema: { type: "object" } }] }); }`,
    call(`[{ name: process.env.TOOL_NAME as string, input_schema: { type: "object" } }]`),
    `${HEAD}declare const tools: any[]; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools });`,
    `${HEAD}declare function toJsonSchema(x: unknown): any; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a", input_schema: toJsonSchema({}) }] });`,
    `${HEAD}declare const t: string; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ type: t, name: "a.b" }] } as any);`,
    // an unknown spread may add `type` or `input_schema`
    `${HEAD}declare const base: any; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ ...base, name: "a.b" }, { ...base, name: "x" }, { ...base, name: "x" }] });`,
    // fails on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: c ? "a.b" : "ab", input_schema: { type: "object" } }] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [${badName}] : [${good}] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [${badName}] : undefined });`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${good}, { name: c ? "get_weather" : "other", input_schema: { type: "object" } }] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a", input_schema: c ? { type: "array" } : { type: "object" } }] } as any);`,
    // duplicates where one name is not known
    `${HEAD}declare const n: string; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${good}, { name: n, input_schema: { type: "object" } }] });`,
    // mutated after it is built
    `${HEAD}const p: any = { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${badName}] }; p.tools = [${good}]; client.messages.create(p);`,
    `${HEAD}const params = { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${badName}] }; Object.assign(params, { tools: [] }); client.messages.create(params);`,
    // runnable tools from helpers are calls: unknown
    `${HEAD}import { betaZodTool } from "@anthropic-ai/sdk/helpers/beta/zod"; import { z } from "zod";\nconst weather = betaZodTool({ name: "get_weather", inputSchema: z.object({ city: z.string() }), description: "w", run: async () => "sunny" });\nclient.beta.messages.toolRunner({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [weather, weather] });`,
    `${HEAD}import { betaZodTool } from "@anthropic-ai/sdk/helpers/beta/zod"; import { z } from "zod";\nclient.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [betaZodTool({ name: "a.b", inputSchema: z.object({}), description: "", run: () => "" }) as any] });`,
    // the option adds a tag
    {
      code: call('[{ type: "proxy_special_tool", name: "x" }]'),
      options: [{ additionalServerToolTypes: ["proxy_special_tool"] }],
    },
    // look-alikes
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [], tools: [{ type: "function", function: { name: "get.weather", parameters: {} } }] });`,
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.responses.create({ model: "gpt-4o", input: "", tools: [{ type: "function", name: "x", parameters: {} }, { type: "function", name: "x", parameters: {} }] } as any);`,
    `import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2", tools: [{ type: "function", function: { name: "a.b" } }] } as any);`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ tools: [{ name: "a.b" }] });`,
    `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); client.messages.create({ tools: [{ type: "function", function: { name: "x" } }] });`,
    `${HEAD}function g(client: { messages: { create(x: unknown): void } }) { client.messages.create({ tools: [{ name: "a.b" }] }); }`,
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ model: "deepseek-chat", max_tokens: 1, messages: [], tools: [{ type: "function", function: { name: "a.b", parameters: {} } }] } as any);`,
  ],
  invalid: [
    // ---- name pattern ----
    {
      code: call(`[${badName}]`),
      errors: [
        {
          messageId: "invalidName",
          line: 3,
          data: {
            name: '"get.weather"',
            where: "`tools[0]`",
            index: "0",
            pattern: "^[a-zA-Z0-9_-]{1,128}$",
            problem: 'it contains "."',
            suggestion: '"get_weather"',
          },
          suggestions: [
            {
              messageId: "renameTool",
              data: { suggestion: '"get_weather"' },
              output: call(`[{ name: "get_weather", input_schema: ${schema} }]`),
            },
          ],
        },
      ],
    },
    {
      code: call(`[${good}, { name: "search the web", input_schema: ${schema} }]`),
      errors: [
        {
          messageId: "invalidName",
          data: {
            name: '"search the web"',
            where: "`tools[1]`",
            index: "1",
            pattern: "^[a-zA-Z0-9_-]{1,128}$",
            problem: "it contains space",
            suggestion: '"search_the_web"',
          },
          suggestions: [{ messageId: "renameTool", output: call(`[${good}, { name: "search_the_web", input_schema: ${schema} }]`) }],
        },
      ],
    },
    {
      code: call(`[{ name: "", input_schema: ${schema} }]`),
      errors: [{ messageId: "invalidName", suggestions: [{ messageId: "renameTool", output: call(`[{ name: "tool", input_schema: ${schema} }]`) }] }],
    },
    {
      code: call(`[{ name: "${long129}", input_schema: ${schema} }]`),
      errors: [{ messageId: "invalidName", suggestions: [{ messageId: "renameTool", output: call(`[{ name: "${"b".repeat(128)}", input_schema: ${schema} }]`) }] }],
    },
    // MCP-style namespaced name
    {
      code: call(`[{ name: "github/create_issue", input_schema: ${schema} }]`),
      errors: [{ messageId: "invalidName", suggestions: [{ messageId: "renameTool", output: call(`[{ name: "github_create_issue", input_schema: ${schema} }]`) }] }],
    },
    // built in a variable; the name in a const: reported there, no suggestion
    {
      code: `${HEAD}const NAME = "weather.get";\nconst tool = { name: NAME, input_schema: { type: "object" as const } };\nconst params = { model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [tool] };\nclient.messages.create(params);`,
      errors: [{ messageId: "invalidName", line: 3, column: 14, suggestions: [] }],
    },
    // through a spread of a base object and of a base array
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: 1024, tools: [${badName}] };\nclient.messages.create({ ...base, messages: [] });`,
      errors: [
        {
          messageId: "invalidName",
          line: 3,
          suggestions: [{ messageId: "renameTool", output: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: 1024, tools: [{ name: "get_weather", input_schema: ${schema} }] };\nclient.messages.create({ ...base, messages: [] });` }],
        },
      ],
    },
    {
      code: `${HEAD}const common = [${badName}];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [...common, { name: "other", input_schema: ${schema} }] });`,
      errors: [
        {
          messageId: "invalidName",
          line: 3,
          suggestions: [{ messageId: "renameTool", output: `${HEAD}const common = [{ name: "get_weather", input_schema: ${schema} }];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [...common, { name: "other", input_schema: ${schema} }] });` }],
        },
      ],
    },
    // conditional: bad on every path
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: c ? "a.b" : "a b", input_schema: { type: "object" } }] });`,
      errors: [
        {
          messageId: "invalidName",
          data: {
            name: '"a.b" or "a b"',
            where: "`tools[0]`",
            index: "0",
            pattern: "^[a-zA-Z0-9_-]{1,128}$",
            problem: "none of them does",
            suggestion: '"a_b"',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [${badName}] : [{ name: "x:y", input_schema: { type: "object" } }] });`,
      errors: [
        {
          messageId: "invalidName",
          suggestions: [{ messageId: "renameTool", output: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [{ name: "get_weather", input_schema: ${schema} }] : [{ name: "x:y", input_schema: { type: "object" } }] });` }],
        },
        {
          messageId: "invalidName",
          suggestions: [{ messageId: "renameTool", output: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [${badName}] : [{ name: "x_y", input_schema: { type: "object" } }] });` }],
        },
      ],
    },
    // as / satisfies
    {
      code: `${HEAD}import type { Tool } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a.b", input_schema: { type: "object" } } satisfies Tool as Tool] });`,
      errors: [
        {
          messageId: "invalidName",
          suggestions: [
            {
              messageId: "renameTool",
              output: `${HEAD}import type { Tool } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a_b", input_schema: { type: "object" } } satisfies Tool as Tool] });`,
            },
          ],
        },
      ],
    },
    // other methods
    ...["messages.stream", "messages.parse", "messages.countTokens", "beta.messages.create", "beta.messages.stream", "beta.messages.countTokens"].map((m) => ({
      code: call(`[${badName}]`, m),
      errors: [badNameError(m)],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${badName}] } }, { custom_id: "b", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${good}] } }] });`,
      errors: [
        {
          messageId: "invalidName",
          suggestions: [{ messageId: "renameTool", output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "get_weather", input_schema: ${schema} }] } }, { custom_id: "b", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${good}] } }] });` }],
        },
      ],
    },
    {
      code: `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "x" }] } }] });`,
      errors: [{ messageId: "missingInputSchema", suggestions: [] }],
    },
    // a typed-parameter client and an aliased import
    {
      code: `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nexport async function run(client: SDK) { await client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a.b", input_schema: {type: "object"} }] }); }`,
      errors: [
        {
          messageId: "invalidName",
          suggestions: [{ messageId: "renameTool", output: `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nexport async function run(client: SDK) { await client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a_b", input_schema: {type: "object"} }] }); }` }],
        },
      ],
    },
    // a typed tools variable, a class-field client, require(), Bedrock
    {
      code: `${HEAD}const tools: Anthropic.Tool[] = [{ name: "x", input_schema: { type: "object" } }, { name: "x", input_schema: { type: "object" } }];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools });`,
      errors: [{ messageId: "duplicateName", line: 3 }],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nclass Agent { private client = new Anthropic({ maxRetries: 3 }); run() { return this.client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ type: "web_search" }] } as any); } }`,
      errors: [{ messageId: "unknownType" }],
    },
    {
      code: `const Anthropic = require("@anthropic-ai/sdk");\nconst client = new Anthropic();\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "x" }] });`,
      errors: [{ messageId: "missingInputSchema", suggestions: [] }],
    },
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ awsRegion: "us-east-1" });\nclient.messages.create({ model: "anthropic.claude-opus-4-8-v1:0", max_tokens: 1, messages: [], tools: [{ name: "a", input_schema: { type: "string" } }] } as any);`,
      errors: [{ messageId: "inputSchemaNotObject" }],
    },
    // ---- name / input_schema required ----
    {
      code: call(`[{ description: "no name", input_schema: ${schema} }]`),
      errors: [{ messageId: "missingName", data: { where: "`tools[0]`", pattern: "^[a-zA-Z0-9_-]{1,128}$" } }],
    },
    {
      code: call('[{ name: "get_weather", description: "Weather" }]'),
      errors: [{ messageId: "missingInputSchema", data: { name: '"get_weather"', where: "`tools[0]`", index: "0", alias: "" }, suggestions: [] }],
    },
    {
      code: call(`[{ name: "get_weather", input_schema: undefined }]`),
      errors: [{ messageId: "missingInputSchema", suggestions: [] }],
    },
    // OpenAI / MCP key names: suggestions to rename
    {
      code: call(`[{ name: "get_weather", description: "Weather", parameters: ${schema} }]`),
      errors: [
        {
          messageId: "missingInputSchema",
          data: { name: '"get_weather"', where: "`tools[0]`", index: "0", alias: " (it has `parameters`)" },
          suggestions: [
            {
              messageId: "renameToInputSchema",
              data: { key: "parameters" },
              output: call(`[{ name: "get_weather", description: "Weather", input_schema: ${schema} }]`),
            },
          ],
        },
      ],
    },
    {
      code: call(`[{ name: "get_weather", inputSchema: ${schema} }]`),
      errors: [
        {
          messageId: "missingInputSchema",
          suggestions: [{ messageId: "renameToInputSchema", output: call(`[{ name: "get_weather", input_schema: ${schema} }]`) }],
        },
      ],
    },
    // both missing
    {
      code: call("[{ description: 'nothing' }]"),
      errors: [
        { messageId: "missingName" },
        { messageId: "missingInputSchema", data: { name: "without a known name", where: "`tools[0]`", index: "0", alias: "" }, suggestions: [] },
      ],
    },
    // ---- input_schema root ----
    (() => {
      const code = call('[{ name: "list", input_schema: { type: "array", items: { type: "string" } } }]');
      return {
        code,
        errors: [{ messageId: "inputSchemaNotObject" as const, data: { name: '"list"', where: "`tools[0]`", index: "0", type: '"array"' }, ...at(code, '"array"') }],
      };
    })(),
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a", input_schema: c ? { type: "array" } : { type: "string" } }] } as any);`,
      errors: [{ messageId: "inputSchemaNotObject", data: { name: '"a"', where: "`tools[0]`", index: "0", type: '"array" or "string"' } }],
    },
    {
      code: call('[{ name: "a", input_schema: { properties: { q: { type: "string" } }, required: ["q"] } }]'),
      errors: [
        {
          messageId: "inputSchemaMissingType",
          data: { name: '"a"', where: "`tools[0]`", index: "0" },
          suggestions: [
            {
              messageId: "addObjectType",
              output: call('[{ name: "a", input_schema: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } }]'),
            },
          ],
        },
      ],
    },
    {
      code: call('[{ name: "a", input_schema: {} }]'),
      errors: [{ messageId: "inputSchemaMissingType", suggestions: [{ messageId: "addObjectType", output: call('[{ name: "a", input_schema: { type: "object" } }]') }] }],
    },
    // the schema in a variable: reported at the schema
    {
      code: `${HEAD}const inputSchema = { type: "array" as const, items: {} };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "a", input_schema: inputSchema }] } as any);`,
      errors: [{ messageId: "inputSchemaNotObject", line: 3 }],
    },
    // ---- duplicate names ----
    (() => {
      const code = call(`[${good}, { name: "get_weather", input_schema: { type: "object" } }]`);
      return {
        code,
        errors: [{ messageId: "duplicateName" as const, data: { where: "`tools[1]`", name: '"get_weather"', first: "`tools[0]`" }, ...at(code, '"get_weather"', 2) }],
      };
    })(),
    // a custom tool that takes a server tool's name
    {
      code: call('[{ type: "web_search_20250305", name: "web_search" }, { name: "web_search", input_schema: { type: "object" } }]'),
      errors: [{ messageId: "duplicateName", data: { where: "`tools[1]`", name: '"web_search"', first: "`tools[0]`" } }],
    },
    // two versions of one server tool
    {
      code: call('[{ type: "web_fetch_20250910", name: "web_fetch" }, { type: "web_fetch_20260318", name: "web_fetch" }]'),
      errors: [{ messageId: "duplicateName" }],
    },
    // the same tool twice (a base array spread and the tool again): reported at the second element
    (() => {
      const code = `${HEAD}const weather = ${good};\nconst base = [weather];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [...base, weather] });`;
      const { line, column } = at(code, "base, weather");
      return { code, errors: [{ messageId: "duplicateName" as const, line, column: column + "base, ".length }] };
    })(),
    // duplicates on every path
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${good}, c ? ${good} : { name: "get_weather", input_schema: { type: "object" } }] });`,
      errors: [{ messageId: "duplicateName" }],
    },
    // an unknown spread elsewhere in the array does not hide a known pair
    {
      code: `${HEAD}declare const more: any[]; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [${good}, ...more, ${good}] });`,
      errors: [{ messageId: "duplicateName", data: { where: "A `tools` entry", name: '"get_weather"', first: "a `tools` entry" } }],
    },
    // ---- unknown server tool types ----
    {
      code: call('[{ type: "web_search", name: "web_search" }]'),
      errors: [
        {
          messageId: "unknownType",
          data: {
            where: "`tools[0]`",
            type: '"web_search"',
            tag: "'web_search'",
            index: "0",
            hint: ' (did you mean "web_search_20260318", "web_search_20260209", "web_search_20250305"?)',
          },
        },
      ],
    },
    {
      code: call('[{ type: "web_search_20250306", name: "web_search" }]'),
      errors: [{ messageId: "unknownType" }],
    },
    {
      code: call('[{ type: "bash", name: "bash" }]', "beta.messages.create"),
      errors: [{ messageId: "unknownType", data: { where: "`tools[0]`", type: '"bash"', tag: "'bash'", index: "0", hint: ' (did you mean "bash_20250124", "bash_20241022"?)' } }],
    },
    {
      code: call('[{ type: "retrieval", name: "r" }]', "messages.countTokens"),
      errors: [{ messageId: "unknownType", data: { where: "`tools[0]`", type: '"retrieval"', tag: "'retrieval'", index: "0", hint: "" } }],
    },
    {
      code: `${HEAD}const TYPE = "computer_use";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ type: TYPE, name: "computer" }] } as any);`,
      errors: [{ messageId: "unknownType", line: 3 }],
    },
    {
      code: call('[{ type: "constructor", name: "x" }]'),
      errors: [{ messageId: "unknownType" }],
    },
    // ---- OpenAI function tools ----
    {
      code: call(`[{ type: "function", function: { name: "get_weather", description: "Weather", parameters: ${schema} } }]`),
      output: call(`[{ name: "get_weather", description: "Weather", input_schema: ${schema} }]`),
      errors: [{ messageId: "openAIStyle", data: { where: "`tools[0]`", index: "0" } }],
    },
    // the flat form of the Responses API, no description
    {
      code: call(`[${good}, { type: "function", name: "lookup", parameters: ${schema} }]`),
      output: call(`[${good}, { name: "lookup", input_schema: ${schema} }]`),
      errors: [{ messageId: "openAIStyle", data: { where: "`tools[1]`", index: "1" } }],
    },
    // no parameters: an empty object schema
    {
      code: call('[{ type: "function", function: { name: "now", description: "Current time" } }]'),
      output: call('[{ name: "now", description: "Current time", input_schema: { type: "object" } }]'),
      errors: [{ messageId: "openAIStyle" }],
    },
    // parts from variables keep their source text
    {
      code: `${HEAD}declare const params: Record<string, unknown>; const fnName = "get_weather";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ type: "function", function: { name: fnName, parameters: params } }] } as any);`,
      output: `${HEAD}declare const params: Record<string, unknown>; const fnName = "get_weather";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: fnName, input_schema: params }] } as any);`,
      errors: [{ messageId: "openAIStyle" }],
    },
    // a shared constant (it may also feed an OpenAI call): reported, not fixed
    {
      code: `${HEAD}const tools = [{ type: "function" as const, function: { name: "get_weather", parameters: ${schema} } }];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools } as any);`,
      output: null,
      errors: [{ messageId: "openAIStyle", line: 3 }],
    },
    // a list shared by several requests is reported once; a request that can send another list (or none) fails only through it
    {
      code: `${HEAD}declare const c: boolean; const TOOLS = [${badName}, ${badName.replace("get.weather", "a b")}];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? TOOLS : [] });`,
      errors: [
        { messageId: "invalidName", line: 3, data: { name: '"get.weather"', where: "`tools[0]`", index: "0", pattern: "^[a-zA-Z0-9_-]{1,128}$", problem: 'it contains "."', suggestion: '"get_weather"' }, suggestions: [{ messageId: "renameTool", output: `${HEAD}declare const c: boolean; const TOOLS = [{ name: "get_weather", input_schema: ${schema} }, ${badName.replace("get.weather", "a b")}];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? TOOLS : [] });` }] },
        { messageId: "invalidName", line: 3, suggestions: [{ messageId: "renameTool", output: `${HEAD}declare const c: boolean; const TOOLS = [${badName}, { name: "a_b", input_schema: ${schema} }];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? TOOLS : [] });` }] },
      ],
    },
    // extra keys (`strict`) or comments inside: not fixed
    {
      code: call(`[{ type: "function", function: { name: "a", parameters: ${schema}, strict: true } }]`),
      output: null,
      errors: [{ messageId: "openAIStyle" }],
    },
    {
      code: call(`[{ type: "function", function: { name: "a", /* why */ parameters: ${schema} } }]`),
      output: null,
      errors: [{ messageId: "openAIStyle" }],
    },
    // several failures on different paths of `tools`
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [{ type: "function", function: { name: "a" } }] : [{ name: "b" }] } as any);`,
      output: null, // the array is not written directly as `tools: [...]`
      errors: [{ messageId: "openAIStyle" }, { messageId: "missingInputSchema", suggestions: [] }],
    },
  ],
});

/** Root folder of the installed `@anthropic-ai/sdk` (its `exports` map hides package.json). */
const SDK_ROOT = path.dirname(createRequire(__filename).resolve("@anthropic-ai/sdk"));

/**
 * The server tool tags of a tool union in the SDK source: for each member interface but the custom
 * tool, its `type: '…'` literals, each with the literal of its `name` (null when it has none).
 */
function sdkServerTools(file: string, union: string, customTool: string): Record<string, string | null> {
  const source = readFileSync(path.join(SDK_ROOT, file), "utf8");
  const members = new RegExp(`export type ${union} =([^;]*);`).exec(source)?.[1];
  if (!members) throw new Error(`${union} not found in ${file}`);
  const out: Record<string, string | null> = {};
  for (const member of members.split("|").map((m) => m.trim())) {
    if (member === "" || member === customTool) continue;
    const start = source.indexOf(`export interface ${member} {`);
    if (start < 0) throw new Error(`interface ${member} not found`);
    const body = source.slice(start, source.indexOf("\n}\n", start));
    const typeLine = /^ {2}type: ([^;]+);$/m.exec(body)?.[1];
    if (!typeLine) throw new Error(`${member} has no type`);
    const name = /^ {2}name: '([^']+)';$/m.exec(body)?.[1] ?? null;
    for (const tag of typeLine.matchAll(/'([^']+)'/g)) out[tag[1]] = name;
  }
  return out;
}

const sorted = (r: Readonly<Record<string, string | null>>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));

describe("valid-tools server tool lists", () => {
  it("GA_SERVER_TOOL_TYPES equals the installed SDK's ToolUnion", () => {
    expect(sorted(GA_SERVER_TOOL_TYPES)).toEqual(sorted(sdkServerTools("src/resources/messages/messages.ts", "ToolUnion", "Tool")));
  });

  it("BETA_SERVER_TOOL_TYPES equals the installed SDK's BetaToolUnion", () => {
    expect(sorted(BETA_SERVER_TOOL_TYPES)).toEqual(
      sorted(sdkServerTools("src/resources/beta/messages/messages.ts", "BetaToolUnion", "BetaTool")),
    );
  });

  it("the custom tools are the union members with `type?: 'custom' | null`", () => {
    const ga = readFileSync(path.join(SDK_ROOT, "src/resources/messages/messages.ts"), "utf8");
    expect(ga).toMatch(/export interface Tool \{[\s\S]*?\n {2}type\?: 'custom' \| null;\n\}/);
    expect(ga).toMatch(/export interface InputSchema \{\n {4}type: 'object';/);
  });
});

describe("sanitizeToolName", () => {
  it("replaces invalid characters and truncates", () => {
    expect(sanitizeToolName("get.weather")).toBe("get_weather");
    expect(sanitizeToolName("a b/c:d")).toBe("a_b_c_d");
    expect(sanitizeToolName("")).toBe("tool");
    expect(sanitizeToolName("x".repeat(200))).toHaveLength(128);
    expect(sanitizeToolName("ünï")).toBe("_n_");
  });
});
