/**
 * The Claude model table: which model ids exist, their lifecycle status, and the per-model
 * request constraints that make the Messages API answer 400.
 *
 * The table is plain data (no runtime dependency on `@anthropic-ai/sdk`). Every fact carries a
 * source in `sources`. A fact that no source confirms is left `undefined` ("unknown"): rules
 * only report on known values (`false`, a listed thinking mode, a number, …).
 *
 * Sources:
 * - `@anthropic-ai/sdk` (1.14.0 to 1.17.0): `src/resources/messages/messages.ts` (`export type Model`),
 *   `src/internal/data/deprecated-models.ts`, `src/internal/data/models-to-warn-with-thinking-enabled.ts`,
 *   `CHANGELOG.md` (retired models removed: 0.58.0, 0.104.2, 0.116.0; earlier `claude-1`/instant removals)
 *   and the historic `DEPRECATED_MODELS` map of the SDK repository (retired models' end-of-life dates).
 * - platform.claude.com docs pages named in each entry.
 *
 * `tests/knowledge/snapshot.test.ts` checks this table against the devDependency SDK (and
 * `npm run sync-sdk` against the newest release).
 */

/** Lifecycle of a model id. `retired` ids answer an error from the API (no longer served). */
export type ModelStatus = "active" | "deprecated" | "retired";

/** Values of `thinking.type` in a Messages request. */
export type ThinkingMode = "enabled" | "adaptive" | "disabled" | "between_tools";

/** Values of `output_config.effort`. */
export type Effort = "low" | "medium" | "high" | "xhigh" | "max";

