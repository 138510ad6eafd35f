/**
 * A bad rule option is a configuration error, not a silent default: every supported ESLint
 * version and config format refuses it with a message that names the rule and the bad value.
 *
 * (ESLint words schema errors itself: "Value -1 should be >= 0" names the value, not the option's
 * key; an unknown key is named, in flat config as `Unexpected property "…"`, in eslintrc inside
 * the dumped options object.)
 */
import { ESLint } from "eslint";
import { loadESLint } from "eslint-v9";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT, requireFromRoot, usePluginHome, type ESLintConstructor, type ESLintLike } from "./helpers";

const CODE = 'import Anthropic from "@anthropic-ai/sdk";\nexport const client = new Anthropic({ maxRetries: 5 });\n';
const FILE = join(EXAMPLES, "options-check.ts");

type Make = (rules: Record<string, unknown>) => Promise<ESLintLike>;

const CASES: { title: string; rules: Record<string, unknown>; expected: RegExp[] }[] = [
  {
    title: "require-max-retries minimum below 0",
    rules: { "anthropic/require-max-retries": ["error", { minimum: -1 }] },
    expected: [/anthropic\/require-max-retries/, /Value -1 should be >= 0/],
  },
  {
    title: "require-max-retries minimum not an integer",
    rules: { "anthropic/require-max-retries": ["error", { minimum: "3" }] },
    expected: [/anthropic\/require-max-retries/, /Value "3" should be integer/],
  },
  {
    title: "require-max-retries unknown option (a typo)",
    rules: { "anthropic/require-max-retries": ["error", { minimun: 3 }] },
    expected: [/anthropic\/require-max-retries/, /minimun/, /additional propert/],
  },
  {
    title: "valid-tool-choice takes no options",
    rules: { "anthropic/valid-tool-choice": ["error", { strict: true }] },
    expected: [/anthropic\/valid-tool-choice/, /should NOT have more than 0 items/],
  },
];

function describeOptions(title: string, make: Make): void {
  describe(title, () => {
    for (const c of CASES) {
      it(`throws for ${c.title}`, async () => {
        const error = await make(c.rules)
          .then((eslint) => eslint.lintText(CODE, { filePath: FILE }))
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(error).toBeInstanceOf(Error);
        for (const pattern of c.expected) expect((error as Error).message).toMatch(pattern);
      });
    }

    it("accepts good options and applies them", async () => {
      const eslint = await make({ "anthropic/require-max-retries": ["error", { minimum: 6, checkRequestOptions: false }] });
      const [result] = await eslint.lintText(CODE, { filePath: FILE });
      expect(result.messages.map((m) => [m.ruleId, m.line, m.message.includes("at least 6")])).toEqual([
        ["anthropic/require-max-retries", 2, true],
      ]);
    });
  });
}

describeOptions("ESLint 10, flat config", async (rules) => new (ESLint as unknown as ESLintConstructor)({ cwd: EXAMPLES, overrideConfig: { rules } }));

describeOptions("ESLint 9, flat config", async (rules) => {
  const ESLint9 = (await loadESLint({ useFlatConfig: true })) as unknown as ESLintConstructor;
  return new ESLint9({ cwd: EXAMPLES, overrideConfig: { rules } });
});

describe("eslintrc", () => {
  const home = usePluginHome();

  describeOptions("ESLint 9", async (rules) => {
    const ESLint9 = (await loadESLint({ useFlatConfig: false })) as unknown as ESLintConstructor;
    return new ESLint9({ cwd: ROOT, resolvePluginsRelativeTo: home(), overrideConfig: { rules } });
  });

  describeOptions("ESLint 8", async (rules) => {
    const { ESLint: ESLint8 } = requireFromRoot("eslint-v8") as { ESLint: ESLintConstructor };
    return new ESLint8({ cwd: ROOT, resolvePluginsRelativeTo: home(), overrideConfig: { rules } });
  });
});
