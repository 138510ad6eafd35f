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


export type RequestMethod = "create" | "stream" | "parse" | "countTokens" | "batches.create" | "toolRunner";

/**
 * One SDK method that sends a Messages request body (its first argument): where it hangs below a
 * client, what it sends, the raw HTTP path it posts to, and the SDK type names of its body. This
 * table drives everything that knows the SDK's surface: the call-site finder, the rules' listener
 * selector, the raw-HTTP and typed-object sources, and type information. A new SDK method is one
 * row here.
 */
export interface Endpoint {
  /** Resource path below the client: `["messages"]`, `["beta", "messages", "batches"]`. */
  readonly path: readonly string[];
  /** The method's name on that resource. */
  readonly name: string;
  readonly method: RequestMethod;
  readonly beta: boolean;
  /** The API path a raw `fetch` posts the same body to (GA; beta only adds `?beta=true`). */
  readonly http?: string;
  /** The SDK's type names for the body (`MessageCreateParams`, …), as imported from the package. */
  readonly bodyTypes: readonly string[];
}

const CREATE_TYPES = ["MessageCreateParams", "MessageCreateParamsBase", "MessageCreateParamsNonStreaming", "MessageCreateParamsStreaming"];

/** Source: `@anthropic-ai/sdk` `resources/messages/messages.d.ts`, `resources/beta/messages/messages.d.ts`, `…/batches.d.ts`, `lib/tools/BetaToolRunner.d.ts`. */
export const ENDPOINTS: readonly Endpoint[] = [
  { path: ["messages"], name: "create", method: "create", beta: false, http: "/v1/messages", bodyTypes: CREATE_TYPES },
  { path: ["messages"], name: "stream", method: "stream", beta: false, bodyTypes: ["MessageStreamParams"] },
  { path: ["messages"], name: "parse", method: "parse", beta: false, bodyTypes: [] },
  { path: ["messages"], name: "countTokens", method: "countTokens", beta: false, http: "/v1/messages/count_tokens", bodyTypes: ["MessageCountTokensParams"] },
  { path: ["messages", "batches"], name: "create", method: "batches.create", beta: false, http: "/v1/messages/batches", bodyTypes: ["BatchCreateParams"] },
  { path: ["beta", "messages"], name: "create", method: "create", beta: true, bodyTypes: ["BetaMessageCreateParams", "BetaMessageCreateParamsNonStreaming", "BetaMessageCreateParamsStreaming"] },
  { path: ["beta", "messages"], name: "stream", method: "stream", beta: true, bodyTypes: ["BetaMessageStreamParams"] },
  { path: ["beta", "messages"], name: "parse", method: "parse", beta: true, bodyTypes: [] },
  { path: ["beta", "messages"], name: "countTokens", method: "countTokens", beta: true, bodyTypes: ["BetaMessageCountTokensParams"] },
  // The SDK's tool loop sends `body` (plus its runnable tools) on every turn.
  { path: ["beta", "messages"], name: "toolRunner", method: "toolRunner", beta: true, bodyTypes: [] },
  { path: ["beta", "messages", "batches"], name: "create", method: "batches.create", beta: true, bodyTypes: [] },
];

/** Method names that may send a request (the rules listen to calls of these names only). */
export const ENDPOINT_NAMES: ReadonlySet<string> = new Set(ENDPOINTS.map((e) => e.name));

/** Resource names a client exposes on the way to a request-taking method. */
export const RESOURCE_NAMES: ReadonlySet<string> = new Set(ENDPOINTS.flatMap((e) => e.path));

/** The SDK resource classes a client's resources are instances of (type information names them). */
export const RESOURCE_CLASSES: readonly { readonly className: string; readonly path: readonly string[]; readonly file: RegExp }[] = [
  { className: "Messages", path: ["messages"], file: /\/resources\/messages\/messages\./ },
  { className: "Messages", path: ["beta", "messages"], file: /\/resources\/beta\/messages\/messages\./ },
  { className: "Batches", path: ["messages", "batches"], file: /\/resources\/messages\/batches\./ },
  { className: "Batches", path: ["beta", "messages", "batches"], file: /\/resources\/beta\/messages\/batches\./ },
];

const BY_CALL: ReadonlyMap<string, Endpoint> = new Map(ENDPOINTS.map((e) => [`${e.path.join(".")}#${e.name}`, e]));

/**
 * Given the resource path below a client (e.g. `["beta", "messages"]`) and a method name, the
 * request the call sends, or undefined when the call sends no Messages request.
 */
export function requestMethodOf(path: readonly string[], method: string): { method: RequestMethod; beta: boolean } | undefined {
  const endpoint = BY_CALL.get(`${path.join(".")}#${method}`);
  return endpoint && { method: endpoint.method, beta: endpoint.beta };
}

/** The request a raw HTTP post to this API path sends (`/v1/messages`, …). */
export function requestMethodOfPath(apiPath: string): RequestMethod | undefined {
  return ENDPOINTS.find((e) => e.http === apiPath)?.method;
}

/** The request an SDK body type name describes (`MessageCreateParams`, `BetaMessageStreamParams`, …). */
export function requestMethodOfType(typeName: string): { method: RequestMethod; beta: boolean } | undefined {
  const endpoint = ENDPOINTS.find((e) => e.bodyTypes.includes(typeName));
  return endpoint && { method: endpoint.method, beta: endpoint.beta };
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
