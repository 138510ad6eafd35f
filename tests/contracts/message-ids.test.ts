/**
 * Every message of every rule is produced by some test: a message no test names is a report that
 * may never fire, or fire with a broken text, unseen. The check is static — it reads the tests, it
 * does not run them — and counts a message id as tested when a test file that concerns the rule
 * names it:
 *
 * - `messageId: "<id>"` (a RuleTester error or suggestion, which the tester checks is produced),
 *   in any test file that imports the rule (`rules/<name>`), names it (`"<name>"`,
 *   `anthropic/<name>`) — tests/rules/<name>.test.ts always does;
 * - `"anthropic/<name>:<id>"` anywhere in the tests (reports summarized as rule:id);
 * - a quoted `"<id>"` in tests/knowledge/ and tests/contracts/ files that concern the rule (they
 *   lint with ESLint and compare the `messageId`s of the reports with a list).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules";
import { ROOT } from "./docs";

/** Every .ts file under tests/, as [path relative to the root, text]. */
function testSources(dir: string = join(ROOT, "tests")): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "fixtures") out.push(...testSources(path));
    } else if (entry.name.endsWith(".ts")) {
      out.push([relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8")]);
    }
  }
  return out;
}

const SOURCES = testSources();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether a test file is about the rule: imports it, or names it as a string or a rule id. */
function concerns(text: string, rule: string): boolean {
  return new RegExp(`rules/${escape(rule)}["']|["'\`]${escape(rule)}["'\`]|anthropic/${escape(rule)}\\b`).test(text);
}

/** The ids of a rule's messages that the tests name, with the files that name each. */
function testedIds(rule: string, ids: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [file, text] of SOURCES) {
    const related = concerns(text, rule);
    const loose = related && /^tests\/(?:knowledge|contracts)\//.test(file);
    for (const id of ids) {
      const q = `["'\`]${escape(id)}["'\`]`;
      const patterns = [new RegExp(`anthropic/${escape(rule)}:${escape(id)}\\b`)];
      if (related) patterns.push(new RegExp(`messageId\\s*:\\s*${q}`));
      if (loose) patterns.push(new RegExp(q));
      if (patterns.some((re) => re.test(text))) found.get(id)!.push(file);
    }
  }
  return found;
}

describe.each(Object.keys(rules).sort())("rule %s", (name) => {
  it("has every message produced by a test", () => {
    const ids = Object.keys((rules as Record<string, { meta: { messages: Record<string, string> } }>)[name].meta.messages);
    const found = testedIds(name, ids);
    const untested = ids.filter((id) => found.get(id)!.length === 0);
    expect(untested, `rules/${name}.ts: messages no test names (messageId: "<id>")`).toEqual([]);
  });
});
