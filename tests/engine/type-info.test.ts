/**
 * With type information (`parserOptions.project`), clients and literal-typed constants from other
 * modules are followed; without it the same code stays silent.
 */
import path from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/valid-tool-choice";
import { ruleTester } from "../helpers/rule-tester";

const root = path.join(__dirname, "..", "fixtures", "typed");
const filename = "file.ts";
const typed = new RuleTester({ languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: root } } });
const TOOLS = '[{ name: "get_weather", input_schema: { type: "object" as const } }]';

const fromOtherModule = `import { DEFAULT_MODEL, client } from "./settings";\nclient.messages.create({ model: DEFAULT_MODEL, max_tokens: 1, messages: [], tools: ${TOOLS}, tool_choice: { type: "any" } });`;

typed.run("type information", rule, {
  valid: [
    // a wide type stays unknown
    { filename, code: `import { WIDE_MODEL, client } from "./settings";\nclient.messages.create({ model: WIDE_MODEL, max_tokens: 1, messages: [], tools: ${TOOLS}, tool_choice: { type: "any" } });` },
    // one member of the union allows forcing
    { filename, code: `import { client } from "./settings";\ndeclare const m: "claude-opus-5-5" | "claude-opus-4-8";\nclient.messages.create({ model: m, max_tokens: 1, messages: [], tools: ${TOOLS}, tool_choice: { type: "any" } });` },
    // an object whose type only looks like a client
    { filename, code: `interface Fake { messages: { create(x: object): void } }\ndeclare const fake: Fake;\nfake.messages.create({ model: "claude-opus-5-5", tools: [], tool_choice: { type: "any" } });` },
  ],
  invalid: [
    { filename, code: fromOtherModule, errors: [{ messageId: "forcedOnModel", suggestions: [{ messageId: "useAuto", output: fromOtherModule.replace('{ type: "any" }', '{ type: "auto" }') }] }] },
    {
      filename,
      code: `import { makeClient, type Tier } from "./settings";\ndeclare const m: Tier;\nmakeClient().messages.create({ model: m, max_tokens: 1, messages: [], tool_choice: { type: "any" } });`,
      errors: [{ messageId: "forcedWithoutTools" }, { messageId: "forcedOnModel", suggestions: [{ messageId: "useAuto", output: `import { makeClient, type Tier } from "./settings";\ndeclare const m: Tier;\nmakeClient().messages.create({ model: m, max_tokens: 1, messages: [], tool_choice: { type: "auto" } });` }] }],
    },
    {
      filename,
      code: `import type Anthropic from "@anthropic-ai/sdk";\ninterface Deps { llm: Anthropic }\nexport function run(d: Deps) { return d.llm.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      filename,
      code: `import { client } from "./settings";\nconst { messages } = client;\nexport function run(m: typeof messages) { return m.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }); }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
  ],
});

ruleTester().run("without type information", rule, {
  valid: [fromOtherModule],
  invalid: [],
});
