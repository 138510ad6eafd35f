import rule from "../../rules/valid-sampling";
import { HEAD, ruleTester } from "../helpers/rule-tester";

/** A request body on `model` with extra fields written after the required ones. */
const req = (model: string, extra: string): string => `{ model: "${model}", max_tokens: 1024, messages: [], ${extra} }`;
const create = (model: string, extra: string): string => `${HEAD}client.messages.create(${req(model, extra)} as any);`;
/** `code` without its first occurrence of `part` (the text a suggestion deletes). */
const without = (code: string, part: string): string => code.replace(part, "");
/** The suggestion to remove `key`, giving `output`. */
const removes = (key: string, output: string) => ({ messageId: "removeProperty" as const, data: { key }, output });

const OPUS_48 = "claude-opus-4-8";
const OPUS_55 = "claude-opus-5-5";
const SONNET_45 = "claude-sonnet-4-5";
const HAIKU_45 = "claude-haiku-4-5-20251001";

ruleTester().run("valid-sampling", rule, {
  valid: [
    // in range, on models without sampling restrictions known
    create("claude-3-opus-20240229", "temperature: 0.2, top_p: 0.9, top_k: 40"),
    create(SONNET_45, "temperature: 0"),
    create(SONNET_45, "temperature: 1"),
    create(SONNET_45, "top_p: 0.5"),
    create(SONNET_45, "top_k: 40"),
    create(SONNET_45, "top_k: 0"),
    // edges of the ranges
    create(SONNET_45, "temperature: 1.0"),
    create(SONNET_45, "top_p: 1"),
    create(SONNET_45, "top_p: 0"),
    // restricted models: the values kept for backwards compatibility
    create(OPUS_48, "temperature: 1"),
    create(OPUS_48, "temperature: 1.0"),
    create(OPUS_48, "top_p: 0.99"),
    create(OPUS_48, "top_p: 1"),
    create(OPUS_55, "temperature: 1, top_p: 0.995"),
    // nullish values are not sent / not set
    create(OPUS_48, "temperature: undefined, top_k: undefined, top_p: null"),
    create(SONNET_45, "temperature: 0.5, top_p: undefined"),
    create(SONNET_45, "temperature: null, top_p: 0.9"),
    // NaN and Infinity serialize as null
    create(SONNET_45, "temperature: NaN"),
    create(SONNET_45, "temperature: Infinity"),
    create(SONNET_45, "top_k: -Infinity"),
    // fails on one path only: silent
    `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, "temperature: c ? 0.2 : 1")} as any);`,
    `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, "temperature: c ? 0.2 : undefined")} as any);`,
    `${HEAD}declare const c: boolean; client.messages.create(${req(SONNET_45, "temperature: c ? 2 : 0.5")} as any);`,
    `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, "top_k: c ? 5 : undefined")} as any);`,
    `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, "top_p: c ? 0.5 : 0.99")} as any);`,
    // correlated conditionals: temperature on one path, top_p on the other
    `${HEAD}declare const c: boolean; client.messages.create(${req(SONNET_45, "temperature: c ? 0.5 : undefined, top_p: c ? undefined : 0.9")} as any);`,
    `${HEAD}declare const c: boolean; client.messages.create(${req(SONNET_45, "...(c ? { temperature: 0.5 } : { top_p: 0.9 })")} as any);`,
    // one of two possible models is not restricted
    `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "${OPUS_48}" : "${SONNET_45}", max_tokens: 1, messages: [], temperature: 0.5 } as any);`,
    // mixed rules across models: silent (each check needs every model)
    `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "${OPUS_48}" : "${SONNET_45}", max_tokens: 1, messages: [], temperature: 0.5, top_p: 0.5 } as any);`,
    // model unknown: model-dependent checks skip
    `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [], temperature: 0.2, top_k: 5, top_p: 0.5 } as any);`,
    `${HEAD}client.messages.create({ model: "claude-opus-9-9", max_tokens: 1, messages: [], temperature: 0.2, top_k: 5 } as any);`,
    // a model with no known sampling rule (Mythos Preview) or a retired one
    create("claude-mythos-preview", "temperature: 0.2, top_k: 5, top_p: 0.5"),
    create("claude-3-5-sonnet-20241022", "temperature: 0.2, top_p: 0.5"),
    // values from parameters / env: unknown
    `${HEAD}function f(t: number, p: number, k: number) { return client.messages.create(${req(OPUS_48, "temperature: t, top_p: p, top_k: k")} as any); }`,
    `${HEAD}client.messages.create(${req(SONNET_45, "temperature: Number(process.env.TEMP), top_p: Number(process.env.TOP_P)")} as any);`,
    `${HEAD}function f(t: number) { return client.messages.create(${req(SONNET_45, "temperature: t, top_p: 0.9")} as any); }`,
    // unknown spread could override
    `${HEAD}declare const extra: object; client.messages.create({ ${`model: "${OPUS_48}", max_tokens: 1, messages: [], temperature: 0.2, ...extra`} } as any);`,
    // object mutated after it is built: unknown
    `${HEAD}const p: any = ${req(OPUS_48, "temperature: 0.2")}; p.temperature = 1; client.messages.create(p);`,
    // thinking certainly on: temperature and top_k belong to valid-thinking
    create(OPUS_48, 'thinking: { type: "adaptive" }, temperature: 0.2'),
    create(OPUS_48, 'thinking: { type: "adaptive" }, top_k: 5'),
    create(SONNET_45, 'thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 2'),
    create(SONNET_45, 'thinking: { type: "enabled", budget_tokens: 2048 }, top_k: -1'),
    // countTokens takes no sampling parameters
    `${HEAD}client.messages.countTokens(${req(OPUS_48, "temperature: 0.2, top_k: 5")} as any);`,
    // third-party Anthropic-compatible endpoint
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create(${req(OPUS_48, "temperature: 1.5, top_k: 5")} as any);`,
    // OpenAI in the same file
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [], temperature: 1.7, top_p: 0.5 });`,
    // Twilio look-alike
    `import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2", temperature: 5 } as any);`,
    // a local class named Anthropic
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create(${req(OPUS_48, "temperature: 3, top_k: -2")});`,
    // another package's Anthropic class
    `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); client.messages.create(${req(OPUS_48, "temperature: 3")});`,
  ],
  invalid: [
    // ---- (1) out of range ----------------------------------------------------------------------
    {
      code: create(SONNET_45, "temperature: 1.5"),
      errors: [
        {
          messageId: "temperatureOutOfRange",
          data: { value: "1.5" },
          line: 3,
          suggestions: [removes("temperature", without(create(SONNET_45, "temperature: 1.5"), ", temperature: 1.5"))],
        },
      ],
    },
    {
      code: create("claude-3-opus-20240229", "temperature: -0.1"),
      errors: [
        {
          messageId: "temperatureOutOfRange",
          data: { value: "-0.1" },
          suggestions: [removes("temperature", without(create("claude-3-opus-20240229", "temperature: -0.1"), ", temperature: -0.1"))],
        },
      ],
    },
    // out of range is reported once, even on a restricted model
    {
      code: create(OPUS_48, "temperature: 2"),
      errors: [
        {
          messageId: "temperatureOutOfRange",
          data: { value: "2" },
          suggestions: [removes("temperature", without(create(OPUS_48, "temperature: 2"), ", temperature: 2"))],
        },
      ],
    },
    {
      code: create(SONNET_45, "top_p: 1.2"),
      errors: [
        {
          messageId: "topPOutOfRange",
          data: { value: "1.2" },
          suggestions: [removes("top_p", without(create(SONNET_45, "top_p: 1.2"), ", top_p: 1.2"))],
        },
      ],
    },
    {
      code: create(SONNET_45, "top_p: -1"),
      errors: [
        {
          messageId: "topPOutOfRange",
          data: { value: "-1" },
          suggestions: [removes("top_p", without(create(SONNET_45, "top_p: -1"), ", top_p: -1"))],
        },
      ],
    },
    // the top_p range applies with thinking on too
    {
      code: create(SONNET_45, 'thinking: { type: "enabled", budget_tokens: 2048 }, top_p: 5'),
      errors: [
        {
          messageId: "topPOutOfRange",
          data: { value: "5" },
          suggestions: [removes("top_p", create(SONNET_45, 'thinking: { type: "enabled", budget_tokens: 2048 }'))],
        },
      ],
    },
    {
      code: create(SONNET_45, "top_k: -1"),
      errors: [{ messageId: "topKInvalid", data: { value: "-1" }, suggestions: [removes("top_k", without(create(SONNET_45, "top_k: -1"), ", top_k: -1"))] }],
    },
    {
      code: create(SONNET_45, "top_k: 2.5"),
      errors: [{ messageId: "topKInvalid", data: { value: "2.5" }, suggestions: [removes("top_k", without(create(SONNET_45, "top_k: 2.5"), ", top_k: 2.5"))] }],
    },
    // model unknown: the range checks still apply
    {
      code: `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [], temperature: 7, top_p: 3, top_k: -5 } as any);`,
      errors: [
        {
          messageId: "temperatureOutOfRange",
          suggestions: [removes("temperature", `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [], top_p: 3, top_k: -5 } as any);`)],
        },
        {
          messageId: "topPOutOfRange",
          suggestions: [removes("top_p", `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [], temperature: 7, top_k: -5 } as any);`)],
        },
        {
          messageId: "topKInvalid",
          suggestions: [removes("top_k", `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [], temperature: 7, top_p: 3 } as any);`)],
        },
      ],
    },
    // conditional: out of range on every path
    {
      code: `${HEAD}declare const c: boolean; client.messages.create(${req(SONNET_45, "temperature: c ? 1.5 : 2")} as any);`,
      errors: [
        {
          messageId: "temperatureOutOfRange",
          data: { value: "1.5 or 2" },
          suggestions: [removes("temperature", `${HEAD}declare const c: boolean; client.messages.create({ model: "${SONNET_45}", max_tokens: 1024, messages: [] } as any);`)],
        },
      ],
    },
    // arithmetic is known
    {
      code: create(SONNET_45, "temperature: 0.5 * 4"),
      errors: [
        {
          messageId: "temperatureOutOfRange",
          data: { value: "2" },
          suggestions: [removes("temperature", without(create(SONNET_45, "temperature: 0.5 * 4"), ", temperature: 0.5 * 4"))],
        },
      ],
    },

    // ---- (2) restricted models -----------------------------------------------------------------
    {
      code: create(OPUS_48, "temperature: 0.2"),
      errors: [
        {
          messageId: "temperatureRestricted",
          data: { value: "0.2", model: OPUS_48 },
          suggestions: [removes("temperature", without(create(OPUS_48, "temperature: 0.2"), ", temperature: 0.2"))],
        },
      ],
    },
    {
      code: create(OPUS_55, "temperature: 0"),
      errors: [
        {
          messageId: "temperatureRestricted",
          data: { value: "0", model: OPUS_55 },
          suggestions: [removes("temperature", without(create(OPUS_55, "temperature: 0"), ", temperature: 0"))],
        },
      ],
    },
    {
      code: create(OPUS_48, "top_p: 0.9"),
      errors: [
        {
          messageId: "topPRestricted",
          data: { value: "0.9", model: OPUS_48 },
          suggestions: [removes("top_p", without(create(OPUS_48, "top_p: 0.9"), ", top_p: 0.9"))],
        },
      ],
    },
    {
      code: create(OPUS_48, "top_k: 40"),
      errors: [
        {
          messageId: "topKRestricted",
          data: { value: "40", model: OPUS_48 },
          suggestions: [removes("top_k", without(create(OPUS_48, "top_k: 40"), ", top_k: 40"))],
        },
      ],
    },
    // any top_k, even 0
    {
      code: create("claude-sonnet-5", "top_k: 0"),
      errors: [
        {
          messageId: "topKRestricted",
          data: { value: "0", model: "claude-sonnet-5" },
          suggestions: [removes("top_k", without(create("claude-sonnet-5", "top_k: 0"), ", top_k: 0"))],
        },
      ],
    },
    // all three at once (removal of a middle property takes its following comma)
    {
      code: create(OPUS_48, "temperature: 0.7, top_p: 0.8, top_k: 5"),
      errors: [
        { messageId: "temperatureRestricted", suggestions: [removes("temperature", create(OPUS_48, "top_p: 0.8, top_k: 5"))] },
        { messageId: "topPRestricted", suggestions: [removes("top_p", create(OPUS_48, "temperature: 0.7, top_k: 5"))] },
        { messageId: "topKRestricted", suggestions: [removes("top_k", create(OPUS_48, "temperature: 0.7, top_p: 0.8"))] },
      ],
    },
    // restricted on every model of a conditional; the body is one object, so removal is offered
    {
      code: `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "${OPUS_55}" : "${OPUS_48}", max_tokens: 1, messages: [], temperature: 0.3 } as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          data: { value: "0.3", model: `${OPUS_55} / ${OPUS_48}` },
          suggestions: [removes("temperature", `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "${OPUS_55}" : "${OPUS_48}", max_tokens: 1, messages: [] } as any);`)],
        },
      ],
    },
    // every value of a conditional is refused
    {
      code: `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, "temperature: c ? 0 : 0.5")} as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          data: { value: "0 or 0.5", model: OPUS_48 },
          suggestions: [removes("temperature", `${HEAD}declare const c: boolean; client.messages.create({ model: "${OPUS_48}", max_tokens: 1024, messages: [] } as any);`)],
        },
      ],
    },
    // thinking only on some paths: the restricted model refuses the temperature anyway
    {
      code: `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, 'thinking: c ? { type: "adaptive" } : undefined, temperature: 0.5')} as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          suggestions: [removes("temperature", `${HEAD}declare const c: boolean; client.messages.create(${req(OPUS_48, 'thinking: c ? { type: "adaptive" } : undefined')} as any);`)],
        },
      ],
    },
    // cloud clients and model ids
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock();\nclient.messages.create({ model: "anthropic.claude-opus-4-8-v1:0", max_tokens: 1, messages: [], top_k: 10 } as any);`,
      errors: [
        {
          messageId: "topKRestricted",
          data: { value: "10", model: "anthropic.claude-opus-4-8-v1:0" },
          suggestions: [removes("top_k", `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock();\nclient.messages.create({ model: "anthropic.claude-opus-4-8-v1:0", max_tokens: 1, messages: [] } as any);`)],
        },
      ],
    },
    {
      code: `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex({ region: "us-east5", projectId: "p" });\nclient.messages.create({ model: "${OPUS_55}", max_tokens: 1, messages: [], temperature: 0.1 } as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          suggestions: [removes("temperature", `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex({ region: "us-east5", projectId: "p" });\nclient.messages.create({ model: "${OPUS_55}", max_tokens: 1, messages: [] } as any);`)],
        },
      ],
    },

    // ---- (3) temperature with top_p ------------------------------------------------------------
    {
      code: create(SONNET_45, "temperature: 0.5, top_p: 0.9"),
      errors: [
        {
          messageId: "temperatureWithTopP",
          data: { temperature: "0.5", topP: "0.9", model: SONNET_45 },
          suggestions: [removes("top_p", create(SONNET_45, "temperature: 0.5")), removes("temperature", create(SONNET_45, "top_p: 0.9"))],
        },
      ],
    },
    // even temperature 1 with top_p 1
    {
      code: create(HAIKU_45, "temperature: 1, top_p: 1"),
      errors: [
        {
          messageId: "temperatureWithTopP",
          data: { temperature: "1", topP: "1", model: HAIKU_45 },
          suggestions: [removes("top_p", create(HAIKU_45, "temperature: 1")), removes("temperature", create(HAIKU_45, "top_p: 1"))],
        },
      ],
    },
    // both certainly present on every path of the conditionals
    {
      code: `${HEAD}declare const c: boolean; client.messages.create(${req("claude-opus-4-6", "temperature: c ? 0.2 : 0.8, top_p: c ? 0.5 : 0.6")} as any);`,
      errors: [
        {
          messageId: "temperatureWithTopP",
          data: { temperature: "0.2 or 0.8", topP: "0.5 or 0.6", model: "claude-opus-4-6" },
          suggestions: [
            removes("top_p", `${HEAD}declare const c: boolean; client.messages.create(${req("claude-opus-4-6", "temperature: c ? 0.2 : 0.8")} as any);`),
            removes("temperature", `${HEAD}declare const c: boolean; client.messages.create(${req("claude-opus-4-6", "top_p: c ? 0.5 : 0.6")} as any);`),
          ],
        },
      ],
    },
    // a present value that is not a number is quoted from the source
    {
      code: create(SONNET_45, 'temperature: "0.5", top_p: 0.9'),
      errors: [
        {
          messageId: "temperatureWithTopP",
          data: { temperature: '"0.5"', topP: "0.9", model: SONNET_45 },
          suggestions: [removes("top_p", create(SONNET_45, 'temperature: "0.5"')), removes("temperature", create(SONNET_45, "top_p: 0.9"))],
        },
      ],
    },
    // with a range error as well: both reported
    {
      code: create(SONNET_45, "temperature: 0.5, top_p: 1.5"),
      errors: [
        { messageId: "topPOutOfRange", suggestions: [removes("top_p", create(SONNET_45, "temperature: 0.5"))] },
        {
          messageId: "temperatureWithTopP",
          suggestions: [removes("top_p", create(SONNET_45, "temperature: 0.5")), removes("temperature", create(SONNET_45, "top_p: 1.5"))],
        },
      ],
    },

    // ---- how the body is built -----------------------------------------------------------------
    // in a variable, multi-line, a middle property
    {
      code: `${HEAD}const params = {\n  model: "${OPUS_48}",\n  max_tokens: 1024,\n  temperature: 0,\n  messages: [],\n};\nclient.messages.create(params as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          line: 6,
          suggestions: [
            removes("temperature", `${HEAD}const params = {\n  model: "${OPUS_48}",\n  max_tokens: 1024,\n  messages: [],\n};\nclient.messages.create(params as any);`),
          ],
        },
      ],
    },
    // the last property, multi-line, with a trailing comma
    {
      code: `${HEAD}client.messages.create({\n  model: "${OPUS_48}",\n  max_tokens: 1024,\n  messages: [],\n  top_k: 5,\n} as any);`,
      errors: [
        {
          messageId: "topKRestricted",
          line: 7,
          suggestions: [removes("top_k", `${HEAD}client.messages.create({\n  model: "${OPUS_48}",\n  max_tokens: 1024,\n  messages: [],\n} as any);`)],
        },
      ],
    },
    // the only property, with and without a trailing comma
    {
      code: `${HEAD}const p = { top_k: -3 };\nclient.messages.create(p as any);`,
      errors: [{ messageId: "topKInvalid", suggestions: [removes("top_k", `${HEAD}const p = {};\nclient.messages.create(p as any);`)] }],
    },
    {
      code: `${HEAD}const p = { top_k: -3, };\nclient.messages.create(p as any);`,
      errors: [{ messageId: "topKInvalid", suggestions: [removes("top_k", `${HEAD}const p = {};\nclient.messages.create(p as any);`)] }],
    },
    // through a spread of a base object: reported where it is written, no suggestion (the base
    // object may serve other calls)
    {
      code: `${HEAD}const base = { model: "${OPUS_48}", max_tokens: 1024, temperature: 0.3 };\nclient.messages.create({ ...base, messages: [] } as any);`,
      errors: [{ messageId: "temperatureRestricted", line: 3, suggestions: [] }],
    },
    // a spread before the property that also sets it: no suggestion (removing would expose it)
    {
      code: `${HEAD}const base = { temperature: 0.4 };\nclient.messages.create({ ...base, model: "${OPUS_48}", max_tokens: 1, messages: [], temperature: 0.3 } as any);`,
      errors: [{ messageId: "temperatureRestricted", data: { value: "0.3", model: OPUS_48 }, suggestions: [] }],
    },
    // a spread before the property that does not set it: suggestion offered
    {
      code: `${HEAD}const base = { max_tokens: 1 };\nclient.messages.create({ ...base, model: "${OPUS_48}", messages: [], temperature: 0.3 } as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          suggestions: [removes("temperature", `${HEAD}const base = { max_tokens: 1 };\nclient.messages.create({ ...base, model: "${OPUS_48}", messages: [] } as any);`)],
        },
      ],
    },
    // duplicate keys: no suggestion
    {
      code: `${HEAD}client.messages.create({ model: "${OPUS_48}", max_tokens: 1, messages: [], temperature: 1, temperature: 0.3 } as any);`,
      errors: [{ messageId: "temperatureRestricted", suggestions: [] }],
    },
    // as / satisfies
    {
      code: `${HEAD}client.messages.create({ model: "${OPUS_48}" as const, max_tokens: 1, messages: [], temperature: 0.3 as number } satisfies Record<string, unknown> as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          suggestions: [removes("temperature", `${HEAD}client.messages.create({ model: "${OPUS_48}" as const, max_tokens: 1, messages: [] } satisfies Record<string, unknown> as any);`)],
        },
      ],
    },
    // a const value: reported where it is written; the property is removable
    {
      code: `${HEAD}const TEMP = 0.2;\nclient.messages.create(${req(OPUS_48, "temperature: TEMP")} as any);`,
      errors: [
        {
          messageId: "temperatureRestricted",
          line: 3,
          suggestions: [removes("temperature", `${HEAD}const TEMP = 0.2;\nclient.messages.create({ model: "${OPUS_48}", max_tokens: 1024, messages: [] } as any);`)],
        },
      ],
    },
    // a local function building the params
    {
      code: `${HEAD}function build() { return { model: "${SONNET_45}", max_tokens: 1, messages: [], temperature: 0.5, top_p: 0.9 }; }\nclient.messages.create(build() as any);`,
      errors: [
        {
          messageId: "temperatureWithTopP",
          suggestions: [
            removes("top_p", `${HEAD}function build() { return { model: "${SONNET_45}", max_tokens: 1, messages: [], temperature: 0.5 }; }\nclient.messages.create(build() as any);`),
            removes("temperature", `${HEAD}function build() { return { model: "${SONNET_45}", max_tokens: 1, messages: [], top_p: 0.9 }; }\nclient.messages.create(build() as any);`),
          ],
        },
      ],
    },
    // the real-world library pattern: always temperature, top_p when configured
    {
      code: `${HEAD}const settings = { temperature: 0.7, topP: 0.9 };\nclient.messages.create({ model: "${SONNET_45}", max_tokens: 1, messages: [], temperature: settings.temperature, ...(settings.topP !== undefined ? { top_p: settings.topP } : {}) } as any);`,
      errors: [
        {
          messageId: "temperatureWithTopP",
          data: { temperature: "0.7", topP: "0.9", model: SONNET_45 },
          suggestions: [
            removes(
              "temperature",
              `${HEAD}const settings = { temperature: 0.7, topP: 0.9 };\nclient.messages.create({ model: "${SONNET_45}", max_tokens: 1, messages: [], ...(settings.topP !== undefined ? { top_p: settings.topP } : {}) } as any);`,
            ),
          ],
        },
      ],
    },

    // ---- methods -------------------------------------------------------------------------------
    ...["messages.stream", "messages.parse", "beta.messages.create", "beta.messages.stream"].map((m) => ({
      code: `${HEAD}client.${m}(${req(OPUS_48, "temperature: 0.2")} as any);`,
      errors: [
        {
          messageId: "temperatureRestricted" as const,
          suggestions: [removes("temperature", `${HEAD}client.${m}({ model: "${OPUS_48}", max_tokens: 1024, messages: [] } as any);`)],
        },
      ],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: ${req(OPUS_48, "top_k: 3")} }, { custom_id: "b", params: ${req(SONNET_45, "temperature: 0.1, top_p: 0.2")} }] } as any);`,
      errors: [
        {
          messageId: "topKRestricted",
          suggestions: [
            removes(
              "top_k",
              `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "${OPUS_48}", max_tokens: 1024, messages: [] } }, { custom_id: "b", params: ${req(SONNET_45, "temperature: 0.1, top_p: 0.2")} }] } as any);`,
            ),
          ],
        },
        {
          messageId: "temperatureWithTopP",
          suggestions: [
            removes("top_p", `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: ${req(OPUS_48, "top_k: 3")} }, { custom_id: "b", params: ${req(SONNET_45, "temperature: 0.1")} }] } as any);`),
            removes("temperature", `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: ${req(OPUS_48, "top_k: 3")} }, { custom_id: "b", params: ${req(SONNET_45, "top_p: 0.2")} }] } as any);`),
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: ${req(OPUS_55, "temperature: 1.2")} }] } as any);`,
      errors: [
        {
          messageId: "temperatureOutOfRange",
          suggestions: [removes("temperature", `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "${OPUS_55}", max_tokens: 1024, messages: [] } }] } as any);`)],
        },
      ],
    },
    // plain JavaScript: require, a client in a class field
    {
      code: `const Anthropic = require("@anthropic-ai/sdk");\nclass Svc { client = new Anthropic(); run() { return this.client.messages.create({ model: "${OPUS_48}", max_tokens: 1, messages: [], temperature: 0 }); } }`,
      errors: [
        {
          messageId: "temperatureRestricted",
          suggestions: [
            removes("temperature", `const Anthropic = require("@anthropic-ai/sdk");\nclass Svc { client = new Anthropic(); run() { return this.client.messages.create({ model: "${OPUS_48}", max_tokens: 1, messages: [] }); } }`),
          ],
        },
      ],
    },
  ],
});
