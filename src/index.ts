/**
 * eslint-plugin-anthropic: the plugin object, with flat (`recommended`, `all`) and eslintrc
 * (`legacy-recommended`, `legacy-all`) configs.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import { PLUGIN_NAME, PLUGIN_VERSION } from "./plugin-version";
import { rules } from "./rules";

const name = PLUGIN_NAME;
const version = PLUGIN_VERSION;

type RuleName = keyof typeof rules;

/**
 * Rules in `recommended` with options of their own there: `valid-model` reports only ids that
 * answer 404 (a deprecated id still works until its end-of-life date; `all` reports it too).
 */
const RECOMMENDED_OPTIONS: Partial<Record<RuleName, readonly unknown[]>> = {
  "valid-model": [{ allowDeprecated: true }],
};

const allRules = Object.keys(rules) as RuleName[];
const recommendedRules = allRules.filter((r) => rules[r].meta.docs?.recommended === true || r in RECOMMENDED_OPTIONS);

type Level = "error" | ["error", ...unknown[]];

function ruleLevels(names: readonly RuleName[], options: Partial<Record<RuleName, readonly unknown[]>> = {}): Record<string, Level> {
  return Object.fromEntries(
    names.map((r) => {
      const extra = options[r];
      return [`anthropic/${r}`, extra ? (["error", ...extra] as Level) : ("error" as const)];
    }),
  );
}

const plugin = {
  meta: { name, version },
  rules: rules as unknown as Record<string, TSESLint.LooseRuleDefinition>,
  configs: {} as Record<string, unknown>,
};

plugin.configs = {
  recommended: { name: "anthropic/recommended", plugins: { anthropic: plugin }, rules: ruleLevels(recommendedRules, RECOMMENDED_OPTIONS) },
  all: { name: "anthropic/all", plugins: { anthropic: plugin }, rules: ruleLevels(allRules) },
  "legacy-recommended": { plugins: ["anthropic"], rules: ruleLevels(recommendedRules, RECOMMENDED_OPTIONS) },
  "legacy-all": { plugins: ["anthropic"], rules: ruleLevels(allRules) },
};

export = plugin;
