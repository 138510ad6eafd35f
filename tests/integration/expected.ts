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
export const PENDING_RULES: ReadonlySet<string> = new Set(["anthropic/valid-structured-output", "anthropic/valid-cache-control"]);

export const EXPECTED: readonly ExpectedReport[] = [
  // A service class with `this.client`.
  { file: "chat-service.ts", ruleId: "anthropic/require-max-retries", line: 32 }, // new Anthropic({ apiKey })
  { file: "chat-service.ts", ruleId: "anthropic/valid-tool-choice", line: 43 }, // forces "lookup_orders", tools define "lookup_order"
  { file: "chat-service.ts", ruleId: "anthropic/valid-tool-choice", line: 56 }, // { type: "any" } with adaptive thinking
  { file: "chat-service.ts", ruleId: "anthropic/valid-structured-output", line: 68 }, // beta output_format: root object without additionalProperties: false

  // Params built in variables, with spreads and constants.
  { file: "build-params.ts", ruleId: "anthropic/valid-tool-choice", line: 20 }, // tool_choice: "required" (OpenAI form), spread in
  { file: "build-params.ts", ruleId: "anthropic/valid-cache-control", line: 35 }, // 5th cache_control breakpoint (4 tools + system)
  { file: "build-params.ts", ruleId: "anthropic/valid-structured-output", line: 50 }, // `minimum` in output_config.format schema
  { file: "build-params.ts", ruleId: "anthropic/valid-structured-output", line: 51 }, // nested object without additionalProperties: false

  // A Message Batch in CommonJS JavaScript.
  { file: "batch-summaries.js", ruleId: "anthropic/require-max-retries", line: 10 }, // maxRetries: 1
  { file: "batch-summaries.js", ruleId: "anthropic/valid-cache-control", line: 26 }, // ttl "1h" (system) after the tool's default 5m
  { file: "batch-summaries.js", ruleId: "anthropic/valid-tool-choice", line: 48 }, // { type: "any" } in a batch request without tools

  // A Bedrock client.
  { file: "bedrock.ts", ruleId: "anthropic/require-max-retries", line: 9 }, // new AnthropicBedrock({ awsRegion })
  { file: "bedrock.ts", ruleId: "anthropic/valid-cache-control", line: 23 }, // ttl: "24h"
  { file: "bedrock.ts", ruleId: "anthropic/valid-cache-control", line: 29 }, // cache_control on an empty text block
];

/** Example files that must lint clean. */
export const CLEAN_FILES: readonly string[] = ["correct.ts", "look-alikes.ts"];

/** Every example source file (the demo's own config and script are not examples). */
export const EXAMPLE_FILES: readonly string[] = [
  "batch-summaries.js",
  "bedrock.ts",
  "build-params.ts",
  "chat-service.ts",
  "correct.ts",
  "look-alikes.ts",
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
