import rule from "../../rules/no-unknown-params";
import { HEAD, ruleTester } from "../helpers/rule-tester";

const BASE = 'model: "claude-opus-4-8", max_tokens: 1024, messages: []';
const COUNT = 'model: "claude-opus-4-8", messages: []';
const CREATE = "client.messages.create";
const CHAT = "an OpenAI Chat Completions";

/** The code with `, <text>` removed: what a removal suggestion leaves. */
const without = (code: string, text: string): string => code.replace(`, ${text}`, "");

/** The full message data of an `otherApiField` report. */
function otherApi(field: string, value: string, advice: string, method = CREATE): Record<string, string> {
  return { field, value, origin: CHAT, advice, method };
}

const OPENAI_CASES: [string, string, string][] = [
  ["n", "2", "The API returns one response per request: send several requests instead."],
  ["frequency_penalty", "0.5", "The Messages API has no repetition penalties: remove it."],
  ["presence_penalty", "0.5", "The Messages API has no repetition penalties: remove it."],
  ["logit_bias", '{ "50256": -100 }', "The Messages API has no token biasing: remove it."],
  ["logprobs", "true", "The Messages API returns no log probabilities: remove it."],
  ["top_logprobs", "3", "The Messages API returns no log probabilities: remove it."],
  ["seed", "7", "The Messages API has no seed: remove it."],
  ["user", '"u1"', "Use `metadata: { user_id }` (an opaque id)."],
  ["parallel_tool_calls", "false", 'Use `tool_choice: { type: "auto", disable_parallel_tool_use: true }` to turn parallel tool use off.'],
  ["functions", "[]", "Use `tools` (each `{ name, description, input_schema }`)."],
  ["function_call", '"auto"', 'Use `tool_choice` (`{ type: "auto" | "any" | "none" }` or `{ type: "tool", name }`).'],
  ["stream_options", "{ include_usage: true }", "Remove it: streamed events carry usage already (`message_start`, `message_delta`)."],
  ["reasoning_effort", '"high"', "Use `output_config: { effort }`."],
];

/** Beta-only fields on a GA method, each with a value. */
const BETA_CASES: [string, string][] = [
  ["mcp_servers", '[{ type: "url", url: "https://x" }]'],
  ["compaction", "{}"],
  ["thread", "null"],
  ["fallbacks", "null"],
  ["billing_policy", "null"],
  ["output_format", "null"],
  ["fallback_credit_token", '"t"'],
];

/** Create fields that countTokens does not take. */
const COUNT_CASES: [string, string][] = [
  ["stream", "false"],
  ["stop_sequences", '["x"]'],
  ["metadata", '{ user_id: "u" }'],
  ["service_tier", '"auto"'],
  ["container", "null"],
  ["inference_geo", '"us"'],
  ["diagnostics", "null"],
];

