/**
 * What linting `examples/` reports, the same for every ESLint version and config format: one
 * entry per report, as (file under examples/, rule id, line). Every entry is also marked in the
 * example itself with a trailing `// ✗ anthropic/<rule>` comment (`markers.test.ts` keeps the two
 * in step), and the files in CLEAN_FILES report nothing.
 */

export interface ExpectedReport {
  /** Path under examples/, with forward slashes. */
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
}

/**
 * Rules that the examples exercise but that src/rules.ts does not register yet. Their entries are
 * in the table already; the tests about them fail until the rules are registered (and pass then,
 * when the rules report where the examples mark them).
 */
export const PENDING_RULES: ReadonlySet<string> = new Set<string>();

export const EXPECTED: readonly ExpectedReport[] = [
  // A service class with `this.client`.
  { file: "chat-service.ts", ruleId: "anthropic/require-max-retries", line: 32 }, // new Anthropic({ apiKey })
  { file: "chat-service.ts", ruleId: "anthropic/valid-tool-choice", line: 43 }, // forces "lookup_orders", tools define "lookup_order"
  { file: "chat-service.ts", ruleId: "anthropic/valid-tool-choice", line: 56 }, // { type: "any" } with extended thinking
  { file: "chat-service.ts", ruleId: "anthropic/valid-structured-output", line: 68 }, // beta output_format: root object without additionalProperties: false
  { file: "chat-service.ts", ruleId: "anthropic/valid-model", line: 78 }, // "claude-sonnet-4-5-20250514": Sonnet 4.5's name with Sonnet 4's date
  { file: "chat-service.ts", ruleId: "anthropic/valid-messages", line: 98 }, // tool_result with no tool_use before it

  // Params built in variables, with spreads and constants.
  { file: "build-params.ts", ruleId: "anthropic/valid-tool-choice", line: 20 }, // tool_choice: "required" (OpenAI form), spread in
  { file: "build-params.ts", ruleId: "anthropic/valid-cache-control", line: 35 }, // 5th cache_control breakpoint (4 tools + system)
  { file: "build-params.ts", ruleId: "anthropic/valid-structured-output", line: 50 }, // `minimum` in output_config.format schema
  { file: "build-params.ts", ruleId: "anthropic/valid-structured-output", line: 51 }, // nested object without additionalProperties: false

  // A Message Batch in CommonJS JavaScript.
  { file: "batch-summaries.js", ruleId: "anthropic/require-max-retries", line: 10 }, // maxRetries: 1
  { file: "batch-summaries.js", ruleId: "anthropic/valid-cache-control", line: 26 }, // ttl "1h" (system) after the tool's default 5m
  { file: "batch-summaries.js", ruleId: "anthropic/valid-messages", line: 49 }, // prefill "Headline: " ends in whitespace
  { file: "batch-summaries.js", ruleId: "anthropic/valid-tool-choice", line: 51 }, // { type: "any" } in a batch request without tools

  // A Bedrock client.
  { file: "bedrock.ts", ruleId: "anthropic/require-max-retries", line: 9 }, // new AnthropicBedrock({ awsRegion })
  { file: "bedrock.ts", ruleId: "anthropic/valid-messages", line: 14 }, // TENANT_PREAMBLE = "" sent as a text block (reported where the "" is written)
  { file: "bedrock.ts", ruleId: "anthropic/valid-cache-control", line: 23 }, // ttl: "24h"
  { file: "bedrock.ts", ruleId: "anthropic/valid-cache-control", line: 29 }, // cache_control on an empty text block
  { file: "bedrock.ts", ruleId: "anthropic/valid-max-tokens", line: 41 }, // max_tokens 32000, non-streaming create, no timeout: the SDK throws
  { file: "bedrock.ts", ruleId: "anthropic/valid-thinking", line: 42 }, // thinking "enabled" (budget_tokens) on Opus 4.8

  // A module ported from OpenAI's SDK (CommonJS JavaScript).
  { file: "openai-port.js", ruleId: "anthropic/valid-sampling", line: 29 }, // temperature and top_p both set on Sonnet 4.6
  { file: "openai-port.js", ruleId: "anthropic/no-unknown-params", line: 30 }, // stop (OpenAI) instead of stop_sequences
  { file: "openai-port.js", ruleId: "anthropic/valid-tools", line: 31 }, // OpenAI function tool { type: "function", function: {...} }
  { file: "openai-port.js", ruleId: "anthropic/valid-max-tokens", line: 40 }, // no max_tokens
  { file: "openai-port.js", ruleId: "anthropic/no-unknown-params", line: 43 }, // response_format (OpenAI JSON mode)

  // A raw `fetch` to the Messages API (CommonJS JavaScript).
  { file: "raw-fetch.js", ruleId: "anthropic/require-version-header", line: 15 }, // headers without anthropic-version
  { file: "raw-fetch.js", ruleId: "anthropic/valid-messages", line: 26 }, // prefill "{" on Opus 4.8, which refuses prefill

  // The Vercel AI SDK.
  { file: "ai-sdk.ts", ruleId: "anthropic/require-max-retries", line: 13 }, // no maxRetries: the AI SDK retries 2 times
  { file: "ai-sdk.ts", ruleId: "anthropic/valid-model", line: 14 }, // retired model
  { file: "ai-sdk.ts", ruleId: "anthropic/valid-thinking", line: 29 }, // enabled thinking on Opus 4.8 (the provider still sends it)

  // Mastra.
  { file: "mastra.ts", ruleId: "anthropic/require-max-retries", line: 10 }, // an Agent without maxRetries retries 0 times
  { file: "mastra.ts", ruleId: "anthropic/valid-thinking", line: 25 }, // enabled thinking on Opus 4.7 in the default options

  // LangChain.js.
  { file: "langchain.ts", ruleId: "anthropic/valid-sampling", line: 13 }, // temperature and topP both sent on Sonnet 4.6
  { file: "langchain.ts", ruleId: "anthropic/valid-thinking", line: 19 }, // budget_tokens 10000 not below maxTokens 8000
  { file: "langchain.ts", ruleId: "anthropic/require-max-retries", line: 20 }, // maxRetries: 1
];

/** Example files that must lint clean. */
export const CLEAN_FILES: readonly string[] = ["correct.ts", "look-alikes.ts"];

/** Every example source file (the demo's own config and script are not examples). */
export const EXAMPLE_FILES: readonly string[] = [
  "ai-sdk.ts",
  "batch-summaries.js",
  "bedrock.ts",
  "build-params.ts",
  "chat-service.ts",
  "correct.ts",
  "langchain.ts",
  "look-alikes.ts",
  "mastra.ts",
  "openai-port.js",
  "raw-fetch.js",
];

/** The rule ids the table covers, sorted. */
export const RULE_IDS: readonly string[] = [...new Set(EXPECTED.map((e) => e.ruleId))].sort();

/** A stable text form of a report, for set comparisons with readable diffs. */
export function reportKey(r: ExpectedReport): string {
  return `${r.file}:${r.line} ${r.ruleId}`;
}

/** The expected reports of one rule, as sorted keys. */
export function expectedKeys(ruleId?: string): string[] {
  return EXPECTED.filter((e) => ruleId === undefined || e.ruleId === ruleId)
    .map(reportKey)
    .sort();
}
