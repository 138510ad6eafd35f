import { it } from "vitest";
import { writeFileSync, readFileSync } from "node:fs";
import { lintAll } from "../../helpers/lint";
import { installed } from "./installed";

const cases: { name: string; code: string; inst?: Record<string, string> }[] = JSON.parse(readFileSync("/tmp/review5/cases.json", "utf8"));
it("review", () => {
  const out: string[] = [];
  for (const c of cases) {
    let res: string;
    try {
      const dir = c.inst ? installed(c.inst) : undefined;
      res = lintAll(c.code, { directory: dir }).map((r) => `  ${r.rule}/${r.messageId} L${r.line} @ ${r.text}\n      ${r.message}`).join("\n") || "  (silent)";
    } catch (e) {
      res = "  CRASH " + String((e as Error).stack).slice(0, 600);
    }
    out.push(`### ${c.name}\n${res}`);
  }
  writeFileSync("/tmp/review5/out.txt", out.join("\n"));
}, 120000);
