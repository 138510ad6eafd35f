/** The server tools the API knows, by `type` tag. */
import { SDK_SNAPSHOT } from "./sdk-snapshot";

/**
 * The server tool `type` tags of `ToolUnion` (GA) and `BetaToolUnion` (beta) in the SDK release of
 * `sdk-snapshot.ts`, each with the fixed `name` the SDK types give the tool, or `null` for a
 * toolset (it has no `name`). A test compares both with the installed SDK's source.
 */
export const GA_SERVER_TOOL_TYPES: Readonly<Record<string, string | null>> = SDK_SNAPSHOT.serverTools.ga ?? {};
export const BETA_SERVER_TOOL_TYPES: Readonly<Record<string, string | null>> = SDK_SNAPSHOT.serverTools.beta ?? {};
