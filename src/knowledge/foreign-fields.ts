/**
 * Fields other APIs and SDKs take that the Messages API refuses ("<field>: Extra inputs are not
 * permitted"), with what the Messages API uses instead. Sources: the OpenAI Chat Completions and
 * Responses API references and the legacy Text Completions API (the field names are theirs); the
 * Anthropic `MessageCreateParamsBase` for the replacements; `RequestOptions` of the TypeScript SDK
 * (`internal/request-options.d.ts`) for the options written into a body by mistake.
 */

export interface Habit {
  /** Where the field comes from, as it reads in the message ("an OpenAI Chat Completions"). */
  readonly origin: string;
  /** What to do instead. */
  readonly advice: string;
  /** The Anthropic field the advice moves the value to, when there is one. */
  readonly replacement?: string;
}

const CHAT = "an OpenAI Chat Completions";
const RESPONSES = "an OpenAI Responses API";
const TEXT_COMPLETIONS = "a legacy Text Completions";

/** Fields other APIs take, and what the Messages API uses instead. */
export const FOREIGN_FIELDS: ReadonlyMap<string, Habit> = new Map<string, Habit>([
  ["response_format", { origin: CHAT, advice: 'Use `output_config: { format: { type: "json_schema", schema } }`.', replacement: "output_config" }],
  ["max_completion_tokens", { origin: CHAT, advice: "Use `max_tokens`.", replacement: "max_tokens" }],
  ["stop", { origin: CHAT, advice: "Use `stop_sequences` (an array of strings).", replacement: "stop_sequences" }],
  ["n", { origin: CHAT, advice: "The API returns one response per request: send several requests instead." }],
  ["frequency_penalty", { origin: CHAT, advice: "The Messages API has no repetition penalties: remove it." }],
  ["presence_penalty", { origin: CHAT, advice: "The Messages API has no repetition penalties: remove it." }],
  ["logit_bias", { origin: CHAT, advice: "The Messages API has no token biasing: remove it." }],
  ["logprobs", { origin: CHAT, advice: "The Messages API returns no log probabilities: remove it." }],
  ["top_logprobs", { origin: CHAT, advice: "The Messages API returns no log probabilities: remove it." }],
  ["functions", { origin: CHAT, advice: "Use `tools` (each `{ name, description, input_schema }`).", replacement: "tools" }],
  [
    "function_call",
    { origin: CHAT, advice: 'Use `tool_choice` (`{ type: "auto" | "any" | "none" }` or `{ type: "tool", name }`).', replacement: "tool_choice" },
  ],
  ["seed", { origin: CHAT, advice: "The Messages API has no seed: remove it." }],
  ["user", { origin: CHAT, advice: "Use `metadata: { user_id }` (an opaque id).", replacement: "metadata" }],
  [
    "parallel_tool_calls",
    { origin: CHAT, advice: 'Use `tool_choice: { type: "auto", disable_parallel_tool_use: true }` to turn parallel tool use off.', replacement: "tool_choice" },
  ],
  ["stream_options", { origin: CHAT, advice: "Remove it: streamed events carry usage already (`message_start`, `message_delta`)." }],
  ["reasoning_effort", { origin: CHAT, advice: "Use `output_config: { effort }`.", replacement: "output_config" }],
  ["modalities", { origin: CHAT, advice: "Remove it: the Messages API answers with text and tool calls." }],
  ["audio", { origin: CHAT, advice: "Remove it: the Messages API has no audio output." }],
  ["prediction", { origin: CHAT, advice: "The Messages API has no predicted outputs: remove it." }],
  ["store", { origin: CHAT, advice: "The Messages API stores nothing on request: remove it." }],
  ["prompt_cache_key", { origin: CHAT, advice: "Use `cache_control` for prompt caching.", replacement: "cache_control" }],
  ["max_output_tokens", { origin: RESPONSES, advice: "Use `max_tokens`.", replacement: "max_tokens" }],
  ["instructions", { origin: RESPONSES, advice: "Use `system`.", replacement: "system" }],
  ["reasoning", { origin: RESPONSES, advice: "Use `thinking` and `output_config: { effort }`.", replacement: "thinking" }],
  ["prompt", { origin: TEXT_COMPLETIONS, advice: "Send the conversation as `messages` (and `system`).", replacement: "messages" }],
  ["max_tokens_to_sample", { origin: TEXT_COMPLETIONS, advice: "Use `max_tokens`.", replacement: "max_tokens" }],
]);

/** Request options and Python SDK arguments written into the body, and where they belong. */
export const OPTIONS_IN_BODY: ReadonlyMap<string, string> = new Map([
  ["headers", "Headers go in the request options: `create(body, { headers })`."],
  ["timeout", "The timeout goes in the request options: `create(body, { timeout })`."],
  ["maxRetries", "Retries go in the request options: `create(body, { maxRetries })`."],
  ["extra_headers", "`extra_headers` is a Python SDK argument: in TypeScript pass `create(body, { headers })`."],
  ["extra_query", "`extra_query` is a Python SDK argument: in TypeScript pass `create(body, { query })`."],
  ["extra_body", "`extra_body` is a Python SDK argument: the TypeScript SDK sends it as one field. Put its keys in the request itself."],
]);
