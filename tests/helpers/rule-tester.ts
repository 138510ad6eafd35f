import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { API_FIELD_LABELS } from "../../src/kit/create-rule";

/**
 * The date rule tests run on (`settings.anthropic.today`), so that a deprecation date passing in
 * the real world never changes a test's result. Tests about dates set their own.
 */
export const TEST_TODAY = "2026-12-06";

/**
 * A rule tester for TypeScript sources (the parser also reads plain JavaScript).
 *
 * Rules that also check wrapper-library requests write each API field of a message as a
 * placeholder (`{{field:top_p}}`, see `createRequestRule`), filled in per report. A test that
 * gives a report's `data` gets those placeholders' SDK values added, so it names only its own.
 */
export function ruleTester(): RuleTester {
  return new FieldLabellingRuleTester({ settings: { anthropic: { today: TEST_TODAY } } });
}

type Run = RuleTester["run"];

/**
 * With ANTHROPIC_BENCH_VALID_DIR set, every valid program a rule test runs is also written to that
 * folder, one file each, named by rule and content (test files run apart, so no counter is
 * shared): the benchmark's "tests" set (`node bench/run.mjs --sets tests`, see bench/README.md).
 */
function writeValidPrograms(dir: string, rule: string, valid: readonly (string | { readonly code: string })[]): void {
  mkdirSync(dir, { recursive: true });
  for (const test of valid) {
    const code = typeof test === "string" ? test : test.code;
    const id = createHash("sha1").update(code).digest("hex").slice(0, 12);
    writeFileSync(join(dir, `${rule}-${id}.ts`), code);
  }
}

class FieldLabellingRuleTester extends RuleTester {
  override run: Run = (name, rule, tests) => {
    const validProgramsDir = process.env.ANTHROPIC_BENCH_VALID_DIR;
    if (validProgramsDir) writeValidPrograms(validProgramsDir, name, tests.valid);
    const invalid = tests.invalid.map((test) => ({
      ...test,
      errors: test.errors.map((error) => ({
        ...error,
        ...(error.data ? { data: { ...API_FIELD_LABELS, ...error.data } } : {}),
        ...(Array.isArray(error.suggestions)
          ? { suggestions: error.suggestions.map((s) => (s.data ? { ...s, data: { ...API_FIELD_LABELS, ...s.data } } : s)) }
          : {}),
      })),
    }));
    return super.run(name, rule, { ...tests, invalid });
  };
}

/** The usual head of a test program: the SDK imported and a client built. */
export const HEAD = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';
