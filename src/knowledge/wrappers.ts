/**
 * What the wrapper libraries do to a request before it reaches the API, per version: the Vercel AI
 * SDK's Anthropic provider (`@ai-sdk/anthropic`), Mastra (`@mastra/core`) and LangChain.js
 * (`@langchain/anthropic`). Read from each package's published `dist/` at the versions named; the
 * tests hold the current rows against the devDependency packages (`tests/knowledge/wrappers.test.ts`).
 *
 * A behaviour that came in at different versions of several majors (the AI SDK backports fixes)
 * is a `Gate`: the first version per major that has it. A version whose major is newer than every
 * gate has it; one whose major has no entry does not.
 */
import { compareVersions } from "./sdk-facts";

/** First version per major that has a behaviour (`"4": "4.0.60"`); absent majors do not have it. */
export type Gate = Readonly<Record<string, string>>;

/** True when `version` has the behaviour `gate` describes (unknown version: the newest does). */
export function has(version: string | undefined, gate: Gate): boolean {
  if (version === undefined) return true;
  const major = version.split(".")[0];
  const since = gate[major];
  if (since !== undefined) return compareVersions(version, since) >= 0;
  const majors = Object.keys(gate).map(Number);
  return majors.length > 0 && Number(major) > Math.max(...majors);
}

// ---------------------------------------------------------------------------------------------
// Vercel AI SDK: @ai-sdk/anthropic
// ---------------------------------------------------------------------------------------------

/** The newest release these tables were read from: the behaviour assumed when the version is unknown. */
export const AI_SDK_ANTHROPIC_NEWEST = "4.0.112";

/** One row of the provider's model table (`languageModelDefinitions` in `dist/index.js`). */
export interface AiSdkRow {
  /** Default `max_tokens`, and the cap for known models. */
  readonly max: number;
  /** Capped at `max` (listed rows and their family matches). */
  readonly known: boolean;
  readonly modes: readonly ("adaptive" | "budget" | "between-tools")[];
  /** `thinking: { type: "disabled" }` kept: always, only up to effort high, or never. */
  readonly canDisable: "always" | "up-to-high-effort" | false;
  /** `temperature` / `top_p` / `top_k` kept (otherwise dropped with a warning). */
  readonly sampling: boolean;
  /** A forced `tool_choice` kept (otherwise rewritten to auto). */
  readonly forced: boolean;
  /** Native structured outputs (gates `strict` and `output_config.format`). */
  readonly nso: boolean;
}

const row = (max: number, modes: AiSdkRow["modes"], canDisable: AiSdkRow["canDisable"], sampling: boolean, forced: boolean, nso: boolean): AiSdkRow => ({
  max,
  known: true,
  modes,
  canDisable,
  sampling,
  forced,
  nso,
});

/** `@ai-sdk/anthropic@4.0.112` `dist/index.js` `languageModelDefinitions`. */
export const AI_SDK_ROWS: Readonly<Record<string, AiSdkRow>> = {
  "claude-opus-5-5": row(128_000, ["adaptive"], false, false, false, true),
  "claude-opus-5": row(128_000, ["adaptive", "budget"], "up-to-high-effort", false, true, true),
  "claude-sonnet-5-5": row(128_000, ["adaptive", "between-tools"], false, false, false, true),
  "claude-sonnet-5": row(128_000, ["adaptive", "budget"], "always", false, true, true),
  "claude-haiku-5-5": row(128_000, ["adaptive"], "up-to-high-effort", false, true, true),
  "claude-fable-5-2": row(128_000, ["adaptive"], false, false, false, true),
  "claude-fable-5-1": row(128_000, ["adaptive"], false, false, false, true),
  "claude-fable-5": row(128_000, ["adaptive"], false, false, true, true),
  "claude-opus-4-8": row(128_000, ["adaptive", "budget"], "always", false, true, true),
  "claude-opus-4-7": row(128_000, ["adaptive", "budget"], "always", false, true, true),
  "claude-opus-4-6": row(128_000, ["adaptive", "budget"], "always", true, true, true),
  "claude-sonnet-4-6": row(128_000, ["adaptive", "budget"], "always", true, true, true),
  "claude-opus-4-5": row(64_000, ["budget"], "always", true, true, true),
  "claude-haiku-4-5": row(64_000, ["budget"], "always", true, true, true),
  "claude-sonnet-4-5": row(64_000, ["budget"], "always", true, true, true),
  "claude-opus-4-1": row(32_000, ["budget"], "always", true, true, true),
  "claude-opus-4-0": row(32_000, ["budget"], "always", true, true, false),
  "claude-sonnet-4-0": row(64_000, ["budget"], "always", true, true, false),
  "claude-3-haiku-20240307": row(4096, ["budget"], "always", true, true, false),
  "claude-haiku-4-5-20251001": row(64_000, ["budget"], "always", true, true, true),
  "claude-opus-4-1-20250805": row(32_000, ["budget"], "always", true, true, true),
  "claude-opus-4-20250514": row(32_000, ["budget"], "always", true, true, false),
  "claude-opus-4-5-20251101": row(64_000, ["budget"], "always", true, true, true),
  "claude-sonnet-4-20250514": row(64_000, ["budget"], "always", true, true, false),
  "claude-sonnet-4-5-20250929": row(64_000, ["budget"], "always", true, true, true),
};

