/**
 * Requests that cross a function boundary, as real code writes them: helpers that send what their
 * callers build, default parameters, callbacks and loops, bound methods, read-only constants, and
 * property writes before the call. Each pattern with the look-alike that must stay silent.
 */
import cacheControl from "../../rules/valid-cache-control";
import maxTokens from "../../rules/valid-max-tokens";
import model from "../../rules/valid-model";
import structuredOutput from "../../rules/valid-structured-output";
import thinking from "../../rules/valid-thinking";
import toolChoice from "../../rules/valid-tool-choice";
import { HEAD, ruleTester } from "../helpers/rule-tester";

const TYPES = 'import type { MessageCreateParamsNonStreaming } from "@anthropic-ai/sdk/resources/messages";\n';
const MSGS = '[{ role: "user", content: "hi" }]';
const TOOL = '{ name: "get_weather", input_schema: { type: "object" as const } }';

const ASK = `${HEAD}async function ask(params: object) { return client.messages.create({ model: "claude-opus-4-6", max_tokens: 4096, messages: ${MSGS}, tools: [${TOOL}], tool_choice: { type: "any" }, ...params }); }\nask({ thinking: { type: "enabled", budget_tokens: 2048 } });`;
const CALL_CLAUDE = `${HEAD}async function callClaude(prompt: string, opts: object = {}) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, messages: [{ role: "user", content: prompt }], ...opts }); }\ncallClaude("q", { thinking: { type: "enabled", budget_tokens: 2048 } });`;
const RUN = `${HEAD}async function run({ model = "claude-sonnet-4-5" }: { model?: string } = {}) { return client.messages.create({ model, max_tokens: 1, messages: ${MSGS} }); }\nrun();`;
const SCHEMA = 'const schema = { type: "object", additionalProperties: false, properties: { n: { type: "integer", minimum: 0 } } };';
const SEND_SCHEMA = `client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, output_config: { format: { type: "json_schema", schema } } });`;
const LOGGED = `${HEAD}${SCHEMA}\nconsole.log(schema);\n${SEND_SCHEMA}`;
const DESCRIBED = `${HEAD}function describe(s: { properties: object }) { return Object.keys(s.properties).length; }\n${SCHEMA}\ndescribe(schema);\n${SEND_SCHEMA}`;

// ----- 1. function summaries: a helper sends what its callers build ------------------------------

const SEND = `${HEAD}${TYPES}async function send(body: MessageCreateParamsNonStreaming) { return client.messages.create(body); }\n`;

ruleTester().run("helpers: valid-tool-choice", toolChoice, {
  valid: [
    // the helper called with tools, and with unknown values
    `${SEND}send({ model: "claude-opus-4-8", max_tokens: 256, tools: [${TOOL}], tool_choice: { type: "any" }, messages: ${MSGS} });`,
    `${SEND}declare const body: MessageCreateParamsNonStreaming;\nsend(body);`,
    // a callback that adds tools per item: unknown
    `${SEND}declare const items: { tools: any[] }[];\nitems.forEach((it) => send({ model: "claude-opus-4-8", max_tokens: 1, tools: it.tools, tool_choice: { type: "any" }, messages: ${MSGS} }));`,
    // the helper is exported and called only elsewhere: nothing known about its argument here
    `${HEAD}${TYPES}export async function send(body: MessageCreateParamsNonStreaming) { return client.messages.create(body); }`,
    // a recursive helper is not followed
    `${HEAD}${TYPES}async function send(body: MessageCreateParamsNonStreaming, n: number): Promise<unknown> { if (n > 0) return send(body, n - 1); return client.messages.create(body); }\nsend({ model: "claude-opus-4-8", max_tokens: 1, tool_choice: { type: "any" }, messages: ${MSGS} }, 1);`,
  ],
  invalid: [
    // the failing value is written in the caller's argument
    {
      code: `${SEND}send({ model: "claude-opus-4-8", max_tokens: 256, tool_choice: { type: "any" }, messages: ${MSGS} });`,
      errors: [{ messageId: "forcedWithoutTools", line: 5 }],
    },
    // built in a variable in the caller, passed to the helper (which only reads it)
    {
      code: `${SEND}const body = { model: "claude-opus-4-8", max_tokens: 256, tool_choice: { type: "any" as const }, messages: ${MSGS} };\nsend(body);`,
      errors: [{ messageId: "forcedWithoutTools", line: 5 }],
    },
    // the helper spreads its parameter after its own fields; the caller's thinking forbids forcing
    {
      code: ASK,
      errors: [{ messageId: "forcedWithThinking", line: 3, suggestions: [{ messageId: "useAuto", output: ASK.replace('tool_choice: { type: "any" }', 'tool_choice: { type: "auto" }') }] }],
    },
    // two levels of helpers
    {
      code: `${SEND}function forced(tools: any[]) { return send({ model: "claude-opus-4-8", max_tokens: 1, tools, tool_choice: { type: "any" }, messages: ${MSGS} }); }\nforced([]);`,
      errors: [{ messageId: "forcedWithoutTools", line: 5 }],
    },
  ],
});

