/**
 * The real-world corpus (tests/corpus/README in FINDINGS.md): the pinned npm packages that call
 * the Anthropic API, linted with the built plugin's `all` config under ESLint 10. No rule may
 * throw, the reports must be exactly the ones examined by hand (expected.json), no file may stop
 * parsing, and the request sites the engine found when the reports were examined must still be
 * found.
 *
 * The corpus is downloaded, so this test runs only when it is installed:
 * `node tests/corpus/run.mjs --install-only` (CI does this before `npm test`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const RUN = join(ROOT, "tests/corpus/run.mjs");
const MARKER = join(ROOT, "corpus/npm/.installed.json");

interface Report {
  file: string;
  rule: string;
  line: number;
  messageId: string;
}
interface Site {
  file: string;
  line: number;
  method: string;
}
interface Summary {
  totals: { files: number; crashes: number };
  reports: (Report & { message: string })[];
  crashes: { file: string; error: string }[];
  parseErrors: { file: string; line: number }[];
  sites: Site[];
}
interface Expected {
  reports: Report[];
  parseErrors: { file: string; line: number }[];
  sites: Site[];
}

const installed = existsSync(MARKER);
if (!installed) {
  console.warn(
    "tests/corpus/corpus.test.ts skipped: the npm corpus is not installed. Run `node tests/corpus/run.mjs --install-only` (downloads the pinned packages of tests/corpus/package.json into corpus/npm/).",
  );
}

const key = (r: Report) => `${r.file}:${r.line} ${r.rule}/${r.messageId}`;

describe.skipIf(!installed)("real-world npm corpus (tests/corpus)", () => {
  const tmp = mkdtempSync(join(tmpdir(), "corpus-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let summary: Summary | undefined;
  const lint = (): Summary => {
    if (!summary) {
      const out = join(tmp, "summary.json");
      // Exit code 1 means a crash: read the summary anyway, the assertions below name it.
      try {
        execFileSync(process.execPath, [RUN, "--no-install", "--out", out], { cwd: ROOT, stdio: "pipe", maxBuffer: 256 * 1024 * 1024 });
      } catch (error) {
        if (!existsSync(out)) throw error;
      }
      summary = JSON.parse(readFileSync(out, "utf8")) as Summary;
    }
    return summary;
  };
  const expected = JSON.parse(readFileSync(join(ROOT, "tests/corpus/expected.json"), "utf8")) as Expected;

  it("lints every file without a rule throwing", { timeout: 600_000 }, () => {
    const s = lint();
    expect(s.totals.files).toBeGreaterThan(1000);
    expect(s.crashes).toEqual([]);
  });

  it("reports exactly what was examined by hand (FINDINGS.md)", { timeout: 600_000 }, () => {
    const actual = lint().reports.map(key).sort();
    expect(actual).toEqual(expected.reports.map(key).sort());
  });

  it("parses every file it parsed before", { timeout: 600_000 }, () => {
    const actual = lint().parseErrors.map((p) => `${p.file}:${p.line}`).sort();
    expect(actual).toEqual(expected.parseErrors.map((p) => `${p.file}:${p.line}`).sort());
  });

  it("still finds every request site it found before", { timeout: 600_000 }, () => {
    const found = new Set(lint().sites.map((s) => `${s.file}:${s.line} ${s.method}`));
    const missing = expected.sites.map((s) => `${s.file}:${s.line} ${s.method}`).filter((s) => !found.has(s));
    expect(missing).toEqual([]);
  });
});
