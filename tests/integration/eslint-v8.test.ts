/**
 * ESLint 8.57 (`eslint-v8`), eslintrc: examples/.eslintrc.json with
 * `"plugins": ["anthropic"], "extends": ["plugin:anthropic/legacy-recommended"]`, the plugin
 * resolved as the installed package `eslint-plugin-anthropic`.
 */
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT, describeExamples, requireFromRoot, usePluginHome, type ESLintConstructor } from "./helpers";

const { ESLint } = requireFromRoot("eslint-v8") as { ESLint: ESLintConstructor & { version: string } };

describe("ESLint 8 (eslintrc)", () => {
  const home = usePluginHome();

  it("is ESLint 8.57", () => {
    expect(ESLint.version).toMatch(/^8\.57\./);
  });

  // `eslint examples` run from the repository root: the .ts override makes .ts files linted too.
  describeExamples("lintFiles(examples)", () => new ESLint({ cwd: ROOT, resolvePluginsRelativeTo: home() }).lintFiles(["examples"]));

  // `cd examples && eslint .`
  describeExamples("lintFiles(.) from examples/", () => new ESLint({ cwd: EXAMPLES, resolvePluginsRelativeTo: home() }).lintFiles(["."]));
});