/** Ids no row lists and no family matches: other `claude-…` ids (`unknownClaudeModel`). */
export const AI_SDK_UNKNOWN_CLAUDE: AiSdkRow = { max: 128_000, known: false, modes: ["adaptive", "budget"], canDisable: "up-to-high-effort", sampling: false, forced: true, nso: true };
/** Legacy Claude models (Instant, 2, 3) and non-Claude ids (`unknownLegacyModel`). */
export const AI_SDK_UNKNOWN_LEGACY: AiSdkRow = { max: 4096, known: false, modes: ["budget"], canDisable: "always", sampling: true, forced: true, nso: false };

/** `unlistedModelFamilies`: the first match decides the row of an unlisted id (Bedrock, Vertex, versioned ids). */
const FAMILIES: readonly [(id: string) => boolean, string | AiSdkRow][] = [
  [(id) => id.includes("claude-sonnet-5-5"), "claude-sonnet-5-5"],
  [(id) => id.includes("claude-opus-5-5"), "claude-opus-5-5"],
  [(id) => id.includes("claude-haiku-5-5"), "claude-haiku-5-5"],
  [(id) => id.includes("claude-opus-5"), "claude-opus-5"],
  [(id) => id.includes("claude-fable-5-2"), "claude-fable-5-2"],
  [(id) => id.includes("claude-fable-5-1"), "claude-fable-5-1"],
  [(id) => id.includes("claude-fable-5"), "claude-fable-5"],
  [(id) => id.includes("claude-opus-4-8"), "claude-opus-4-8"],
  [(id) => id.includes("claude-opus-4-7"), "claude-opus-4-7"],
  [(id) => id.includes("claude-sonnet-5"), "claude-sonnet-5"],
  [(id) => id.includes("claude-sonnet-4-6"), "claude-sonnet-4-6"],
  [(id) => id.includes("claude-opus-4-6"), "claude-opus-4-6"],
  [(id) => id.includes("claude-sonnet-4-5"), "claude-sonnet-4-5"],
  [(id) => id.includes("claude-opus-4-5"), "claude-opus-4-5"],
  [(id) => id.includes("claude-haiku-4-5"), "claude-haiku-4-5"],
  [(id) => id.includes("claude-opus-4-1"), "claude-opus-4-1"],
  [(id) => /claude-sonnet-4[-@]/.test(id), "claude-sonnet-4-0"],
  [(id) => /claude-opus-4[-@]/.test(id), "claude-opus-4-0"],
  [(id) => id.includes("claude-3-haiku"), "claude-3-haiku-20240307"],
  [(id) => /claude-(?:instant(?:-|$)|v?2(?=$|[-.:])|3(?=$|[-.]))/.test(id), AI_SDK_UNKNOWN_LEGACY],
  [(id) => id.includes("claude-"), AI_SDK_UNKNOWN_CLAUDE],
];

/** The provider's row for a model id (`getAnthropicModelCapabilities`). */
export function aiSdkRow(modelId: string): AiSdkRow {
  if (Object.prototype.hasOwnProperty.call(AI_SDK_ROWS, modelId)) return AI_SDK_ROWS[modelId];
  for (const [matches, target] of FAMILIES) {
    if (matches(modelId)) return typeof target === "string" ? AI_SDK_ROWS[target] : target;
  }
  return AI_SDK_UNKNOWN_LEGACY;
}