/** One model, with everything the linter knows about it. */
export interface ModelInfo {
  /** canonical first-party id, e.g. "claude-opus-4-5-20251101" or "claude-opus-5-5" */
  readonly id: string;
  /** other first-party ids naming the same model (alias <-> dated id) */
  readonly aliases: readonly string[];
  readonly status: ModelStatus;
  /** end-of-life date text exactly as the SDK deprecation map gives it (e.g. "November 30th, 2026"), for deprecated models; retirement date if known for retired ones */
  readonly endOfLife?: string;
  /** max output tokens, undefined when not confirmed */
  readonly maxOutputTokens?: number;
  /** thinking modes the API rejects with 400 for this model (empty array = none known to be rejected); undefined when unknown */
  readonly rejectedThinking?: readonly ThinkingMode[];
  /**
   * `output_config.effort` values that answer 400 when combined with `thinking: {type: "disabled"}`
   * (Opus 5 accepts `disabled` only at effort `high` or lower); undefined when none known.
   */
  readonly disabledThinkingRejectedAtEffort?: readonly Effort[];
  /** false when forced tool_choice ({type:"any"|"tool"}) answers 400 for this model; true when confirmed allowed; undefined unknown */
  readonly forcedToolChoice?: boolean;
  /** false when a final assistant message (prefill) answers 400; undefined unknown */
  readonly prefill?: boolean;
  /** structured outputs (output_config.format) supported; undefined unknown */
  readonly structuredOutputs?: boolean;
  /** prompt caching supported; undefined unknown */
  readonly promptCaching?: boolean;
  /** sampling rules: "restricted" = only temperature 1, top_p >= 0.99, no top_k (models after Opus 4.6); "no-temperature-with-top-p" = temperature and top_p cannot both be set; undefined unknown */
  readonly sampling?: "restricted" | "no-temperature-with-top-p" | "free";
  /** where each fact comes from: short source strings (an SDK file path, a docs URL, public error reports) */
  readonly sources: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Source strings ("<field>: <where>")
// ---------------------------------------------------------------------------------------------

const SDK_MODEL = "status: @anthropic-ai/sdk@1.17.0 src/resources/messages/messages.ts (export type Model)";
const SDK_DEPRECATED = "status, endOfLife: @anthropic-ai/sdk@1.17.0 src/internal/data/deprecated-models.ts";
const SDK_DEPRECATED_1_14 = "endOfLife: @anthropic-ai/sdk@1.14.0 src/internal/data/deprecated-models.ts";
const SDK_CHANGELOG_1_15 =
  "status: @anthropic-ai/sdk CHANGELOG.md 1.15.0 (2026-11-30) 'remove retired Claude Sonnet 4.5 models' (end of life November 30th, 2026)";
const SDK_THINKING_WARN =
  "rejectedThinking: @anthropic-ai/sdk@1.17.0 src/internal/data/models-to-warn-with-thinking-enabled.ts (enabled deprecated, still accepted)";
const DOCS_THINKING =
  "rejectedThinking: https://platform.claude.com/docs/zh-CN/build-with-claude/thinking-troubleshooting (table: rejected thinking.type values per model)";
const DOCS_THINKING_47_LATER =
  "rejectedThinking: https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting ('Claude 4.7 and later models do not support it [enabled] and reject requests that use it')";
const SDK_SAMPLING =
  "sampling: @anthropic-ai/sdk@0.137.0 src/resources/messages/messages.ts (temperature/top_p/top_k docs: models released after Claude Opus 4.6)";
const REPORTS_SAMPLING_RESTRICTED =
  "sampling: public error reports of '`temperature` is deprecated for this model.' on Opus 4.7, 4.8, 5 and Sonnet 5 (e.g. Comfy-Org/ComfyUI#13923)";
const REPORTS_TEMP_TOP_P =
  "sampling: public error reports of 'temperature and top_p cannot both be specified for this model' on Sonnet 4.5, Haiku 4.5, Opus 4.1 and later, Sonnet 4.6 (open-webui/functions#9, langchain-ai/langchainjs#9258)";
const REPORTS_PREFILL =
  "prefill: public reports of 400 'This model does not support assistant message prefill' on Opus 4.6, Sonnet 4.6, Opus 4.8 and later (vercel/ai#12296, anomalyco/opencode#13768, langchain-ai/deepagents#1585); the SDK's messages doc links errors#prefill-not-supported";
const CACHING = "promptCaching: https://platform.claude.com/docs/en/build-with-claude/prompt-caching (supported on every listed model)";
const SO_DOCS =
  "structuredOutputs: https://platform.claude.com/docs/zh-CN/build-with-claude/structured-outputs (GA on Opus 4.6, Sonnet 4.6, Sonnet 4.5, Opus 4.5, Haiku 4.5)";
const SO_3P = "structuredOutputs: third-party summaries of https://platform.claude.com/docs/en/build-with-claude/structured-outputs (supported models list)";
const DOCS_OPUS_5_5 = "https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5";
const DOCS_SONNET_5_5 = "https://platform.claude.com/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5";
const DOCS_HAIKU_5_5 = "https://platform.claude.com/docs/en/models/haiku-5-5/overview";
const DOCS_SONNET_5 = "https://platform.claude.com/docs/id/models/sonnet-5/overview.md";
const DOCS_OPUS_5 = "https://platform.claude.com/docs/en/models/opus-5/overview";
const DOCS_FABLE_5 = "https://platform.claude.com/docs/en/models/fable-5/overview.md";
const DOCS_OPUS_4_8 = "https://platform.claude.com/docs/de/models/opus-4-8/overview.md";
const DOCS_OPUS_4_6 = "https://platform.claude.com/docs/en/models/opus-4-6/overview.md";
const DOCS_OPUS_4_5 = "https://platform.claude.com/docs/pt-BR/models/opus-4-5/overview.md";
const FORCED_ALLOWED = "forcedToolChoice: allowed — forced tool use is first listed as a breaking change in the 5.5 generation (https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5)";
const SDK_CHANGELOG_0_116 =
  "status: @anthropic-ai/sdk CHANGELOG.md 0.116.0 'remove retired Claude Opus 4.1 models' (commit 11b685c: end-of-life August 5, 2026)";
const SDK_CHANGELOG_0_104 = "status: @anthropic-ai/sdk CHANGELOG.md 0.104.2 'remove retired models from API and SDKs' (commit a942876)";
const SDK_CHANGELOG_0_58 = "status: @anthropic-ai/sdk CHANGELOG.md 0.58.0 'removed older deprecated models' (commit 352a5fd)";
const SDK_CHANGELOG_INSTANT = "status: @anthropic-ai/sdk CHANGELOG.md 'remove anthropic-instant-1.2 model' (commit e222a4d), 'deprecate claude-1 models'";
const SDK_HISTORIC_MAP = "endOfLife: anthropic-sdk-typescript DEPRECATED_MODELS map before commit 11b685c (src/resources/messages/messages.ts)";
const SDK_LEGACY_COMPLETIONS = "status: anthropic-sdk-typescript src/resources/completions.ts history (legacy model ids, long retired)";

/** 128K output = 128,000 tokens (the API's own limit message quotes 64K as 64000). */
const OUT_128K = 128_000;
const OUT_64K = 64_000;

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

/** Shorthand for a retired model about which nothing else is documented. */
function retired(id: string, aliases: readonly string[], endOfLife: string | undefined, sources: readonly string[]): ModelInfo {
  return endOfLife === undefined
    ? { id, aliases, status: "retired", sources }
    : { id, aliases, status: "retired", endOfLife, sources };
}

/** Every model in the table (current SDK ids and retired ids), one entry per model (aliases inside). */
export const MODELS: readonly ModelInfo[] = [
  // ----- 5.5 / 5.2 / 5.1 generation ------------------------------------------------------------
  {
    id: "claude-opus-5-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled", "disabled"],
    forcedToolChoice: false,
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens, rejectedThinking, forcedToolChoice: ${DOCS_OPUS_5_5}`,
      REPORTS_PREFILL,
      CACHING,
      SDK_SAMPLING,
    ],
  },
  {
    id: "claude-sonnet-5-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    // `between_tools` replaces turning thinking off; whether `disabled` itself is rejected is not confirmed.
    rejectedThinking: ["enabled"],
    forcedToolChoice: false,
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens, forcedToolChoice: ${DOCS_SONNET_5_5}`,
      DOCS_THINKING_47_LATER,
      REPORTS_PREFILL,
      CACHING,
      SDK_SAMPLING,
    ],
  },
  {
    id: "claude-haiku-5-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled"],
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [SDK_MODEL, `maxOutputTokens: ${DOCS_HAIKU_5_5}`, DOCS_THINKING_47_LATER, REPORTS_PREFILL, CACHING, SDK_SAMPLING],
  },
  {
    id: "claude-fable-5-2",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled"],
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_SONNET_5} (comparison table)`,
      DOCS_THINKING_47_LATER,
      REPORTS_PREFILL,
      CACHING,
      SDK_SAMPLING,
    ],
  },
  {
    id: "claude-mythos-5-2",
    aliases: [],
    status: "active",
    rejectedThinking: ["enabled"],
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [SDK_MODEL, DOCS_THINKING_47_LATER, REPORTS_PREFILL, CACHING, SDK_SAMPLING],
  },
  {
    id: "claude-fable-5-1",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled", "disabled"],
    forcedToolChoice: false,
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_HAIKU_5_5} (comparison table)`,
      `rejectedThinking, forcedToolChoice: ${DOCS_OPUS_5_5} (changes also apply to Fable 5.1)`,
      REPORTS_PREFILL,
      CACHING,
      SDK_SAMPLING,
    ],
  },
  {
    id: "claude-mythos-5-1",
    aliases: [],
    status: "active",
    rejectedThinking: ["enabled"],
    prefill: false,
    promptCaching: true,
    sampling: "restricted",
    sources: [SDK_MODEL, DOCS_THINKING_47_LATER, REPORTS_PREFILL, CACHING, SDK_SAMPLING],
  },
  // ----- 5 generation ----------------------------------------------------------------------------
  {
    id: "claude-opus-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled"],
    disabledThinkingRejectedAtEffort: ["xhigh", "max"],
    forcedToolChoice: true,
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_OPUS_5}`,
      DOCS_THINKING,
      FORCED_ALLOWED,
      REPORTS_PREFILL,
      SO_3P,
      CACHING,
      SDK_SAMPLING,
      REPORTS_SAMPLING_RESTRICTED,
    ],
  },
  {
    id: "claude-sonnet-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled"],
    forcedToolChoice: true,
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_SONNET_5}`,
      DOCS_THINKING,
      FORCED_ALLOWED,
      REPORTS_PREFILL,
      SO_3P,
      CACHING,
      SDK_SAMPLING,
      REPORTS_SAMPLING_RESTRICTED,
    ],
  },
  {
    id: "claude-fable-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled", "disabled"],
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "restricted",
    sources: [SDK_MODEL, `maxOutputTokens: ${DOCS_FABLE_5}`, DOCS_THINKING, REPORTS_PREFILL, SO_3P, CACHING, SDK_SAMPLING],
  },
  {
    id: "claude-mythos-5",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled", "disabled"],
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_FABLE_5} (Mythos 5 shares the Fable 5 specs)`,
      DOCS_THINKING,
      REPORTS_PREFILL,
      SO_3P,
      CACHING,
      SDK_SAMPLING,
    ],
  },
  // ----- 4.x generation --------------------------------------------------------------------------
  {
    id: "claude-opus-4-8",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: ["enabled"],
    forcedToolChoice: true,
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_OPUS_4_8}`,
      DOCS_THINKING,
      FORCED_ALLOWED,
      REPORTS_PREFILL,
      SO_3P,
      CACHING,
      SDK_SAMPLING,
      REPORTS_SAMPLING_RESTRICTED,
    ],
  },
  {
    id: "claude-opus-4-7",
    aliases: [],
    status: "active",
    rejectedThinking: ["enabled"],
    forcedToolChoice: true,
    // prefill: not confirmed first-hand for 4.7 (the reports name 4.6, Sonnet 4.6 and 4.8 on).
    structuredOutputs: true,
    promptCaching: true,
    sampling: "restricted",
    sources: [
      SDK_MODEL,
      DOCS_THINKING,
      FORCED_ALLOWED,
      
      SO_3P,
      CACHING,
      SDK_SAMPLING,
      REPORTS_SAMPLING_RESTRICTED,
    ],
  },
  {
    id: "claude-mythos-preview",
    aliases: [],
    status: "deprecated",
    endOfLife: "June 30th, 2026",
    // Supports adaptive and extended (`enabled`, deprecated: the SDK warns); always on.
    rejectedThinking: ["disabled"],
    structuredOutputs: true,
    promptCaching: true,
    sources: [SDK_MODEL, SDK_DEPRECATED, DOCS_THINKING, SDK_THINKING_WARN, SO_3P, CACHING],
  },
  {
    id: "claude-opus-4-6",
    aliases: [],
    status: "active",
    maxOutputTokens: OUT_128K,
    rejectedThinking: [],
    forcedToolChoice: true,
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "no-temperature-with-top-p",
    sources: [
      SDK_MODEL,
      `maxOutputTokens: ${DOCS_OPUS_4_6}`,
      DOCS_THINKING,
      SDK_THINKING_WARN,
      FORCED_ALLOWED,
      REPORTS_PREFILL,
      SO_DOCS,
      CACHING,
      REPORTS_TEMP_TOP_P,
    ],
  },
  {
    id: "claude-sonnet-4-6",
    aliases: [],
    status: "active",
    rejectedThinking: [],
    forcedToolChoice: true,
    prefill: false,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "no-temperature-with-top-p",
    sources: [SDK_MODEL, DOCS_THINKING, FORCED_ALLOWED, REPORTS_PREFILL, SO_DOCS, CACHING, REPORTS_TEMP_TOP_P],
  },
  {
    id: "claude-opus-4-5-20251101",
    aliases: ["claude-opus-4-5"],
    status: "deprecated",
    endOfLife: "January 22nd, 2027",
    maxOutputTokens: OUT_64K,
    rejectedThinking: ["adaptive"],
    forcedToolChoice: true,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "no-temperature-with-top-p",
    sources: [
      SDK_MODEL,
      SDK_DEPRECATED,
      `maxOutputTokens: ${DOCS_OPUS_4_5}; the API's own 400 'max_tokens: 128001 > 64000, which is the maximum allowed number of output tokens for claude-opus-4-5-20251101' (public reports)`,
      DOCS_THINKING,
      FORCED_ALLOWED,
      SO_DOCS,
      CACHING,
      REPORTS_TEMP_TOP_P,
    ],
  },
  {
    id: "claude-haiku-4-5-20251001",
    aliases: ["claude-haiku-4-5"],
    status: "active",
    rejectedThinking: ["adaptive"],
    forcedToolChoice: true,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "no-temperature-with-top-p",
    sources: [
      SDK_MODEL,
      "aliases: https://platform.claude.com/docs/claude/docs/models-overview",
      DOCS_THINKING,
      FORCED_ALLOWED,
      SO_DOCS,
      CACHING,
      REPORTS_TEMP_TOP_P,
    ],
  },
  // ----- retired (removed from the SDK's Model union) -------------------------------------------
  {
    id: "claude-sonnet-4-5-20250929",
    aliases: ["claude-sonnet-4-5"],
    status: "retired",
    endOfLife: "November 30th, 2026",
    rejectedThinking: ["adaptive"],
    forcedToolChoice: true,
    structuredOutputs: true,
    promptCaching: true,
    sampling: "no-temperature-with-top-p",
    sources: [SDK_CHANGELOG_1_15, SDK_DEPRECATED_1_14, DOCS_THINKING, FORCED_ALLOWED, SO_DOCS, CACHING, REPORTS_TEMP_TOP_P],
  },
  {
    id: "claude-opus-4-1-20250805",
    aliases: ["claude-opus-4-1"],
    status: "retired",
    endOfLife: "August 5th, 2026",
    rejectedThinking: ["adaptive"],
    sampling: "no-temperature-with-top-p",
    sources: [
      SDK_CHANGELOG_0_116,
      SDK_HISTORIC_MAP,
      "rejectedThinking: https://platform.claude.com/docs/zh-CN/build-with-claude/thinking-troubleshooting (table: Opus 4.1 extended only, rejects adaptive)",
      REPORTS_TEMP_TOP_P,
    ],
  },
  retired("claude-opus-4-20250514", ["claude-opus-4-0", "claude-4-opus-20250514"], "June 15th, 2026", [
    SDK_CHANGELOG_0_104,
    SDK_HISTORIC_MAP,
  ]),
  retired("claude-sonnet-4-20250514", ["claude-sonnet-4-0", "claude-4-sonnet-20250514"], "June 15th, 2026", [
    SDK_CHANGELOG_0_104,
    SDK_HISTORIC_MAP,
  ]),
  // Removed by the same 0.104.2 change; the SDK map never gave it a date.
  retired("claude-3-haiku-20240307", [], undefined, [SDK_CHANGELOG_0_104]),
  retired("claude-3-7-sonnet-20250219", ["claude-3-7-sonnet-latest"], "February 19th, 2026", [SDK_HISTORIC_MAP]),
  retired("claude-3-5-haiku-20241022", ["claude-3-5-haiku-latest"], "February 19th, 2026", [SDK_HISTORIC_MAP]),
  retired("claude-3-5-sonnet-20241022", ["claude-3-5-sonnet-latest"], "October 22, 2025", [SDK_HISTORIC_MAP]),
  retired("claude-3-5-sonnet-20240620", [], "October 22, 2025", [SDK_HISTORIC_MAP]),
  retired("claude-3-opus-20240229", ["claude-3-opus-latest"], "January 5th, 2026", [SDK_HISTORIC_MAP]),
  retired("claude-3-sonnet-20240229", [], "July 21st, 2025", [SDK_CHANGELOG_0_58, SDK_HISTORIC_MAP]),
  retired("claude-2.1", [], "July 21st, 2025", [SDK_CHANGELOG_0_58, SDK_HISTORIC_MAP]),
  retired("claude-2.0", [], "July 21st, 2025", [SDK_CHANGELOG_0_58, SDK_HISTORIC_MAP]),
  retired("claude-instant-1.2", [], "November 6th, 2024", [SDK_CHANGELOG_INSTANT, SDK_HISTORIC_MAP]),
  retired("claude-instant-1.1", [], "November 6th, 2024", [SDK_CHANGELOG_INSTANT, SDK_HISTORIC_MAP]),
  retired("claude-instant-1.1-100k", [], "November 6th, 2024", [SDK_CHANGELOG_INSTANT, SDK_HISTORIC_MAP]),
  retired("claude-1.3", [], "November 6th, 2024", [SDK_CHANGELOG_INSTANT, SDK_HISTORIC_MAP]),
  retired("claude-1.3-100k", [], "November 6th, 2024", [SDK_CHANGELOG_INSTANT, SDK_HISTORIC_MAP]),
  // Legacy Text Completions ids (moving aliases and early versions); no date recorded in the SDK.
  retired("claude-2", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-1", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-1-100k", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-1.0", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-1.2", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-instant-1", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-instant-1-100k", [], undefined, [SDK_LEGACY_COMPLETIONS]),
  retired("claude-instant-1.0", [], undefined, [SDK_LEGACY_COMPLETIONS]),
];

