import rule from "../../rules/valid-messages";
import { HEAD, ruleTester } from "../helpers/rule-tester";

/** A model that refuses prefill (`prefill: false` in the model table). */
const NO_PREFILL = 'model: "claude-opus-4-8", max_tokens: 1024';
/** A model whose prefill support is not known (the trailing-whitespace check applies). */
const PREFILL = 'model: "claude-haiku-4-5", max_tokens: 1024';
const USER = '{ role: "user", content: "Hi" }';
/** An assistant message with a tool_use block of the given id. */
const toolUse = (id: string): string =>
  `{ role: "assistant", content: [{ type: "text", text: "Let me check." }, { type: "tool_use", id: "${id}", name: "get_weather", input: {} }] }`;
/** A user message with a tool_result block for the given id. */
const toolResult = (id: string): string => `{ role: "user", content: [{ type: "tool_result", tool_use_id: "${id}", content: "sunny" }] }`;

ruleTester().run("valid-messages", rule, {
  valid: [
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}] });`,
    // messages not known
    `${HEAD}export function ask(history: Anthropic.MessageParam[]) { return client.messages.create({ ${NO_PREFILL}, messages: history }); }`,
    `${HEAD}export function ask(history: Anthropic.MessageParam[]) { return client.messages.create({ ${NO_PREFILL}, messages: [...history] }); }`,
    // empty on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: c ? [] : [${USER}] });`,
    // filled after it is built: unknown
    `${HEAD}const messages: Anthropic.MessageParam[] = []; messages.push(${USER}); client.messages.create({ ${NO_PREFILL}, messages });`,
    // a beta thread keeps the earlier turns on the server
    `${HEAD}declare const thread: any; client.beta.messages.create({ ${NO_PREFILL}, thread, messages: [] } as any);`,
    `${HEAD}declare const thread: any; client.beta.messages.create({ ${NO_PREFILL}, thread, messages: [${toolResult("toolu_1")}] } as any);`,
    // the tool runner rewrites messages
    `${HEAD}client.beta.messages.toolRunner({ ${NO_PREFILL}, messages: [], tools: [] } as any);`,

    // the final assistant message may be empty
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "" }] });`,
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: [{ type: "text", text: "" }] }] });`,
    // an assistant message that may be the last one (unknown messages may follow)
    `${HEAD}export function ask(rest: Anthropic.MessageParam[]) { return client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "" }, ...rest] }); }`,
    // text that is only non-ASCII space: not certainly whitespace to the API
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: "\\u00a0" }] });`,
    // empty on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: c ? "" : "Hi" }] });`,
    // text not known
    `${HEAD}declare const text: string; client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: [{ type: "text", text }] }] });`,
    // a role:"system" message inside messages is valid, also last and also empty (not confirmed)
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "system", content: "Be brief." }] } as any);`,
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [{ role: "system", content: "" }, ${USER}] } as any);`,
    // role not known
    `${HEAD}declare const role: "user" | "assistant"; client.messages.create({ ${PREFILL}, messages: [{ role, content: "" }, ${USER}] });`,

    // prefill on a model whose support is not known
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "{" }] });`,
    // a prefill that unknown messages may follow
    `${HEAD}export function ask(rest: Anthropic.MessageParam[]) { return client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "{" }, ...rest] }); }`,
    // one of two models may take prefill
    `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "claude-opus-4-8" : "claude-haiku-4-5", max_tokens: 1, messages: [${USER}, { role: "assistant", content: "{" }] });`,
    // model not known
    `${HEAD}declare const model: string; client.messages.create({ model, max_tokens: 1, messages: [${USER}, { role: "assistant", content: "{" }] });`,
    // last role on one path only
    `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: c ? "assistant" : "user", content: "{" }] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: c ? [${USER}] : [${USER}, { role: "assistant", content: "{" }] });`,
    // an assistant message that is not last
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "Hello " }, ${USER}] });`,
    // countTokens sends no generation: prefill not checked
    `${HEAD}client.messages.countTokens({ model: "claude-opus-4-8", messages: [${USER}, { role: "assistant", content: "{ " }] });`,
    // max_tokens 0 only warms the cache
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 0, messages: [${USER}, { role: "assistant", content: "{" }] });`,

    // trailing whitespace: none, unknown, not in the last block, not certainly whitespace
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "The answer is" }] });`,
    `${HEAD}declare const p: string; client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: p }] });`,
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: [{ type: "text", text: "a " }, { type: "text", text: "b" }] }] });`,
    `${HEAD}declare const c: boolean; client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: c ? "a " : "b" }] });`,
    `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "a\\u00a0" }] });`,

    // tool results that answer the tool use before them
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, ${toolResult("toolu_1")}] });`,
    // the assistant turn is two messages (combined by the API)
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, { role: "assistant", content: "More." }, ${toolResult("toolu_1")}] });`,
    // the user turn is two messages (combined by the API)
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, ${USER}, ${toolResult("toolu_1")}] });`,
    // id not known
    `${HEAD}declare const id: string; client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, { role: "user", content: [{ type: "tool_result", tool_use_id: id }] }] });`,
    // unknown messages before the tool result, or before the assistant turn
    `${HEAD}export function ask(history: Anthropic.MessageParam[]) { return client.messages.create({ ${NO_PREFILL}, messages: [...history, ${toolResult("toolu_1")}] }); }`,
    `${HEAD}export function ask(history: Anthropic.MessageParam[]) { return client.messages.create({ ${NO_PREFILL}, messages: [...history, ${toolUse("toolu_2")}, ${toolResult("toolu_1")}] }); }`,
    // a block of unknown type in the assistant turn
    `${HEAD}declare const block: Anthropic.ContentBlockParam; client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: [block] }, ${toolResult("toolu_1")}] });`,
    // an assistant content not known
    `${HEAD}declare const content: Anthropic.ContentBlockParam[]; client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content }, ${toolResult("toolu_1")}] });`,
    // server or MCP tool use in the turn: not known what a tool_result may answer
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: [{ type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: {} }] }, ${toolResult("srvtoolu_1")}] } as any);`,
    // tool_use id differs between paths, one matches
    `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, { role: "user", content: [{ type: "tool_result", tool_use_id: c ? "toolu_1" : "toolu_2" }] }] });`,
    // a system message between the turns: not known how the API pairs them
    `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_2")}, { role: "system", content: "note" }, ${toolResult("toolu_1")}] } as any);`,

    // look-alikes
    `import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2", messages: [] } as any);`,
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [] }); openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "" }, { role: "assistant", content: "{ " }] });`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ model: "claude-opus-4-8", messages: [] });`,
    `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); client.messages.create({ model: "claude-opus-4-8", messages: [] });`,
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "{ " }] });`,
    // values from parameters and the environment
    `${HEAD}export function ask(content: string) { return client.messages.create({ ${NO_PREFILL}, messages: [{ role: "user", content }] }); }`,
    `${HEAD}client.messages.create({ model: process.env.MODEL!, max_tokens: 1, messages: [${USER}, { role: "assistant", content: process.env.PREFILL! }] });`,
  ],
  invalid: [
    // ---------------------------------------------------------------- 1. empty messages
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [] });`,
      errors: [{ messageId: "emptyMessages", line: 3, column: 80 }],
    },
    {
      code: `${HEAD}const params = { ${NO_PREFILL}, messages: [] };\nclient.messages.create(params);`,
      errors: [{ messageId: "emptyMessages", line: 3 }],
    },
    {
      code: `${HEAD}const base = { ${NO_PREFILL}, messages: [] };\nclient.messages.create({ ...base, system: "x" });`,
      errors: [{ messageId: "emptyMessages", line: 3 }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: c ? [] : [] });`,
      errors: [{ messageId: "emptyMessages" }],
    },
    {
      code: `${HEAD}import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ ${NO_PREFILL}, messages: [] as Anthropic.MessageParam[] } satisfies MessageCreateParams);`,
      errors: [{ messageId: "emptyMessages" }],
    },
    ...["messages.stream", "messages.parse", "messages.countTokens", "beta.messages.create", "beta.messages.countTokens"].map((m) => ({
      code: `${HEAD}client.${m}({ ${NO_PREFILL}, messages: [] } as any);`,
      errors: [{ messageId: "emptyMessages" as const }],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${NO_PREFILL}, messages: [${USER}] } }, { custom_id: "b", params: { ${NO_PREFILL}, messages: [] } }] });`,
      errors: [{ messageId: "emptyMessages" }],
    },
    // a beta thread certainly absent
    {
      code: `${HEAD}client.beta.messages.create({ ${NO_PREFILL}, thread: undefined, messages: [] } as any);`,
      errors: [{ messageId: "emptyMessages" }],
    },

    // ---------------------------------------------------------------- 2. empty / whitespace-only text
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: "" }] });`,
      errors: [{ messageId: "emptyText", data: { field: "The `content` of this `user` message" } }],
    },
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: [{ type: "text", text: "Look:" }, { type: "text", text: "" }] }] });`,
      errors: [{ messageId: "emptyText", data: { field: "This text block's `text`" } }],
    },
    // an assistant message that is certainly not the last one
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "" }, ${USER}] });`,
      errors: [{ messageId: "emptyText", data: { field: "The `content` of this `assistant` message" } }],
    },
    // a user message that unknown messages may follow
    {
      code: `${HEAD}export function ask(rest: Anthropic.MessageParam[]) { return client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: "" }, ...rest] }); }`,
      errors: [{ messageId: "emptyText" }],
    },
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: " \\n\\t" }] });`,
      errors: [{ messageId: "blankText", data: { field: "The `content` of this `user` message", value: '" \\n\\t"' } }],
    },
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: [{ type: "text", text: "  " }, { type: "image", source: { type: "url", url: "https://x/y.png" } }] }] });`,
      errors: [{ messageId: "blankText", data: { field: "This text block's `text`", value: '"  "' } }],
    },
    // built in a variable, through a const message, behind a conditional failing on every path
    {
      code: `${HEAD}const question = { role: "user" as const, content: "" };\nconst messages = [question];\nclient.messages.create({ ${PREFILL}, messages });`,
      errors: [{ messageId: "emptyText", line: 3 }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: c ? "" : "" }] });`,
      errors: [{ messageId: "emptyText" }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${PREFILL}, messages: [{ role: "user", content: c ? "" : " " }] });`,
      errors: [{ messageId: "blankText", data: { field: "The `content` of this `user` message", value: '"" or " "' } }],
    },
    {
      code: `${HEAD}const base = { ${PREFILL}, messages: [{ role: "user", content: "" }] } as const;\nclient.messages.stream({ ...base });`,
      errors: [{ messageId: "emptyText", line: 3 }],
    },
    {
      code: `${HEAD}client.messages.countTokens({ model: "claude-opus-4-8", messages: [{ role: "user", content: [{ type: "text", text: "" }] }] });`,
      errors: [{ messageId: "emptyText" }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${PREFILL}, messages: [{ role: "user", content: "" }] } }] });`,
      errors: [{ messageId: "emptyText" }],
    },

    // ---------------------------------------------------------------- 3. prefill on a model that refuses it
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "{" }] });`,
      errors: [{ messageId: "prefillNotSupported", data: { model: "claude-opus-4-8" }, line: 3, column: 116 }],
    },
    // the last element is certain although history before it is unknown
    {
      code: `${HEAD}export function ask(history: Anthropic.MessageParam[]) {\n  return client.messages.create({ ${NO_PREFILL}, messages: [...history, { role: "assistant", content: "{" }] });\n}`,
      errors: [{ messageId: "prefillNotSupported", line: 4 }],
    },
    {
      code: `${HEAD}const messages: Anthropic.MessageParam[] = [${USER}, { role: "assistant", content: "{" }];\nclient.messages.create({ ${NO_PREFILL}, messages });`,
      errors: [{ messageId: "prefillNotSupported", line: 3 }],
    },
    {
      code: `${HEAD}const base = { ${NO_PREFILL} } as const;\nclient.messages.create({ ...base, messages: [${USER}, { role: "assistant", content: "{" }] });`,
      errors: [{ messageId: "prefillNotSupported" }],
    },
    {
      code: `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "claude-opus-5-5" : "claude-sonnet-4-6", max_tokens: 1, messages: [${USER}, { role: "assistant", content: "{" }] });`,
      errors: [{ messageId: "prefillNotSupported", data: { model: "claude-opus-5-5 / claude-sonnet-4-6" } }],
    },
    // every path ends with an assistant message
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: c ? [${USER}, { role: "assistant", content: "{" }] : [${USER}, { role: "assistant", content: "[" }] });`,
      errors: [{ messageId: "prefillNotSupported" }],
    },
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant" as const, content: "{" }] } satisfies Anthropic.MessageCreateParams);`,
      errors: [{ messageId: "prefillNotSupported" }],
    },
    ...["messages.stream", "messages.parse", "beta.messages.create"].map((m) => ({
      code: `${HEAD}client.${m}({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "{" }] });`,
      errors: [{ messageId: "prefillNotSupported" as const }],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "{" }] } }] });`,
      errors: [{ messageId: "prefillNotSupported" }],
    },
    {
      code: `import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";\nconst client = new AnthropicBedrock();\nclient.messages.create({ model: "us.anthropic.claude-opus-4-6-v1", max_tokens: 1, messages: [${USER}, { role: "assistant", content: "{" }] });`,
      errors: [{ messageId: "prefillNotSupported", data: { model: "us.anthropic.claude-opus-4-6-v1" } }],
    },
    // prefill with trailing whitespace on such a model: one report, the prefill
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "{ " }] });`,
      errors: [{ messageId: "prefillNotSupported" }],
    },

    // ---------------------------------------------------------------- 4. trailing whitespace (autofixed)
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "The answer is " }] });`,
      output: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "The answer is" }] });`,
      errors: [{ messageId: "trailingWhitespace", data: { value: '"The answer is "' } }],
    },
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: 'Answer:\\n\\n' }] });`,
      output: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: 'Answer:' }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: \`<answer>\n  \` }] });`,
      output: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: \`<answer>\` }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    // an escaped quote before the whitespace stays
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "say \\"hi\\" \\u0020\\t" }] });`,
      output: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "say \\"hi\\"" }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    // the last text block
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: [{ type: "text", text: "Sure. " }] }] });`,
      output: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: [{ type: "text", text: "Sure." }] }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    // after unknown history; model not known (refused prefill or trailing whitespace: fails either way)
    {
      code: `${HEAD}export function ask(model: string, history: Anthropic.MessageParam[]) {\n  return client.messages.create({ model, max_tokens: 1, messages: [...history, { role: "assistant", content: "{ " }] });\n}`,
      output: `${HEAD}export function ask(model: string, history: Anthropic.MessageParam[]) {\n  return client.messages.create({ model, max_tokens: 1, messages: [...history, { role: "assistant", content: "{" }] });\n}`,
      errors: [{ messageId: "trailingWhitespace", line: 4 }],
    },
    // one model refuses prefill, the other does not: fails on both paths
    {
      code: `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "claude-opus-4-8" : "claude-haiku-4-5", max_tokens: 1, messages: [${USER}, { role: "assistant", content: "{ " }] });`,
      output: `${HEAD}declare const big: boolean; client.messages.create({ model: big ? "claude-opus-4-8" : "claude-haiku-4-5", max_tokens: 1, messages: [${USER}, { role: "assistant", content: "{" }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    // from a constant: reported at the constant, not rewritten
    {
      code: `${HEAD}const PREFIX = "Answer: ";\nclient.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: PREFIX }] });`,
      errors: [{ messageId: "trailingWhitespace", line: 3 }],
    },
    // only whitespace: reported, no fix (nothing would be left)
    {
      code: `${HEAD}client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: " " }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    // a conditional whose every branch ends in whitespace: reported, not fixed
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: c ? "a " : "b\\n" }] });`,
      errors: [{ messageId: "trailingWhitespace", data: { value: '"a " or "b\\n"' } }],
    },
    {
      code: `${HEAD}client.messages.stream({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "x " as const }] });`,
      output: `${HEAD}client.messages.stream({ ${PREFILL}, messages: [${USER}, { role: "assistant", content: "x" as const }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${PREFILL}, messages: [${USER}, { role: "assistant", content: "x " }] } }] });`,
      output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${PREFILL}, messages: [${USER}, { role: "assistant", content: "x" }] } }] });`,
      errors: [{ messageId: "trailingWhitespace" }],
    },

    // ---------------------------------------------------------------- 5. tool_result without its tool_use
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, ${toolResult("toolu_2")}] });`,
      errors: [{ messageId: "unmatchedToolResult", data: { id: '"toolu_2"', available: 'only "toolu_1"' } }],
    },
    // known elements before an unknown spread keep their positions
    {
      code: `${HEAD}declare const rest: any[];\nclient.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, ${toolResult("toolu_2")}, ...rest] });`,
      errors: [{ messageId: "unmatchedToolResult", data: { id: '"toolu_2"', available: 'only "toolu_1"' } }],
    },
    // the first message cannot answer a tool use
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${toolResult("toolu_1")}] });`,
      errors: [{ messageId: "unmatchedToolResult", data: { id: '"toolu_1"', available: "no `tool_use` block" } }],
    },
    // the assistant message before has no tool use
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, { role: "assistant", content: "Hello" }, ${toolResult("toolu_1")}] });`,
      errors: [{ messageId: "unmatchedToolResult", data: { id: '"toolu_1"', available: "no `tool_use` block" } }],
    },
    // the tool use is two turns back
    {
      code: `${HEAD}client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, ${toolResult("toolu_1")}, { role: "assistant", content: "Done." }, ${toolResult("toolu_1")}] });`,
      errors: [{ messageId: "unmatchedToolResult", line: 3 }],
    },
    // built in variables
    {
      code: `${HEAD}const call = ${toolUse("toolu_1")} as const;\nconst answer = ${toolResult("toolu_9")} as const;\nconst history = [${USER}, call, answer];\nclient.messages.create({ ${NO_PREFILL}, messages: history });`,
      errors: [{ messageId: "unmatchedToolResult", line: 4 }],
    },
    {
      code: `${HEAD}client.messages.countTokens({ model: "claude-opus-4-8", messages: [${USER}, ${toolUse("toolu_1")}, ${toolResult("toolu_2")}] });`,
      errors: [{ messageId: "unmatchedToolResult" }],
    },
    {
      code: `${HEAD}client.beta.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, ${toolResult("toolu_2")}] });`,
      errors: [{ messageId: "unmatchedToolResult" }],
    },
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { ${NO_PREFILL}, messages: [${toolResult("toolu_1")}] } }] });`,
      errors: [{ messageId: "unmatchedToolResult" }],
    },
    // both possible ids are unmatched
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ ${NO_PREFILL}, messages: [${USER}, ${toolUse("toolu_1")}, { role: "user", content: [{ type: "tool_result", tool_use_id: c ? "toolu_2" : "toolu_3" }] }] });`,
      errors: [{ messageId: "unmatchedToolResult", data: { id: '"toolu_2" or "toolu_3"', available: 'only "toolu_1"' } }],
    },
  ],
});
