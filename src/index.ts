/**
 * eslint-plugin-anthropic: the plugin object, with flat (`recommended`, `all`) and eslintrc
 * (`legacy-recommended`, `legacy-all`) configs.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import { rules } from "./rules";

/** package.json, read at run time so the version never drifts (from `src/` in tests, `dist/src/` when built). */
function readPackage(): { name: string; version: string } {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === "eslint-plugin-anthropic" && pkg.version) return { name: pkg.name, version: pkg.version };
    } catch {
      // try the next location
    }
  }
  return { name: "eslint-plugin-anthropic", version: "0.0.0" };
}

const { name, version } = readPackage();

type RuleName = keyof typeof rules;

const allRules = Object.keys(rules) as RuleName[];
const recommendedRules = allRules.filter((r) => rules[r].meta.docs?.recommended === true);

function ruleLevels(names: readonly RuleName[]): Record<string, "error"> {
  return Object.fromEntries(names.map((r) => [`anthropic/${r}`, "error" as const]));
}

const plugin = {
  meta: { name, version },
  rules: rules as unknown as Record<string, TSESLint.LooseRuleDefinition>,
  configs: {} as Record<string, unknown>,
};

plugin.configs = {
  recommended: { name: "anthropic/recommended", plugins: { anthropic: plugin }, rules: ruleLevels(recommendedRules) },
  all: { name: "anthropic/all", plugins: { anthropic: plugin }, rules: ruleLevels(allRules) },
  "legacy-recommended": { plugins: ["anthropic"], rules: ruleLevels(recommendedRules) },
  "legacy-all": { plugins: ["anthropic"], rules: ruleLevels(allRules) },
};

export = plugin;
