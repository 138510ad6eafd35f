/**
 * Every rule page's examples say what the rule does: each ❌ block is reported by the page's rule
 * exactly on the lines it marks with `// ✗` (as many times as the line has ✗), on models that
 * valid-model does not report, and each ✅ block is not reported at all — by the page's rule, nor
 * by any other rule of `configs.all` (a reader copies a correct example as it is). Each block is linted on its own (blocks are whole modules) with ESLint's `Linter`, the
 * TypeScript parser and the rules from src/, on the date the rule tests use. A probe rule checks
 * that the plugin sees a request in every block, so that a ✅ block cannot pass by sending nothing
 * (a client it forgot to build). The conventions are in tests/contracts/docs.ts and
 * CONTRIBUTING.md.
 */
import { join } from "node:path";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { createRequestRule } from "../../src/kit/create-rule";
import { rules } from "../../src/rules";
import { TEST_TODAY } from "../helpers/rule-tester";
import { EXAMPLE_LANGUAGES, ROOT, markerCount, parseExamples, readPage, rulePages, type Example } from "./docs";

/** Reports every request the engine finds: a block the plugin sees nothing in proves nothing. */
const probe = createRequestRule<[], "request">({
  name: "probe",
  meta: { type: "problem", docs: { description: "every request" }, schema: [], messages: { request: "request" } },
  defaultOptions: [],
  thirdParty: true,
  create: () => ({ request, report }) => report({ node: request.node, messageId: "request" }),
});

const ALL_RULES = (plugin.configs.all as { rules: Record<string, Linter.RuleEntry> }).rules;

const linter = new Linter({ configType: "flat" });

function lint(name: string, example: Example, rulesConfig: Linter.RulesRecord): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts", "**/*.js"],
      languageOptions: { parser: tsParser as unknown as Linter.Parser, sourceType: "module", ecmaVersion: "latest" },
      plugins: { anthropic: plugin as never, contract: { rules: { probe } } as never },
      settings: { anthropic: { today: TEST_TODAY } },
      rules: rulesConfig,
    },
  ];
  // A file in the repository, so that the installed SDK the plugin reads is the devDependency.
  const filename = join(ROOT, "docs/rules", `${name}.example${EXAMPLE_LANGUAGES[example.lang]}`);
  const messages = linter.verify(example.code, config, filename);
  const fatal = messages.filter((m) => m.fatal || m.ruleId === null);
  if (fatal.length > 0) throw new Error(`${name}.md line ${example.line}: ${fatal.map((m) => `${m.line}: ${m.message}`).join("; ")}`);
  return messages;
}

/** `{ line: count }` of a block's `// ✗` markers, and of a rule's reports. */
function byLine(counts: number[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const line of counts) out[line] = (out[line] ?? 0) + 1;
  return out;
}

function markedLines(code: string): Record<number, number> {
  const out: Record<number, number> = {};
  code.split("\n").forEach((text, i) => {
    const n = markerCount(text);
    if (n > 0) out[i + 1] = n;
  });
  return out;
}

function where(name: string, example: Example): string {
  return `docs/rules/${name}.md, the ${example.kind === "incorrect" ? "❌" : "✅"} block at line ${example.line}`;
}

const pages = rulePages();

describe.each(pages)("docs/rules/%s.md", (name) => {
  const { examples, problems } = parseExamples(readPage(name));
  const ruleId = `anthropic/${name}`;

  it("follows the Examples conventions", () => {
    expect(problems).toEqual([]);
    expect(name in rules, `${name} is a rule`).toBe(true);
  });

  for (const example of examples) {
    const label = `${example.kind === "incorrect" ? "❌" : "✅"} block at line ${example.line}`;
    it(label, () => {
      const level: Linter.RuleEntry = example.options ? ["error", ...example.options] : ALL_RULES[ruleId];
      const own = lint(name, example, { [ruleId]: level, "contract/probe": "error" });
      expect(own.some((m) => m.ruleId === "contract/probe"), `${where(name, example)}: the plugin sees no request in it`).toBe(true);
      const reports = own.filter((m) => m.ruleId === ruleId);
      const got = byLine(reports.map((m) => m.line));
      const detail = reports.map((m) => `  ${m.line}:${m.column} ${m.message}`).join("\n");
      if (example.kind === "incorrect") {
        expect(reports.length, `${where(name, example)}: no report`).toBeGreaterThan(0);
        const marked = markedLines(example.code);
        expect(
          got,
          `${where(name, example)}: the reports (line: count) ${JSON.stringify(got)} differ from the // ✗ markers ${JSON.stringify(marked)}\n${detail}`,
        ).toEqual(marked);
        // An example is wrong in the way its page describes, on a model that is served: the
        // examples of other pages do not age into valid-model reports when a model is retired.
        if (name !== "valid-model") {
          const model = lint(name, example, { "anthropic/valid-model": ALL_RULES["anthropic/valid-model"] });
          expect(
            model.filter((m) => m.ruleId === "anthropic/valid-model").map((m) => `${m.line}:${m.column} ${m.message}`),
            `${where(name, example)}: names a model that valid-model reports`,
          ).toEqual([]);
        }
      } else {
        expect(got, `${where(name, example)}: reported\n${detail}`).toEqual({});
        // No other rule reports a correct example either.
        const others = lint(name, example, { ...ALL_RULES, [ruleId]: level }).filter((m) => m.ruleId !== ruleId);
        expect(
          others.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
          `${where(name, example)}: other rules report it`,
        ).toEqual([]);
      }
    });
  }
});

