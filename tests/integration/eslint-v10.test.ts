/** ESLint 10 (`eslint`), flat config only: examples/eslint.config.mjs as a user's project has it. */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT, describeExamples, type ESLintConstructor } from "./helpers";

const ESLint10 = ESLint as unknown as ESLintConstructor;

describe("ESLint 10 (flat config)", () => {
  it("is ESLint 10", () => {
    expect(ESLint.version).toMatch(/^10\./);
  });

  // `cd examples && eslint .` (what `npm run demo` runs)
  describeExamples("lintFiles(.) from examples/", () => new ESLint10({ cwd: EXAMPLES }).lintFiles(["."]));

  // `eslint --config examples/eslint.config.mjs examples` from the repository root
  describeExamples("--config examples/eslint.config.mjs from the root", () =>
    new ESLint10({ cwd: ROOT, overrideConfigFile: "examples/eslint.config.mjs" }).lintFiles(["examples"]),
  );
});
