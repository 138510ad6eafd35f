import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MODEL_IDS, MODELS, lookupModel, looksLikeClaudeId, toCanonicalId, type ModelInfo } from "../../src/knowledge/models";

/** Root folder of the installed `@anthropic-ai/sdk` (its `exports` map hides package.json). */
const localRequire = createRequire(__filename);
const SDK_ROOT = path.dirname(localRequire.resolve("@anthropic-ai/sdk"));

function readSdk(relative: string): string {
  return readFileSync(path.join(SDK_ROOT, relative), "utf8");
}

/** The string literals of `export type Model = … | (string & {});` in the SDK source. */
function sdkModelUnion(): string[] {
  const source = readSdk("src/resources/messages/messages.ts");
  const match = /export type Model =([^;]*);/.exec(source);
  if (!match) throw new Error("export type Model not found in the SDK");
  return [...(match[1] ?? "").matchAll(/'([^']+)'/g)].map((m) => m[1] ?? "");
}

/** `'id': 'date'` pairs of the SDK source `DEPRECATED_MODELS` map. */
function sdkDeprecatedFromSource(): Record<string, string> {
  const source = readSdk("src/internal/data/deprecated-models.ts");
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/'([^']+)':\s*'([^']+)'/g)) out[m[1] ?? ""] = m[2] ?? "";
  return out;
}

/** The compiled data modules the SDK actually runs (loaded by file path; not in the package exports). */
const deprecatedModule = localRequire(path.join(SDK_ROOT, "internal/data/deprecated-models.js")) as {
  DEPRECATED_MODELS: Readonly<Record<string, string>>;
};
const thinkingWarnModule = localRequire(path.join(SDK_ROOT, "internal/data/models-to-warn-with-thinking-enabled.js")) as {
  MODELS_TO_WARN_WITH_THINKING_ENABLED: readonly string[];
};

const allNames = (m: ModelInfo): string[] => [m.id, ...m.aliases];

describe("model table vs installed @anthropic-ai/sdk", () => {
  const union = sdkModelUnion();

  it("parses a non-trivial Model union", () => {
    expect(union.length).toBeGreaterThan(10);
    expect(union).toContain("claude-opus-4-6");
  });

  it("has every SDK Model id as an id or alias", () => {
    const missing = union.filter((id) => lookupModel(id) === undefined);
    expect(missing).toEqual([]);
    for (const id of union) expect(MODEL_IDS).toContain(id);
  });

  it("lists only SDK ids for non-retired entries, and no SDK id as retired", () => {
    for (const model of MODELS) {
      for (const name of allNames(model)) {
        if (model.status === "retired") expect(union, name).not.toContain(name);
        else expect(union, name).toContain(name);
      }
    }
  });

  it("agrees with the deprecation map (source and compiled)", () => {
    const fromSource = sdkDeprecatedFromSource();
    expect(deprecatedModule.DEPRECATED_MODELS).toEqual(fromSource);
    expect(Object.keys(fromSource).length).toBeGreaterThan(0);
    for (const [id, date] of Object.entries(fromSource)) {
      const model = lookupModel(id);
      expect(model, id).toBeDefined();
      expect(model?.status, id).toBe("deprecated");
      expect(model?.endOfLife, id).toBe(date);
    }
    for (const model of MODELS.filter((m) => m.status === "deprecated")) {
      for (const name of allNames(model)) {
        expect(fromSource[name], name).toBe(model.endOfLife);
      }
    }
    for (const model of MODELS.filter((m) => m.status === "active")) {
      expect(model.endOfLife, model.id).toBeUndefined();
    }
  });

  it("does not reject thinking.type 'enabled' for models the SDK only warns about", () => {
    const source = readSdk("src/internal/data/models-to-warn-with-thinking-enabled.ts");
    const fromSource = [...source.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? "");
    expect(thinkingWarnModule.MODELS_TO_WARN_WITH_THINKING_ENABLED).toEqual(fromSource);
    expect(fromSource.length).toBeGreaterThan(0);
    for (const id of fromSource) {
      const model = lookupModel(id);
      expect(model, id).toBeDefined();
      expect(model?.rejectedThinking ?? [], id).not.toContain("enabled");
    }
  });
});

describe("model table shape", () => {
  it("has unique names across entries", () => {
    const names = MODELS.flatMap(allNames);
    expect(new Set(names).size).toBe(names.length);
    expect(MODEL_IDS.length).toBe(names.length);
  });

  it("gives every entry a source and first-party-shaped names", () => {
    for (const model of MODELS) {
      expect(model.sources.length, model.id).toBeGreaterThan(0);
      for (const name of allNames(model)) expect(looksLikeClaudeId(name), name).toBe(true);
      if (model.maxOutputTokens !== undefined) expect(Number.isInteger(model.maxOutputTokens)).toBe(true);
    }
  });

  it("includes retired models", () => {
    for (const id of [
      "claude-3-5-sonnet-20241022",
      "claude-3-opus-20240229",
      "claude-3-haiku-20240307",
      "claude-3-5-haiku-20241022",
      "claude-3-7-sonnet-20250219",
      "claude-sonnet-4-20250514",
      "claude-opus-4-20250514",
      "claude-opus-4-1-20250805",
      "claude-opus-4-1",
      "claude-2.1",
      "claude-instant-1.2",
    ]) {
      expect(lookupModel(id)?.status, id).toBe("retired");
    }
  });

  it("records the documented per-model facts", () => {
    expect(lookupModel("claude-opus-5-5")?.forcedToolChoice).toBe(false);
    expect(lookupModel("claude-sonnet-5-5")?.forcedToolChoice).toBe(false);
    expect(lookupModel("claude-fable-5-1")?.forcedToolChoice).toBe(false);
    expect(lookupModel("claude-haiku-5-5")?.forcedToolChoice).toBeUndefined();
    expect(lookupModel("claude-opus-5-5")?.rejectedThinking).toEqual(["enabled", "disabled"]);
    expect(lookupModel("claude-opus-4-5")?.rejectedThinking).toEqual(["adaptive"]);
    expect(lookupModel("claude-opus-4-5")?.maxOutputTokens).toBe(64_000);
    expect(lookupModel("claude-opus-4-7")?.maxOutputTokens).toBeUndefined();
    expect(lookupModel("claude-mythos-5-1")?.maxOutputTokens).toBeUndefined();
    expect(lookupModel("claude-opus-4-6")?.prefill).toBe(false);
    expect(lookupModel("claude-opus-4-8")?.sampling).toBe("restricted");
    expect(lookupModel("claude-sonnet-4-5")?.sampling).toBe("no-temperature-with-top-p");
    expect(lookupModel("claude-opus-5")?.disabledThinkingRejectedAtEffort).toEqual(["xhigh", "max"]);
  });
});

