import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/valid-model";
import { CURRENT_OF_FAMILY, lookupModel } from "../../src/knowledge/models";
import { PLUGIN_VERSION } from "../../src/plugin-version";
import { HEAD, ruleTester } from "../helpers/rule-tester";

type Options = [{ allowModels?: string[]; allowDeprecated?: boolean; reportUnrecognized?: boolean }];
const call = (model: string, method = "messages.create") => `${HEAD}client.${method}({ model: ${model}, max_tokens: 1024, messages: [] });`;
const BEDROCK = 'import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock({ awsRegion: "us-east-1" });\n';
const VERTEX = 'import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";\nconst client = new AnthropicVertex({ region: "us-east5", projectId: "p" });\n';
const FOUNDRY = 'import AnthropicFoundry from "@anthropic-ai/foundry-sdk";\nconst client = new AnthropicFoundry({ resource: "r" });\n';

/** The suggestion list of an unknown id written in place, as the RuleTester expects it. */
const replaced = (code: (m: string) => string, ids: string[], quote = '"') =>
  ids.map((id) => ({ messageId: "replaceModel" as const, data: { id }, output: code(`${quote}${id}${quote}`) }));

const satisfiesCode = (m: string) =>
  `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: ${m}, max_tokens: 1, messages: [] } satisfies MessageCreateParams);`;
const betaBatch = (m: string) =>
  `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { model: ${m}, max_tokens: 1, messages: [] } }] });`;
const anthropicURL = (m: string) =>
  `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ baseURL: "https://api.anthropic.com" });\nclient.messages.create({ model: ${m}, max_tokens: 1, messages: [] });`;
const classField = (m: string) =>
  `import { Anthropic as SDK } from "@anthropic-ai/sdk";\nclass Svc { private client = new SDK({ maxRetries: 3 }); run() { return this.client.messages.create({ model: ${m}, max_tokens: 1, messages: [] }); } }`;
const typedParam = (m: string) =>
  `import Anthropic from "@anthropic-ai/sdk";\nexport function run(client: Anthropic) { return client.messages.stream({ model: ${m}, max_tokens: 1, messages: [] }); }`;
const bedrock = (m: string) => `${BEDROCK}client.messages.create({ model: ${m}, max_tokens: 1, messages: [] });`;

const HAIKU_45_TYPO = ["claude-haiku-4-5-20251001", "claude-haiku-4-5", "claude-haiku-5-5"];
const HAIKU_45_HINT = ' Did you mean "claude-haiku-4-5-20251001", "claude-haiku-4-5" or "claude-haiku-5-5"?';
const HAIKU_45_WHY = " claude-haiku-4-5 has no snapshot dated 20250514.";

