import { RuleTester } from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";
import { setStrictGuards } from "../src/kit/guard";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Strict guards: a defensive catch in the plugin rethrows, so a swallowed exception fails the test
// (and the fuzz run) that caused it. ESLint processes the tests start inherit the variable, and
// the built plugin in dist/ reads it when it loads.
process.env.ESLINT_PLUGIN_ANTHROPIC_STRICT = "1";
setStrictGuards(true);

// typescript-eslint assumes a one-shot CLI run when `CI` is set and then never rebuilds its
// TypeScript program; tests that rewrite a file between lints need the program rebuilt.
process.env.TSESTREE_SINGLE_RUN = "false";
