/**
 * The project's layout holds together: one rule is one file in rules/, one entry of the registry
 * in src/rules.ts (keyed by the file name), one page in docs/rules/ and one test file in
 * tests/rules/, all with the same name; every rule carries the meta its page and ESLint need; every
 * page has the generated header and the sections CONTRIBUTING.md lists; the README's rules list
 * names every rule; and rules read the Request model rather than the machinery under it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules";
import { ROOT, namesIn, pageProblems, readPage, rulePages } from "./docs";

type AnyRule = (typeof rules)[keyof typeof rules];

const registry = Object.keys(rules).sort();
const ruleFiles = namesIn(join(ROOT, "rules"), ".ts");
const testFiles = namesIn(join(ROOT, "tests/rules"), ".test.ts");
const pages = rulePages();

function ruleOf(name: string): AnyRule {
  return (rules as Record<string, AnyRule>)[name];
}

describe("rules, registry, docs and tests", () => {
  it("name the same rules", () => {
    expect(ruleFiles, "rules/*.ts").toEqual(registry);
    expect(pages, "docs/rules/*.md").toEqual(registry);
    expect(testFiles, "tests/rules/*.test.ts").toEqual(registry);
  });

  it.each(ruleFiles)("registers rules/%s.ts under its file name", async (name) => {
    const mod = (await import(join(ROOT, "rules", `${name}.ts`))) as { default: unknown };
    expect(ruleOf(name), `src/rules.ts: "${name}"`).toBe(mod.default);
  });

  it.each(testFiles)("tests/rules/%s.test.ts runs its own rule", (name) => {
    const text = readFileSync(join(ROOT, "tests/rules", `${name}.test.ts`), "utf8");
    expect(text).toMatch(new RegExp(`^import rule\\b[^;]* from "\\.\\./\\.\\./rules/${name}";`, "m"));
    expect(text).toContain(`.run("${name}", rule,`);
  });
});

describe.each(registry)("rule %s", (name) => {
  const rule = ruleOf(name);
  const meta = rule.meta;

  it("has the meta ESLint and its page need", () => {
    expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(typeof meta.docs?.description).toBe("string");
    expect(meta.docs?.description.trim()).not.toBe("");
    expect(Array.isArray(meta.schema), "meta.schema is an array").toBe(true);
    expect(["problem", "suggestion", "layout"]).toContain(meta.type);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const [id, text] of Object.entries(meta.messages)) expect(text.trim(), `message ${id}`).not.toBe("");
  });

  it("has a page with the generated header and the usual sections", () => {
    const problems = pageProblems(name, readPage(name), {
      description: meta.docs!.description,
      fixable: meta.fixable !== undefined,
      hasSuggestions: meta.hasSuggestions === true,
    });
    expect(problems).toEqual([]);
  });
});

describe("README", () => {
  it("lists every rule, and only those, between the generated-list markers", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const begin = readme.indexOf("<!-- begin auto-generated rules list -->");
    const end = readme.indexOf("<!-- end auto-generated rules list -->");
    expect(begin, "the begin marker").toBeGreaterThanOrEqual(0);
    expect(end, "the end marker").toBeGreaterThan(begin);
    const list = readme.slice(begin, end);
    const linked = [...list.matchAll(/\[([a-z0-9-]+)\]\(docs\/rules\/([a-z0-9-]+)\.md\)/g)];
    for (const [, text, target] of linked) expect(text, `README links ${target}.md as ${text}`).toBe(target);
    expect(linked.map((m) => m[1]).sort(), "run npm run docs").toEqual(registry);
  });
});

/** The modules a file imports as values (`import type` and `import { type X }`-only lines are skipped). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+"([^"]+)";/gm)) {
    if (m[1]) continue;
    const names = m[2];
    const onlyTypes = /^\{[^}]*\}$/.test(names) && names.slice(1, -1).split(",").every((n) => n.trim() === "" || /^type\s/.test(n.trim()));
    if (!onlyTypes) out.push(m[3]);
  }
  return out;
}

describe("layers", () => {
  // Rules read the Request model (src/engine/request.ts, the values of src/engine/value.ts) and the
  // Engine's façade; the evaluator, the call-site finder, type information and the request sources
  // are the engine's business.
  const FORBIDDEN_IN_RULES = [/\/src\/engine\/evaluate$/, /\/src\/engine\/call-sites$/, /\/src\/engine\/type-info$/, /\/src\/sources\//];

  it.each(ruleFiles)("rules/%s.ts does not reach into the evaluator, the call-site finder or the sources", (name) => {
    const bad = valueImports(join(ROOT, "rules", `${name}.ts`)).filter((m) => FORBIDDEN_IN_RULES.some((re) => re.test(m)));
    expect(bad).toEqual([]);
  });

  it.each(namesIn(join(ROOT, "src/knowledge"), ".ts"))("src/knowledge/%s.ts imports only kit and knowledge", (name) => {
    const bad = valueImports(join(ROOT, "src/knowledge", `${name}.ts`)).filter((m) => m.startsWith(".") && !/^\.\.\/kit\/|^\.\//.test(m));
    expect(bad).toEqual([]);
  });
});
