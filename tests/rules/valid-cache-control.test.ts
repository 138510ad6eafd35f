import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import rule from "../../rules/valid-cache-control";
import plugin from "../../src/index";
import { lookupModel } from "../../src/knowledge/models";
import { HEAD, ruleTester } from "../helpers/rule-tester";

/** Model and max_tokens of every request below. */
const M = 'model: "claude-opus-4-8", max_tokens: 1024';
/** A breakpoint. */
const CC = '{ type: "ephemeral" }';
const CC1H = '{ type: "ephemeral", ttl: "1h" }';
/** A text block with a breakpoint. */
const block = (text: string, cc = CC): string => `{ type: "text", text: "${text}", cache_control: ${cc} }`;
/** A tool with a breakpoint. */
const tool = (name: string, cc = CC): string => `{ name: "${name}", input_schema: { type: "object" }, cache_control: ${cc} }`;
/** `n` text blocks with breakpoints. */
const blocks = (n: number, prefix = "b", cc = CC): string =>
  Array.from({ length: n }, (_, i) => block(`${prefix}${i}`, cc)).join(", ");
/** A user message whose content is the given blocks. */
const user = (content: string): string => `{ role: "user", content: [${content}] }`;

const FIVE = { count: "5", found: "5" };

ruleTester().run("valid-cache-control", rule, {
  valid: [
    // exactly 4 breakpoints, spread over the three sections
    `${HEAD}client.messages.create({ ${M}, tools: [${tool("a")}], system: [${blocks(2)}], messages: [${user(block("q"))}] });`,
    // no breakpoints at all; string system and content
    `${HEAD}client.messages.create({ ${M}, system: "You are terse.", messages: [{ role: "user", content: "hi" }] });`,
    // 4 explicit breakpoints plus the top-level automatic one: the top level is not counted
    `${HEAD}client.messages.create({ ${M}, cache_control: ${CC}, system: [${blocks(4)}], messages: [] });`,
    // 4 breakpoints plus one nested in a tool_result: nested blocks are not counted
    `${HEAD}client.messages.create({ ${M}, system: [${blocks(4)}], messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [${block("r")}] }] }] });`,
    // null / undefined cache_control are no breakpoints
    `${HEAD}client.messages.create({ ${M}, system: [${blocks(4)}, { type: "text", text: "x", cache_control: null }, { type: "text", text: "y", cache_control: undefined }], messages: [] });`,
    // a fifth breakpoint on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [${blocks(4)}, { type: "text", text: "x", cache_control: c ? ${CC} : undefined }], messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: c ? [${blocks(5)}] : "short", messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [${blocks(4)}], messages: [${user(`c ? ${block("x")} : { type: "text", text: "x" }`)}] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [${blocks(4)}], ...(c ? { tools: [${tool("a")}] } : {}), messages: [] });`,
    // cache_control not known
    `${HEAD}declare const cc: Anthropic.CacheControlEphemeral | null; client.messages.create({ ${M}, system: [${blocks(4)}, { type: "text", text: "x", cache_control: cc }], messages: [] });`,
    // an unknown array only counts its known part
    `${HEAD}export function ask(history: Anthropic.MessageParam[]) { return client.messages.create({ ${M}, system: [${blocks(2)}], messages: [...history, ${user(blocks(2, "m"))}] }); }`,
    // an unknown spread in the body could replace system
    `${HEAD}declare const extra: object; client.messages.create({ ${M}, system: [${blocks(5)}], ...extra, messages: [] });`,
    // mutated after it is built: unknown
    `${HEAD}const system = [${blocks(5)}]; system.pop(); client.messages.create({ ${M}, system, messages: [] });`,
    // tools that may be deferred (tool search) are not certain breakpoints
    `${HEAD}client.messages.create({ ${M}, tools: [{ name: "d", input_schema: { type: "object" }, defer_loading: true, cache_control: ${CC} }], system: [${blocks(4)}], messages: [] });`,
    `${HEAD}declare const lazy: boolean; client.messages.create({ ${M}, tools: [{ name: "d", input_schema: { type: "object" }, defer_loading: lazy, cache_control: ${CC} }], system: [${block("s", CC1H)}], messages: [] });`,
    // blocks from a local function whose cache_control depends on a parameter
    `${HEAD}function text(t: string, cache: boolean) { return { type: "text" as const, text: t, cache_control: cache ? { type: "ephemeral" as const } : null }; }\nclient.messages.create({ ${M}, system: [text("a", true), text("b", true), text("c", true), text("d", true), text("e", false)], messages: [] });`,
    // thinking blocks carry no breakpoint in the types: never counted
    `${HEAD}client.messages.create({ ${M}, system: [${blocks(4)}], messages: [{ role: "assistant", content: [{ type: "thinking", thinking: "t", signature: "s", cache_control: ${CC} } as any] }] });`,

    // TTL order: 1h before 5m is fine
    `${HEAD}client.messages.create({ ${M}, tools: [${tool("a", CC1H)}], system: [${block("s", CC1H)}], messages: [${user(block("q"))}] });`,
    `${HEAD}client.messages.create({ ${M}, system: [${block("a", CC1H)}, ${block("b", CC1H)}], messages: [${user(block("q", '{ type: "ephemeral", ttl: "5m" }'))}] });`,
    // the earlier 5m breakpoint is on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, tools: c ? [${tool("a")}] : undefined, system: [${block("s", CC1H)}], messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, tools: [${tool("a", `{ type: "ephemeral", ttl: c ? "5m" : "1h" }`)}], system: [${block("s", CC1H)}], messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [${block("a")}, ${block("b", `{ type: "ephemeral", ttl: c ? "1h" : "5m" }`)}], messages: [] });`,
    // ttl unknown
    `${HEAD}declare const ttl: "5m" | "1h"; client.messages.create({ ${M}, system: [${block("a", "{ type: \"ephemeral\", ttl }")}, ${block("b", CC1H)}], messages: [] });`,
    // tool_result nested blocks are not part of the order check
    `${HEAD}client.messages.create({ ${M}, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [${block("r")}] }, ${block("q", CC1H)}] }] });`,

    // empty text without cache_control, or text not certainly empty
    `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "" }], messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [{ type: "text", text: c ? "" : "hello", cache_control: ${CC} }], messages: [] });`,
    `${HEAD}declare const text: string; client.messages.create({ ${M}, messages: [${user(`{ type: "text", text, cache_control: ${CC} }`)}] });`,
    `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: " ", cache_control: ${CC} }], messages: [] });`,

    // valid shapes
    `${HEAD}client.messages.create({ ${M}, cache_control: { type: "ephemeral", ttl: "1h" }, messages: [] });`,
    `${HEAD}client.messages.create({ ${M}, cache_control: null, messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, cache_control: { type: c ? "ephemeral" : "persistent" } as any, messages: [] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, cache_control: c ? { type: "ephemeral" } : "nope" as any, messages: [] });`,
    `${HEAD}client.messages.create({ ${M}, cache_control: { type: "ephemeral", ttl: null } as any, messages: [] });`,
    `${HEAD}declare const base: object; client.messages.create({ ${M}, cache_control: { ...base, ttl: "1h" } as any, messages: [] });`,
    // a bad type on one path of a conditional system
    `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: c ? [${block("a", '{ type: "persistent" }')}] : "s", messages: [] } as any);`,

    // look-alikes
    `import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: [${blocks(6)}] }] } as any);`,
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [], cache_control: { type: "persistent" } } as any);`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ system: [${blocks(6)}], cache_control: "x" });`,
    `${HEAD}function g(client: { messages: { create(x: unknown): void } }) { client.messages.create({ system: [${blocks(6)}] }); }`,
    // a third-party endpoint
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ ${M}, system: [${blocks(6)}], messages: [] });`,
  ],
  invalid: [
    // ----- 1. more than 4 breakpoints --------------------------------------------------------
    {
      code: `${HEAD}client.messages.create({ ${M}, tools: [${tool("a")}, ${tool("b")}], system: [${blocks(2)}],\n  messages: [${user(block("q"))}] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE, line: 4 }],
    },
    // built in a variable
    {
      code: `${HEAD}const system = [\n${blocks(5)}\n];\nclient.messages.create({ ${M}, system, messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE, line: 4 }],
    },
    // through a spread of a base object
    {
      code: `${HEAD}const base = { ${M}, system: [${blocks(3)}] };\nclient.messages.create({ ...base, messages: [${user(blocks(2, "m"))}] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE, line: 4 }],
    },
    // through array spreads: the shared blocks count each time they are sent
    {
      code: `${HEAD}const shared = [${blocks(2)}];\nclient.messages.create({ ${M}, system: [...shared, ...shared,\n${block("last")}], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE, line: 5 }],
    },
    // conditional: every path has at least 5
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: c ? [${blocks(5)}] : [${blocks(6, "x")}], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: { count: "At least 5", found: "5 or more" } }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [${blocks(4)}], messages: [${user(`c ? ${block("x")} : ${block("y", CC1H)}`)}] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE }],
    },
    // as / satisfies
    {
      code: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ ${M}, system: [${blocks(5)}] as const, messages: [] } satisfies MessageCreateParams as any);`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE, line: 4 }],
    },
    // an unknown array: its known part already has 5
    {
      code: `${HEAD}export function ask(history: Anthropic.MessageParam[]) {\n  return client.messages.create({ ${M}, system: [${blocks(2)}], messages: [...history, ${user(blocks(3, "m"))}] });\n}`,
      errors: [{ messageId: "tooManyBreakpoints", data: { count: "At least 5", found: "5 or more" }, line: 4 }],
    },
    // the top-level automatic cache_control makes the count a lower bound
    {
      code: `${HEAD}client.messages.create({ ${M}, cache_control: ${CC}, system: [${blocks(5)}], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: { count: "At least 5", found: "5 or more" } }],
    },
    // every method that sends a body
    ...["messages.stream", "messages.countTokens", "beta.messages.create", "beta.messages.stream", "messages.parse"].map((m) => ({
      code: `${HEAD}client.${m}({ ${M}, system: [${blocks(5)}], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints" as const, data: FIVE }],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${M}, messages: [] } }, { custom_id: "b", params: { ${M}, system: [${blocks(5)}], messages: [] } }] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE }],
    },
    // a tool that is certainly not deferred counts
    {
      code: `${HEAD}client.messages.create({ ${M}, tools: [{ name: "d", input_schema: { type: "object" }, defer_loading: false, cache_control: ${CC} }], system: [${blocks(4)}], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: FIVE }],
    },
    // blocks built by a local function
    {
      code: `${HEAD}function text(t: string) { return { type: "text" as const, text: t, cache_control: { type: "ephemeral" as const } }; }\nclient.messages.create({ ${M}, system: [text("a"), text("b"), text("c"), text("d"), text("e")], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: { count: "5", found: "5" }, line: 4 }],
    },
    // six: reported once, at the fifth, with the count
    {
      code: `${HEAD}client.messages.create({ ${M}, system: [${blocks(6)}], messages: [] });`,
      errors: [{ messageId: "tooManyBreakpoints", data: { count: "6", found: "6" } }],
    },

    // ----- 2. TTL order ----------------------------------------------------------------------
    // tools with the default TTL before a 1h system block (the reported real-world case)
    {
      code: `${HEAD}client.messages.create({ ${M}, tools: [${tool("a")}],\n  system: [${block("s", CC1H)}], messages: [] });`,
      errors: [{ messageId: "ttlOrder", data: { earlier: "a `tools` entry", line: "3" }, line: 4 }],
    },
    {
      code: `${HEAD}client.messages.create({ ${M}, messages: [${user(block("a", '{ type: "ephemeral", ttl: "5m" }'))}, { role: "assistant", content: "ok" }, ${user(block("b", CC1H))}] });`,
      errors: [{ messageId: "ttlOrder", data: { earlier: "a message content block", line: "3" } }],
    },
    // explicit `ttl: undefined` is the default 5m
    {
      code: `${HEAD}client.messages.create({ ${M}, system: [${block("a", '{ type: "ephemeral", ttl: undefined }')}, ${block("b", CC1H)}], messages: [] });`,
      errors: [{ messageId: "ttlOrder", data: { earlier: "a `system` block", line: "3" } }],
    },
    // built in variables, through spreads
    {
      code: `${HEAD}const tools = [${tool("a")}];\nconst base = { ${M}, tools };\nconst system = [${block("s", CC1H)}];\nclient.messages.create({ ...base, system, messages: [] });`,
      errors: [{ messageId: "ttlOrder", data: { earlier: "a `tools` entry", line: "3" }, line: 5 }],
    },
    // unknown messages between the two known ones keep their order
    {
      code: `${HEAD}export function ask(history: Anthropic.MessageParam[]) { return client.messages.create({ ${M}, messages: [${user(block("a"))}, ...history, ${user(block("b", CC1H))}] }); }`,
      errors: [{ messageId: "ttlOrder" }],
    },
    // the same TTL on every path
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, system: [${block("a", `{ type: "ephemeral", ttl: c ? "5m" : undefined }`)}, ${block("b", CC1H)}], messages: [] });`,
      errors: [{ messageId: "ttlOrder" }],
    },
    {
      code: `${HEAD}client.messages.countTokens({ ${M}, tools: [${tool("a")}], system: [${block("s", CC1H)}], messages: [] });`,
      errors: [{ messageId: "ttlOrder" }],
    },
    {
      code: `${HEAD}client.beta.messages.create({ ${M}, tools: [${tool("a")}], system: [${block("s", CC1H)}], messages: [] });`,
      errors: [{ messageId: "ttlOrder" }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${M}, tools: [${tool("a")}], system: [${block("s", CC1H)}], messages: [] } }] });`,
      errors: [{ messageId: "ttlOrder" }],
    },

    // array spread of a known array, with as / satisfies, in messages.stream
    {
      code: `${HEAD}const head = [${block("a")}] satisfies Anthropic.TextBlockParam[];\nclient.messages.stream({ ${M}, system: [...head, ${block("b", `{ type: "ephemeral", ttl: "1h" as const }`)}] as Anthropic.TextBlockParam[], messages: [] });`,
      errors: [{ messageId: "ttlOrder", data: { earlier: "a `system` block", line: "3" }, line: 4 }],
    },
    // ----- 3. empty text -----------------------------------------------------------------------
    {
      code: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "", cache_control: ${CC} }], messages: [] });`,
      errors: [{ messageId: "emptyText" }],
    },
    {
      code: `${HEAD}const EMPTY = "";\nconst content = [{ type: "text" as const, text: EMPTY, cache_control: ${CC} }];\nclient.messages.stream({ ${M}, messages: [{ role: "user", content }] });`,
      errors: [{ messageId: "emptyText", line: 4 }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, messages: [${user(`{ type: "text", text: c ? "" : \`\`, cache_control: ${CC} }`)}] });`,
      errors: [{ messageId: "emptyText" }],
    },
    {
      code: `${HEAD}const base = { ${M}, system: [{ type: "text", text: "", cache_control: ${CC} }] } satisfies Partial<Anthropic.MessageCreateParams>;\nclient.beta.messages.create({ ...base, messages: [] });`,
      errors: [{ messageId: "emptyText", line: 3 }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${M}, messages: [${user(`{ type: "text", text: "", cache_control: ${CC} }`)}] } }] });`,
      errors: [{ messageId: "emptyText" }],
    },

    // array spread, countTokens
    {
      code: `${HEAD}const empty = [{ type: "text" as const, text: "", cache_control: ${CC} }];\nclient.messages.countTokens({ ${M}, messages: [{ role: "user", content: [...empty, { type: "text", text: "q" }] }] });`,
      errors: [{ messageId: "emptyText", line: 3 }],
    },
    // ----- 4. shape --------------------------------------------------------------------------
    {
      code: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "persistent" }, messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidType",
          data: { value: '"persistent"' },
          suggestions: [
            { messageId: "replaceType", output: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "ephemeral" }, messages: [] } as any);` },
          ],
        },
      ],
    },
    // quote style kept; `as const` literal replaced in place
    {
      code: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "s", cache_control: { type: 'auto' as const } }], messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidType",
          suggestions: [
            {
              messageId: "replaceType",
              output: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "s", cache_control: { type: 'ephemeral' as const } }], messages: [] } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ ${M}, tools: [${tool("a", '{ type: "ephemeral", ttl: "10m" }')}], messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidTtl",
          data: { value: '"10m"' },
          suggestions: [
            { messageId: "replaceTtl", data: { ttl: "5m" }, output: `${HEAD}client.messages.create({ ${M}, tools: [${tool("a", '{ type: "ephemeral", ttl: "5m" }')}], messages: [] } as any);` },
            { messageId: "replaceTtl", data: { ttl: "1h" }, output: `${HEAD}client.messages.create({ ${M}, tools: [${tool("a", '{ type: "ephemeral", ttl: "1h" }')}], messages: [] } as any);` },
          ],
        },
      ],
    },
    // a number ttl
    {
      code: `${HEAD}client.messages.create({ ${M}, messages: [${user(block("q", '{ type: "ephemeral", ttl: 3600 }'))}] } as any);`,
      errors: [
        {
          messageId: "invalidTtl",
          data: { value: "3600" },
          suggestions: [
            { messageId: "replaceTtl", data: { ttl: "5m" }, output: `${HEAD}client.messages.create({ ${M}, messages: [${user(block("q", '{ type: "ephemeral", ttl: "5m" }'))}] } as any);` },
            { messageId: "replaceTtl", data: { ttl: "1h" }, output: `${HEAD}client.messages.create({ ${M}, messages: [${user(block("q", '{ type: "ephemeral", ttl: "1h" }'))}] } as any);` },
          ],
        },
      ],
    },
    // both wrong in one object
    {
      code: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "permanent", ttl: "24h" }, messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidType",
          suggestions: [
            { messageId: "replaceType", output: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "ephemeral", ttl: "24h" }, messages: [] } as any);` },
          ],
        },
        {
          messageId: "invalidTtl",
          suggestions: [
            { messageId: "replaceTtl", output: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "permanent", ttl: "5m" }, messages: [] } as any);` },
            { messageId: "replaceTtl", output: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "permanent", ttl: "1h" }, messages: [] } as any);` },
          ],
        },
      ],
    },
    // missing type
    {
      code: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "s", cache_control: { ttl: "1h" } }], messages: [] } as any);`,
      errors: [
        {
          messageId: "missingType",
          suggestions: [
            {
              messageId: "addType",
              output: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "s", cache_control: { type: "ephemeral", ttl: "1h" } }], messages: [] } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ ${M}, cache_control: {}, messages: [] } as any);`,
      errors: [
        {
          messageId: "missingType",
          suggestions: [{ messageId: "addType", output: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "ephemeral" }, messages: [] } as any);` }],
        },
      ],
    },
    // not an object
    {
      code: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "s", cache_control: "ephemeral" }], messages: [] } as any);`,
      errors: [
        {
          messageId: "notAnObject",
          data: { value: '"ephemeral"' },
          suggestions: [
            {
              messageId: "useObject",
              data: { replacement: '{ type: "ephemeral" }' },
              output: `${HEAD}client.messages.create({ ${M}, system: [{ type: "text", text: "s", cache_control: { type: "ephemeral" } }], messages: [] } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.create({ ${M}, cache_control: "1h", messages: [] } as any);`,
      errors: [
        {
          messageId: "notAnObject",
          suggestions: [{ messageId: "useObject", output: `${HEAD}client.messages.create({ ${M}, cache_control: { type: "ephemeral", ttl: "1h" }, messages: [] } as any);` }],
        },
      ],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, cache_control: c ? true : "yes", messages: [] } as any);`,
      errors: [{ messageId: "notAnObject", data: { value: 'true or "yes"' } }],
    },
    // from a const: reported at the const, no suggestion
    {
      code: `${HEAD}const KIND = "persistent";\nclient.messages.create({ ${M}, cache_control: { type: KIND }, messages: [] } as any);`,
      errors: [{ messageId: "invalidType", line: 3 }],
    },
    // a shared cache_control object: reported once, at its definition
    {
      code: `${HEAD}const cc = { type: "ephemeral", ttl: "2h" } as const;\nclient.messages.create({ ${M}, system: [${block("a", "cc")}, ${block("b", "cc")}], messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidTtl",
          line: 3,
          suggestions: [
            {
              messageId: "replaceTtl",
              output: `${HEAD}const cc = { type: "ephemeral", ttl: "5m" } as const;\nclient.messages.create({ ${M}, system: [${block("a", "cc")}, ${block("b", "cc")}], messages: [] } as any);`,
            },
            {
              messageId: "replaceTtl",
              output: `${HEAD}const cc = { type: "ephemeral", ttl: "1h" } as const;\nclient.messages.create({ ${M}, system: [${block("a", "cc")}, ${block("b", "cc")}], messages: [] } as any);`,
            },
          ],
        },
      ],
    },
    // through a spread of a base cache_control
    {
      code: `${HEAD}const base = { type: "ephemeral" as const };\nclient.messages.create({ ${M}, cache_control: { ...base, ttl: "2h" }, messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidTtl",
          line: 4,
          suggestions: [
            { messageId: "replaceTtl", output: `${HEAD}const base = { type: "ephemeral" as const };\nclient.messages.create({ ${M}, cache_control: { ...base, ttl: "5m" }, messages: [] } as any);` },
            { messageId: "replaceTtl", output: `${HEAD}const base = { type: "ephemeral" as const };\nclient.messages.create({ ${M}, cache_control: { ...base, ttl: "1h" }, messages: [] } as any);` },
          ],
        },
      ],
    },
    // conditional: wrong on every path, no single literal to replace
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, cache_control: { type: c ? "auto" : "persistent" }, messages: [] } as any);`,
      errors: [{ messageId: "invalidType", data: { value: '"auto" or "persistent"' } }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${M}, cache_control: c ? { type: "ephemeral", ttl: "1d" } : { type: "ephemeral", ttl: "2d" }, messages: [] } as any);`,
      errors: [{ messageId: "invalidTtl", data: { value: '"1d" or "2d"' } }],
    },
    // nested in a tool_result
    {
      code: `${HEAD}client.messages.create({ ${M}, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [{ type: "text", text: "r", cache_control: { type: "ephmeral" } }] }] }] } as any);`,
      errors: [
        {
          messageId: "invalidType",
          suggestions: [
            {
              messageId: "replaceType",
              output: `${HEAD}client.messages.create({ ${M}, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [{ type: "text", text: "r", cache_control: { type: "ephemeral" } }] }] }] } as any);`,
            },
          ],
        },
      ],
    },
    // through an array spread, in beta.messages.create and messages.stream
    {
      code: `${HEAD}const shared = [${block("a", '{ type: "ephemral" }')}];\nclient.beta.messages.create({ ${M}, system: [...shared], messages: [] } as any);\nclient.messages.stream({ ${M}, system: [...shared, ${block("b")}], messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidType",
          line: 3,
          suggestions: [
            {
              messageId: "replaceType",
              output: `${HEAD}const shared = [${block("a", '{ type: "ephemeral" }')}];\nclient.beta.messages.create({ ${M}, system: [...shared], messages: [] } as any);\nclient.messages.stream({ ${M}, system: [...shared, ${block("b")}], messages: [] } as any);`,
            },
          ],
        },
      ],
    },
    // the tool_result block itself, in countTokens / batches / stream
    {
      code: `${HEAD}client.messages.countTokens({ ${M}, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "r", cache_control: { ttl: "5m" } }] }] } as any);`,
      errors: [
        {
          messageId: "missingType",
          suggestions: [
            {
              messageId: "addType",
              output: `${HEAD}client.messages.countTokens({ ${M}, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "r", cache_control: { type: "ephemeral", ttl: "5m" } }] }] } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${M}, messages: [], cache_control: { type: "auto" } } }] } as any);`,
      errors: [
        {
          messageId: "invalidType",
          suggestions: [
            {
              messageId: "replaceType",
              output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${M}, messages: [], cache_control: { type: "ephemeral" } } }] } as any);`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}client.beta.messages.stream({ ${M}, tools: [${tool("t", '{ type: "ephemeral", ttl: "60m" }')}], messages: [] } as any);`,
      errors: [
        {
          messageId: "invalidTtl",
          suggestions: [
            { messageId: "replaceTtl", output: `${HEAD}client.beta.messages.stream({ ${M}, tools: [${tool("t", '{ type: "ephemeral", ttl: "5m" }')}], messages: [] } as any);` },
            { messageId: "replaceTtl", output: `${HEAD}client.beta.messages.stream({ ${M}, tools: [${tool("t", '{ type: "ephemeral", ttl: "1h" }')}], messages: [] } as any);` },
          ],
        },
      ],
    },
  ],
});

