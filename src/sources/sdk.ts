/**
 * What the Anthropic SDKs look like from the outside: the packages, the client classes each
 * exports, and the methods that take a Messages request body.
 *
 * Source: `@anthropic-ai/sdk` 1.14 `src/index.ts`, `@anthropic-ai/bedrock-sdk` 1.1 `src/index.ts`
 * (`AnthropicBedrock` default, `AnthropicBedrockMantle`), `@anthropic-ai/vertex-sdk` 1.1
 * (`AnthropicVertex` default), `@anthropic-ai/foundry-sdk` 1.1 (`AnthropicFoundry` default).
 */

export type SdkPackage =
  | "@anthropic-ai/sdk"
  | "@anthropic-ai/bedrock-sdk"
  | "@anthropic-ai/vertex-sdk"
  | "@anthropic-ai/foundry-sdk";

export type Platform = "anthropic" | "bedrock" | "vertex" | "foundry";

interface PackageInfo {
  readonly platform: Platform;
  /** The class behind `import X from pkg` / `require(pkg).default`. */
  readonly defaultClass: string;
  /** Named exports that are client classes. */
  readonly classes: ReadonlySet<string>;
  /** `require(pkg)` itself is a constructor (the SDK's CommonJS wrapper). */
  readonly requireIsConstructor: boolean;
}

export const SDK_PACKAGES: ReadonlyMap<string, PackageInfo> = new Map<string, PackageInfo>([
  [
    "@anthropic-ai/sdk",
    {
      platform: "anthropic",
      defaultClass: "Anthropic",
      classes: new Set(["Anthropic", "BaseAnthropic"]),
      requireIsConstructor: true,
    },
  ],
  [
    "@anthropic-ai/bedrock-sdk",
    {
      platform: "bedrock",
      defaultClass: "AnthropicBedrock",
      classes: new Set(["AnthropicBedrock", "AnthropicBedrockMantle"]),
      requireIsConstructor: false,
    },
  ],
  [
    "@anthropic-ai/vertex-sdk",
    {
      platform: "vertex",
      defaultClass: "AnthropicVertex",
      classes: new Set(["AnthropicVertex"]),
      requireIsConstructor: false,
    },
  ],
  [
    "@anthropic-ai/foundry-sdk",
    {
      platform: "foundry",
      defaultClass: "AnthropicFoundry",
      classes: new Set(["AnthropicFoundry"]),
      requireIsConstructor: false,
    },
  ],
]);

/** Every package name starts with this: one substring search tells whether a file may use one. */
export const SDK_PACKAGE_PREFIX = "@anthropic-ai/";


/** Methods of `messages` / `beta.messages` that take a request body as first argument. */
export const MESSAGE_METHODS: ReadonlySet<string> = new Set(["create", "stream", "parse", "countTokens"]);

/** Resource names a client exposes on the way to a request-taking method. */
export const RESOURCE_NAMES: ReadonlySet<string> = new Set(["beta", "messages", "batches"]);

export type RequestMethod = "create" | "stream" | "parse" | "countTokens" | "batches.create" | "toolRunner";

/**
 * Given the resource path below a client (e.g. `["beta", "messages"]`) and a method name, the
 * kind of request the call sends, or undefined when the call sends no Messages request.
 */
export function requestMethodOf(
  path: readonly string[],
  method: string,
): { method: RequestMethod; beta: boolean } | undefined {
  const beta = path[0] === "beta";
  const rest = beta ? path.slice(1) : path;
  if (rest.length === 1 && rest[0] === "messages" && MESSAGE_METHODS.has(method)) {
    return { method: method as RequestMethod, beta };
  }
  // `beta.messages.toolRunner(body)`: the SDK's tool loop sends `body` (plus its runnable tools).
  if (beta && rest.length === 1 && rest[0] === "messages" && method === "toolRunner") {
    return { method: "toolRunner", beta };
  }
  if (rest.length === 2 && rest[0] === "messages" && rest[1] === "batches" && method === "create") {
    return { method: "batches.create", beta };
  }
  return undefined;
}

/**
 * Hosts that serve the Anthropic API itself. A client whose `baseURL` is a known URL on any other
 * host talks to another vendor's Anthropic-compatible endpoint, whose rules differ.
 */
export function isAnthropicHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === "anthropic.com" || h.endsWith(".anthropic.com");
}

/** The host of a URL string, or undefined when the string is not an absolute http(s) URL. */
export function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1] : undefined;
}
