/**
 * The tables against the devDependency SDK, for every table: the generated snapshot (models,
 * deprecation dates, the thinking warning list, the request fields of every Messages method, the
 * server tool types, the non-streaming caps, the string formats, the version and its date) must
 * equal what the reader finds in the installed package, and the hand-written model table must agree
 * with it. When the SDK devDependency is bumped, these fail until `npm run sync-sdk` has run and
 * `models.ts` is updated.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { factsChanges, modelTableWork } from "../../src/knowledge/agreement";
import { readSdkFacts } from "../../src/knowledge/sdk-facts";
import { SDK_SNAPSHOT } from "../../src/knowledge/sdk-snapshot";
import { SDK_PACKAGES } from "../../src/sources/sdk";
import { DEV_SDK_ROOT } from "../helpers/sdk-fixture";

const requireHere = createRequire(__filename);
const devDependencies = (JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { devDependencies: Record<string, string> })
  .devDependencies;

const read = (relative: string): string | undefined => {
  try {
    return readFileSync(path.join(DEV_SDK_ROOT, relative), "utf8");
  } catch {
    return undefined;
  }
};
const installed = readSdkFacts(read, { tools: true, helpers: true });

describe("sdk-snapshot.ts vs the devDependency @anthropic-ai/sdk", () => {
  it("reads every part of the installed SDK", () => {
    expect(installed.version).toBe(devDependencies["@anthropic-ai/sdk"]);
    expect(installed.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(installed.models?.length).toBeGreaterThan(10);
    expect(Object.keys(installed.deprecated ?? {}).length).toBeGreaterThan(0);
    expect(installed.thinkingEnabledWarn?.length).toBeGreaterThan(0);
    for (const key of ["create", "countTokens", "betaCreate", "betaCountTokens"] as const) expect(installed.fields[key]?.length, key).toBeGreaterThan(5);
    expect(Object.keys(installed.serverTools.ga ?? {}).length).toBeGreaterThan(10);
    expect(Object.keys(installed.serverTools.beta ?? {}).length).toBeGreaterThan(10);
    expect(Object.keys(installed.nonStreamingCaps ?? {}).length).toBeGreaterThan(0);
    expect(installed.stringFormats?.length).toBeGreaterThan(5);
  });

  it("the snapshot equals it, table by table (else: npm run sync-sdk)", () => {
    expect(factsChanges(SDK_SNAPSHOT, installed)).toEqual([]);
    expect(SDK_SNAPSHOT).toEqual(installed);
  });

  it("the model table agrees with it (ids, aliases, retirements, deprecation dates, thinking warnings)", () => {
    expect(modelTableWork(installed)).toEqual([]);
  });

  it("the compiled data modules the SDK runs agree with its declarations and sources", () => {
    const data = (file: string) => requireHere(path.join(DEV_SDK_ROOT, file)) as Record<string, unknown>;
    expect(data("internal/data/deprecated-models.js").DEPRECATED_MODELS).toEqual(SDK_SNAPSHOT.deprecated);
    expect(data("internal/data/models-to-warn-with-thinking-enabled.js").MODELS_TO_WARN_WITH_THINKING_ENABLED).toEqual(SDK_SNAPSHOT.thinkingEnabledWarn);
    expect(data("internal/constants.js").MODEL_NONSTREAMING_TOKENS).toEqual(SDK_SNAPSHOT.nonStreamingCaps);
  });
});

describe("SDK_PACKAGES vs the devDependency packages", () => {
  for (const [pkg, info] of SDK_PACKAGES) {
    it(`${pkg}: the default export and every listed class are the package's client classes`, () => {
      const mod = requireHere(pkg) as Record<string, unknown>;
      const defaultExport = mod.default as { name?: string } | undefined;
      expect(typeof defaultExport).toBe("function");
      expect(defaultExport?.name).toBe(info.defaultClass);
      for (const cls of info.classes) expect(typeof mod[cls], cls).toBe("function");
      expect(devDependencies[pkg], pkg).toBeDefined();
    });
  }
});
