/**
 * The benchmark's "tests" set is written by the rule tester (bench/README.md): with
 * ANTHROPIC_BENCH_VALID_DIR set, each valid program a rule test runs lands in that folder, named
 * by rule and content, and invalid programs do not.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import validModel from "../../rules/valid-model";
import { HEAD, ruleTester } from "./rule-tester";

const dir = mkdtempSync(join(tmpdir(), "valid-programs-"));
const first = `${HEAD}client.messages.create({ model: "claude-opus-5-5", max_tokens: 10, messages: [{ role: "user", content: "a" }] });\n`;
const second = `${HEAD}client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 10, messages: [{ role: "user", content: "b" }] });\n`;

describe("the rule tester's valid programs", () => {
  // `run` writes them when it is called, while the tests are collected.
  vi.stubEnv("ANTHROPIC_BENCH_VALID_DIR", dir);
  ruleTester().run("valid-model", validModel, {
    valid: [first, { code: second }],
    invalid: [
      {
        code: `${HEAD}client.messages.create({ model: "claude-2.1", max_tokens: 10, messages: [{ role: "user", content: "c" }] });\n`,
        errors: [{ messageId: "retiredModel" }],
      },
    ],
  });
  vi.unstubAllEnvs();

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are written one file each, named by rule, and invalid ones are not", () => {
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^valid-model-[0-9a-f]{12}\.ts$/);
    expect(files.map((f) => readFileSync(join(dir, f), "utf8")).sort()).toEqual([first, second].sort());
  });
});
