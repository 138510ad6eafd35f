/**
 * The JSON Schema subset structured outputs (and `strict: true` tools) accept: the facts
 * `engine/json-schema.ts` checks a schema against.
 */
import { SDK_SNAPSHOT } from "./sdk-snapshot";

/**
 * String formats structured outputs support: the SDK's own list (`SUPPORTED_STRING_FORMATS` of
 * `lib/transform-json-schema.ts`, as the release of `sdk-snapshot.ts` has it), which matches the
 * documented subset (date-time, time, date, duration, email, hostname, uri, ipv4, ipv6, uuid).
 */
export const SUPPORTED_STRING_FORMATS: ReadonlySet<string> = new Set(SDK_SNAPSHOT.stringFormats ?? []);

/** Keywords the API rejects, by the JSON type whose schemas they constrain (the structured-outputs docs' JSON Schema subset, https://platform.claude.com/docs/en/build-with-claude/structured-outputs; the API's 400 "For 'integer' type, properties maximum, minimum are not supported", laravel/ai#715). */
export const UNSUPPORTED_KEYWORDS: Readonly<Record<"number" | "string" | "array", readonly string[]>> = {
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  string: ["minLength", "maxLength"],
  array: ["maxItems", "uniqueItems"],
};