// ----- 5. a model without prompt caching ---------------------------------------------------------
// No model in the table has `promptCaching: false` today; the check is exercised by switching it off
// for one retired entry while these tests run.
describe("valid-cache-control on a model without prompt caching", () => {
  const RETIRED = "claude-3-haiku-20240307";
  let entry: { promptCaching?: boolean } | undefined;
  let before: boolean | undefined;
  beforeAll(() => {
    entry = lookupModel(RETIRED) as { promptCaching?: boolean } | undefined;
    before = entry?.promptCaching;
    if (entry) entry.promptCaching = false;
  });
  afterAll(() => {
    if (entry) entry.promptCaching = before;
  });

  ruleTester().run("valid-cache-control", rule, {
    valid: [
      `${HEAD}client.messages.create({ model: "${RETIRED}", max_tokens: 1, system: [{ type: "text", text: "s" }], messages: [] });`,
      // another model on some path
      `${HEAD}declare const c: boolean; client.messages.create({ model: c ? "${RETIRED}" : "claude-opus-4-8", max_tokens: 1, cache_control: ${CC}, messages: [] });`,
      // caching on one path only
      `${HEAD}declare const c: boolean; client.messages.create({ model: "${RETIRED}", max_tokens: 1, cache_control: c ? ${CC} : undefined, messages: [] });`,
    ],
    invalid: [
      {
        code: `${HEAD}client.messages.create({ model: "${RETIRED}", max_tokens: 1, cache_control: ${CC}, messages: [] });`,
        errors: [{ messageId: "modelWithoutCaching", data: { model: RETIRED } }],
      },
      {
        code: `${HEAD}const system = [${block("s")}];\nclient.messages.create({ model: "${RETIRED}", max_tokens: 1, system, messages: [] });`,
        errors: [{ messageId: "modelWithoutCaching", line: 3 }],
      },
      {
        code: `${HEAD}client.messages.countTokens({ model: "${RETIRED}", messages: [${user(block("q"))}] });`,
        errors: [{ messageId: "modelWithoutCaching" }],
      },
      {
        code: `${HEAD}const base = { model: "${RETIRED}", max_tokens: 1 };\nclient.messages.batches.create({ requests: [{ custom_id: "a", params: { ...base, tools: [${tool("a")}], messages: [] } }] });`,
        errors: [{ messageId: "modelWithoutCaching", line: 4 }],
      },
    ],
  });
});

describe("the plugin registered under two names", () => {
  it("reports in each: what one rule remembers of a block does not silence the other", () => {
    const code = `${HEAD}const SYSTEM = [{ type: "text", text: "s", cache_control: { type: "persistent" } }];
const TOOLS = [{ name: "a b", input_schema: { type: "object" } }];
client.messages.create({ ${M}, system: SYSTEM, messages: [], tools: TOOLS });
client.messages.create({ ${M}, system: SYSTEM, messages: [], tools: TOOLS });`;
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      code,
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tsParser as never },
          plugins: { a: plugin as never, b: plugin as never },
          settings: { anthropic: { today: "2026-12-06" } },
          rules: { "a/valid-cache-control": "error", "b/valid-cache-control": "error", "a/valid-tools": "error", "b/valid-tools": "error" },
        },
      ],
      "two.ts",
    );
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}@${m.line}`).sort()).toEqual([
      "a/valid-cache-control:invalidType@3",
      "a/valid-tools:invalidName@4",
      "b/valid-cache-control:invalidType@3",
      "b/valid-tools:invalidName@4",
    ]);
  });
});
