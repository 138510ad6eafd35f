/**
 * The config forms the README shows, each used for real: `anthropic.configs.recommended` / `all`
 * in a flat config array, `extends: ["anthropic/recommended"]` with `defineConfig` (ESLint 9 and
 * 10), and `plugin:anthropic/legacy-recommended` / `legacy-all` in eslintrc (ESLint 8 and 9).
 */
import { ESLint } from "eslint";
import { defineConfig } from "eslint/config";
import { loadESLint } from "eslint-v9";
import { defineConfig as defineConfig9 } from "eslint-v9/config";
import { join } from "node:path";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT, loadBuiltPlugin, requireFromRoot, usePluginHome, type ESLintConstructor, type ESLintLike } from "./helpers";

const plugin = loadBuiltPlugin();
const CODE = [
  'import Anthropic from "@anthropic-ai/sdk";',
  "const client = new Anthropic();",
  'client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [{ role: "user", content: "Hi" }], tool_choice: { type: "any" } });',
  "",
].join("\n");
const FILE = join(EXAMPLES, "config-check.ts");
const EXPECTED = ["2 anthropic/require-max-retries", "3 anthropic/valid-tool-choice"];

async function reports(eslint: Pick<ESLintLike, "lintText">, filePath = FILE): Promise<string[]> {
  const [result] = await eslint.lintText(CODE, { filePath });
  return result.messages.map((m) => `${m.line} ${m.ruleId}`).sort();
}

const ts = { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } };

describe("flat config (ESLint 10)", () => {
  const make = (config: unknown) => new ESLint({ cwd: EXAMPLES, overrideConfigFile: true, overrideConfig: config as never });

  it("[ts, anthropic.configs.recommended]", async () => {
    expect(await reports(make([ts, plugin.configs.recommended]))).toEqual(EXPECTED);
  });

  it("[ts, anthropic.configs.all]", async () => {
    expect(await reports(make([ts, plugin.configs.all]))).toEqual(EXPECTED);
  });

  it('defineConfig({ plugins: { anthropic }, extends: ["anthropic/recommended"] })', async () => {
    // As the README writes it.
    const config = defineConfig({
      files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
      languageOptions: { parser: tseslint.parser },
      plugins: { anthropic: plugin as never },
      extends: ["anthropic/recommended"],
    });
    expect(await reports(make(config))).toEqual(EXPECTED);
    // The program is plain JavaScript too: the same reports in a .js file.
    expect(await reports(make(config), FILE.replace(/\.ts$/, ".js"))).toEqual(EXPECTED);
  });

  it("a rule turned off per file and per line", async () => {
    const off = make([ts, plugin.configs.recommended, { files: ["**/*.ts"], rules: { "anthropic/require-max-retries": "off" } }]);
    expect(await reports(off)).toEqual(["3 anthropic/valid-tool-choice"]);
    const [result] = await make([ts, plugin.configs.recommended]).lintText(
      CODE.replace("const client", "// eslint-disable-next-line anthropic/require-max-retries -- this client retries in our own queue\nconst client"),
      { filePath: FILE },
    );
    expect(result.messages.map((m) => m.ruleId)).toEqual(["anthropic/valid-tool-choice"]);
  });
});

describe("flat config (ESLint 9)", () => {
  it('defineConfig({ plugins: { anthropic }, extends: ["anthropic/recommended"] })', async () => {
    const ESLint9 = (await loadESLint({ useFlatConfig: true })) as unknown as ESLintConstructor;
    const config = defineConfig9(ts, { files: ["**/*.ts"], plugins: { anthropic: plugin as never }, extends: ["anthropic/recommended"] });
    expect(await reports(new ESLint9({ cwd: EXAMPLES, overrideConfigFile: true, overrideConfig: config }))).toEqual(EXPECTED);
  });
});

describe("eslintrc", () => {
  const home = usePluginHome();
  // As the README writes it.
  const legacy = (name: string) => ({
    parserOptions: { ecmaVersion: "latest", sourceType: "module" },
    plugins: ["anthropic"],
    extends: [`plugin:anthropic/${name}`],
    overrides: [{ files: ["*.ts"], parser: "@typescript-eslint/parser" }],
  });

  for (const name of ["legacy-recommended", "legacy-all"]) {
    it(`ESLint 8: extends plugin:anthropic/${name}`, async () => {
      const { ESLint: ESLint8 } = requireFromRoot("eslint-v8") as { ESLint: ESLintConstructor };
      const eslint = new ESLint8({ cwd: ROOT, useEslintrc: false, resolvePluginsRelativeTo: home(), overrideConfig: legacy(name) });
      expect(await reports(eslint)).toEqual(EXPECTED);
      expect(await reports(eslint, FILE.replace(/\.ts$/, ".js"))).toEqual(EXPECTED);
    });

    it(`ESLint 9: extends plugin:anthropic/${name}`, async () => {
      const ESLint9 = (await loadESLint({ useFlatConfig: false })) as unknown as ESLintConstructor;
      const eslint = new ESLint9({ cwd: ROOT, useEslintrc: false, resolvePluginsRelativeTo: home(), overrideConfig: legacy(name) });
      expect(await reports(eslint)).toEqual(EXPECTED);
      expect(await reports(eslint, FILE.replace(/\.ts$/, ".js"))).toEqual(EXPECTED);
    });
  }
});
