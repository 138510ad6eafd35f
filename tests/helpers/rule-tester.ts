import { RuleTester } from "@typescript-eslint/rule-tester";

/**
 * The date rule tests run on (`settings.anthropic.today`), so that a deprecation date passing in
 * the real world never changes a test's result. Tests about dates set their own.
 */
export const TEST_TODAY = "2026-12-06";

/** A rule tester for TypeScript sources (the parser also reads plain JavaScript). */
export function ruleTester(): RuleTester {
  return new RuleTester({ settings: { anthropic: { today: TEST_TODAY } } });
}

/** The usual head of a test program: the SDK imported and a client built. */
export const HEAD = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';
