/**
 * Shared set-up of the integration tests: where things are, the built plugin, a directory from
 * which eslintrc configs resolve `eslint-plugin-anthropic` as an installed package, and the
 * checks every ESLint version runs on the examples.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ESLint, Linter } from "eslint";
import { CLEAN_FILES, EXAMPLE_FILES, PENDING_RULES, RULE_IDS, expectedKeys, reportKey } from "./expected";

export const ROOT = resolve(__dirname, "../..");
export const EXAMPLES = join(ROOT, "examples");
export const DIST_ENTRY = join(ROOT, "dist/src/index.js");

/** `require` from the repository root: the ESLint aliases and the built plugin as a user gets them. */
export const requireFromRoot = createRequire(join(ROOT, "package.json"));

/** The LintResult fields these tests read; the same in ESLint 8, 9 and 10. */
export type LintResult = Pick<ESLint.LintResult, "filePath" | "messages" | "output">;

/** The subset of the ESLint class API the tests use, common to every version and mode. */
export interface ESLintLike {
  lintFiles(patterns: string | string[]): Promise<LintResult[]>;
  lintText(code: string, options?: { filePath?: string; warnIgnored?: boolean }): Promise<LintResult[]>;
  loadFormatter(name?: string): Promise<{ format(results: LintResult[], data?: unknown): string | Promise<string> }>;
  calculateConfigForFile(filePath: string): Promise<unknown>;
  isPathIgnored(filePath: string): Promise<boolean>;
  getRulesMetaForResults(results: LintResult[]): Record<string, { docs?: { url?: string; description?: string } }>;
}

/** The constructor of an ESLint class, whatever its version's option type. */
export type ESLintConstructor = new (options: Record<string, unknown>) => ESLintLike;

/** The built plugin, loaded the way ESLint loads it (CommonJS `require`). */
export interface BuiltPlugin {
  meta: { name: string; version: string };
  rules: Record<string, { meta: { docs?: { url?: string; description?: string; recommended?: boolean }; schema?: unknown } }>;
  configs: Record<string, { name?: string; plugins?: unknown; rules?: Record<string, unknown> }>;
}

export function loadBuiltPlugin(): BuiltPlugin {
  assertBuilt();
  return requireFromRoot(DIST_ENTRY) as BuiltPlugin;
}

export function assertBuilt(): void {
  if (!existsSync(DIST_ENTRY)) {
    throw new Error(`${DIST_ENTRY} is missing: the integration tests lint with the built plugin. Run \`npm run build\` (npm test does).`);
  }
}

/**
 * A directory whose node_modules/eslint-plugin-anthropic is this repository, as `npm install`
 * would leave it. eslintrc resolves `"plugins": ["anthropic"]` from here
 * (`resolvePluginsRelativeTo`). Removed after the calling test file.
 */
export function usePluginHome(): () => string {
  let home = "";
  beforeAll(() => {
    assertBuilt();
    home = mkdtempSync(join(tmpdir(), "eslint-plugin-anthropic-it-"));
    mkdirSync(join(home, "node_modules"));
    symlinkSync(ROOT, join(home, "node_modules", "eslint-plugin-anthropic"), process.platform === "win32" ? "junction" : "dir");
  });
  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });
  return () => home;
}

/** The path of a file under examples/, relative and with forward slashes. */
export function exampleName(filePath: string): string {
  return relative(EXAMPLES, filePath).split(sep).join("/");
}

/** Every report of the results as sorted keys ("file:line ruleId"). */
export function reportKeys(results: readonly LintResult[], ruleId?: string): string[] {
  return results
    .flatMap((r) =>
      r.messages
        .filter((m) => ruleId === undefined || m.ruleId === ruleId)
        .map((m) => reportKey({ file: exampleName(r.filePath), ruleId: m.ruleId ?? "(none)", line: m.line })),
    )
    .sort();
}

/** Fatal messages (parse errors) with their files. */
export function fatalMessages(results: readonly LintResult[]): string[] {
  return results.flatMap((r) => r.messages.filter((m: Linter.LintMessage) => m.fatal).map((m) => `${exampleName(r.filePath)}:${m.line} ${m.message}`));
}

/** The title of a per-rule test; pending rules say so, since they fail until registered. */
export function ruleTitle(ruleId: string): string {
  return PENDING_RULES.has(ruleId) ? `${ruleId} (pending: fails until the rule is registered in src/rules.ts)` : ruleId;
}

/**
 * The checks every ESLint version and config format runs on the examples, against the one
 * expectations table. `lint` lints the whole examples/ directory as a user's command line would.
 */
export function describeExamples(title: string, lint: () => Promise<LintResult[]>): void {
  describe(title, () => {
    let results: LintResult[] = [];
    beforeAll(async () => {
      assertBuilt();
      results = await lint();
    });

    it("lints every example file, without parse errors", () => {
      const linted = results.map((r) => exampleName(r.filePath));
      expect(linted).toEqual(expect.arrayContaining([...EXAMPLE_FILES]));
      expect(fatalMessages(results)).toEqual([]);
    });

    it("reports nothing in the clean examples", () => {
      for (const file of CLEAN_FILES) {
        const result = results.find((r) => exampleName(r.filePath) === file);
        expect(result, file).toBeDefined();
        expect(result?.messages.map((m) => `${m.line} ${m.ruleId}: ${m.message}`), file).toEqual([]);
      }
    });

    it("reports only rules of the expectations table", () => {
      const ruleIds = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "(none)")));
      expect([...ruleIds].filter((id) => !RULE_IDS.includes(id))).toEqual([]);
    });

    for (const ruleId of RULE_IDS) {
      it(`reports exactly the expected lines: ${ruleTitle(ruleId)}`, () => {
        expect(reportKeys(results, ruleId)).toEqual(expectedKeys(ruleId));
      });
    }
  });
}