/**
 * The model the rules propose in place of a retired or deprecated one, chosen by the family name
 * in the id (`opus`, `sonnet`, …): the newest active model of that family in the table. Ids with
 * no family name (`claude-2.1`, `claude-1.3`) get no specific proposal. `instant` is mapped to
 * Haiku: the rule's choice, as Haiku is the fast, low-cost line that followed Claude Instant.
 * `tests/engine/models.test.ts` checks that every target is an active id of the table.
 */
export const CURRENT_OF_FAMILY: Readonly<Record<string, { readonly id: string; readonly label: string }>> = {
  opus: { id: "claude-opus-5-5", label: "the current Opus model" },
  sonnet: { id: "claude-sonnet-5-5", label: "the current Sonnet model" },
  haiku: { id: "claude-haiku-5-5", label: "the current Haiku model" },
  fable: { id: "claude-fable-5-2", label: "the current Fable model" },
  mythos: { id: "claude-mythos-5-2", label: "the current Mythos model" },
  instant: { id: "claude-haiku-5-5", label: "the current Haiku model" },
};

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

const BY_ID: ReadonlyMap<string, ModelInfo> = (() => {
  const map = new Map<string, ModelInfo>();
  for (const model of MODELS) {
    for (const name of [model.id, ...model.aliases]) {
      if (map.has(name)) {
        throw new Error(`eslint-plugin-anthropic: duplicate model id in table: ${name}`);
      }
      map.set(name, model);
    }
  }
  return map;
})();

