import rule from "../../rules/valid-max-tokens";
import { HEAD, ruleTester } from "../helpers/rule-tester";

const IMPORT = 'import Anthropic from "@anthropic-ai/sdk";\n';
/** A client with a timeout: the SDK's long-request guard is off. */
const TIMED = `${IMPORT}const client = new Anthropic({ maxRetries: 3, timeout: 900_000 });\n`;
const MSGS = '[{ role: "user", content: "hi" }]';

ruleTester().run("valid-max-tokens", rule, {
  valid: [
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: ${MSGS} });`,
    // 0 pre-warms the cache
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 0, messages: ${MSGS} });`,
    // the guard's edge: 21,333 passes
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 21333, messages: ${MSGS} });`,
    // at the model's limit, streamed
    `${HEAD}client.messages.stream({ model: "claude-opus-4-8", max_tokens: 128000, messages: ${MSGS} });`,
    `${HEAD}client.messages.stream({ model: "claude-opus-4-5", max_tokens: 64000, messages: ${MSGS} });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS}, stream: true });`,
    // a timeout on the client or the request turns the guard off
    `${TIMED}client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }, { timeout: 900_000 });`,
    `${HEAD}const opts = { timeout: 15 * 60 * 1000 };\nclient.messages.parse({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }, opts);`,
    // a withOptions() copy always carries a resolved timeout: no guard
    `${HEAD}const fast = client.withOptions({ maxRetries: 5 });\nfast.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
    // client construction unknown: silent about the guard
    `${IMPORT}declare const opts: object;\nconst client = new Anthropic(opts);\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
    `${IMPORT}declare const cfg: object;\nconst client = new Anthropic({ ...cfg, maxRetries: 3 });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
    `${IMPORT}declare const t: number | undefined;\nconst client = new Anthropic({ timeout: t });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
    `${IMPORT}export async function run(client: Anthropic) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }); }`,
    `${IMPORT}class Svc { constructor(private client: Anthropic) {} run() { return this.client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }); } }`,
    // request options unknown or spread
    `${HEAD}declare const o: { timeout?: number };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }, o);`,
    `${HEAD}declare const rest: [object];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }, ...rest);`,
    // streaming not certainly off
    `${HEAD}declare const s: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS}, stream: s });`,
    // stream() and batches are not guarded
    `${HEAD}client.beta.messages.stream({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
    `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} } }] });`,
    // large on one path only
    `${HEAD}declare const big: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: big ? 64000 : 4096, messages: ${MSGS} });`,
    // countTokens takes no max_tokens
    `${HEAD}client.messages.countTokens({ model: "claude-opus-4-8", messages: ${MSGS} });`,
    `${HEAD}client.beta.messages.countTokens({ model: "claude-opus-4-8", messages: ${MSGS} });`,
    // max_tokens maybe present, or from an unknown spread / parameter / environment
    `${HEAD}declare const c: boolean;\nclient.messages.create({ model: "claude-opus-4-8", messages: ${MSGS}, ...(c ? { max_tokens: 1024 } : {}) });`,
    `${HEAD}declare const extra: object;\nclient.messages.create({ ...extra, model: "claude-opus-4-8", messages: ${MSGS} });`,
    `${HEAD}function f(n: number) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: n, messages: ${MSGS} }); }`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: Number(process.env.MAX_TOKENS), messages: ${MSGS} });`,
    `${HEAD}const p: any = { model: "claude-opus-4-8", messages: ${MSGS} };\np.max_tokens = 1024;\nclient.messages.create(p);`,
    `${HEAD}const p = { model: "claude-opus-4-8", messages: ${MSGS} };\nObject.assign(p, { max_tokens: 1024 });\nclient.messages.create(p as any);`,
    // invalid on one path only
    `${HEAD}declare const c: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: c ? -1 : 1024, messages: ${MSGS} });`,
    `${HEAD}declare const c: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: c ? undefined : 1024, messages: ${MSGS} });`,
    // booleans: what the server does with them is not confirmed
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: true, messages: ${MSGS} } as any);`,
    // model limit unknown (not confirmed) or model unknown
    `${HEAD}client.messages.stream({ model: "claude-haiku-4-5", max_tokens: 200000, messages: ${MSGS} });`,
    `${HEAD}declare const model: string;\nclient.messages.stream({ model, max_tokens: 200000, messages: ${MSGS} });`,
    `${HEAD}client.messages.stream({ model: "claude-future-9", max_tokens: 200000, messages: ${MSGS} });`,
    // above the limit of one possible model only (correlated conditionals)
    `${HEAD}declare const c: boolean;\nclient.messages.stream({ model: c ? "claude-opus-4-5" : "claude-opus-4-8", max_tokens: c ? 64000 : 128000, messages: ${MSGS} });`,
    // a beta that may raise the output limit
    `${HEAD}client.beta.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS}, betas: ["output-300k-2026-03-24"] });`,
    `${HEAD}declare const betas: string[];\nclient.beta.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS}, betas });`,
    `${HEAD}client.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} }, { headers: { "anthropic-beta": "output-300k-2026-03-24" } });`,
    `${HEAD}declare const h: Record<string, string>;\nclient.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} }, { headers: h });`,
    `${IMPORT}const client = new Anthropic({ defaultHeaders: { "Anthropic-Beta": "output-300k-2026-03-24" } });\nclient.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} });`,
    `${HEAD}client.beta.messages.batches.create({ betas: ["output-300k-2026-03-24"], requests: [{ custom_id: "a", params: { model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} } }] });`,
    // another vendor's Anthropic-compatible endpoint: its own limits
    `${IMPORT}const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic", timeout: 1000 });\nclient.messages.create({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} });`,
    `${IMPORT}const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" });\nclient.messages.create({ model: "deepseek-chat", messages: ${MSGS} });`,
    // look-alikes
    `import twilio from "twilio";\nconst client = twilio("sid", "token");\nclient.messages.create({ body: "hi", from: "+1", to: "+2" });`,
    `${HEAD}import twilio from "twilio";\nconst sms = twilio("sid", "token");\nsms.messages.create({ body: "hi", from: "+1", to: "+2" });`,
    `${HEAD}const twilio = { messages: { create(x: object) { return x; } } };\ntwilio.messages.create({ body: "hi" });`,
    `${HEAD}import OpenAI from "openai";\nconst openai = new OpenAI();\nopenai.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100000 });`,
    `${HEAD}import OpenAI from "openai";\nconst openai = new OpenAI();\nopenai.beta.threads.messages.create("t", { role: "user", content: "hi" });`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; }\nconst client = new Anthropic();\nclient.messages.create({ model: "claude-opus-4-8", messages: [] });`,
    `import { Anthropic } from "@llamaindex/anthropic";\nconst client = new Anthropic();\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: [] });`,
    `${HEAD}function g(client: { messages: { create(x: unknown): void } }) { client.messages.create({ model: "claude-opus-4-8", max_tokens: -1 }); }`,
  ],
  invalid: [
    // ---- 1. missing -------------------------------------------------------------------------
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: ${MSGS} });`,
      errors: [
        {
          messageId: "missing",
          line: 3,
          data: { limitHint: "; at most 128000 for claude-opus-4-8" },
          suggestions: [
            {
              messageId: "addMaxTokens",
              data: { value: "1024" },
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", messages: ${MSGS}, max_tokens: 1024 });`,
            },
          ],
        },
      ],
    },
    // plain JavaScript with a trailing comma
    {
      code: `const Anthropic = require("@anthropic-ai/sdk");\nconst client = new Anthropic();\nclient.messages.create({\n  model: "claude-opus-4-8",\n  messages: [],\n});`,
      errors: [
        {
          messageId: "missing",
          suggestions: [
            {
              messageId: "addMaxTokens",
              output: `const Anthropic = require("@anthropic-ai/sdk");\nconst client = new Anthropic();\nclient.messages.create({\n  model: "claude-opus-4-8",\n  messages: [],\n  max_tokens: 1024,\n});`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({} as any);`,
      errors: [{ messageId: "missing", data: { limitHint: "" }, suggestions: [{ messageId: "addMaxTokens", output: `${HEAD}client.messages.create({ max_tokens: 1024 } as any);` }] }],
    },
    // built in a variable: reported at the call, no suggestion
    {
      code: `${HEAD}const params = { model: "claude-opus-4-8", messages: ${MSGS} };\nclient.messages.create(params as any);`,
      errors: [{ messageId: "missing", line: 4, suggestions: [] }],
    },
    // through a spread of a base object
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8" };\nclient.messages.create({ ...base, messages: ${MSGS} } as any);`,
      errors: [
        {
          messageId: "missing",
          line: 4,
          suggestions: [{ messageId: "addMaxTokens", output: `${HEAD}const base = { model: "claude-opus-4-8" };\nclient.messages.create({ ...base, messages: ${MSGS}, max_tokens: 1024 } as any);` }],
        },
      ],
    },
    // explicit undefined, and a conditional missing on every path
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: undefined, messages: ${MSGS} } as any);`,
      errors: [{ messageId: "missing", suggestions: [{ messageId: "addMaxTokens", output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: ${MSGS} } as any);` }] }],
    },
    {
      code: `${HEAD}declare const c: boolean;\nclient.messages.create((c ? { model: "claude-opus-4-8", messages: ${MSGS} } : { model: "claude-sonnet-5", messages: [] }) as any);`,
      errors: [{ messageId: "missing", suggestions: [] }],
    },
    // stream, parse, beta, batches
    ...["messages.stream", "messages.parse", "beta.messages.create", "beta.messages.stream", "beta.messages.parse"].map((m) => ({
      code: `${HEAD}client.${m}({ model: "claude-opus-4-8", messages: ${MSGS} } as any);`,
      errors: [{ messageId: "missing" as const, suggestions: [{ messageId: "addMaxTokens" as const, output: `${HEAD}client.${m}({ model: "claude-opus-4-8", messages: ${MSGS}, max_tokens: 1024 } as any);` }] }],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1024, messages: ${MSGS} } }, { custom_id: "b", params: { model: "claude-opus-4-8", messages: ${MSGS} } }] } as any);`,
      errors: [
        {
          messageId: "missing",
          suggestions: [
            {
              messageId: "addMaxTokens",
              output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1024, messages: ${MSGS} } }, { custom_id: "b", params: { model: "claude-opus-4-8", messages: ${MSGS}, max_tokens: 1024 } }] } as any);`,
            },
          ],
        },
      ],
    },
    // a shared object built outside the call: no suggestion (it may also feed countTokens)
    {
      code: `${HEAD}const params = { model: "claude-opus-4-8", messages: ${MSGS} };\nclient.messages.countTokens(params);\nclient.messages.create(params as any);`,
      errors: [{ messageId: "missing", line: 5, suggestions: [] }],
    },
    // cloud clients
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nexport async function run(client: AnthropicBedrock) { await client.messages.create({ model: "anthropic.claude-opus-4-8-v1:0", messages: [] } as any); }`,
      errors: [{ messageId: "missing", data: { limitHint: "; at most 128000 for anthropic.claude-opus-4-8-v1:0" }, suggestions: [{ messageId: "addMaxTokens", output: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nexport async function run(client: AnthropicBedrock) { await client.messages.create({ model: "anthropic.claude-opus-4-8-v1:0", messages: [], max_tokens: 1024 } as any); }` }] }],
    },

    // ---- 2. not a non-negative integer ------------------------------------------------------
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: "1024", messages: ${MSGS} } as any);`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: ${MSGS} } as any);`,
      errors: [{ messageId: "notInteger", data: { value: '"1024"' } }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: "many", messages: ${MSGS} } as any);`,
      errors: [{ messageId: "notInteger", data: { value: '"many"' }, suggestions: [] }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024.5, messages: ${MSGS} });`,
      errors: [
        {
          messageId: "notInteger",
          data: { value: "1024.5" },
          suggestions: [{ messageId: "useInteger", data: { value: "1024" }, output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: ${MSGS} });` }],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 0.5, messages: ${MSGS} });`,
      errors: [{ messageId: "notInteger", data: { value: "0.5" }, suggestions: [] }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: null, messages: ${MSGS} } as any);`,
      errors: [{ messageId: "notInteger", data: { value: "null" }, suggestions: [] }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096 / 3, messages: ${MSGS} });`,
      errors: [{ messageId: "notInteger", suggestions: [] }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: -1, messages: ${MSGS} });`,
      errors: [{ messageId: "negative", data: { value: "-1" } }],
    },
    // built in a variable (reported where the value is written, not fixed), through a spread, behind a conditional
    {
      code: `${HEAD}const MAX = "4096";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: MAX, messages: ${MSGS} } as any);`,
      errors: [{ messageId: "notInteger", line: 3 }],
    },
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: -100 };\nclient.messages.stream({ ...base, messages: ${MSGS} });`,
      errors: [{ messageId: "negative", line: 3 }],
    },
    {
      code: `${HEAD}declare const c: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: c ? -1 : -2, messages: ${MSGS} });`,
      errors: [{ messageId: "negative", data: { value: "-1 or -2" } }],
    },
    {
      code: `${HEAD}declare const c: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: c ? "1024" : 0.5, messages: ${MSGS} } as any);`,
      errors: [{ messageId: "notInteger", data: { value: '"1024" or 0.5' } }],
    },
    // as / satisfies around the value change nothing at run time: fixed in place, the cast kept
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: "1024" as unknown as number, messages: ${MSGS} });`,
      output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024 as unknown as number, messages: ${MSGS} });`,
      errors: [{ messageId: "notInteger" }],
    },
    {
      code: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: -5, messages: ${MSGS} } satisfies MessageCreateParams);`,
      errors: [{ messageId: "negative" }],
    },
    {
      code: `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: -1, messages: ${MSGS} });`,
      errors: [{ messageId: "negative" }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: "512", messages: ${MSGS} } }] } as any);`,
      output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 512, messages: ${MSGS} } }] } as any);`,
      errors: [{ messageId: "notInteger" }],
    },

    // ---- 3. above the model's output limit --------------------------------------------------
    {
      code: `${HEAD}client.messages.stream({ model: "claude-opus-4-5-20251101", max_tokens: 128001, messages: ${MSGS} });`,
      errors: [
        {
          messageId: "aboveModelLimit",
          data: { value: "128001", limit: "64000", model: "claude-opus-4-5-20251101" },
          suggestions: [{ messageId: "useModelLimit", data: { value: "64000" }, output: `${HEAD}client.messages.stream({ model: "claude-opus-4-5-20251101", max_tokens: 64000, messages: ${MSGS} });` }],
        },
      ],
    },
    {
      code: `${TIMED}client.messages.create({ model: "claude-opus-4-8", max_tokens: 200_000, messages: ${MSGS} });`,
      errors: [{ messageId: "aboveModelLimit", data: { value: "200000", limit: "128000", model: "claude-opus-4-8" }, suggestions: [{ messageId: "useModelLimit", output: `${TIMED}client.messages.create({ model: "claude-opus-4-8", max_tokens: 128000, messages: ${MSGS} });` }] }],
    },
    // non-streaming without timeout: both the SDK guard and the API limit
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} });`,
      errors: [
        { messageId: "aboveModelLimit", suggestions: [{ messageId: "useModelLimit", output: `${HEAD}client.messages.create({ model: "claude-opus-4-5", max_tokens: 64000, messages: ${MSGS} });` }] },
        { messageId: "streamingRequired", suggestions: [] },
      ],
    },
    // built in a variable, through a spread, every possible model, as/satisfies
    {
      code: `${HEAD}const MAX = 100000;\nconst params = { model: "claude-opus-4-5", max_tokens: MAX, messages: ${MSGS} };\nclient.messages.stream(params);`,
      errors: [{ messageId: "aboveModelLimit", line: 3, suggestions: [] }],
    },
    {
      code: `${HEAD}const base = { model: "claude-opus-4-5", max_tokens: 100000 };\nclient.messages.stream({ ...base, messages: ${MSGS} });`,
      errors: [{ messageId: "aboveModelLimit", line: 3, suggestions: [{ messageId: "useModelLimit", output: `${HEAD}const base = { model: "claude-opus-4-5", max_tokens: 64000 };\nclient.messages.stream({ ...base, messages: ${MSGS} });` }] }],
    },
    {
      code: `${HEAD}declare const c: boolean;\nclient.messages.stream({ model: c ? "claude-opus-5-5" : "claude-sonnet-5", max_tokens: c ? 150000 : 200000, messages: ${MSGS} });`,
      errors: [{ messageId: "aboveModelLimit", data: { value: "150000 or 200000", limit: "128000", model: "claude-opus-5-5 / claude-sonnet-5" }, suggestions: [] }],
    },
    {
      code: `${HEAD}client.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000 as number, messages: ${MSGS} } satisfies Anthropic.MessageStreamParams);`,
      errors: [
        {
          messageId: "aboveModelLimit",
          suggestions: [
            {
              messageId: "useModelLimit",
              output: `${HEAD}client.messages.stream({ model: "claude-opus-4-5", max_tokens: 64000 as number, messages: ${MSGS} } satisfies Anthropic.MessageStreamParams);`,
            },
          ],
        },
      ],
    },
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ timeout: 900_000 });\nclient.messages.create({ model: "us.anthropic.claude-opus-4-5-20251101-v1:0", max_tokens: 65536, messages: [] });`,
      errors: [{ messageId: "aboveModelLimit", data: { value: "65536", limit: "64000", model: "us.anthropic.claude-opus-4-5-20251101-v1:0" }, suggestions: [{ messageId: "useModelLimit", output: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ timeout: 900_000 });\nclient.messages.create({ model: "us.anthropic.claude-opus-4-5-20251101-v1:0", max_tokens: 64000, messages: [] });` }] }],
    },
    // beta without an output beta, and a batch request
    {
      code: `${HEAD}client.beta.messages.stream({ model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS}, betas: ["context-1m-2025-08-07"] });`,
      errors: [{ messageId: "aboveModelLimit", suggestions: [{ messageId: "useModelLimit", output: `${HEAD}client.beta.messages.stream({ model: "claude-opus-4-5", max_tokens: 64000, messages: ${MSGS}, betas: ["context-1m-2025-08-07"] });` }] }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-5", max_tokens: 100000, messages: ${MSGS} } }] }, { headers: { "x-trace": "1" } });`,
      errors: [{ messageId: "aboveModelLimit", suggestions: [{ messageId: "useModelLimit", output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-5", max_tokens: 64000, messages: ${MSGS} } }] }, { headers: { "x-trace": "1" } });` }] }],
    },

    // ---- 4. the SDK's non-streaming long-request guard --------------------------------------
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 21334, messages: ${MSGS} });`,
      errors: [{ messageId: "streamingRequired", line: 3, data: { value: "21334", method: "messages.create", threshold: "21,333" }, suggestions: [] }],
    },
    // awaited directly: stream(...).finalMessage() is the same call
    {
      code: `${HEAD}async function main() {\n  const msg = await client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });\n  return msg;\n}`,
      errors: [
        {
          messageId: "streamingRequired",
          line: 4,
          suggestions: [
            {
              messageId: "useStream",
              data: { stream: "messages.stream", create: "messages.create" },
              output: `${HEAD}async function main() {\n  const msg = await client.messages.stream({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }).finalMessage();\n  return msg;\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}async function main() { return await client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 32000, messages: ${MSGS} }, { maxRetries: 5 }); }`,
      errors: [
        {
          messageId: "streamingRequired",
          data: { value: "32000", method: "beta.messages.create", threshold: "21,333" },
          suggestions: [
            {
              messageId: "useStream",
              data: { stream: "beta.messages.stream", create: "beta.messages.create" },
              output: `${HEAD}async function main() { return await client.beta.messages.stream({ model: "claude-opus-4-8", max_tokens: 32000, messages: ${MSGS} }, { maxRetries: 5 }).finalMessage(); }`,
            },
          ],
        },
      ],
    },
    // parse is create underneath; stream: false is no stream
    {
      code: `${HEAD}async function main() { await client.messages.parse({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }); }`,
      errors: [{ messageId: "streamingRequired", data: { value: "64000", method: "messages.parse", threshold: "21,333" }, suggestions: [] }],
    },
    {
      code: `${HEAD}client.beta.messages.parse({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
      errors: [{ messageId: "streamingRequired", data: { value: "64000", method: "beta.messages.parse", threshold: "21,333" } }],
    },
    {
      code: `${HEAD}async function main() { await client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS}, stream: false }); }`,
      errors: [{ messageId: "streamingRequired", suggestions: [] }],
    },
    // built in a variable, through a spread, behind a conditional, as/satisfies
    {
      code: `${HEAD}const params = { model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} };\nclient.messages.create(params);`,
      errors: [{ messageId: "streamingRequired", line: 3 }],
    },
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: 64000 };\nclient.messages.create({ ...base, messages: ${MSGS} });`,
      errors: [{ messageId: "streamingRequired", line: 3 }],
    },
    {
      code: `${HEAD}declare const big: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: big ? 64000 : 32000, messages: ${MSGS} });`,
      errors: [{ messageId: "streamingRequired", data: { value: "64000 or 32000", method: "messages.create", threshold: "21,333" } }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000 as number, messages: ${MSGS} } satisfies Anthropic.MessageCreateParams);`,
      errors: [{ messageId: "streamingRequired" }],
    },
    // clients: no options, explicit undefined timeout, a class field, request options without timeout
    {
      code: `${IMPORT}const client = new Anthropic();\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }, { timeout: undefined, maxRetries: 5 });`,
      errors: [{ messageId: "streamingRequired" }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ apiKey: "k", timeout: undefined });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} });`,
      errors: [{ messageId: "streamingRequired" }],
    },
    {
      code: `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nclass Svc { private client = new SDK({ maxRetries: 3 }); run() { return this.client.messages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: ${MSGS} }); } }`,
      errors: [{ messageId: "streamingRequired" }],
    },
    {
      code: `const { Anthropic } = require("@anthropic-ai/sdk");\nconst { messages } = new Anthropic();\nmessages.create({ model: "claude-opus-4-8", max_tokens: 64000, messages: [] });`,
      errors: [{ messageId: "streamingRequired" }],
    },
    // the SDK's per-model non-streaming cap (legacy Vertex / Bedrock Opus 4 ids)
    {
      code: `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex({ region: "us-east5", projectId: "p" });\nclient.messages.create({ model: "claude-opus-4-1@20250805", max_tokens: 10000, messages: [] });`,
      errors: [{ messageId: "streamingRequired", data: { value: "10000", method: "messages.create", threshold: "8,192 for claude-opus-4-1@20250805" } }],
    },
    // the guard runs in the SDK whatever the server
    {
      code: `${IMPORT}const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" });\nclient.messages.create({ model: "deepseek-chat", max_tokens: 64000, messages: ${MSGS} });`,
      errors: [{ messageId: "streamingRequired" }],
    },
  ],
});
