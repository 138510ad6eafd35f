/**
 * Lint a program with every rule of `configs.all` (ESLint's `Linter`, the TypeScript parser, the
 * rules from src/, the date the rule tests use) and list what is reported, compactly: one line
 * per report, `rule/messageId @ text` (the reported node's source text). For tests that run one
 * program past every rule (wrapper libraries: each case may concern any rule, and every other rule
 * must stay silent).
 */
import { join } from "node:path";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import plugin from "../../src/index";
import { TEST_TODAY } from "./rule-tester";

const ROOT = join(__dirname, "..", "..");
const ALL_RULES = (plugin.configs.all as { rules: Linter.RulesRecord }).rules;
// Files outside the repository (fixture projects in the temp folder) are linted too.
const linter = new Linter({ configType: "flat", cwd: "/" });

export interface LintOptions {
  /** The file's folder (installed package versions are read from there); default: the repository. */
  readonly directory?: string;
  /** Only these rules (short names); default: all. */
  readonly rules?: readonly string[];
}

export interface Reported {
  readonly rule: string;
  readonly messageId: string | undefined;
  readonly message: string;
  readonly line: number;
  /** The reported range's text, or the first 40 characters of it. */
  readonly text: string;
}

export function lintAll(code: string, options: LintOptions = {}): Reported[] {
  const rules: Linter.RulesRecord = options.rules
    ? Object.fromEntries(options.rules.map((r) => [`anthropic/${r}`, "error"]))
    : ALL_RULES;
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser as unknown as Linter.Parser, sourceType: "module", ecmaVersion: "latest" },
      plugins: { anthropic: plugin as never },
      settings: { anthropic: { today: TEST_TODAY } },
      rules,
    },
  ];
  const filename = join(options.directory ?? join(ROOT, "tests"), "program.ts");
  const messages = linter.verify(code, config, filename);
  const fatal = messages.filter((m) => m.fatal || m.ruleId === null);
  if (fatal.length > 0) throw new Error(fatal.map((m) => `${m.line}: ${m.message}`).join("; "));
  const lines = code.split("\n");
  return messages.map((m) => {
    const text = textOf(lines, m);
    return { rule: m.ruleId!.replace(/^anthropic\//, ""), messageId: m.messageId, message: m.message, line: m.line, text };
  });
}

/** The reports as `rule/messageId @ text` lines (sorted), for `toEqual`. */
export function reports(code: string, options?: LintOptions): string[] {
  return lintAll(code, options)
    .map((r) => `${r.rule}/${r.messageId} @ ${r.text}`)
    .sort();
}

function textOf(lines: readonly string[], m: Linter.LintMessage): string {
  const endLine = m.endLine ?? m.line;
  const endColumn = m.endColumn ?? m.column;
  let text: string;
  if (endLine === m.line) text = lines[m.line - 1].slice(m.column - 1, endColumn - 1);
  else text = [lines[m.line - 1].slice(m.column - 1), ...lines.slice(m.line, endLine - 1), lines[endLine - 1].slice(0, endColumn - 1)].join("\n");
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