describe("the Examples parser (tests/contracts/docs.ts)", () => {
  const page = (examples: string): string => `# anthropic/x\n\n## What fails and why\n\n## Examples\n\n${examples}\n## Options\n\nNone.\n`;
  const block = (lang: string, code: string): string => `\`\`\`${lang}\n${code}\n\`\`\`\n`;

  it("reads the blocks, their kind, their first line and their options", () => {
    const { examples, problems } = parseExamples(
      page(`### ❌ Incorrect\n\n${block("ts", "a(); // ✗")}\n<!-- options: {"minimum": 5} -->\n\n${block("js", "b();")}\n### ✅ Correct\n\n${block("ts", "c();")}`),
    );
    expect(problems).toEqual([]);
    expect(examples.map((e) => [e.kind, e.lang, e.code, e.line, e.options])).toEqual([
      ["incorrect", "ts", "a(); // ✗\n", 10, undefined],
      ["incorrect", "js", "b();\n", 16, [{ minimum: 5 }]],
      ["correct", "ts", "c();\n", 22, undefined],
    ]);
  });

  it("counts the markers of a line", () => {
    expect(["x();", "x(); // ✗", "x(); // ✗ why", "x(); // ✗ ✗ both", "x(); //✗✗✗"].map(markerCount)).toEqual([0, 1, 1, 2, 3]);
  });

  it.each([
    ["no ✅ section", `### ❌ Incorrect\n\n${block("ts", "a();")}`, "the Examples section needs"],
    ["✅ before ❌", `### ✅ Correct\n\n${block("ts", "a();")}\n### ❌ Incorrect\n\n${block("ts", "b();")}`, "the Examples section needs"],
    ["another heading", `### ❌ Incorrect\n\n${block("ts", "a();")}\n### Also\n\n### ✅ Correct\n\n${block("ts", "c();")}`, '"### Also"'],
    ["another language", `### ❌ Incorrect\n\n${block("tsx", "a();")}\n### ✅ Correct\n\n${block("ts", "c();")}`, 'tagged "tsx"'],
    ["a block before the headings", `${block("ts", "z();")}\n### ❌ Incorrect\n\n${block("ts", "a();")}\n### ✅ Correct\n\n${block("ts", "c();")}`, "outside"],
    ["options that are not JSON", `### ❌ Incorrect\n\n<!-- options: {minimum: 5} -->\n${block("ts", "a();")}\n### ✅ Correct\n\n${block("ts", "c();")}`, "not JSON"],
    ["options before text", `### ❌ Incorrect\n\n<!-- options: {} -->\nText.\n\n${block("ts", "a();")}\n### ✅ Correct\n\n${block("ts", "c();")}`, "not followed by a code block"],
    ["a marker in a ✅ block", `### ❌ Incorrect\n\n${block("ts", "a(); // ✗")}\n### ✅ Correct\n\n${block("ts", "c(); // ✗")}`, "a ✅ block with a // ✗ marker"],
  ])("finds %s", (_name, examples, problem) => {
    expect(parseExamples(page(examples)).problems.join("\n")).toContain(problem);
  });

  it("finds a page without an Examples section", () => {
    expect(parseExamples("# anthropic/x\n\n## Options\n").problems).toEqual(['no "## Examples" section']);
  });
});