/** Every first-party id in the table (canonical ids and aliases). */
export const MODEL_IDS: readonly string[] = [...BY_ID.keys()];

// All patterns below are anchored and free of nested quantifiers (linear time).
/** First-party id shape: `claude-` then lowercase letters, digits, dots and dashes. */
const FIRST_PARTY_SHAPE = /^claude-[a-z0-9][a-z0-9.-]*$/;
/** Bedrock model part after `anthropic.`; allows the `-v1:0` style suffix and legacy `claude-v2:1`. */
const BEDROCK_SHAPE = /^claude-[a-z0-9][a-z0-9.:-]*$/;
/** Bedrock version suffix: `-v1`, `-v1:0`, `-v2:0`, and provisioned-throughput `-v1:0:200k`. */
const BEDROCK_VERSION = /-v[0-9]+(?::[0-9]+)?(?::[0-9]+k)?$/;
/** Cross-region inference-profile prefix before `anthropic.` (`us.`, `eu.`, `apac.`, `global.`, `us-gov.` …). */
const REGION_PREFIX = /^[a-z]+(?:-[a-z]+)?\.$/;
/** Vertex version date after `@`. */
const VERTEX_DATE = /^[0-9]{8}$/;
/** Vertex `-v2` style version before `@` (e.g. `claude-3-5-sonnet-v2@20241022`). */
const VERTEX_VERSION = /-v[0-9]+$/;
/** Bedrock ARN (foundation-model or inference-profile). */
const BEDROCK_ARN = /^arn:aws[a-z-]*:bedrock:/;