ruleTester().run("valid-model", rule, {
  valid: [
    // current ids, aliases and dated ids
    call('"claude-opus-4-8"'),
    call('"claude-opus-5-5"'),
    call('"claude-haiku-4-5"'),
    call('"claude-haiku-4-5-20251001"'),
    call('"claude-mythos-5-2"'),
    // not a Claude id: another vendor's model name or a gateway alias
    call('"gpt-4o"'),
    call('"my-model"'),
    call('"anthropic/claude-3.5-sonnet"'),
    // values that cannot be known: parameter, environment, declared
    `${HEAD}function run(model: string) { return client.messages.create({ model, max_tokens: 1, messages: [] }); }`,
    call("process.env.CLAUDE_MODEL!"),
    `${HEAD}declare const model: string;\nclient.messages.create({ model, max_tokens: 1, messages: [] });`,
    // one alternative unknown, the other valid
    `${HEAD}declare const m: string | undefined;\nclient.messages.create({ model: m ?? "claude-opus-4-8", max_tokens: 1, messages: [] });`,
    // an unknown spread after the literal may override it
    `${HEAD}declare const rest: { model: string };\nclient.messages.create({ model: "claude-3-opus-20240229", ...rest, max_tokens: 1, messages: [] });`,
    // changed after it is built
    `${HEAD}const p: any = { model: "claude-3-opus-20240229", max_tokens: 1, messages: [] };\np.model = "claude-opus-4-8";\nclient.messages.create(p);`,
    // options
    { code: call('"claude-opus-6"'), options: [{ allowModels: ["claude-opus-6"] }] },
    { code: call('"claude-3-opus-20240229"'), options: [{ allowModels: ["claude-3-opus-20240229"] }] },
    { code: call('"claude-opus-4-5"'), options: [{ allowDeprecated: true }] },
    // an end-of-life date long past that the SDK still lists months later: not certainly retired
    { code: call('"claude-mythos-preview"'), options: [{ allowDeprecated: true }] },
    {
      code: `${BEDROCK}client.messages.create({ model: "us.anthropic.claude-opus-6-v1:0", max_tokens: 1, messages: [] });`,
      options: [{ allowModels: ["claude-opus-6"] }],
    },
    // look-alikes
    `${HEAD}import OpenAI from "openai";\nconst openai = new OpenAI();\nopenai.chat.completions.create({ model: "claude-3-opus-20240229", messages: [] });`,
    `import twilio from "twilio";\nconst client = twilio("sid", "token");\nclient.messages.create({ body: "hi", from: "+1", to: "+2", model: "claude-haiku-4-5-20250514" } as any);`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; }\nconst client = new Anthropic();\nclient.messages.create({ model: "claude-3-opus-20240229" });`,
    `import { Anthropic } from "@llamaindex/anthropic";\nconst client = new Anthropic();\nclient.messages.create({ model: "claude-3-opus-20240229" });`,
    // another vendor's Anthropic-compatible endpoint, and a gateway set from configuration
    `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" });\nclient.messages.create({ model: "claude-haiku-4-5-20250514", max_tokens: 1, messages: [] });`,
    `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ baseURL: process.env.ANTHROPIC_BASE_URL });\nclient.messages.create({ model: "claude-sonnet-fast", max_tokens: 1, messages: [] });`,
    `import Anthropic from "@anthropic-ai/sdk";\ndeclare const gateway: string;\nconst client = new Anthropic({ maxRetries: 3 }).withOptions({ baseURL: gateway });\nclient.messages.create({ model: "claude-3-opus-20240229", max_tokens: 1, messages: [] });`,
    // Bedrock: valid ids in its forms; partner-operated retirement schedules are not checked
    `${BEDROCK}client.messages.create({ model: "global.anthropic.claude-sonnet-5-5", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "us.anthropic.claude-sonnet-4-5-20250929-v1:0", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "anthropic.claude-3-opus-20240229-v1:0", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "anthropic.claude-v2:1", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "anthropic.claude-instant-v1", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "anthropic.claude-3-haiku-20240307-v1:0:200k", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3", max_tokens: 1, messages: [] });`,
    `${BEDROCK}client.messages.create({ model: "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-1-20250805-v1:0", max_tokens: 1, messages: [] });`,
    // Vertex: valid ids in its forms; retirement not checked
    `${VERTEX}client.messages.create({ model: "claude-sonnet-4-5@20250929", max_tokens: 1, messages: [] });`,
    `${VERTEX}client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 1, messages: [] });`,
    `${VERTEX}client.messages.create({ model: "claude-3-opus@20240229", max_tokens: 1, messages: [] });`,
    `${VERTEX}client.messages.create({ model: "claude-opus-4-6@default", max_tokens: 1, messages: [] });`,
    // Foundry: `model` names a deployment
    `${FOUNDRY}client.messages.create({ model: "claude-sonnet-prod", max_tokens: 1, messages: [] });`,
    `${FOUNDRY}client.messages.create({ model: "claude-3-opus-20240229", max_tokens: 1, messages: [] });`,
    // a cloud id on the first-party client: in the table, not reported by this rule
    call('"anthropic.claude-3-opus-20240229-v1:0"'),    // ----- newer than everything known: not a 404 (see the docs) ----------------------------------
    call('"claude-opus-5-6"'),
    call('"claude-sonnet-6"'),
    call('"claude-haiku-6-20270301"'),
    call('"claude-haiku-4-5-20260301"'),
    call('"claude-lyric-1"'),
    `${BEDROCK}client.messages.create({ model: "us.anthropic.claude-opus-6-v1:0", max_tokens: 1, messages: [] });`,
    `${VERTEX}client.messages.create({ model: "claude-sonnet-6@20270101", max_tokens: 1, messages: [] });`,
    // ----- dates: deprecated until the end-of-life date (recommended allows deprecated ids) -------
    { code: call('"claude-opus-4-5"'), options: [{ allowDeprecated: true }], settings: { anthropic: { today: "2027-01-21" } } },
  ],
  invalid: [
    // ----- unknown ids ---------------------------------------------------------------------------
    {
      code: call('"claude-haiku-4-5-20250514"'),
      errors: [
        {
          messageId: "unknownModel",
          line: 3,
          data: { model: "claude-haiku-4-5-20250514", why: HAIKU_45_WHY, hint: HAIKU_45_HINT },
          suggestions: replaced((m) => call(m), HAIKU_45_TYPO),
        },
      ],
    },
    // single quotes are kept
    {
      code: call("'claude-haiku-4-5-20250514'"),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), HAIKU_45_TYPO, "'") }],
    },
    // a template literal without expressions
    {
      code: call("`claude-haiku-4-5-20250514`"),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), HAIKU_45_TYPO, "`") }],
    },
    // only the separators differ from a served id: autofixed
    {
      code: call('"claude-haiku-4.5"'),
      output: call('"claude-haiku-4-5"'),
      errors: [
        {
          messageId: "unknownModel",
          data: { model: "claude-haiku-4.5", why: " Model ids are written with dashes, not dots.", hint: ' Did you mean "claude-haiku-4-5", "claude-haiku-5-5" or "claude-haiku-4-5-20251001"?' },
          suggestions: replaced((m) => call(m), ["claude-haiku-4-5", "claude-haiku-5-5", "claude-haiku-4-5-20251001"]),
        },
      ],
    },
    // … but not to a retired one: suggestions only
    {
      code: call('"claude-sonnet-4.5"'),
      errors: [
        {
          messageId: "unknownModel",
          data: { model: "claude-sonnet-4.5", why: " Model ids are written with dashes, not dots.", hint: ' Did you mean "claude-sonnet-5-5", "claude-sonnet-5" or "claude-sonnet-4-6"?' },
          suggestions: replaced((m) => call(m), ["claude-sonnet-5-5", "claude-sonnet-5", "claude-sonnet-4-6"]),
        },
      ],
    },
    {
      code: call('"claude-opus-4.6"'),
      output: call('"claude-opus-4-6"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-opus-4-6", "claude-opus-4-8", "claude-opus-4-7"]) }],
    },
    // parts in another order
    {
      code: call('"claude-4-5-sonnet"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-sonnet-5-5"]) }],
    },
    // an invented date or `-latest` on an undated model
    {
      code: call('"claude-opus-4-6-20260205"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-opus-4-6", "claude-opus-4-5-20251101", "claude-opus-4-5"]) }],
    },
    {
      code: call('"claude-opus-4-6-latest"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-opus-4-6", "claude-opus-4-8", "claude-opus-4-7"]) }],
    },
    // nothing close: the family's current model
    {
      code: call('"claude-3-5-sonnet"'),
      errors: [
        {
          messageId: "unknownModel",
          data: { model: "claude-3-5-sonnet", why: "", hint: ' Use a current model such as "claude-sonnet-5-5" (the current Sonnet model).' },
          suggestions: replaced((m) => call(m), ["claude-sonnet-5-5"]),
        },
      ],
    },
    // nothing close and no family
    { code: call('"claude-code"'), errors: [{ messageId: "unknownModel", data: { model: "claude-code", why: "", hint: "" } }] },
    // allowModels ids are offered too
    {
      code: call('"claude-opus-4-9-2"'),
      options: [{ allowModels: ["claude-opus-4-9-1"] }],
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-opus-4-9-1", "claude-opus-4-8", "claude-opus-4-7"]) }],
    },
    // built in a variable: still a `model` property, so replaced in place
    {
      code: `${HEAD}const params = { model: "claude-haiku-4-5-20250514", max_tokens: 1, messages: [] };\nclient.messages.create(params);`,
      errors: [
        {
          messageId: "unknownModel",
          line: 3,
          suggestions: replaced(
            (m) => `${HEAD}const params = { model: ${m}, max_tokens: 1, messages: [] };\nclient.messages.create(params);`,
            HAIKU_45_TYPO,
          ),
        },
      ],
    },
    // through a spread of a base object
    {
      code: `${HEAD}const base = { model: "claude-haiku-4-5-20250514", max_tokens: 1 } as const;\nclient.messages.create({ ...base, messages: [] });`,
      errors: [
        {
          messageId: "unknownModel",
          line: 3,
          suggestions: replaced(
            (m) => `${HEAD}const base = { model: ${m}, max_tokens: 1 } as const;\nclient.messages.create({ ...base, messages: [] });`,
            HAIKU_45_TYPO,
          ),
        },
      ],
    },
    // a constant: reported where it is written, not replaced (it may serve other code)
    {
      code: `${HEAD}const MODEL = "claude-haiku-4-5-20250514";\nclient.messages.create({ model: MODEL, max_tokens: 1, messages: [] });`,
      errors: [{ messageId: "unknownModel", line: 3, data: { model: "claude-haiku-4-5-20250514", why: HAIKU_45_WHY, hint: HAIKU_45_HINT } }],
    },
    // as / satisfies
    {
      code: call('"claude-haiku-4-5-20250514" as const'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(`${m} as const`), HAIKU_45_TYPO) }],
    },
    {
      code: satisfiesCode('"claude-haiku-4-5-20250514"'),
      errors: [{ messageId: "unknownModel", line: 4, suggestions: replaced(satisfiesCode, HAIKU_45_TYPO) }],
    },
    // every method that sends a body
    ...["messages.stream", "messages.countTokens", "messages.parse", "beta.messages.create", "beta.messages.stream"].map((method) => ({
      code: call('"claude-haiku-4-5-20250514"', method),
      errors: [{ messageId: "unknownModel" as const, suggestions: replaced((m) => call(m, method), HAIKU_45_TYPO) }],
    })),
    // batches: each request's params
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [] } }, { custom_id: "b", params: { model: "claude-3-opus-20240229", max_tokens: 1, messages: [] } }] });`,
      errors: [
        {
          messageId: "retiredModel",
          suggestions: [
            {
              messageId: "replaceModel",
              output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [] } }, { custom_id: "b", params: { model: "claude-opus-5-5", max_tokens: 1, messages: [] } }] });`,
            },
          ],
        },
      ],
    },
    {
      code: betaBatch('"claude-sonet-5-5"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced(betaBatch, ["claude-sonnet-5-5", "claude-sonnet-5", "claude-sonnet-4-6"]) }],
    },
    // ----- conditionals --------------------------------------------------------------------------
    // both branches bad: each is reported at its own node
    {
      code: call('fast ? "claude-3-haiku-20240307" : "claude-haiku-4-5-20250514"').replace("client.messages", "declare const fast: boolean;\nclient.messages"),
      errors: [
        {
          messageId: "retiredModel",
          line: 4,
          column: 40,
          suggestions: [
            {
              messageId: "replaceModel",
              output: call('fast ? "claude-haiku-5-5" : "claude-haiku-4-5-20250514"').replace("client.messages", "declare const fast: boolean;\nclient.messages"),
            },
          ],
        },
        {
          messageId: "unknownModel",
          line: 4,
          column: 68,
          suggestions: replaced(
            (m) => call(`fast ? "claude-3-haiku-20240307" : ${m}`).replace("client.messages", "declare const fast: boolean;\nclient.messages"),
            HAIKU_45_TYPO,
          ),
        },
      ],
    },
    // one bad branch: that literal fails whenever it is sent, so it is reported (see the docs)
    {
      code: `${HEAD}declare const fast: boolean;\nclient.messages.create({ model: fast ? "claude-3-5-haiku-latest" : "claude-opus-4-8", max_tokens: 1, messages: [] });`,
      errors: [
        {
          messageId: "retiredModel",
          data: { model: "claude-3-5-haiku-latest", retirement: "was retired on February 19th, 2026", replacement: '"claude-haiku-5-5", the current Haiku model' },
          suggestions: [
            {
              messageId: "replaceModel",
              output: `${HEAD}declare const fast: boolean;\nclient.messages.create({ model: fast ? "claude-haiku-5-5" : "claude-opus-4-8", max_tokens: 1, messages: [] });`,
            },
          ],
        },
      ],
    },
    // a fallback after a setting
    {
      code: `${HEAD}client.messages.create({ model: process.env.MODEL || "claude-3-5-sonnet-20241022", max_tokens: 1, messages: [] });`,
      errors: [
        {
          messageId: "retiredModel",
          suggestions: [
            {
              messageId: "replaceModel",
              output: `${HEAD}client.messages.create({ model: process.env.MODEL || "claude-sonnet-5-5", max_tokens: 1, messages: [] });`,
            },
          ],
        },
      ],
    },
    // a conditional spread
    {
      code: `${HEAD}declare const legacy: boolean;\nclient.messages.create({ model: "claude-opus-4-8", ...(legacy ? { model: "claude-2.1" } : {}), max_tokens: 1, messages: [] });`,
      errors: [{ messageId: "retiredModel", data: { model: "claude-2.1", retirement: "was retired on July 21st, 2025", replacement: "a current model (see the models overview)" } }],
    },
    // a constant shared by several requests is reported once, where it is written
    {
      code: `${HEAD}const MODEL = "claude-3-opus-20240229";\nclient.messages.create({ model: MODEL, max_tokens: 1, messages: [] });\nclient.messages.stream({ model: MODEL, max_tokens: 1, messages: [] });\nclient.messages.countTokens({ model: MODEL, messages: [] });`,
      errors: [{ messageId: "retiredModel", line: 3, suggestions: [] }],
    },
    {
      code: `${HEAD}const MODEL = "claude-sonet-4-6";\nclient.messages.create({ model: MODEL, max_tokens: 1, messages: [] });\nclient.messages.create({ model: MODEL, max_tokens: 2, messages: [] });`,
      errors: [{ messageId: "unknownModel", line: 3 }],
    },
    // ----- retired ---------------------------------------------------------------------------------
    {
      code: call('"claude-3-opus-20240229"'),
      errors: [
        {
          messageId: "retiredModel",
          data: { model: "claude-3-opus-20240229", retirement: "was retired on January 5th, 2026", replacement: '"claude-opus-5-5", the current Opus model' },
          suggestions: [{ messageId: "replaceModel", data: { id: "claude-opus-5-5" }, output: call('"claude-opus-5-5"') }],
        },
      ],
    },
    {
      code: call("'claude-opus-4-1'"),
      errors: [{ messageId: "retiredModel", suggestions: [{ messageId: "replaceModel", output: call("'claude-opus-5-5'") }] }],
    },
    {
      code: call('"claude-sonnet-4-20250514"'),
      errors: [{ messageId: "retiredModel", suggestions: [{ messageId: "replaceModel", output: call('"claude-sonnet-5-5"') }] }],
    },
    // no recorded date
    {
      code: call('"claude-3-haiku-20240307"'),
      errors: [
        {
          messageId: "retiredModel",
          data: { model: "claude-3-haiku-20240307", retirement: "has been retired", replacement: '"claude-haiku-5-5", the current Haiku model' },
          suggestions: [{ messageId: "replaceModel", output: call('"claude-haiku-5-5"') }],
        },
      ],
    },
    // Claude Instant → Haiku (explicit mapping); unnamed generations get no proposal
    {
      code: call('"claude-instant-1.2"'),
      errors: [{ messageId: "retiredModel", suggestions: [{ messageId: "replaceModel", output: call('"claude-haiku-5-5"') }] }],
    },
    { code: call('"claude-2.1"'), errors: [{ messageId: "retiredModel" }] },
    // a gateway URL that is Anthropic's own is still checked
    {
      code: anthropicURL('"claude-3-opus-20240229"'),
      errors: [{ messageId: "retiredModel", suggestions: replaced(anthropicURL, ["claude-opus-5-5"]) }],
    },
    // retired on its end-of-life date (and removed from the SDK since): reported even with allowDeprecated
    ...['"claude-sonnet-4-5"', '"claude-sonnet-4-5-20250929"'].map((id) => ({
      code: call(id),
      options: [{ allowDeprecated: true }] as Options,
      errors: [
        {
          messageId: "retiredModel" as const,
          data: { model: JSON.parse(id) as string, retirement: "was retired on November 30th, 2026", replacement: '"claude-sonnet-5-5", the current Sonnet model' },
          suggestions: [{ messageId: "replaceModel" as const, output: call('"claude-sonnet-5-5"') }],
        },
      ],
    })),
    // ----- deprecated ------------------------------------------------------------------------------
    {
      code: call('"claude-opus-4-5-20251101"'),
      errors: [
        {
          messageId: "deprecatedModel",
          data: { model: "claude-opus-4-5-20251101", endOfLife: "January 22nd, 2027", replacement: '"claude-opus-5-5", the current Opus model' },
          suggestions: [{ messageId: "replaceModel", output: call('"claude-opus-5-5"') }],
        },
      ],
    },
    // its end-of-life date has passed, yet the SDK still lists it months later: not certainly retired
    {
      code: call('"claude-mythos-preview"', "beta.messages.create"),
      errors: [
        {
          messageId: "deprecatedPastEndOfLife",
          data: {
            model: "claude-mythos-preview",
            endOfLife: "June 30th, 2026",
            version: "1.17.0",
            released: "2026-12-03",
            replacement: '"claude-mythos-5-2", the current Mythos model',
          },
          suggestions: [{ messageId: "replaceModel", output: call('"claude-mythos-5-2"', "beta.messages.create") }],
        },
      ],
    },
    // from its end-of-life date on, a deprecated id is retired (also under allowDeprecated)
    {
      code: call('"claude-opus-4-5"'),
      options: [{ allowDeprecated: true }],
      settings: { anthropic: { today: "2027-01-22" } },
      errors: [
        {
          messageId: "retiredModel",
          data: { model: "claude-opus-4-5", retirement: "reached its end-of-life date, January 22nd, 2027", replacement: '"claude-opus-5-5", the current Opus model' },
          suggestions: [{ messageId: "replaceModel", output: call('"claude-opus-5-5"') }],
        },
      ],
    },
    // ----- newer ids, on request: unknown to this plugin, never a 404 ------------------------------
    {
      code: call('"claude-opus-5-6"'),
      options: [{ reportUnrecognized: true }],
      errors: [
        {
          messageId: "unrecognizedModel",
          data: { model: "claude-opus-5-6", pluginVersion: PLUGIN_VERSION, sdk: " nor by the installed @anthropic-ai/sdk 1.17.0", hint: ' Did you mean "claude-opus-5-5", "claude-opus-4-6" or "claude-opus-5"?' },
          suggestions: replaced((m) => call(m), ["claude-opus-5-5", "claude-opus-4-6", "claude-opus-5"]),
        },
      ],
    },
    {
      code: call('"claude-lyric-1"'),
      options: [{ reportUnrecognized: true }],
      errors: [{ messageId: "unrecognizedModel", data: { model: "claude-lyric-1", pluginVersion: PLUGIN_VERSION, sdk: " nor by the installed @anthropic-ai/sdk 1.17.0", hint: "" } }],
    },
    // certainly wrong: the old word order with dots, a misspelt family, a version between known ones
    {
      code: call('"claude-3.5-sonnet"'),
      errors: [
        {
          messageId: "unknownModel",
          data: { model: "claude-3.5-sonnet", why: " Model ids are written with dashes, not dots.", hint: ' Use a current model such as "claude-sonnet-5-5" (the current Sonnet model).' },
          suggestions: replaced((m) => call(m), ["claude-sonnet-5-5"]),
        },
      ],
    },
    {
      code: call('"claude-sonet-5-5"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-sonnet-5-5", "claude-sonnet-5", "claude-sonnet-4-6"]) }],
    },
    {
      code: call('"claude-haiku-4-6"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced((m) => call(m), ["claude-haiku-4-5", "claude-haiku-5-5", "claude-haiku-4-5-20251001"]) }],
    },
    // allowDeprecated does not hide retired or unknown ids
    {
      code: call('"claude-3-opus-20240229"'),
      options: [{ allowDeprecated: true }],
      errors: [{ messageId: "retiredModel", suggestions: replaced((m) => call(m), ["claude-opus-5-5"]) }],
    },
    // ----- clients -------------------------------------------------------------------------------
    // class field, aliased import, typed parameter
    {
      code: classField('"claude-3-opus-20240229"'),
      errors: [{ messageId: "retiredModel", suggestions: replaced(classField, ["claude-opus-5-5"]) }],
    },
    {
      code: typedParam('"claude-haiku-4-5-20250514"'),
      errors: [{ messageId: "unknownModel", suggestions: replaced(typedParam, HAIKU_45_TYPO) }],
    },
    // Bedrock forms: suggestions keep the prefix, and the version suffix of dated ids
    {
      code: `${BEDROCK}client.messages.create({ model: "us.anthropic.claude-haiku-4-5-20250514-v1:0", max_tokens: 1, messages: [] });`,
      errors: [
        {
          messageId: "unknownModel",
          data: {
            model: "us.anthropic.claude-haiku-4-5-20250514-v1:0",
            why: HAIKU_45_WHY,
            hint: ' Did you mean "us.anthropic.claude-haiku-4-5-20251001-v1:0", "us.anthropic.claude-haiku-5-5" or "us.anthropic.claude-opus-4-5-20251101-v1:0"?',
          },
          suggestions: replaced(
            (m) => `${BEDROCK}client.messages.create({ model: ${m}, max_tokens: 1, messages: [] });`,
            ["us.anthropic.claude-haiku-4-5-20251001-v1:0", "us.anthropic.claude-haiku-5-5", "us.anthropic.claude-opus-4-5-20251101-v1:0"],
          ),
        },
      ],
    },
    {
      code: bedrock('"global.anthropic.claude-sonnet-5.5"'),
      output: bedrock('"global.anthropic.claude-sonnet-5-5"'),
      errors: [
        {
          messageId: "unknownModel",
          suggestions: replaced(bedrock, ["global.anthropic.claude-sonnet-5-5", "global.anthropic.claude-sonnet-5", "global.anthropic.claude-sonnet-4-6"]),
        },
      ],
    },
    // Vertex forms: `name@date` for dated ids, undated ids as they are
    {
      code: `${VERTEX}client.messages.create({ model: "claude-haiku-4-5@20250514", max_tokens: 1, messages: [] });`,
      errors: [
        {
          messageId: "unknownModel",
          suggestions: replaced(
            (m) => `${VERTEX}client.messages.create({ model: ${m}, max_tokens: 1, messages: [] });`,
            ["claude-haiku-4-5@20251001", "claude-haiku-5-5", "claude-opus-4-5@20251101"],
          ),
        },
      ],
    },
    {
      code: `${VERTEX}client.messages.create({ model: "claude-opus-4-6@20260205", max_tokens: 1, messages: [] });`,
      errors: [
        {
          messageId: "unknownModel",
          suggestions: replaced(
            (m) => `${VERTEX}client.messages.create({ model: ${m}, max_tokens: 1, messages: [] });`,
            ["claude-opus-4-6", "claude-opus-4-5@20251101", "claude-opus-4-8"],
          ),
        },
      ],
    },
  ],
});

