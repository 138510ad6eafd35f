import { RuleTester } from "@typescript-eslint/rule-tester";

/** A rule tester for TypeScript sources (the parser also reads plain JavaScript). */
export function ruleTester(): RuleTester {
  return new RuleTester();
}

/** The usual head of a test program: the SDK imported and a client built. */
export const HEAD = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';