/**
 * How a model string is written. `head` is everything before the model name (a Bedrock ARN or a
 * Vertex resource path, the Bedrock `us.anthropic.` prefix), `core` the first-party id it stands
 * for (Vertex `name@date` → `name-date`), `tail` the Bedrock version suffix (`-v1:0`). `name` is
 * the model name as written (Vertex: before `@`), and `candidates` the first-party ids to look up,
 * in order (empty for an unreadable Vertex version).
 */
export interface ModelIdForm {
  readonly kind: "first-party" | "bedrock" | "vertex";
  readonly head: string;
  readonly core: string;
  readonly tail: string;
  readonly name: string;
  readonly candidates: readonly string[];
}

/** Split a model string into its platform form and the first-party ids it may stand for. */
export function parseModelId(written: string): ModelIdForm {
  // Pure in its string, and asked for the same few ids by every rule of every request: memoized.
  let form = parsedIds.get(written);
  if (!form) {
    if (parsedIds.size >= MAX_MEMO) parsedIds.clear();
    parsedIds.set(written, (form = parse(written)));
  }
  return form;
}

/** Bound on the memo of parsed ids (a program writes a handful; generated code may write many). */
const MAX_MEMO = 4096;
const parsedIds = new Map<string, ModelIdForm>();
const lookedUp = new Map<string, ModelInfo | null>();

