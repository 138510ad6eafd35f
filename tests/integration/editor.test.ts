/**
 * The path an editor takes. vscode-eslint's language server loads the workspace's ESLint class
 * (`loadESLint()` on ESLint 9+), asks `isPathIgnored(filePath)` and `calculateConfigForFile(filePath)`
 * for the open document, lints the unsaved buffer with `lintText(text, { filePath, warnIgnored })`,
 * applies fixes through `lintText` with `fix: true`, and links each rule's docs through
 * `getRulesMetaForResults`. Checked on ESLint 9 and 10 with documents inside examples/ and the
 * workspace folder examples/ as the working directory. The server itself, started and spoken to
 * over LSP, is in language-server.test.ts.
 */
import { loadESLint as loadESLint10 } from "eslint";
import { loadESLint as loadESLint9 } from "eslint-v9";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_FILES, expectedKeys } from "./expected";
import { EXAMPLES, describeExamples, loadBuiltPlugin, reportKeys, type ESLintConstructor, type ESLintLike } from "./helpers";

type ESLintClass = ESLintConstructor & { version: string; configType?: string };

function read(file: string): string {
  return readFileSync(join(EXAMPLES, file), "utf8");
}

function describeEditor(title: string, load: () => Promise<ESLintClass>, major: number): void {
  describe(title, () => {
    let ESLint: ESLintClass;
    let eslint: ESLintLike;
    let fixer: ESLintLike;
    beforeAll(async () => {
      ESLint = await load();
      eslint = new ESLint({ cwd: EXAMPLES });
      fixer = new ESLint({ cwd: EXAMPLES, fix: true });
    });

    it(`loadESLint() gives the flat-config ESLint ${major}`, () => {
      expect(ESLint.version.split(".")[0]).toBe(String(major));
      expect(ESLint.configType).toBe("flat");
    });

    it("isPathIgnored: examples are linted, node_modules is not", async () => {
      for (const file of EXAMPLE_FILES) expect(await eslint.isPathIgnored(join(EXAMPLES, file)), file).toBe(false);
      expect(await eslint.isPathIgnored(join(EXAMPLES, "node_modules/some-package/index.js"))).toBe(true);
    });

    it("calculateConfigForFile: the plugin's rules and the TypeScript parser for a .ts document", async () => {
      const config = (await eslint.calculateConfigForFile(join(EXAMPLES, "chat-service.ts"))) as {
        plugins: Record<string, unknown>;
        rules: Record<string, unknown[]>;
        languageOptions: { parser?: { meta?: { name?: string } } };
      };
      const plugin = loadBuiltPlugin();
      expect(config.plugins.anthropic).toBe(plugin);
      for (const rule of Object.keys(plugin.configs.recommended.rules ?? {})) expect(config.rules[rule]?.[0], rule).toBe(2);
      expect(config.languageOptions.parser?.meta?.name).toBe("typescript-eslint/parser");
    });

    // Each document linted from its text, as the server does for every open editor.
    describeExamples("lintText of each document", async () => {
      const e = new (await load())({ cwd: EXAMPLES });
      const results = await Promise.all(EXAMPLE_FILES.map((file) => e.lintText(read(file), { filePath: join(EXAMPLES, file), warnIgnored: false })));
      return results.flat();
    });

    it("lintText lints the unsaved buffer, not the file on disk", async () => {
      const file = "chat-service.ts";
      const edited = read(file).replace("new Anthropic({ apiKey })", "new Anthropic({ apiKey, maxRetries: 3 })");
      expect(edited).not.toBe(read(file));
      const results = await eslint.lintText(edited, { filePath: join(EXAMPLES, file), warnIgnored: false });
      // The edit removes the retries report; the tool_choice reports stay where they were.
      expect(reportKeys(results, "anthropic/valid-tool-choice")).toEqual(expectedKeys("anthropic/valid-tool-choice").filter((k) => k.startsWith(`${file}:`)));
      expect(reportKeys(results, "anthropic/require-max-retries")).toEqual([]);
    });

    it("lintText with fix: true applies the safe fix (the OpenAI-style tool_choice)", async () => {
      const file = "build-params.ts";
      const [result] = await fixer.lintText(read(file), { filePath: join(EXAMPLES, file), warnIgnored: false });
      expect(result.output).toContain('tool_choice: { type: "any" }, // ✗ anthropic/valid-tool-choice');
      expect(result.output).not.toContain('tool_choice: "required"');
      expect(reportKeys([result], "anthropic/valid-tool-choice")).toEqual([]);
    });

    it("lintText of an ignored path with warnIgnored: false reports nothing", async () => {
      const results = await eslint.lintText(read("chat-service.ts"), { filePath: join(EXAMPLES, "node_modules/pkg/chat-service.ts"), warnIgnored: false });
      expect(results.flatMap((r) => r.messages)).toEqual([]);
    });

    it("getRulesMetaForResults links each report to its rule's docs page", async () => {
      const results = await eslint.lintText(read("chat-service.ts"), { filePath: join(EXAMPLES, "chat-service.ts") });
      const meta = eslint.getRulesMetaForResults(results);
      const ruleIds = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "")));
      expect(ruleIds.size).toBeGreaterThan(0);
      for (const ruleId of ruleIds) {
        expect(meta[ruleId]?.docs?.url, ruleId).toMatch(new RegExp(`/docs/rules/${ruleId.replace("anthropic/", "")}\\.md$`));
      }
    });
  });
}

describeEditor("ESLint 10", async () => (await loadESLint10()) as unknown as ESLintClass, 10);
describeEditor("ESLint 9", async () => (await loadESLint9()) as unknown as ESLintClass, 9);
