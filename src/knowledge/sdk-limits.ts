/**
 * Limits the SDK itself enforces before sending, as the release of `sdk-snapshot.ts` has them.
 *
 * - The long-request guard (`calculateNonstreamingTimeout` in `client.ts`): a non-streaming
 *   `create`/`parse` without a `timeout` is expected to take `60 min × max_tokens / 128,000`; above
 *   10 minutes the SDK throws "Streaming is required for operations that may take longer than 10
 *   minutes" before sending. That is every `max_tokens` above 21,333.
 * - Per-model non-streaming caps on top of it (`MODEL_NONSTREAMING_TOKENS` of
 *   `internal/constants.ts`, exact model strings).
 * - The default `maxRetries` of a client and of a request (`options.maxRetries ?? 2`).
 */
import { SDK_SNAPSHOT } from "./sdk-snapshot";

/** True when the SDK's guard refuses a non-streaming request with this `max_tokens` (no timeout set). */
export function exceedsNonstreamingTime(maxTokens: number): boolean {
  return (60 * 60 * 1000 * maxTokens) / 128_000 > 10 * 60 * 1000;
}

/** The largest `max_tokens` the guard lets through. */
export const NONSTREAMING_LIMIT = 21_333;

/** Exact model strings → the largest non-streaming `max_tokens` the SDK allows for them. */
export const MODEL_NONSTREAMING_TOKENS: ReadonlyMap<string, number> = new Map(Object.entries(SDK_SNAPSHOT.nonStreamingCaps ?? {}));

/** The SDK's default `maxRetries` (`client.ts`: `options.maxRetries ?? 2`). */
export const SDK_DEFAULT_MAX_RETRIES = 2;