/** Version gates of `@ai-sdk/anthropic` (its CHANGELOG, checked in the dist on either side). */
export const AI_SDK_GATES = {
  /** `max_tokens` defaults to the row's maximum (before: 4096). */
  defaultMaxIsRowMax: { "2": "2.0.31", "3": "3.0.0", "4": "4.0.0" },
  /** `max_tokens` above a known row's maximum is capped. */
  capsMaxTokens: { "2": "2.0.31", "3": "3.0.0", "4": "4.0.0" },
  /** `top_p` dropped when `temperature` is also set (Claude ids). */
  dropsTopPWithTemperature: { "3": "3.0.6", "4": "4.0.0" },
  /** `temperature`, `top_p`, `top_k` dropped on rows that refuse sampling. */
  dropsRefusedSampling: { "2": "2.0.75", "3": "3.0.70", "4": "4.0.0" },
  /** `thinking: { type: "adaptive" }` accepted (before: the provider throws). */
  acceptsAdaptive: { "2": "2.0.59", "3": "3.0.37", "4": "4.0.0" },
  /** `enabled` without `budgetTokens` sends 1024 (before: the provider throws). */
  defaultsBudget: { "2": "2.0.77", "3": "3.0.0", "4": "4.0.0" },
  /** `thinking: { type: "disabled" }` is sent (before: omitted). */
  sendsDisabled: { "3": "3.0.93", "4": "4.0.8" },
  /** `enabled` → `adaptive`, `disabled` removed (or between_tools) on rows without budget / that cannot disable. */
  rewritesThinkingForRow: { "2": "2.0.103", "3": "3.0.120", "4": "4.0.60" },
  /** A forced choice becomes `auto` on rows that refuse forced tool use. */
  rewritesForcedForRow: { "2": "2.0.103", "3": "3.0.120", "4": "4.0.60" },
  /** A forced choice becomes `auto` with `enabled` thinking. */
  rewritesForcedWithThinking: { "3": "3.0.131", "4": "4.0.80" },
  /** Breakpoints past the fourth are dropped with a warning. */
  dropsExtraBreakpoints: { "2": "2.0.33", "3": "3.0.0", "4": "4.0.0" },
  /** `temperature` clamped to [0, 1]. */
  clampsTemperature: { "2": "2.0.45", "3": "3.0.0", "4": "4.0.0" },
  /** Tool `strict` forwarded (nso rows). */
  forwardsStrict: { "3": "3.0.0", "4": "4.0.0" },
  /** `providerOptions.anthropic.thinking` sent at all (1.1.9 `dist/index.js` has no `thinking`; 1.1.10 has). */
  sendsThinking: { "1": "1.1.10" },
  /**
   * Cache control read whatever the model's settings (1.1.0 `dist/index.js` `getCacheControl`:
   * nothing unless the model was made with `{ cacheControl: true }`; 1.1.1 reads it always).
   */
  readsCacheControl: { "1": "1.1.1" },
  /** Tools kept with `toolChoice: "none"` (before: `prepareTools` returns no tools for `none`, 3.0.103 `dist/index.js`). */
  keepsToolsWithNone: { "3": "3.0.130", "4": "4.0.79" },
} as const satisfies Record<string, Gate>;

/** The `ai` package's default `maxRetries` for a call (every major). */
export const AI_SDK_DEFAULT_MAX_RETRIES = 2;

// ---------------------------------------------------------------------------------------------
// Mastra: @mastra/core
// ---------------------------------------------------------------------------------------------

/** The newest release these tables were read from. */
export const MASTRA_NEWEST = "1.71.0";

/**
 * The `@ai-sdk/anthropic` Mastra bundles for `"anthropic/…"` model strings, by the first Mastra
 * version checked with it (`dist/*.js`: the version constant before `function createAnthropic`).
 */
export const MASTRA_BUNDLED_AI_SDK: readonly [mastra: string, aiSdkAnthropic: string][] = [
  ["1.0.4", "2.0.45"],
  ["1.5.0", "2.0.61"],
  ["1.25.0", "3.0.69"],
  ["1.30.0", "3.0.71"],
  ["1.35.0", "3.0.76"],
  ["1.45.0", "3.0.82"],
  ["1.55.0", "3.0.98"],
  ["1.60.0", "3.0.103"],
];

/** The bundled provider version for a Mastra version (undefined: unknown). */
export function mastraBundledAiSdk(mastra: string | undefined): string | undefined {
  const v = mastra ?? MASTRA_NEWEST;
  let out: string | undefined;
  for (const [since, bundled] of MASTRA_BUNDLED_AI_SDK) if (compareVersions(v, since) >= 0) out = bundled;
  return out;
}