describe("valid-model mapping and options", () => {
  it("maps every family to an active model of that family", () => {
    for (const [family, { id }] of Object.entries(CURRENT_OF_FAMILY)) {
      const model = lookupModel(id);
      expect(model?.status, id).toBe("active");
      expect(model?.id).toBe(id);
      if (family !== "instant") expect(id).toContain(`-${family}-`);
    }
  });

  it("rejects options the schema does not know", () => {
    const linter = new Linter({ configType: "flat" });
    const config = (options: unknown) => [
      {
        files: ["**/*.ts"],
        languageOptions: { parser },
        plugins: { anthropic: { rules: { "valid-model": rule } } },
        rules: { "anthropic/valid-model": ["error", options] },
      },
    ];
    const code = call('"claude-opus-4-8"');
    expect(() => linter.verify(code, config({ allowModels: ["x"], allowDeprecated: true }) as never, "a.ts")).not.toThrow();
    expect(() => linter.verify(code, config({ allowModel: ["x"] }) as never, "a.ts")).toThrow(/should NOT have additional properties|must NOT have additional properties/);
    expect(() => linter.verify(code, config({ allowModels: "x" }) as never, "a.ts")).toThrow();
    expect(() => linter.verify(code, config({ allowDeprecated: "yes" }) as never, "a.ts")).toThrow();
    expect(() => linter.verify(code, config({ reportUnrecognized: 1 }) as never, "a.ts")).toThrow(/should be boolean/);
  });
});