ruleTester().run("helpers: valid-thinking (a helper with defaults)", thinking, {
  valid: [
    `${HEAD}async function callClaude(prompt: string, opts: object = {}) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: 4096, messages: [{ role: "user", content: prompt }], ...opts }); }\ncallClaude("q", { thinking: { type: "adaptive" } });\ncallClaude("q");`,
  ],
  invalid: [
    {
      code: CALL_CLAUDE,
      errors: [{ messageId: "enabledRejected", line: 4, suggestions: [{ messageId: "useAdaptive", output: CALL_CLAUDE.replace('{ type: "enabled", budget_tokens: 2048 }', '{ type: "adaptive" }') }] }],
    },
  ],
});

// ----- 2. default parameters ----------------------------------------------------------------------

ruleTester().run("default parameters: valid-model", model, {
  valid: [
    `${HEAD}export async function summarize(text: string, model = "claude-sonnet-5-5") { return client.messages.create({ model, max_tokens: 1, messages: [{ role: "user", content: text }] }); }`,
  ],
  invalid: [
    {
      code: `${HEAD}export async function summarize(text: string, model = "claude-3-5-sonnet-20241022") { return client.messages.create({ model, max_tokens: 1, messages: [{ role: "user", content: text }] }); }`,
      errors: [{ messageId: "retiredModel", line: 3, column: 55, suggestions: [{ messageId: "replaceModel", output: `${HEAD}export async function summarize(text: string, model = "claude-sonnet-5-5") { return client.messages.create({ model, max_tokens: 1, messages: [{ role: "user", content: text }] }); }` }] }],
    },
    // an options object with a defaulted field
    {
      code: RUN,
      errors: [{ messageId: "retiredModel", line: 3, suggestions: [{ messageId: "replaceModel", output: RUN.replace("claude-sonnet-4-5", "claude-sonnet-5-5") }] }],
    },
  ],
});

// ----- 3. callbacks and loops --------------------------------------------------------------------

