/**
 * With type information the user's SDK types answer without reading package files: a project whose
 * SDK declarations are mapped by `paths` to a vendored copy (no `node_modules` SDK to find), newer
 * than the tables (a model, a request field).
 */
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import noUnknownParams from "../../rules/no-unknown-params";
import validModel from "../../rules/valid-model";
import { installedStats, resetInstalledCache } from "../../src/knowledge/installed";
import { copySdkDeclarations, patchedSdkFiles, project, type Project } from "../helpers/sdk-fixture";

const HEAD = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';
let p: Project;

beforeAll(() => {
  p = project("anthropic-typed-");
  copySdkDeclarations(p, "vendor/@anthropic-ai/sdk");
  const patched = patchedSdkFiles({ version: "1.19.0", addModels: ["claude-opus-7"], addCreateFields: ["reasoning_summary"] });
  for (const file of ["resources/messages/messages.d.ts", "resources/beta/messages/messages.d.ts"]) p.write(`vendor/@anthropic-ai/sdk/${file}`, patched[file]);
  p.write(
    "tsconfig.json",
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        skipLibCheck: true,
        noEmit: true,
        baseUrl: ".",
        paths: { "@anthropic-ai/sdk": ["./vendor/@anthropic-ai/sdk/index.d.ts"], "@anthropic-ai/sdk/*": ["./vendor/@anthropic-ai/sdk/*"] },
      },
      include: ["src"],
    }),
  );
}, 60_000);
afterAll(() => p?.remove());

function lint(code: string, options: unknown[] = []): string[] {
  const file = p.write("src/app.ts", code);
  const linter = new Linter({ configType: "flat", cwd: p.dir });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: parser as unknown as Linter.Parser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: p.dir } },
        settings: { anthropic: { today: "2026-12-06" } },
        plugins: { anthropic: { rules: { "valid-model": validModel, "no-unknown-params": noUnknownParams } } as never },
        rules: { "anthropic/valid-model": ["error", ...options], "anthropic/no-unknown-params": "error" },
      },
    ] as Linter.Config[],
    file,
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => `${m.ruleId}:${m.messageId}`);
}

describe("the program's SDK types", () => {
  it("declare a model and a field the tables lack, without an installed package to read", () => {
    resetInstalledCache();
    expect(lint(`${HEAD}client.messages.create({ model: "claude-opus-7", max_tokens: 1, messages: [], reasoning_summary: "auto" });`, [{ reportUnrecognized: true }])).toEqual([]);
    expect(installedStats.rootsRead).toBe(0);
  });

  it("leave certain mistakes reported", () => {
    expect(lint(`${HEAD}client.messages.create({ model: "claude-opus-7.1", max_tokens: 1, messages: [], response_format: {} });`)).toEqual([
      "anthropic/valid-model:unknownModel",
      "anthropic/no-unknown-params:otherApiField",
    ]);
    // an id neither the types nor the tables list: newer, reported only on request
    expect(lint(`${HEAD}client.messages.create({ model: "claude-opus-7-1", max_tokens: 1, messages: [] });`)).toEqual([]);
    expect(lint(`${HEAD}client.messages.create({ model: "claude-opus-7-1", max_tokens: 1, messages: [] });`, [{ reportUnrecognized: true }])).toEqual([
      "anthropic/valid-model:unrecognizedModel",
    ]);
  });

  it("a field declared on the request type is found through a variable too (the checker's contextual type)", () => {
    expect(
      lint(`${HEAD}import type { MessageCreateParamsNonStreaming } from "@anthropic-ai/sdk/resources/messages";\nconst body: MessageCreateParamsNonStreaming = { model: "claude-opus-4-8", max_tokens: 1, messages: [], reasoning_summary: "x" };\nclient.messages.create(body);`),
    ).toEqual([]);
  });
});
