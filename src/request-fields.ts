/**
 * The top-level fields each Messages method takes, read from the installed `@anthropic-ai/sdk`
 * 1.14.0 types (API version 2026-10-21). `tests/engine/request-fields.test.ts` parses the SDK
 * interfaces named below and fails when a list here disagrees with them.
 *
 * A request with a top-level field its method does not take is refused with
 * 400 `"<field>: Extra inputs are not permitted"` (API-FACTS.md §11).
 */
import type { RequestMethod } from "./sdk";

/**
 * `messages.create` / `stream` / `parse`, and each `requests[].params` of `messages.batches.create`
 * (`MessageCreateParamsNonStreaming extends MessageCreateParamsBase`).
 *
 * Source: SDK `src/resources/messages/messages.ts`, `interface MessageCreateParamsBase`.
 */
export const MESSAGE_CREATE_FIELDS: readonly string[] = [
  "max_tokens",
  "messages",
  "model",
  "cache_control",
  "container",
  "diagnostics",
  "inference_geo",
  "metadata",
  "output_config",
  "service_tier",
  "speed",
  "stop_sequences",
  "stream",
  "system",
  "thinking",
  "tool_choice",
  "tools",
  "user_profile_id",
  "workspace_id",
];

/**
 * `messages.countTokens`.
 *
 * Source: SDK `src/resources/messages/messages.ts`, `interface MessageCountTokensParams`.
 */
export const MESSAGE_COUNT_TOKENS_FIELDS: readonly string[] = [
  "messages",
  "model",
  "cache_control",
  "output_config",
  "speed",
  "system",
  "thinking",
  "tool_choice",
  "tools",
  "user_profile_id",
  "workspace_id",
];

/**
 * `beta.messages.create` / `stream` / `parse`.
 *
 * Source: SDK `src/resources/beta/messages/messages.ts`, `interface MessageCreateParamsBase`.
 */
export const BETA_MESSAGE_CREATE_FIELDS: readonly string[] = [
  "max_tokens",
  "messages",
  "model",
  "billing_policy",
  "cache_control",
  "compaction",
  "container",
  "context_management",
  "diagnostics",
  "fallback_credit_token",
  "fallbacks",
  "inference_geo",
  "mcp_servers",
  "metadata",
  "output_config",
  "output_format",
  "service_tier",
  "speed",
  "stop_sequences",
  "stream",
  "system",
  "thinking",
  "thread",
  "tool_choice",
  "tools",
  "betas",
  "user_profile_id",
  "workspace_id",
];

/**
 * `beta.messages.countTokens`.
 *
 * Source: SDK `src/resources/beta/messages/messages.ts`, `interface MessageCountTokensParams`.
 */
export const BETA_MESSAGE_COUNT_TOKENS_FIELDS: readonly string[] = [
  "messages",
  "model",
  "billing_policy",
  "cache_control",
  "compaction",
  "context_management",
  "mcp_servers",
  "output_config",
  "output_format",
  "speed",
  "system",
  "thinking",
  "tool_choice",
  "tools",
  "betas",
  "user_profile_id",
  "workspace_id",
];

/**
 * Fields SDK 1.x dropped from its types (`temperature`, `top_p`, `top_k`; SDK 0.137 still has them)
 * while it is not confirmed that API version 2026-10-21 refuses them (API-FACTS.md, "What I could
 * NOT confirm" #7). No field check may report them; the sampling rule owns them.
 */
export const UNCONFIRMED_FIELDS: ReadonlySet<string> = new Set(["temperature", "top_p", "top_k"]);

/**
 * Body fields the cloud clients' transports read themselves: Bedrock and Vertex keep a caller's
 * `anthropic_version` (they add one only when it is missing), Bedrock keeps `anthropic_beta`.
 * Whether the first-party API refuses them in the body is not confirmed, so no check reports them
 * on any client.
 *
 * Source: `@anthropic-ai/bedrock-sdk` 1.1.3 `src/client.ts` and `@anthropic-ai/vertex-sdk` 1.1.3
 * `src/client.ts` (`parsedBody['anthropic_version']`, `parsedBody['anthropic_beta']`).
 */
export const PLATFORM_BODY_FIELDS: ReadonlySet<string> = new Set(["anthropic_version", "anthropic_beta"]);

const CREATE = new Set(MESSAGE_CREATE_FIELDS);
const COUNT = new Set(MESSAGE_COUNT_TOKENS_FIELDS);
const BETA_CREATE = new Set(BETA_MESSAGE_CREATE_FIELDS);
const BETA_COUNT = new Set(BETA_MESSAGE_COUNT_TOKENS_FIELDS);

/** Fields of some create method that no `countTokens` (GA or beta) takes. */
const CREATE_ONLY = new Set([...CREATE, ...BETA_CREATE].filter((f) => !COUNT.has(f) && !BETA_COUNT.has(f)));
/** Fields `beta.messages.create` takes and `messages.create` does not. */
const BETA_ONLY_CREATE = new Set([...BETA_CREATE].filter((f) => !CREATE.has(f)));
/** Fields `beta.messages.countTokens` takes and `messages.countTokens` does not. */
const BETA_ONLY_COUNT = new Set([...BETA_COUNT].filter((f) => !COUNT.has(f)));

/**
 * The top-level fields a method takes. Batch `requests[].params` are typed as the GA
 * `MessageCreateParamsNonStreaming` under `beta.` too (SDK `src/resources/beta/messages/batches.ts`,
 * since 1.13.0).
 */
export function acceptedFields(method: RequestMethod, beta: boolean): ReadonlySet<string> {
  if (method === "countTokens") return beta ? BETA_COUNT : COUNT;
  if (method === "batches.create") return CREATE;
  return beta ? BETA_CREATE : CREATE;
}

/**
 * The fields the `beta.` form of a method takes and its GA form does not (empty for batches,
 * whose params are the GA create params either way).
 */
export function betaOnlyFields(method: RequestMethod): ReadonlySet<string> {
  if (method === "countTokens") return BETA_ONLY_COUNT;
  if (method === "batches.create") return new Set();
  return BETA_ONLY_CREATE;
}

/** Fields of a create request that no `countTokens` takes (`max_tokens`, `stream`, `metadata`, …). */
export function createOnlyFields(): ReadonlySet<string> {
  return CREATE_ONLY;
}

/** True when `field` is a top-level field of any Messages method, GA or beta. */
export function isMessagesField(field: string): boolean {
  return BETA_CREATE.has(field) || CREATE.has(field) || BETA_COUNT.has(field) || COUNT.has(field);
}
