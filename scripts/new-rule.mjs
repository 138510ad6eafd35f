#!/usr/bin/env node
/**
 * Scaffolds a new rule: its source, its test, its docs page, and its entry in the registry.
 *
 *   npm run new-rule -- <name> [--field <request field>] [--description "<text>"] [--root <dir>]
 *
 * writes rules/<name>.ts (a createRequestRule skeleton that reads the Request model),
 * tests/rules/<name>.test.ts (a RuleTester skeleton), docs/rules/<name>.md (the header markers and
 * the sections every page has) from scripts/templates/, and adds the import and the entry to
 * src/rules.ts, in name order. The skeleton reports a `--field` (default "system") that is an
 * empty string on every path, so that the new files pass the tests as written; then make it check
 * what it should. It refuses a name that is not lower-case words joined by "-" starting with
 * no-, require-, valid- or prefer-, and a rule that exists (any of the four places). `--root`
 * writes into another copy of the project (the scaffold test uses it).
 *
 * Afterwards: npm run build && npm run docs (the README's rules list and the page header).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const TEMPLATES = path.join(here, "templates");

const NAME = /^(?:no|require|valid|prefer)(?:-[a-z][a-z0-9]*)+$/;
const FIELD = /^[a-z_][a-z0-9_]*$/;
const MAX_NAME = 64;

class UsageError extends Error {}

function parseArgs(argv) {
  const args = { name: undefined, field: "system", description: undefined, root: path.resolve(here, "..") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--field") args.field = value();
    else if (a === "--description") args.description = value();
    else if (a === "--root") args.root = path.resolve(value());
    else if (a === "--help" || a === "-h") {
      const text = readFileSync(fileURLToPath(import.meta.url), "utf8");
      console.log(text.slice(text.indexOf("/**") + 4, text.indexOf(" */")).replace(/^ \* ?/gm, "").trim());
      process.exit(0);
    } else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else if (args.name === undefined) args.name = a;
    else throw new UsageError(`one rule name only (got "${args.name}" and "${a}")`);
  }
  if (args.name === undefined) throw new UsageError("usage: node scripts/new-rule.mjs <name> [--field <request field>] [--description <text>] [--root <dir>]");
  return args;
}

/** `valid-tool-choice` → `validToolChoice`. */
function camel(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function checkName(name) {
  if (name.length > MAX_NAME || !NAME.test(name)) {
    throw new UsageError(
      `"${name}" is not a rule name: lower-case words joined by "-", starting with no-, require-, valid- or prefer- (valid-tool-choice, require-max-retries), at most ${MAX_NAME} characters`,
    );
  }
}

/** src/rules.ts with the import and the entry of `name` added in name order. */
function register(source, name) {
  const ident = camel(name);
  const lines = source.split("\n");
  const importRe = /^import (\w+) from "\.\.\/rules\/([a-z0-9-]+)";$/;
  const entryRe = /^ {2}"([a-z0-9-]+)": (\w+),$/;
  const imports = lines.map((l, i) => [importRe.exec(l), i]).filter(([m]) => m);
  const open = lines.findIndex((l) => /^export const rules = \{$/.test(l));
  const close = open < 0 ? -1 : lines.findIndex((l, i) => i > open && l === "};");
  const entries = close < 0 ? [] : lines.map((l, i) => [i > open && i < close ? entryRe.exec(l) : null, i]).filter(([m]) => m);
  if (imports.length === 0 || entries.length === 0) {
    throw new Error(
      `src/rules.ts does not have the expected shape (imports from "../rules/…" and an \`export const rules = {\` object); add by hand:\n` +
        `  import ${ident} from "../rules/${name}";\n  "${name}": ${ident},`,
    );
  }
  if (entries.some(([m]) => m[1] === name)) throw new UsageError(`src/rules.ts already registers "${name}"`);
  if (new RegExp(`\\b${ident}\\b`).test(source)) throw new Error(`src/rules.ts already uses the identifier ${ident}`);
  // Insert after the last line that sorts before the new one (or before the first one).
  const at = (found, key) => {
    const before = found.filter(([m]) => key(m) < name);
    return before.length > 0 ? before[before.length - 1][1] + 1 : found[0][1];
  };
  const entryAt = at(entries, (m) => m[1]);
  const importAt = at(imports, (m) => m[2]);
  lines.splice(entryAt, 0, `  "${name}": ${ident},`);
  lines.splice(importAt, 0, `import ${ident} from "../rules/${name}";`);
  return lines.join("\n");
}

function fill(template, values) {
  return readFileSync(path.join(TEMPLATES, template), "utf8").replace(/__([A-Z_]+)__/g, (whole, key) => {
    if (!(key in values)) throw new Error(`${template}: unknown placeholder ${whole}`);
    return values[key];
  });
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { name, root, field } = args;
  checkName(name);
  if (!FIELD.test(field)) throw new UsageError(`--field "${field}" is not a request field name (snake_case)`);
  const description = (args.description ?? `Require a non-empty \`${field}\``).replace(/\.$/, "");
  if (/[\r\n]/.test(description)) throw new UsageError("--description is one line");

  const registry = path.join(root, "src/rules.ts");
  if (!existsSync(registry)) throw new UsageError(`${registry} does not exist: is ${root} the project's root?`);
  const targets = {
    rule: path.join(root, "rules", `${name}.ts`),
    test: path.join(root, "tests/rules", `${name}.test.ts`),
    docs: path.join(root, "docs/rules", `${name}.md`),
  };
  const existing = Object.values(targets).filter((file) => existsSync(file));
  if (existing.length > 0) throw new UsageError(`the rule "${name}" exists: ${existing.map((f) => path.relative(root, f)).join(", ")}`);
  // Everything is checked (and the registry computed) before the first file is written.
  const registered = register(readFileSync(registry, "utf8"), name);

  const values = { NAME: name, FIELD: field, DESCRIPTION: description, DESCRIPTION_JSON: JSON.stringify(description) };
  writeFileSync(targets.rule, fill("rule.ts.tmpl", values), { flag: "wx" });
  writeFileSync(targets.test, fill("rule.test.ts.tmpl", values), { flag: "wx" });
  writeFileSync(targets.docs, fill("rule.md.tmpl", values), { flag: "wx" });
  writeFileSync(registry, registered);

  const rel = (f) => path.relative(process.cwd(), f) || ".";
  console.log(
    [
      `created ${rel(targets.rule)}, ${rel(targets.test)}, ${rel(targets.docs)}; registered "${name}" in ${rel(registry)}.`,
      "Next:",
      `  - make the rule check what it should, and write the tests CONTRIBUTING.md lists;`,
      `  - fill in the page's TODOs and its examples (mark each reported line with // ✗);`,
      "  - npm run build && npm run docs   (the README's rules list and the page header)",
      `  - npx vitest run tests/rules/${name}.test.ts tests/contracts`,
    ].join("\n"),
  );
}

try {
  main();
} catch (error) {
  console.error(`new-rule: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
