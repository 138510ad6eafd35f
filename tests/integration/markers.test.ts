/**
 * The expectations table and the examples agree: every `// ✗ anthropic/<rule>` comment in an
 * example is one entry of the table, and every entry is marked. A new user reads the markers; the
 * tests read the table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN_FILES, EXAMPLE_FILES, expectedKeys, reportKey } from "./expected";
import { EXAMPLES } from "./helpers";

const MARKER = /\/\/ ✗ (anthropic\/[a-z-]+(?:, anthropic\/[a-z-]+)*)\s*$/;

function markedKeys(file: string): string[] {
  const lines = readFileSync(join(EXAMPLES, file), "utf8").split(/\r?\n/);
  return lines.flatMap((text, i) => {
    const m = MARKER.exec(text);
    return m ? m[1].split(", ").map((ruleId) => reportKey({ file, ruleId, line: i + 1 })) : [];
  });
}

describe("examples and expected.ts", () => {
  it("mark exactly the reports of the table", () => {
    expect(EXAMPLE_FILES.flatMap(markedKeys).sort()).toEqual(expectedKeys());
  });

  it("have no marker in the clean files", () => {
    for (const file of CLEAN_FILES) expect(markedKeys(file), file).toEqual([]);
  });
});