function parse(written: string): ModelIdForm {
  const start =
    BEDROCK_ARN.test(written) || written.startsWith("projects/") || written.startsWith("publishers/")
      ? written.lastIndexOf("/") + 1
      : 0;
  const id = written.slice(start);
  const anthropicAt = id.indexOf("anthropic.");
  if (anthropicAt === 0 || (anthropicAt > 0 && REGION_PREFIX.test(id.slice(0, anthropicAt)))) {
    const headEnd = start + anthropicAt + "anthropic.".length;
    const raw = written.slice(headEnd);
    const tail = BEDROCK_VERSION.exec(raw)?.[0] ?? "";
    const core = raw.slice(0, raw.length - tail.length);
    return { kind: "bedrock", head: written.slice(0, headEnd), core, tail, name: raw, candidates: tail ? [core, raw] : [raw] };
  }
  const at = id.indexOf("@");
  if (at > 0) {
    const name = id.slice(0, at);
    const date = id.slice(at + 1);
    const head = written.slice(0, start);
    if (!VERTEX_DATE.test(date)) return { kind: "vertex", head, core: name, tail: "", name, candidates: [] };
    const candidates = [`${name}-${date}`];
    const unversioned = name.replace(VERTEX_VERSION, "");
    if (unversioned !== name) candidates.push(`${unversioned}-${date}`);
    return { kind: "vertex", head, core: `${name}-${date}`, tail: "", name, candidates };
  }
  return { kind: "first-party", head: written.slice(0, start), core: id, tail: "", name: id, candidates: [id] };
}