describe("lookupModel", () => {
  const opus45 = lookupModel("claude-opus-4-5-20251101");

  it("finds first-party ids and aliases", () => {
    expect(opus45?.id).toBe("claude-opus-4-5-20251101");
    expect(lookupModel("claude-opus-4-5")).toBe(opus45);
    expect(lookupModel("claude-opus-5-5")?.id).toBe("claude-opus-5-5");
    expect(toCanonicalId("claude-haiku-4-5")).toBe("claude-haiku-4-5-20251001");
  });

  it("finds Bedrock model ids and inference profiles", () => {
    expect(lookupModel("anthropic.claude-opus-4-5-20251101-v1:0")).toBe(opus45);
    for (const region of ["us", "eu", "apac", "global"]) {
      expect(lookupModel(`${region}.anthropic.claude-opus-4-5-20251101-v1:0`), region).toBe(opus45);
    }
    expect(lookupModel("anthropic.claude-opus-4-6-v1")?.id).toBe("claude-opus-4-6");
    expect(lookupModel("anthropic.claude-opus-5")?.id).toBe("claude-opus-5");
    expect(lookupModel("anthropic.claude-3-5-sonnet-20241022-v2:0")?.status).toBe("retired");
  });

  it("finds Bedrock ARNs", () => {
    expect(
      lookupModel("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-opus-4-5-20251101-v1:0"),
    ).toBe(opus45);
    expect(
      lookupModel(
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0",
      )?.id,
    ).toBe("claude-sonnet-4-5-20250929");
    expect(lookupModel("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123")).toBeUndefined();
  });

  it("finds Vertex ids", () => {
    expect(lookupModel("claude-opus-4-5@20251101")).toBe(opus45);
    expect(lookupModel("claude-haiku-4-5@20251001")?.id).toBe("claude-haiku-4-5-20251001");
    expect(lookupModel("claude-3-5-sonnet-v2@20241022")?.id).toBe("claude-3-5-sonnet-20241022");
    expect(lookupModel("claude-opus-4-6")?.id).toBe("claude-opus-4-6");
    expect(
      lookupModel("projects/p/locations/us-east5/publishers/anthropic/models/claude-opus-4-5@20251101"),
    ).toBe(opus45);
    expect(lookupModel("claude-opus-4-5@latest")).toBeUndefined();
  });

  it("returns undefined for unknown ids", () => {
    expect(lookupModel("claude-sonnet-4-5-20250514")).toBeUndefined();
    expect(lookupModel("gpt-4o")).toBeUndefined();
    expect(lookupModel("")).toBeUndefined();
    expect(lookupModel("CLAUDE-OPUS-4-5")).toBeUndefined();
    expect(lookupModel("xx.yy.anthropic.claude-opus-4-5-20251101-v1:0")).toBeUndefined();
    expect(lookupModel("anthropic/claude-opus-4-5")).toBeUndefined();
  });
});

describe("looksLikeClaudeId", () => {
  it.each([
    "claude-opus-5-5",
    "claude-sonnet-4-5-20250514",
    "claude-2.1",
    "claude-instant-1.2",
    "anthropic.claude-opus-4-5-20251101-v1:0",
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
    "global.anthropic.claude-opus-4-6-v1",
    "anthropic.claude-v2:1",
    "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-opus-4-5-20251101-v1:0",
    "claude-opus-4-5@20251101",
    "claude-3-5-sonnet-v2@20241022",
  ])("accepts %s", (id) => {
    expect(looksLikeClaudeId(id)).toBe(true);
  });

  it.each([
    "gpt-4o",
    "",
    "claude",
    "claude-",
    "Claude-Opus-4-5",
    "gemini-2.5-pro",
    "anthropic.titan-text",
    "claude-opus-4-5@latest",
    "my claude-opus-4-5",
  ])("rejects %s", (id) => {
    expect(looksLikeClaudeId(id)).toBe(false);
  });

  it("is fast on long adversarial input", () => {
    const long = `claude-${"a-".repeat(50_000)}@`;
    const start = Date.now();
    expect(looksLikeClaudeId(long)).toBe(false);
    expect(lookupModel(`us.anthropic.claude-${"-v1".repeat(50_000)}x`)).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(1_000);
  });
});
