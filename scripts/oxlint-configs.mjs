#!/usr/bin/env node
/**
 * Part of `npm run build`: writes the oxlint configs the package ships, from the built plugin's
 * own configs so that they never drift from them.
 *
 *   dist/oxlint/recommended.json   the rules and options of `configs.recommended`
 *   dist/oxlint/all.json           the rules of `configs.all`
 *
 * A project's .oxlintrc.json extends one of them:
 *   { "extends": ["./node_modules/eslint-plugin-anthropic/dist/oxlint/recommended.json"] }
 *
 * oxlint loads the plugin through `jsPlugins`, by package name, so the file works wherever the
 * package is installed (npm, pnpm, yarn's node_modules linker). Nothing else is set (no
 * categories, no other plugins): the project's own config keeps its choices.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist/oxlint");
const require = createRequire(join(ROOT, "package.json"));

/** The configs of the built plugin that have an oxlint counterpart. */
export const OXLINT_CONFIGS = ["recommended", "all"];

/** The .oxlintrc.json content for one of the plugin's flat configs. */
export function oxlintConfig(plugin, name) {
  const config = plugin.configs[name];
  if (!config?.rules) throw new Error(`the built plugin has no config "${name}"`);
  return {
    jsPlugins: [{ name: "anthropic", specifier: plugin.meta.name }],
    rules: config.rules,
  };
}

function main() {
  const plugin = require(join(ROOT, "dist/src/index.js"));
  mkdirSync(OUT, { recursive: true });
  for (const name of OXLINT_CONFIGS) {
    writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(oxlintConfig(plugin, name), null, 2)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