/**
 * The first-party id a model string stands for, when the table knows it: the canonical id of
 * the matching entry. Accepts the same forms as {@link lookupModel}.
 */
export function toCanonicalId(id: string): string | undefined {
  return lookupModel(id)?.id;
}

/**
 * Look a model id up. Accepts first-party ids and aliases, and the cloud forms:
 * Bedrock "anthropic.claude-opus-4-5-20251101-v1:0", "us.anthropic.claude-…-v1:0" / "eu." / "apac." / "global." inference-profile prefixes, ARNs ending in such an id;
 * Vertex "claude-opus-4-5@20251101" (id@date) and plain ids; Foundry uses first-party ids.
 * Returns undefined for anything not in the table (unknown ids are not errors here).
 */
export function lookupModel(id: string): ModelInfo | undefined {
  let found = lookedUp.get(id);
  if (found === undefined) {
    found = null;
    for (const candidate of parseModelId(id).candidates) {
      const model = BY_ID.get(candidate);
      if (model) {
        found = model;
        break;
      }
    }
    if (lookedUp.size >= MAX_MEMO) lookedUp.clear();
    lookedUp.set(id, found);
  }
  return found ?? undefined;
}

/** true when the string looks like a Claude model id in any of the forms above (first-party "claude-…", bedrock, vertex). */
export function looksLikeClaudeId(id: string): boolean {
  const parsed = parseModelId(id);
  switch (parsed.kind) {
    case "bedrock":
      return BEDROCK_SHAPE.test(parsed.name);
    case "vertex":
      return parsed.candidates.length > 0 && FIRST_PARTY_SHAPE.test(parsed.name);
    case "first-party":
      return FIRST_PARTY_SHAPE.test(parsed.candidates[0] ?? "");
  }
}
