/**
 * The wrapper-library tables (src/knowledge/wrappers.ts) against the packages they were read from,
 * installed as devDependencies at the newest versions the tables describe: the AI SDK provider's
 * model rows (through its own `getModelCapabilities`), LangChain's default `max_tokens` per model,
 * default model and retry count. When a dependency update brings a new release, these tests say
 * which table to bring up to date (and the `*_NEWEST` constant with it).
 *
 * Mastra is not installed here (its package is 15 MB): its tables are tested through the versions
 * they imply (tests/rules/wrappers/mastra.test.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AI_SDK_ANTHROPIC_NEWEST,
  AI_SDK_ROWS,
  LANGCHAIN_DEFAULT_MAX_RETRIES,
  LANGCHAIN_DEFAULT_MAX_TOKENS,
  LANGCHAIN_DEFAULT_MAX_TOKENS_FALLBACK,
  LANGCHAIN_NEWEST,
  aiSdkRow,
  has,
  langchainDefaultMaxTokens,
  langchainDefaultModel,
  mastraBundledAiSdk,
  type AiSdkRow,
} from "../../src/knowledge/wrappers";

const requireHere = createRequire(__filename);
/** An installed package's folder: up from its entry to `node_modules/<name>`. */
function packageDir(name: string): string {
  let dir = dirname(requireHere.resolve(name));
  while (!dir.replace(/\\/g, "/").endsWith(`/node_modules/${name}`)) {
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
    dir = dirname(dir);
  }
  return dir;
}
const version = (name: string): string => JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")).version;

interface Capabilities {
  maxOutputTokens: number;
  supportsStructuredOutput: boolean;
  supportsAdaptiveThinking: boolean;
  rejectsSamplingParameters: boolean;
  rejectsThinkingDisabledAboveHighEffort: boolean;
  rejectsThinkingDisabled: boolean;
  rejectsBudgetThinking: boolean;
  rejectsForcedToolUse: boolean;
  supportsBetweenToolsThinking: boolean;
  isKnownModel: boolean;
}

/** Our row in the provider's terms. */
function asCapabilities(row: AiSdkRow): Capabilities {
  return {
    maxOutputTokens: row.max,
    supportsStructuredOutput: row.nso,
    supportsAdaptiveThinking: row.modes.includes("adaptive"),
    rejectsSamplingParameters: !row.sampling,
    rejectsThinkingDisabledAboveHighEffort: row.canDisable !== "always",
    rejectsThinkingDisabled: row.canDisable === false,
    rejectsBudgetThinking: !row.modes.includes("budget"),
    rejectsForcedToolUse: !row.forced,
    supportsBetweenToolsThinking: row.modes.includes("between-tools"),
    isKnownModel: row.known,
  };
}

function pick(c: Capabilities): Capabilities {
  const keys = Object.keys(asCapabilities(AI_SDK_ROWS["claude-sonnet-4-6"])) as (keyof Capabilities)[];
  return Object.fromEntries(keys.map((k) => [k, c[k]])) as unknown as Capabilities;
}

describe("@ai-sdk/anthropic", async () => {
  const internal = (await import("@ai-sdk/anthropic/internal")) as unknown as {
    getModelCapabilities(id: string): Capabilities;
    anthropicModelCatalog: Record<string, unknown>;
  };

  it("the tables describe the installed release", () => {
    expect(version("@ai-sdk/anthropic")).toBe(AI_SDK_ANTHROPIC_NEWEST);
  });

  it("every listed row matches the provider's", () => {
    for (const [id, row] of Object.entries(AI_SDK_ROWS)) {
      expect(asCapabilities(row), id).toEqual(pick(internal.getModelCapabilities(id)));
    }
  });

  it("every model the provider documents has a row", () => {
    expect(Object.keys(internal.anthropicModelCatalog).filter((id) => !(id in AI_SDK_ROWS))).toEqual([]);
  });

  it.each([
    "us.anthropic.claude-opus-4-5-20251101-v1:0",
    "anthropic.claude-sonnet-4-6",
    "claude-opus-4-6@20260101",
    "claude-sonnet-4-20250514-v2",
    "claude-opus-4-8-fast",
    "claude-3-5-sonnet-20241022",
    "claude-3-7-sonnet-latest",
    "claude-2.1",
    "claude-instant-1.2",
    "claude-v2",
    "claude-nova-9",
    "MiniMax-M2",
    "gpt-4o",
  ])("an unlisted id is matched as the provider matches it: %s", (id) => {
    expect(asCapabilities(aiSdkRow(id))).toEqual(pick(internal.getModelCapabilities(id)));
  });
});

describe("@langchain/anthropic", () => {
  const dir = packageDir("@langchain/anthropic");
  const source = readFileSync(join(dir, "dist", "chat_models.js"), "utf8");

  it("the tables describe the installed release", () => {
    expect(version("@langchain/anthropic")).toBe(LANGCHAIN_NEWEST);
  });

  it("the default max_tokens per model prefix, in order, and the fallback", () => {
    const block = /const MODEL_DEFAULT_MAX_OUTPUT_TOKENS = \{([^}]*)\}/.exec(source)?.[1] ?? "";
    const rows = [...block.matchAll(/"([^"]+)":\s*(\d+)/g)].map((m) => [m[1], Number(m[2])]);
    expect(rows.length).toBeGreaterThan(10);
    expect(LANGCHAIN_DEFAULT_MAX_TOKENS).toEqual(rows);
    expect(Number(/const FALLBACK_MAX_OUTPUT_TOKENS = (\d+);/.exec(source)?.[1])).toBe(LANGCHAIN_DEFAULT_MAX_TOKENS_FALLBACK);
    expect(langchainDefaultMaxTokens("claude-opus-4-8", undefined)).toBe(16_384); // through "claude-opus-4"
    expect(langchainDefaultMaxTokens("claude-haiku-5-5", undefined)).toBe(4096); // no prefix matches
  });

  it("the default model", () => {
    expect(/\bmodel = "([^"]+)";/.exec(source)?.[1]).toBe(langchainDefaultModel(undefined));
  });

  it("the default retry count (@langchain/core's AsyncCaller)", () => {
    const caller = readFileSync(join(packageDir("@langchain/core"), "dist", "utils", "async_caller.js"), "utf8");
    expect(Number(/this\.maxRetries = params\.maxRetries \?\? (\d+);/.exec(caller)?.[1])).toBe(LANGCHAIN_DEFAULT_MAX_RETRIES);
  });
});

describe("version gates", () => {
  const gate = { "2": "2.0.103", "3": "3.0.120", "4": "4.0.60" };
  it.each([
    ["4.0.60", true],
    ["4.0.59", false],
    ["3.0.120", true],
    ["3.0.119", false],
    ["2.0.200", true],
    ["1.2.12", false],
    ["5.0.0", true],
    [undefined, true],
  ] as const)("%s has a behaviour from 4.0.60 / 3.0.120 / 2.0.103: %s", (v, expected) => {
    expect(has(v, gate)).toBe(expected);
  });

  it("Mastra's bundled provider by Mastra version", () => {
    expect(mastraBundledAiSdk("1.0.3")).toBeUndefined();
    expect(mastraBundledAiSdk("1.0.4")).toBe("2.0.45");
    expect(mastraBundledAiSdk("1.54.9")).toBe("3.0.82");
    expect(mastraBundledAiSdk(undefined)).toBe("3.0.103");
  });
});
