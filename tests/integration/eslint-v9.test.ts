/**
 * ESLint 9 (`eslint-v9`), both config systems: flat (examples/eslint.config.mjs, found from the
 * working directory as in a user's project) and eslintrc (examples/.eslintrc.json through
 * `loadESLint({ useFlatConfig: false })`, the plugin resolved as the installed package).
 */
import { loadESLint } from "eslint-v9";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT, describeExamples, usePluginHome, type ESLintConstructor } from "./helpers";

async function eslintClass(useFlatConfig: boolean): Promise<ESLintConstructor & { version: string; configType: string }> {
  return (await loadESLint({ useFlatConfig })) as unknown as ESLintConstructor & { version: string; configType: string };
}

describe("ESLint 9 (flat config)", () => {
  it("is ESLint 9 with flat config", async () => {
    const ESLint = await eslintClass(true);
    expect(ESLint.version).toMatch(/^9\./);
    expect(ESLint.configType).toBe("flat");
  });

  // `cd examples && eslint .`
  describeExamples("lintFiles(.) from examples/", async () => new (await eslintClass(true))({ cwd: EXAMPLES }).lintFiles(["."]));

  // `eslint --config examples/eslint.config.mjs examples` from the repository root
  describeExamples("--config examples/eslint.config.mjs from the root", async () =>
    new (await eslintClass(true))({ cwd: ROOT, overrideConfigFile: "examples/eslint.config.mjs" }).lintFiles(["examples"]),
  );
});

describe("ESLint 9 (eslintrc)", () => {
  const home = usePluginHome();

  it("is the eslintrc ESLint class", async () => {
    const ESLint = await eslintClass(false);
    expect(ESLint.version).toMatch(/^9\./);
    expect(ESLint.configType).toBe("eslintrc");
  });

  describeExamples("lintFiles(examples)", async () =>
    new (await eslintClass(false))({ cwd: ROOT, resolvePluginsRelativeTo: home() }).lintFiles(["examples"]),
  );
});