ruleTester().run("callbacks and loops: valid-tool-choice", toolChoice, {
  valid: [
    // each item brings its own tools
    `${HEAD}declare const items: { id: string; tools: any[] }[];\nclient.messages.batches.create({ requests: items.map((it) => ({ custom_id: it.id, params: { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tools: it.tools, tool_choice: { type: "any" } } })) });`,
    // a loop over bodies that all have tools
    `${HEAD}declare const items: string[];\nconst bodies = items.map((q) => ({ model: "claude-opus-4-8", max_tokens: 64, messages: [{ role: "user" as const, content: q }], tools: [${TOOL}], tool_choice: { type: "any" as const } }));\nfor (const b of bodies) client.messages.create(b);`,
  ],
  invalid: [
    {
      code: `${HEAD}declare const items: { id: string }[];\nclient.messages.batches.create({ requests: items.map((it) => ({ custom_id: it.id, params: { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" } } })) });`,
      errors: [{ messageId: "forcedWithoutTools", line: 4 }],
    },
    {
      code: `${HEAD}declare const items: string[];\nconst bodies = items.map((q) => ({ model: "claude-opus-4-8", max_tokens: 64, messages: [{ role: "user" as const, content: q }], tool_choice: { type: "any" as const } }));\nfor (const b of bodies) client.messages.create(b);`,
      errors: [{ messageId: "forcedWithoutTools", line: 4 }],
    },
    // Promise.all over a map that sends
    {
      code: `${HEAD}declare const items: string[];\nawait Promise.all(items.map(async (q) => client.messages.create({ model: "claude-opus-4-8", max_tokens: 64, messages: [{ role: "user", content: q }], tool_choice: { type: "any" } })));`,
      errors: [{ messageId: "forcedWithoutTools", line: 4 }],
    },
    // a loop over a literal list of bodies
    {
      code: `${HEAD}for (const body of [{ model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" as const } }]) await client.messages.create(body);`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
    // Array.from(x, cb) and flatMap
    {
      code: `${HEAD}declare const n: number;\nclient.messages.batches.create({ requests: Array.from({ length: n }, (_, i) => ({ custom_id: String(i), params: { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" } } })) });`,
      errors: [{ messageId: "forcedWithoutTools", line: 4 }],
    },
    {
      code: `${HEAD}declare const items: string[];\nclient.messages.batches.create({ requests: items.flatMap((q) => [{ custom_id: q, params: { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" } } }]) });`,
      errors: [{ messageId: "forcedWithoutTools", line: 4 }],
    },
  ],
});

ruleTester().run("callbacks and loops: valid-max-tokens", maxTokens, {
  valid: [],
  invalid: [
    {
      code: `${HEAD}declare const items: string[];\nconst bodies = items.map((q) => ({ model: "claude-opus-4-5", max_tokens: 64000 + 1, messages: [{ role: "user" as const, content: q }] }));\nfor (const b of bodies) client.messages.stream(b);`,
      errors: [{ messageId: "aboveModelLimit", line: 4 }],
    },
  ],
});

// ----- 4. bind, call, apply ----------------------------------------------------------------------

ruleTester().run("bound methods: valid-tool-choice", toolChoice, {
  valid: [
    // binding another object's create
    `${HEAD}declare const other: { create(x: object): void };\nconst create = other.create.bind(other);\ncreate({ tool_choice: { type: "any" } });`,
  ],
  invalid: [
    {
      code: `${HEAD}const create = client.messages.create.bind(client.messages);\ncreate({ model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools", line: 4 }],
    },
    {
      code: `${HEAD}client.messages.create.call(client.messages, { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `${HEAD}client.messages.create.apply(client.messages, [{ model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tool_choice: { type: "any" } }]);`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
  ],
});

// ----- 5. read-only values survive escape --------------------------------------------------------

const FIVE = (control: string) =>
  `[${Array.from({ length: 5 }, (_, i) => `{ type: "text" as const, text: "part ${i}", cache_control: ${control} }`).join(", ")}]`;

ruleTester().run("read-only constants: valid-cache-control", cacheControl, {
  valid: [
    // a mutable constant that a callback keeps: unknown, so not counted
    `${HEAD}declare const chunks: string[];\nconst CACHE: any = { type: "ephemeral" };\nconst blocks = chunks.map((c) => ({ type: "text", text: c, cache_control: CACHE }));\nregister(CACHE);\ndeclare function register(x: unknown): void;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [{ role: "user", content: ${FIVE("CACHE")} }] });`,
    // a repeated element is not counted: the map may be empty
    `${HEAD}declare const chunks: string[];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [{ role: "user", content: [...chunks.map((c) => ({ type: "text" as const, text: c, cache_control: { type: "ephemeral" as const } })), ${FIVE("{ type: \"ephemeral\" as const }").slice(1, -1).split("}, {").slice(0, 4).join("}, {")}}] }] });`,
  ],
  invalid: [
    {
      code: `${HEAD}declare const chunks: string[];\nconst CACHE = { type: "ephemeral" } as const;\nconst blocks = chunks.map((c) => ({ type: "text", text: c, cache_control: CACHE }));\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [{ role: "user", content: ${FIVE("CACHE")} }] });`,
      errors: [{ messageId: "tooManyBreakpoints" }],
    },
    {
      code: `${HEAD}const CACHE = Object.freeze({ type: "ephemeral" as const });\ndeclare function log(x: unknown): void;\nlog(CACHE);\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [{ role: "user", content: ${FIVE("CACHE")} }] });`,
      errors: [{ messageId: "tooManyBreakpoints" }],
    },
  ],
});

ruleTester().run("escape: valid-structured-output", structuredOutput, {
  valid: [
    // a mutable schema handed to a function before it is sent: unknown
    `${HEAD}declare function normalizeSchema(s: object): void;\nconst schema = { type: "object", properties: { n: { type: "integer", minimum: 0 } } };\nnormalizeSchema(schema);\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, output_config: { format: { type: "json_schema", schema } } });`,
  ],
  invalid: [
    // logged (console.* only reads), then sent
    {
      code: LOGGED,
      errors: [{ messageId: "unsupportedKeyword", suggestions: [{ messageId: "removeKeyword", output: LOGGED.replace(", minimum: 0", "") }] }],
    },
    // read by a local helper that only reads it
    {
      code: DESCRIBED,
      errors: [{ messageId: "unsupportedKeyword", suggestions: [{ messageId: "removeKeyword", output: DESCRIBED.replace(", minimum: 0", "") }] }],
    },
  ],
});

// ----- 6. writes before the call -----------------------------------------------------------------

ruleTester().run("writes before the call: valid-tool-choice", toolChoice, {
  valid: [
    // the tools are written on the same path
    `${HEAD}declare const useTools: boolean;\nconst params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS} };\nif (useTools) { params.tools = [${TOOL}]; params.tool_choice = { type: "auto" }; }\nclient.messages.create(params);`,
    // a write after the call changes nothing that was sent
    `${HEAD}const params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS} };\nclient.messages.create(params);\nparams.tool_choice = "auto";`,
    // a write in a loop around the call: unknown
    `${HEAD}const params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tools: [${TOOL}], tool_choice: { type: "auto" } };\nfor (let i = 0; i < 2; i++) { client.messages.create(params); params.tools = []; }`,
  ],
  invalid: [
    // an OpenAI string written on one branch: it fails whenever it is sent, reported at the write
    {
      code: `${HEAD}declare const useTools: boolean, mode: number;\nconst params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tools: [${TOOL}] };\nif (useTools) params.tool_choice = "auto";\nelse if (mode === 1) params.tool_choice = "none";\nelse params.tool_choice = "required";\nclient.messages.create(params);`,
      output: `${HEAD}declare const useTools: boolean, mode: number;\nconst params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tools: [${TOOL}] };\nif (useTools) params.tool_choice = { type: "auto" };\nelse if (mode === 1) params.tool_choice = { type: "none" };\nelse params.tool_choice = { type: "any" };\nclient.messages.create(params);`,
      errors: [{ messageId: "openAIStyle", line: 5 }, { messageId: "openAIStyle", line: 6 }, { messageId: "openAIStyle", line: 7 }],
    },
    // a write that certainly runs replaces the value written in the literal
    {
      code: `${HEAD}const params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: ${MSGS}, tools: [${TOOL}], tool_choice: { type: "auto" } };\nparams.tools = [];\nparams.tool_choice = { type: "any" };\nclient.messages.create(params);`,
      errors: [{ messageId: "forcedWithoutTools", line: 5 }],
    },
  ],
});