ruleTester().run("no-unknown-params", rule, {
  valid: [
    // every GA field
    `${HEAD}client.messages.create({ ${BASE}, system: "s", metadata: { user_id: "u" }, stop_sequences: ["x"], stream: false, tools: [], tool_choice: { type: "auto" }, thinking: { type: "adaptive" }, output_config: { effort: "high" }, service_tier: "auto", speed: "standard", cache_control: { type: "ephemeral" }, container: null, diagnostics: null, inference_geo: "us" });`,
    // sent as headers by the SDK, accepted everywhere
    `${HEAD}client.messages.create({ ${BASE}, user_profile_id: "p", workspace_id: "w" });`,
    `${HEAD}client.messages.countTokens({ ${COUNT}, user_profile_id: "p", workspace_id: "w", system: "s", tools: [], thinking: { type: "adaptive" } });`,
    // sampling fields: not confirmed for API 2026-10-21, another rule's business
    `${HEAD}client.messages.create({ ${BASE}, temperature: 0.2, top_p: 0.9, top_k: 5 } as any);`,
    // a system role inside messages is valid
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [{ role: "system", content: "s" }, { role: "user", content: "hi" }] });`,
    // beta fields on beta methods
    `${HEAD}client.beta.messages.create({ ${BASE}, betas: ["context-management-2025-06-27"], context_management: { edits: [] }, mcp_servers: [], thread: null, fallbacks: null, compaction: null, billing_policy: null, output_format: null, fallback_credit_token: null });`,
    `${HEAD}client.beta.messages.countTokens({ ${COUNT}, betas: ["x"], context_management: { edits: [] }, mcp_servers: [], compaction: null, output_format: null, billing_policy: null });`,
    `${HEAD}client.beta.messages.stream({ ${BASE}, mcp_servers: [] });`,
    // a value that may be undefined is not sent: silent
    `${HEAD}function f(format?: object) { return client.messages.create({ ${BASE}, response_format: format } as any); }`,
    `${HEAD}client.messages.create({ ${BASE}, response_format: undefined } as any);`,
    `${HEAD}client.messages.create({ ${BASE}, seed: process.env.SEED } as any);`,
    // on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ ${BASE}, stop: c ? ["x"] : undefined } as any);`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${BASE}, ...(c ? { n: 2 } : {}) } as any);`,
    `${HEAD}declare const c: boolean; const base = { ${BASE} }; client.messages.create(c ? { ...base, n: 2 } : base);`,
    // an unknown spread after the key may override it with undefined
    `${HEAD}declare const rest: object; client.messages.create({ ${BASE}, stop: ["x"], ...rest } as any);`,
    // changed after it is built: unknown
    `${HEAD}const p: any = { ${BASE}, n: 2 }; delete p.n; client.messages.create(p);`,
    `${HEAD}const p = { ${BASE}, seed: 1 }; Object.assign(p, { seed: undefined }); client.messages.create(p);`,
    // beta field on GA while an anthropic-beta header may be sent
    `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ defaultHeaders: { "anthropic-beta": "context-management-2025-06-27" } });\nclient.messages.create({ ${BASE}, context_management: { edits: [] } } as any);`,
    `${HEAD}client.messages.create({ ${BASE}, context_management: { edits: [] } } as any, { headers: { "Anthropic-Beta": "context-management-2025-06-27" } });`,
    `${HEAD}declare const headers: Record<string, string>; client.messages.create({ ${BASE}, mcp_servers: [] } as any, { headers });`,
    `import Anthropic from "@anthropic-ai/sdk";\ndeclare const mw: any;\nconst client = new Anthropic({ middleware: [mw] });\nclient.messages.create({ ${BASE}, mcp_servers: [] } as any);`,
    `${HEAD}client.withOptions({ defaultHeaders: { "anthropic-beta": "mcp-client-2025-11-20" } }).messages.create({ ${BASE}, mcp_servers: [] } as any);`,
    // a client built out of sight may carry default beta headers
    `import Anthropic from "@anthropic-ai/sdk";\nfunction f(client: Anthropic) { return client.messages.create({ ${BASE}, context_management: { edits: [] } } as any); }`,
    // beta fields on a cloud client: not checked
    `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock();\nclient.messages.create({ ${BASE}, context_management: { edits: [] } } as any);`,
    // fields the cloud transports read themselves
    `import AnthropicVertex from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex();\nclient.messages.create({ ${BASE}, anthropic_version: "vertex-2023-10-16" } as any);`,
    // … and on the first-party API it is not confirmed either way
    `${HEAD}client.messages.create({ ${BASE}, anthropic_version: "2023-06-01", anthropic_beta: ["x"] } as any);`,
    // batch params: beta fields are not confirmed either way
    `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${BASE}, mcp_servers: [] } as any }] });`,
    `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { ${BASE}, context_management: { edits: [] } } as any }] });`,
    // allow option
    { code: `${HEAD}client.messages.create({ ${BASE}, brand_new_field: true } as any);`, options: [{ allow: ["brand_new_field"] }] },
    { code: `${HEAD}client.messages.countTokens({ ${COUNT}, max_tokens: 1 } as any);`, options: [{ allow: ["max_tokens"] }] },
    // look-alikes
    `import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2" });`,
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [], response_format: { type: "json_object" }, stop: ["x"], n: 2 });`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ response_format: {} });`,
    `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); client.messages.create({ stop: ["x"] });`,
    `${HEAD}function g(client: { messages: { create(x: unknown): void } }) { client.messages.create({ response_format: {} }); }`,
    // third-party Anthropic-compatible endpoint
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ ${BASE}, response_format: { type: "json_object" } } as any);`,
  ],
  invalid: [
    // OpenAI habits, inline: tailored message and a removal suggestion
    {
      code: `${HEAD}client.messages.create({ ${BASE}, response_format: { type: "json_object" } } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          line: 3,
          data: {
            field: "response_format",
            value: '{ type: "json_object" }',
            origin: "an OpenAI Chat Completions",
            method: "client.messages.create",
            advice: 'Use `output_config: { format: { type: "json_schema", schema } }`.',
          },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    // stop → stop_sequences (array): fixed
    {
      code: `${HEAD}client.messages.create({ ${BASE}, stop: ["\\n\\n"] } as any);`,
      output: `${HEAD}client.messages.create({ ${BASE}, stop_sequences: ["\\n\\n"] } as any);`,
      errors: [{ messageId: "otherApiField", data: otherApi("stop", '["\\n\\n"]', "Use `stop_sequences` (an array of strings).") }],
    },
    // stop → stop_sequences (string): wrapped in an array
    {
      code: `${HEAD}client.messages.create({ stop: "END", ${BASE} } as any);`,
      output: `${HEAD}client.messages.create({ stop_sequences: ["END"], ${BASE} } as any);`,
      errors: [{ messageId: "otherApiField", data: otherApi("stop", '"END"', "Use `stop_sequences` (an array of strings).") }],
    },
    // stop beside stop_sequences: no fix, a suggestion
    {
      code: `${HEAD}client.messages.create({ ${BASE}, stop_sequences: ["a"], stop: ["b"] } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE}, stop_sequences: ["a"] } as any);` }],
        },
      ],
    },
    // stop: null is sent as null
    {
      code: `${HEAD}client.messages.create({ stop: null, ${BASE} } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("stop", "null", "Use `stop_sequences` (an array of strings)."),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    // a computed key is renamed as a plain one
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], ["max_completion_tokens"]: 512 } as any);`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_tokens: 512 } as any);`,
      errors: [{ messageId: "otherApiField" }],
    },
    // found by the fuzzer: a parenthesised value keeps its parentheses when the key is renamed
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_completion_tokens: (512) } as any);`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_tokens: (512) } as any);`,
      errors: [{ messageId: "otherApiField", data: otherApi("max_completion_tokens", "512", "Use `max_tokens`.") }],
    },
    // max_completion_tokens → max_tokens: fixed
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_completion_tokens: 512 } as any);`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_tokens: 512 } as any);`,
      errors: [{ messageId: "otherApiField", data: otherApi("max_completion_tokens", "512", "Use `max_tokens`.") }],
    },
    // … not when max_tokens is already there
    {
      code: `${HEAD}client.messages.create({ ${BASE}, max_completion_tokens: 512 } as any);`,
      errors: [
        { messageId: "otherApiField", suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }] },
      ],
    },
    // the rest of the OpenAI list, one request each
    ...OPENAI_CASES.map(([field, value, advice]) => {
      const code = `${HEAD}client.messages.create({ ${BASE}, ${field}: ${value} } as any);`;
      return {
        code,
        errors: [
          {
            messageId: "otherApiField" as const,
            data: otherApi(field, value, advice),
            suggestions: [{ messageId: "removeField" as const, output: without(code, `${field}: ${value}`) }],
          },
        ],
      };
    }),
    // Python SDK argument / request options in the body
    {
      code: `${HEAD}client.messages.create({ ${BASE}, extra_body: { x: 1 } } as any);`,
      errors: [
        {
          messageId: "requestOption",
          data: {
            field: "extra_body",
            value: "{ x: 1 }",
            advice: "`extra_body` is a Python SDK argument: the TypeScript SDK sends it as one field. Put its keys in the request itself.",
          },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ ${BASE}, timeout: 30000 } as any);`,
      errors: [
        {
          messageId: "requestOption",
          data: { field: "timeout", value: "30000", advice: "The timeout goes in the request options: `create(body, { timeout })`." },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    // built in a variable: the fix edits the variable's object
    {
      code: `${HEAD}const params = { model: "claude-opus-4-8", messages: [], max_completion_tokens: 100 };\nclient.messages.create(params as any);`,
      output: `${HEAD}const params = { model: "claude-opus-4-8", messages: [], max_tokens: 100 };\nclient.messages.create(params as any);`,
      errors: [{ messageId: "otherApiField", line: 3 }],
    },
    // through a spread of a base object: reported where it is written, nothing edited
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: 1, stop: ["x"] };\nclient.messages.create({ ...base, messages: [] } as any);`,
      errors: [{ messageId: "otherApiField", line: 3, column: 57, suggestions: [] }],
    },
    // conditional: sent on every path
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${BASE}, n: c ? 1 : 2 } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("n", "c ? 1 : 2", "The API returns one response per request: send several requests instead."),
          suggestions: [{ messageId: "removeField", output: `${HEAD}declare const c: boolean; client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create(c ? { ${BASE}, seed: 1 } : { ${BASE}, seed: 2 } as any);`,
      errors: [{ messageId: "otherApiField" }, { messageId: "otherApiField" }],
    },
    // as / satisfies
    {
      code: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create(({ ${BASE}, seed: 1 } as unknown) satisfies unknown as MessageCreateParams);`,
      errors: [
        {
          messageId: "otherApiField",
          line: 4,
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create(({ ${BASE} } as unknown) satisfies unknown as MessageCreateParams);`,
            },
          ],
        },
      ],
    },
    // messages.stream / parse / beta.messages.create
    {
      code: `${HEAD}client.messages.stream({ ${BASE}, logprobs: true } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("logprobs", "true", "The Messages API returns no log probabilities: remove it.", "client.messages.stream"),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.stream({ ${BASE} } as any);` }],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.parse({ ${BASE}, response_format: { type: "json_object" } } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("response_format", '{ type: "json_object" }', 'Use `output_config: { format: { type: "json_schema", schema } }`.', "client.messages.parse"),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.parse({ ${BASE} } as any);` }],
        },
      ],
    },
    {
      code: `${HEAD}client.beta.messages.create({ ${BASE}, betas: ["x"], response_format: { type: "json_object" } } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("response_format", '{ type: "json_object" }', 'Use `output_config: { format: { type: "json_schema", schema } }`.', "client.beta.messages.create"),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.beta.messages.create({ ${BASE}, betas: ["x"] } as any);` }],
        },
      ],
    },
    // batch params
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${BASE}, stop: ["x"] } as any }, { custom_id: "b", params: { ${BASE} } }] });`,
      output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${BASE}, stop_sequences: ["x"] } as any }, { custom_id: "b", params: { ${BASE} } }] });`,
      errors: [{ messageId: "otherApiField", data: otherApi("stop", '["x"]', "Use `stop_sequences` (an array of strings).", "client.messages.batches.create") }],
    },
    {
      code: `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { ${BASE}, seed: 1 } as any }] });`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("seed", "1", "The Messages API has no seed: remove it.", "client.beta.messages.batches.create"),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { ${BASE} } as any }] });` }],
        },
      ],
    },
    // beta-only fields on GA methods: a suggestion to call the beta method
    {
      code: `${HEAD}client.messages.create({ ${BASE}, context_management: { edits: [] } } as any);`,
      errors: [
        {
          messageId: "betaOnly",
          data: { field: "context_management", value: "{ edits: [] }", method: CREATE, betaMethod: "client.beta.messages.create" },
          suggestions: [
            { messageId: "useBeta", output: `${HEAD}client.beta.messages.create({ ${BASE}, context_management: { edits: [] } } as any);` },
          ],
        },
      ],
    },
    ...BETA_CASES.map(([field, value]) => {
      const code = `${HEAD}client.messages.stream({ ${BASE}, ${field}: ${value} } as any);`;
      return {
        code,
        errors: [
          {
            messageId: "betaOnly" as const,
            data: { field, value, method: "client.messages.stream", betaMethod: "client.beta.messages.stream" },
            suggestions: [{ messageId: "useBeta" as const, output: code.replace("client.messages.stream", "client.beta.messages.stream") }],
          },
        ],
      };
    }),
    {
      code: `${HEAD}class Bot { c = new Anthropic(); run() { return this.c.messages.countTokens({ ${COUNT}, context_management: { edits: [] } } as any); } }`,
      errors: [
        {
          messageId: "betaOnly",
          data: {
            field: "context_management",
            value: "{ edits: [] }",
            method: "client.messages.countTokens",
            betaMethod: "client.beta.messages.countTokens",
          },
          suggestions: [
            {
              messageId: "useBeta",
              output: `${HEAD}class Bot { c = new Anthropic(); run() { return this.c.beta.messages.countTokens({ ${COUNT}, context_management: { edits: [] } } as any); } }`,
            },
          ],
        },
      ],
    },
    // destructured `messages`: no suggestion
    {
      code: `${HEAD}const { messages } = client;\nmessages.create({ ${BASE}, mcp_servers: [] } as any);`,
      errors: [{ messageId: "betaOnly", suggestions: [] }],
    },
    // `betas` on a GA method is sent in the body, whatever the headers
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nfunction f(client: Anthropic) { return client.messages.create({ ${BASE}, betas: ["x"] } as any); }`,
      errors: [
        {
          messageId: "betasOnGA",
          data: { value: '["x"]', method: "client.messages.create", betaMethod: "client.beta.messages.create" },
          suggestions: [
            {
              messageId: "useBeta",
              output: `import Anthropic from "@anthropic-ai/sdk";\nfunction f(client: Anthropic) { return client.beta.messages.create({ ${BASE}, betas: ["x"] } as any); }`,
            },
          ],
        },
      ],
    },
    // countTokens: fields of create it does not take
    {
      code: `${HEAD}client.messages.countTokens({ ${COUNT}, max_tokens: 1024 } as any);`,
      errors: [
        {
          messageId: "notForCountTokens",
          data: { field: "max_tokens", value: "1024", method: "client.messages.countTokens" },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.countTokens({ ${COUNT} } as any);` }],
        },
      ],
    },
    // … built in a variable
    ...COUNT_CASES.map(([field, value]) => {
      const code = `${HEAD}const req = { ${COUNT}, ${field}: ${value} };\nclient.messages.countTokens(req as any);`;
      return {
        code,
        errors: [
          {
            messageId: "notForCountTokens" as const,
            data: { field, value, method: "client.messages.countTokens" },
            suggestions: [{ messageId: "removeField" as const, output: without(code, `${field}: ${value}`) }],
          },
        ],
      };
    }),
    {
      code: `${HEAD}client.beta.messages.countTokens({ ${COUNT}, betas: ["x"], fallbacks: null } as any);`,
      errors: [
        {
          messageId: "notForCountTokens",
          data: { field: "fallbacks", value: "null", method: "client.beta.messages.countTokens" },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.beta.messages.countTokens({ ${COUNT}, betas: ["x"] } as any);` }],
        },
      ],
    },
    // an OpenAI habit on countTokens: no rename (countTokens has no stop_sequences either)
    {
      code: `${HEAD}client.messages.countTokens({ ${COUNT}, stop: ["x"] } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("stop", '["x"]', "Remove it: `client.messages.countTokens` takes no such setting.", "client.messages.countTokens"),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.countTokens({ ${COUNT} } as any);` }],
        },
      ],
    },
    // unknown fields: misspelt and camelCase keys get a rename suggestion
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], maxTokens: 1024 } as any);`,
      errors: [
        {
          messageId: "unknownField",
          data: { field: "maxTokens", value: "1024", method: CREATE, hint: "Did you mean `max_tokens`?" },
          suggestions: [
            { messageId: "renameField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_tokens: 1024 } as any);` },
            { messageId: "removeField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [] } as any);` },
          ],
        },
      ],
    },
    // a quoted key stays quoted; a shorthand property keeps its variable
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], "maxTokens": 1024 } as any);`,
      errors: [
        {
          messageId: "unknownField",
          suggestions: [
            { messageId: "renameField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], "max_tokens": 1024 } as any);` },
            { messageId: "removeField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [] } as any);` },
          ],
        },
      ],
    },
    {
      code: `${HEAD}const maxTokens = 1024;\nclient.messages.create({ model: "claude-opus-4-8", messages: [], maxTokens } as any);`,
      errors: [
        {
          messageId: "unknownField",
          suggestions: [
            { messageId: "renameField", output: `${HEAD}const maxTokens = 1024;\nclient.messages.create({ model: "claude-opus-4-8", messages: [], max_tokens: maxTokens } as any);` },
            { messageId: "removeField", output: `${HEAD}const maxTokens = 1024;\nclient.messages.create({ model: "claude-opus-4-8", messages: [] } as any);` },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ ${BASE}, tools_choice: { type: "auto" } } as any);`,
      errors: [
        {
          messageId: "unknownField",
          data: { field: "tools_choice", value: '{ type: "auto" }', method: CREATE, hint: "Did you mean `tool_choice`?" },
          suggestions: [
            { messageId: "renameField", output: `${HEAD}client.messages.create({ ${BASE}, tool_choice: { type: "auto" } } as any);` },
            { messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ ${BASE}, brand_new_field: true } as any);`,
      errors: [
        {
          messageId: "unknownField",
          data: { field: "brand_new_field", value: "true", method: CREATE, hint: "Remove it; if a newer API version takes it, list it in this rule's `allow` option." },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    // the allow option accepts only what it lists
    {
      code: `${HEAD}client.messages.create({ ${BASE}, brand_new_field: true, seed: 1 } as any);`,
      options: [{ allow: ["brand_new_field"] }],
      errors: [
        {
          messageId: "otherApiField",
          data: otherApi("seed", "1", "The Messages API has no seed: remove it."),
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE}, brand_new_field: true } as any);` }],
        },
      ],
    },
    // cloud clients: fields no method takes still fail
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock();\nclient.messages.create({ ${BASE}, response_format: { type: "json_object" } } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          suggestions: [
            {
              messageId: "removeField",
              output: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock();\nclient.messages.create({ ${BASE} } as any);`,
            },
          ],
        },
      ],
    },
    // headers that are certainly not anthropic-beta do not enable betas
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ defaultHeaders: { "x-team": "a" } });\nclient.withOptions({ timeout: 1000 }).messages.create({ ${BASE}, mcp_servers: [] } as any, { headers: { "x-trace": "1" } });`,
      errors: [
        {
          messageId: "betaOnly",
          suggestions: [
            {
              messageId: "useBeta",
              output: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ defaultHeaders: { "x-team": "a" } });\nclient.withOptions({ timeout: 1000 }).beta.messages.create({ ${BASE}, mcp_servers: [] } as any, { headers: { "x-trace": "1" } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic();\nclient.messages.create({ ${BASE}, compaction: {} } as any);`,
      errors: [
        {
          messageId: "betaOnly",
          suggestions: [
            { messageId: "useBeta", output: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic();\nclient.beta.messages.create({ ${BASE}, compaction: {} } as any);` },
          ],
        },
      ],
    },
    // a key written after an unknown spread is sent; the object is open, so no rename
    {
      code: `${HEAD}declare const rest: object; client.messages.create({ ...rest, ${BASE}, stop: ["x"] } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          suggestions: [{ messageId: "removeField", output: `${HEAD}declare const rest: object; client.messages.create({ ...rest, ${BASE} } as any);` }],
        },
      ],
    },
    // casts around the callee
    {
      code: `${HEAD}(client.messages.create as any)({ ${BASE}, seed: 1 });`,
      errors: [
        {
          messageId: "otherApiField",
          suggestions: [{ messageId: "removeField", output: `${HEAD}(client.messages.create as any)({ ${BASE} });` }],
        },
      ],
    },
    // one object sent by two calls: one report
    {
      code: `${HEAD}const p = { ${BASE}, user: "u" };\nclient.messages.create(p as any);\nclient.messages.create(p as any);`,
      errors: [
        {
          messageId: "otherApiField",
          line: 3,
          suggestions: [{ messageId: "removeField", output: `${HEAD}const p = { ${BASE} };\nclient.messages.create(p as any);\nclient.messages.create(p as any);` }],
        },
      ],
    },
    // a Python-style request option in the body
    {
      code: `${HEAD}client.messages.create({ ${BASE}, extra_headers: { "anthropic-beta": "x" } } as any);`,
      errors: [
        {
          messageId: "requestOption",
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ ${BASE} } as any);` }],
        },
      ],
    },
    // Responses / Text Completions habits
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_output_tokens: 10, instructions: "be brief" } as any);`,
      errors: [
        {
          messageId: "otherApiField",
          data: { field: "max_output_tokens", value: "10", origin: "an OpenAI Responses API", method: CREATE, advice: "Use `max_tokens`." },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], instructions: "be brief" } as any);` }],
        },
        {
          messageId: "otherApiField",
          data: { field: "instructions", value: '"be brief"', origin: "an OpenAI Responses API", method: CREATE, advice: "Use `system`." },
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: [], max_output_tokens: 10 } as any);` }],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", prompt: "\\n\\nHuman: hi\\n\\nAssistant:", max_tokens_to_sample: 10 } as any);`,
      errors: [
        { messageId: "otherApiField", suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens_to_sample: 10 } as any);` }] },
        {
          messageId: "otherApiField",
          suggestions: [{ messageId: "removeField", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", prompt: "\\n\\nHuman: hi\\n\\nAssistant:" } as any);` }],
        },
      ],
    },
    // multi-line object: the removal takes the line with it
    {
      code: `${HEAD}client.messages.create({\n  model: "claude-opus-4-8",\n  seed: 42,\n  max_tokens: 1,\n  messages: [],\n} as any);`,
      errors: [
        {
          messageId: "otherApiField",
          line: 5,
          suggestions: [
            { messageId: "removeField", output: `${HEAD}client.messages.create({\n  model: "claude-opus-4-8",\n  max_tokens: 1,\n  messages: [],\n} as any);` },
          ],
        },
      ],
    },
  ],
});
