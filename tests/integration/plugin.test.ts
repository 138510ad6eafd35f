/**
 * The built plugin object (dist/src/index.js) as ESLint loads it: meta, rules, and the four
 * configs in the shapes flat config and eslintrc expect.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "./expected";
import { ROOT, loadBuiltPlugin, ruleTitle } from "./helpers";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; main: string };
const plugin = loadBuiltPlugin();
const ruleNames = Object.keys(plugin.rules).sort();
const DOCS_URL = /^https:\/\/github\.com\/[^/]+\/eslint-plugin-anthropic\/blob\/main\/docs\/rules\/([a-z-]+)\.md$/;

function levels(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [`anthropic/${n}`, "error"]));
}

describe("the built plugin", () => {
  it("is what package.json's main points to", () => {
    expect(join(ROOT, pkg.main)).toBe(join(ROOT, "dist/src/index.js"));
  });

  it("has meta.name and meta.version of package.json", () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version });
  });

  for (const ruleId of RULE_IDS) {
    it(`registers the rule the examples exercise: ${ruleTitle(ruleId)}`, () => {
      expect(ruleNames).toContain(ruleId.replace(/^anthropic\//, ""));
      // The examples' configs use `recommended` / `legacy-recommended`.
      const level = plugin.configs.recommended.rules?.[ruleId];
      expect(Array.isArray(level) ? level[0] : level).toBe("error");
    });
  }

  it("gives every rule a description and its docs URL", () => {
    for (const name of ruleNames) {
      const docs = plugin.rules[name].meta.docs;
      expect(docs?.description, name).toEqual(expect.any(String));
      expect(DOCS_URL.exec(docs?.url ?? "")?.[1], name).toBe(name);
    }
  });

  it("has configs recommended, all, legacy-recommended and legacy-all", () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(["all", "legacy-all", "legacy-recommended", "recommended"]);
  });

  it("configs.all: a flat config enabling every rule, with the plugin object itself", () => {
    expect(plugin.configs.all).toEqual({ name: "anthropic/all", plugins: { anthropic: plugin }, rules: levels(ruleNames) });
    expect((plugin.configs.all.plugins as Record<string, unknown>).anthropic).toBe(plugin);
  });

  it("configs.recommended: a flat config enabling the rules marked recommended", () => {
    const recommended = ruleNames.filter((n) => plugin.rules[n].meta.docs?.recommended === true);
    expect(recommended).toContain("valid-tool-choice");
    expect(recommended).toContain("require-max-retries");
    // valid-model is recommended with `allowDeprecated: true`: only its 404 reports are errors there.
    const expected: Record<string, unknown> = levels(recommended);
    expected["anthropic/valid-model"] = ["error", { allowDeprecated: true }];
    expect(plugin.configs.recommended).toEqual({ name: "anthropic/recommended", plugins: { anthropic: plugin }, rules: expected });
    expect((plugin.configs.recommended.plugins as Record<string, unknown>).anthropic).toBe(plugin);
  });

  it("legacy-*: eslintrc configs naming the plugin, with the same rules as their flat twins", () => {
    expect(plugin.configs["legacy-recommended"]).toEqual({ plugins: ["anthropic"], rules: plugin.configs.recommended.rules });
    expect(plugin.configs["legacy-all"]).toEqual({ plugins: ["anthropic"], rules: plugin.configs.all.rules });
  });

  it("gives every rule an options schema (so ESLint validates options)", () => {
    for (const name of ruleNames) expect(plugin.rules[name].meta.schema, name).toBeDefined();
  });
});
