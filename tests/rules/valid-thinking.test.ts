import rule from "../../rules/valid-thinking";
import { HEAD, ruleTester } from "../helpers/rule-tester";

const M = "messages: []";

ruleTester().run("valid-thinking", rule, {
  valid: [
    // ----- accepted thinking types -----
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "disabled" } });`,
    // enabled is deprecated on Opus 4.6 but still works
    `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "adaptive", display: "omitted" } });`,
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 1024 } });`,
    `${HEAD}client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 4096, ${M}, thinking: { type: "between_tools" } });`,
    // Opus 5: disabled is fine at effort high or lower, and when the effort is not certain
    `${HEAD}client.messages.create({ model: "claude-opus-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" } });`,
    `${HEAD}client.messages.create({ model: "claude-opus-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" }, output_config: { effort: "high" } });`,
    `${HEAD}declare const hard: boolean; client.messages.create({ model: "claude-opus-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" }, output_config: { effort: hard ? "max" : "low" } });`,
    `${HEAD}declare const effort: "low" | "max"; client.messages.create({ model: "claude-opus-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" }, output_config: { effort } });`,
    // model unknown, or one of the possible models accepts the type
    `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
    `${HEAD}client.messages.create({ model: process.env.MODEL!, max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
    `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "claude-opus-4-8" : "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
    `${HEAD}client.messages.create({ model: "gpt-4o", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
    // retired model: nothing is known about its thinking modes
    `${HEAD}client.messages.create({ model: "claude-3-7-sonnet-20250219", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
    // the type is rejected on one path only
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: on ? { type: "enabled", budget_tokens: 2048 } : { type: "adaptive" } });`,
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: on ? { type: "enabled", budget_tokens: 2048 } : undefined });`,
    `${HEAD}declare const t: "enabled" | "adaptive"; client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: t, budget_tokens: 2048 } as any });`,
    `${HEAD}declare const thinking: any; client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking });`,
    // unknown type on one path only
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: on ? "bogus" : "adaptive" } } as any);`,
    // ----- budget_tokens -----
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, ${M}, thinking: { type: "enabled", budget_tokens: 2047 } });`,
    `${HEAD}declare const budget: number; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, ${M}, thinking: { type: "enabled", budget_tokens: budget } });`,
    `${HEAD}declare const max: number; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: max, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    // max_tokens large enough on one path
    `${HEAD}declare const long: boolean; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: long ? 16000 : 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    // small budget on one path only
    `${HEAD}declare const cheap: boolean; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: cheap ? 512 : 2048 } });`,
    // budget on an adaptive/disabled config is not checked here
    `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "disabled", budget_tokens: 10 } } as any);`,
    // count_tokens has no max_tokens
    `${HEAD}client.messages.countTokens({ model: "claude-sonnet-4-5", ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    // interleaved thinking (budget may exceed max_tokens; not re-confirmed): silent
    `${HEAD}client.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, betas: ["interleaved-thinking-2025-05-14"], thinking: { type: "enabled", budget_tokens: 8000 } });`,
    `${HEAD}declare const betas: string[]; client.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, betas, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } }, { headers: { "anthropic-beta": "interleaved-thinking-2025-05-14" } });`,
    `${HEAD}declare const opts: object; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } }, opts);`,
    `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ defaultHeaders: { "anthropic-beta": "interleaved-thinking-2025-05-14" } });\nclient.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    `${HEAD}const c2 = client.withOptions({ defaultHeaders: { "Anthropic-Beta": "interleaved-thinking-2025-05-14" } });\nc2.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ middleware: [] });\nclient.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
    // a client whose construction is not in view may carry default headers
    `import Anthropic from "@anthropic-ai/sdk";\nexport function run(client: Anthropic) { return client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } }); }`,
    // ----- sampling -----
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 1 } as any);`,
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" }, temperature: 0, top_k: 5 } as any);`,
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, temperature: 0, top_k: 5 } as any);`,
    `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, top_k: undefined } as any);`,
    `${HEAD}declare const k: number | undefined; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, top_k: k } as any);`,
    `${HEAD}declare const temp: number; client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "adaptive" }, temperature: temp } as any);`,
    // correlated conditionals: thinking on one path, temperature on the other
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: on ? { type: "enabled", budget_tokens: 2048 } : undefined, temperature: on ? undefined : 0 } as any);`,
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: on ? { type: "enabled", budget_tokens: 2048 } : { type: "disabled" }, temperature: 0.2 } as any);`,
    `${HEAD}declare const on: boolean; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, ...(on ? { temperature: 0 } : {}) } as any);`,
    // count_tokens takes no sampling fields: not this rule's business
    `${HEAD}client.messages.countTokens({ model: "claude-opus-4-6", ${M}, thinking: { type: "adaptive" }, temperature: 0 } as any);`,
    // ----- object changed after it is built -----
    `${HEAD}const p: any = { model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } }; p.thinking = { type: "adaptive" }; client.messages.create(p);`,
    `${HEAD}declare const extra: object; client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, ...extra } as any);`,
    // ----- look-alikes -----
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "claude-opus-4-8", messages: [], thinking: { type: "enabled", budget_tokens: 10 }, temperature: 0 } as any);`,
    `import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2", thinking: { type: "enable" } } as any);`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ model: "claude-opus-4-8", thinking: { type: "enabled", budget_tokens: 10 } });`,
    `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); client.messages.create({ model: "claude-opus-4-8", thinking: { type: "enabled", budget_tokens: 10 } });`,
    `${HEAD}function g(client: { messages: { create(x: unknown): void } }) { client.messages.create({ model: "claude-opus-4-8", thinking: { type: "enabled", budget_tokens: 10 } }); }`,
    // another vendor's Anthropic-compatible endpoint has its own rules
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ model: "claude-opus-4-8", max_tokens: 1000, ${M}, thinking: { type: "enabled", budget_tokens: 500 }, temperature: 0 } as any);`,
    // values from parameters
    `${HEAD}export function ask(model: string, thinking: any, temperature: number) { return client.messages.create({ model, max_tokens: 4096, ${M}, thinking, temperature } as any); }`,
  ],
  invalid: [
    // ----- (1) thinking.type per model -----
    // found by the fuzzer: a method, getter, computed key or spread in the object gets no rewrite
    ...[
      'display() { return "summarized"; }',
      'get display() { return "summarized"; }',
      '["display"]: "omitted"',
    ].map((extra) => ({
      code: `${HEAD}declare const extra: {};\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048, ${extra} } });`,
      errors: [{ messageId: "enabledRejected" as const, suggestions: [] }],
    })),
    {
      code: `${HEAD}declare const extra: {};\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { ...extra, type: "enabled", budget_tokens: 2048 } });`,
      errors: [{ messageId: "enabledRejected", suggestions: [] }],
    },
    {
      code: `${HEAD}declare const display: "omitted";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048, display } });`,
      errors: [
        {
          messageId: "enabledRejected",
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}declare const display: "omitted";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive", display } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
      errors: [
        {
          messageId: "enabledRejected",
          data: { model: "claude-opus-4-8" },
          line: 3,
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
            },
          ],
        },
      ],
    },
    // `display` is kept
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048, display: "omitted" } });`,
      errors: [
        {
          messageId: "enabledRejected",
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}client.messages.create({ model: "claude-sonnet-5", max_tokens: 4096, ${M}, thinking: { type: "adaptive", display: "omitted" } });`,
            },
          ],
        },
      ],
    },
    // built in a variable
    {
      code: `${HEAD}const params = {\n  model: "claude-opus-4-7",\n  max_tokens: 4096,\n  ${M},\n  thinking: { type: "enabled" as const, budget_tokens: 2048 },\n};\nclient.messages.create(params);`,
      errors: [
        {
          messageId: "enabledRejected",
          line: 7,
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}const params = {\n  model: "claude-opus-4-7",\n  max_tokens: 4096,\n  ${M},\n  thinking: { type: "adaptive" },\n};\nclient.messages.create(params);`,
            },
          ],
        },
      ],
    },
    // thinking in its own const: reported there, no in-place suggestion
    {
      code: `${HEAD}const THINKING = { type: "enabled", budget_tokens: 2048 } as const;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: THINKING });`,
      errors: [{ messageId: "enabledRejected", line: 3 }],
    },
    // through a spread of a base object
    {
      code: `${HEAD}const base = { model: "claude-opus-5", max_tokens: 4096 } as const;\nclient.messages.create({ ...base, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
      errors: [
        {
          messageId: "enabledRejected",
          data: { model: "claude-opus-5" },
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}const base = { model: "claude-opus-5", max_tokens: 4096 } as const;\nclient.messages.create({ ...base, ${M}, thinking: { type: "adaptive" } });`,
            },
          ],
        },
      ],
    },
    // every possible model rejects it
    {
      code: `${HEAD}declare const big: boolean;\nconst MODEL = big ? "claude-opus-4-8" : "claude-sonnet-5";\nclient.messages.create({ model: MODEL, max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
      errors: [
        {
          messageId: "enabledRejected",
          data: { model: "claude-opus-4-8 / claude-sonnet-5" },
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}declare const big: boolean;\nconst MODEL = big ? "claude-opus-4-8" : "claude-sonnet-5";\nclient.messages.create({ model: MODEL, max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
            },
          ],
        },
      ],
    },
    // every path of a conditional thinking is rejected
    {
      code: `${HEAD}declare const deep: boolean;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 20000, ${M}, thinking: deep ? { type: "enabled", budget_tokens: 16000 } : { type: "enabled", budget_tokens: 2048 } });`,
      errors: [{ messageId: "enabledRejected", line: 4 }],
    },
    // as / satisfies
    {
      code: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } satisfies MessageCreateParams as any);`,
      errors: [
        {
          messageId: "enabledRejected",
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } } satisfies MessageCreateParams as any);`,
            },
          ],
        },
      ],
    },
    // stream, parse, countTokens, beta
    ...["messages.stream", "messages.parse", "messages.countTokens", "beta.messages.create", "beta.messages.stream"].map((m) => ({
      code: `${HEAD}client.${m}({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any);`,
      errors: [
        {
          messageId: "enabledRejected" as const,
          suggestions: [
            {
              messageId: "useAdaptive" as const,
              output: `${HEAD}client.${m}({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } } as any);`,
            },
          ],
        },
      ],
    })),
    // batches: each requests[].params
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } }, { custom_id: "b", params: { model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } } }, { custom_id: "c", params: { model: "claude-haiku-4-5", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } } }] });`,
      errors: [{ messageId: "adaptiveRejected", data: { model: "claude-haiku-4-5" } }],
    },
    // Bedrock and Vertex ids
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ maxRetries: 3 });\nclient.messages.create({ model: "us.anthropic.claude-opus-4-8-v1:0", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } });`,
      errors: [
        {
          messageId: "enabledRejected",
          data: { model: "us.anthropic.claude-opus-4-8-v1:0" },
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ maxRetries: 3 });\nclient.messages.create({ model: "us.anthropic.claude-opus-4-8-v1:0", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex({ region: "us-east5", projectId: "p" });\nclient.messages.create({ model: "claude-opus-4-5@20251101", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
      errors: [{ messageId: "adaptiveRejected", data: { model: "claude-opus-4-5@20251101" } }],
    },
    // adaptive on the 4.5 models
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5-20250929", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
      errors: [{ messageId: "adaptiveRejected", data: { model: "claude-sonnet-4-5-20250929" } }],
    },
    // disabled on always-thinking models
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-5-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" } });`,
      errors: [{ messageId: "disabledRejected", data: { model: "claude-opus-5-5" } }],
    },
    {
      code: `${HEAD}client.messages.countTokens({ model: "claude-fable-5", ${M}, thinking: { type: "disabled" } });`,
      errors: [{ messageId: "disabledRejected" }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-mythos-preview", max_tokens: 4096, ${M}, thinking: { type: "disabled" } });`,
      errors: [{ messageId: "disabledRejected" }],
    },
    // Opus 5: disabled at effort xhigh / max
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" }, output_config: { effort: "max" } });`,
      errors: [{ messageId: "disabledRejectedAtEffort", data: { model: "claude-opus-5", effort: '"max"' } }],
    },
    {
      code: `${HEAD}declare const hard: boolean;\nclient.messages.create({ model: "claude-opus-5", max_tokens: 4096, ${M}, thinking: { type: "disabled" }, output_config: { effort: hard ? "max" : "xhigh" } });`,
      errors: [{ messageId: "disabledRejectedAtEffort", data: { model: "claude-opus-5", effort: '"max" or "xhigh"' } }],
    },
    // mixed types, all rejected
    {
      code: `${HEAD}declare const on: boolean;\nclient.messages.create({ model: "claude-opus-5-5", max_tokens: 4096, ${M}, thinking: on ? { type: "enabled", budget_tokens: 2048 } : { type: "disabled" } });`,
      errors: [{ messageId: "typeRejected", data: { type: '"enabled" or "disabled"', model: "claude-opus-5-5" } }],
    },
    // ----- unknown thinking.type -----
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enable" } } as any);`,
      errors: [
        {
          messageId: "unknownType",
          data: { type: '"enable"' },
          suggestions: [
            {
              messageId: "useType",
              data: { type: "enabled" },
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled" } } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "Adaptive" } } as any);`,
      errors: [
        {
          messageId: "unknownType",
          suggestions: [
            {
              messageId: "useType",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } } as any);`,
            },
          ],
        },
      ],
    },
    // an unknown model does not matter for an unknown type
    {
      code: `${HEAD}declare const model: string;\nclient.messages.create({ model, max_tokens: 4096, ${M}, thinking: { type: "auto" } } as any);`,
      errors: [{ messageId: "unknownType", data: { type: '"auto"' }, suggestions: [] }],
    },
    {
      code: `${HEAD}const THINKING = { type: "on" };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: THINKING } as any);`,
      errors: [{ messageId: "unknownType", line: 3 }],
    },
    // ----- (2) budget_tokens -----
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 512 } });`,
      errors: [
        {
          messageId: "budgetTooSmall",
          data: { budget: "512" },
          suggestions: [
            {
              messageId: "useMinimumBudget",
              output: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 1024 } });`,
            },
          ],
        },
      ],
    },
    // 1024 would not fit below max_tokens: no suggestion
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1000, ${M}, thinking: { type: "enabled", budget_tokens: 512 } });`,
      errors: [{ messageId: "budgetTooSmall", suggestions: [] }],
    },
    // count_tokens still checks the minimum
    {
      code: `${HEAD}client.messages.countTokens({ model: "claude-sonnet-4-5", ${M}, thinking: { type: "enabled", budget_tokens: 100 } });`,
      errors: [
        {
          messageId: "budgetTooSmall",
          suggestions: [
            {
              messageId: "useMinimumBudget",
              output: `${HEAD}client.messages.countTokens({ model: "claude-sonnet-4-5", ${M}, thinking: { type: "enabled", budget_tokens: 1024 } });`,
            },
          ],
        },
      ],
    },
    // unknown model: the budget checks do not need one
    {
      code: `${HEAD}declare const model: string;\nconst BUDGET = 256;\nclient.messages.create({ model, max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: BUDGET } });`,
      errors: [{ messageId: "budgetTooSmall", line: 4, suggestions: [] }],
    },
    // both the model and the budget fail
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 500 } });`,
      errors: [
        {
          messageId: "enabledRejected",
          suggestions: [
            {
              messageId: "useAdaptive",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "adaptive" } });`,
            },
          ],
        },
        {
          messageId: "budgetTooSmall",
          suggestions: [
            {
              messageId: "useMinimumBudget",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 1024 } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } });`,
      errors: [{ messageId: "budgetNotBelowMaxTokens", data: { budget: "8000", maxTokens: "4000" } }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 4096 } });`,
      errors: [{ messageId: "budgetNotBelowMaxTokens", data: { budget: "4096", maxTokens: "4096" } }],
    },
    // built in a variable, through a spread, behind conditionals that fail on every path
    {
      code: `${HEAD}declare const long: boolean;\nconst base = { model: "claude-haiku-4-5", max_tokens: long ? 8000 : 4000 } as const;\nconst params = { ...base, ${M}, thinking: { type: "enabled" as const, budget_tokens: long ? 10000 : 9000 } };\nclient.messages.stream(params);`,
      errors: [{ messageId: "budgetNotBelowMaxTokens", data: { budget: "10000 or 9000", maxTokens: "8000 or 4000" }, line: 5 }],
    },
    // beta without the interleaved beta, other headers, withOptions: still reported
    {
      code: `${HEAD}client.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, betas: ["context-1m-2025-08-07"], thinking: { type: "enabled", budget_tokens: 8000 } });`,
      errors: [{ messageId: "budgetNotBelowMaxTokens" }],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3, defaultHeaders: { "x-team": "a" } }).withOptions({ timeout: 60000 });\nclient.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 8000 } }, { headers: { "anthropic-beta": "context-1m-2025-08-07" } });`,
      errors: [{ messageId: "budgetNotBelowMaxTokens" }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-sonnet-4-5", max_tokens: 2000, ${M}, thinking: { type: "enabled", budget_tokens: 3000 } } }] });`,
      errors: [{ messageId: "budgetNotBelowMaxTokens" }],
    },
    // ----- (3) sampling with thinking on -----
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 0.7 } as any);`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          data: { value: "0.7", thinking: '"enabled"' },
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "temperature" },
              output: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({\n  model: "claude-opus-4-6",\n  temperature: 0,\n  max_tokens: 4096,\n  ${M},\n  thinking: { type: "enabled", budget_tokens: 2048 },\n} as any);`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          line: 5,
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}client.messages.create({\n  model: "claude-opus-4-6",\n  max_tokens: 4096,\n  ${M},\n  thinking: { type: "enabled", budget_tokens: 2048 },\n} as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, top_k: 40 } as any);`,
      errors: [
        {
          messageId: "topKWithThinking",
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "top_k" },
              output: `${HEAD}client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any);`,
            },
          ],
        },
      ],
    },
    // the last property, with a trailing comma
    {
      code: `${HEAD}client.messages.create({\n  model: "claude-opus-4-6",\n  max_tokens: 4096,\n  ${M},\n  thinking: { type: "enabled", budget_tokens: 2048 },\n  top_k: 40,\n} as any);`,
      errors: [
        {
          messageId: "topKWithThinking",
          line: 8,
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}client.messages.create({\n  model: "claude-opus-4-6",\n  max_tokens: 4096,\n  ${M},\n  thinking: { type: "enabled", budget_tokens: 2048 },\n} as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 0.3 } as any);`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any);`,
            },
          ],
        },
      ],
    },
    // in a base object: no in-place removal offered; unknown model is fine
    {
      code: `${HEAD}declare const model: string;\nconst base = { temperature: 0.2, top_k: 10 };\nclient.messages.create({ ...base, model, max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any);`,
      errors: [
        { messageId: "temperatureWithThinking", line: 4, suggestions: [] },
        { messageId: "topKWithThinking", line: 4, suggestions: [] },
      ],
    },
    // written in place, but removing it would expose another value: a spread before it that also
    // sets it, or a duplicate key; no removal offered
    {
      code: `${HEAD}const base = { temperature: 0.2 };\nclient.messages.create({ ...base, model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 0.5 } as any);`,
      errors: [{ messageId: "temperatureWithThinking", data: { value: "0.5", thinking: '"enabled"' }, suggestions: [] }],
    },
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, top_k: 1, top_k: 5 } as any);`,
      errors: [{ messageId: "topKWithThinking", suggestions: [] }],
    },
    // a spread before it that does not set it: removal offered
    {
      code: `${HEAD}const base = { max_tokens: 4096 };\nclient.messages.create({ ...base, model: "claude-opus-4-6", ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 0.5 } as any);`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}const base = { max_tokens: 4096 };\nclient.messages.create({ ...base, model: "claude-opus-4-6", ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any);`,
            },
          ],
        },
      ],
    },
    // the last property of a multi-line object without a trailing comma, with comments around it
    {
      code: `${HEAD}client.messages.create({\n  model: "claude-opus-4-6",\n  max_tokens: 4096,\n  ${M}, // no history\n  thinking: { type: "enabled", budget_tokens: 2048 },\n  // sampling\n  temperature: 0.5 // warmer\n} as any);`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}client.messages.create({\n  model: "claude-opus-4-6",\n  max_tokens: 4096,\n  ${M}, // no history\n  thinking: { type: "enabled", budget_tokens: 2048 }\n  // sampling\n  // warmer\n} as any);`,
            },
          ],
        },
      ],
    },
    // conditional: thinking on both paths, temperature ≠ 1 on both paths
    {
      code: `${HEAD}declare const deep: boolean;\nclient.messages.create({ model: "claude-opus-4-6", max_tokens: 20000, ${M}, thinking: deep ? { type: "enabled", budget_tokens: 16000 } : { type: "enabled", budget_tokens: 2048 }, temperature: deep ? 0.5 : 0 } as any);`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          data: { value: "0.5 or 0", thinking: '"enabled"' },
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}declare const deep: boolean;\nclient.messages.create({ model: "claude-opus-4-6", max_tokens: 20000, ${M}, thinking: deep ? { type: "enabled", budget_tokens: 16000 } : { type: "enabled", budget_tokens: 2048 } } as any);`,
            },
          ],
        },
      ],
    },
    // a plain JavaScript-style client in a class field, streaming
    {
      code: `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nclass Svc { private client = new SDK({ maxRetries: 3 }); run() { return this.client.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, temperature: 0 } as any); } }`,
      errors: [
        {
          messageId: "temperatureWithThinking",
          suggestions: [
            {
              messageId: "removeField",
              output: `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nclass Svc { private client = new SDK({ maxRetries: 3 }); run() { return this.client.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } as any); } }`,
            },
          ],
        },
      ],
    },
    // batches params
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 }, top_k: 5 } }] } as any);`,
      errors: [
        {
          messageId: "topKWithThinking",
          suggestions: [
            {
              messageId: "removeField",
              output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-sonnet-4-5", max_tokens: 4096, ${M}, thinking: { type: "enabled", budget_tokens: 2048 } } }] } as any);`,
            },
          ],
        },
      ],
    },
    // a typed-parameter client: budget minimum is still checked
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nexport function run(client: Anthropic) { return client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 10 } }); }`,
      errors: [{ messageId: "budgetTooSmall", suggestions: [{ messageId: "useMinimumBudget", output: `import Anthropic from "@anthropic-ai/sdk";\nexport function run(client: Anthropic) { return client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, ${M}, thinking: { type: "enabled", budget_tokens: 1024 } }); }` }] }],
    },
  ],
});