export const MASTRA_GATES = {
  /** The Agent's `maxRetries` is the only retry count (default 0); before, the model call retried 2 times. */
  agentRetriesOnly: { "1": "1.11.0" },
  /**
   * A call's `modelSettings.maxRetries` counts when the agent sets no `maxRetries` (1.71.0
   * `dist/agent-*.js`: `maxRetriesConfigured ? maxRetries : modelSettings?.maxRetries ?? maxRetries`).
   */
  perCallRetries: { "1": "1.63.1" },
  /** Mastra itself drops `temperature`, `topP`, `topK` for models not on its capability list. */
  dropsSampling: { "1": "1.67.0" },
} as const satisfies Record<string, Gate>;

/** Models Mastra lets `temperature` through for (`dist/capabilities/anthropic.json`, 1.71.0). */
export const MASTRA_TEMPERATURE_MODELS: ReadonlySet<string> = new Set([
  "claude-haiku-4-5",
  "claude-haiku-4-5-20251001",
  "claude-opus-4-5",
  "claude-opus-4-5-20251101",
  "claude-opus-4-6",
  "claude-sonnet-4-5",
  "claude-sonnet-4-5-20250929",
  "claude-sonnet-4-6",
]);

// ---------------------------------------------------------------------------------------------
// LangChain.js: @langchain/anthropic
// ---------------------------------------------------------------------------------------------

export const LANGCHAIN_NEWEST = "1.5.11";

/** `MODEL_DEFAULT_MAX_OUTPUT_TOKENS` (`dist/chat_models.js`, 1.5.11): prefixes in order, fallback 4096. */
export const LANGCHAIN_DEFAULT_MAX_TOKENS: readonly [prefix: string, maxTokens: number][] = [
  ["claude-opus-5", 16_384],
  ["claude-sonnet-5", 16_384],
  ["claude-fable-5-1", 16_384],
  ["claude-fable-5", 16_384],
  ["claude-mythos-5", 16_384],
  ["claude-mythos-preview", 16_384],
  ["claude-opus-4-7", 16_384],
  ["claude-opus-4-6", 16_384],
  ["claude-sonnet-4-6", 16_384],
  ["claude-opus-4-5", 16_384],
  ["claude-sonnet-4-5", 16_384],
  ["claude-haiku-4-5", 16_384],
  ["claude-opus-4-1", 16_384],
  ["claude-sonnet-4", 16_384],
  ["claude-opus-4", 16_384],
  ["claude-3-7-sonnet", 8192],
  ["claude-3-5-sonnet", 8192],
  ["claude-3-5-haiku", 8192],
  ["claude-3-opus", 4096],
  ["claude-3-sonnet", 4096],
  ["claude-3-haiku", 4096],
];
export const LANGCHAIN_DEFAULT_MAX_TOKENS_FALLBACK = 4096;

/** The `max_tokens` ChatAnthropic sends when `maxTokens` is not set (versions from 1.3.25, where the fallback became 4096). */
export function langchainDefaultMaxTokens(model: string, version: string | undefined): number | undefined {
  if (version !== undefined && compareVersions(version, "1.3.25") < 0) return undefined;
  for (const [prefix, n] of LANGCHAIN_DEFAULT_MAX_TOKENS) if (model.startsWith(prefix)) return n;
  return LANGCHAIN_DEFAULT_MAX_TOKENS_FALLBACK;
}

/** The model ChatAnthropic uses when none is given, by version (every one retired). */
export function langchainDefaultModel(version: string | undefined): string {
  const v = version ?? LANGCHAIN_NEWEST;
  if (compareVersions(v, "1.3.20") >= 0) return "claude-sonnet-4-5-20250929";
  if (compareVersions(v, "1.0.0") >= 0) return "claude-3-5-sonnet-latest";
  return "claude-2.1";
}

export const LANGCHAIN_GATES = {
  /** `thinking` sent only when set (before: `{ type: "disabled" }` on every call). */
  thinkingOnlyWhenSet: { "1": "1.5.1" },
  /** Sampling parameters sent only when set (0.3.x sent temperature 1, top_k -1, top_p -1). */
  samplingOnlyWhenSet: { "1": "1.0.0" },
  /** `new ChatAnthropic("model", fields)`. */
  modelAsFirstArgument: { "1": "1.3.19" },
} as const satisfies Record<string, Gate>;

/** LangChain retries a call this many times by default (`AsyncCaller`, `@langchain/core`). */
export const LANGCHAIN_DEFAULT_MAX_RETRIES = 6;
