/**
 * The CI recipe, examples/github-workflow.yml: it parses as YAML, runs on pull requests, may write
 * code-scanning alerts, and names real commands — `npm ci`, and ESLint's CLI with options that
 * ESLint 10's `--help` lists and a formatter package that exists. Its ESLint commands themselves
 * run in install.test.ts, in a project installed from the packed plugin.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { EXAMPLES, ROOT, requireFromRoot } from "./helpers";
import { runOk } from "./install-helpers";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}

interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(EXAMPLES, "github-workflow.yml"), "utf8")) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job.steps;
const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
/** Each ESLint command's words, without a trailing `|| …` exit-code clause. */
const eslintCommands = runs.filter((r) => /^npx eslint\b/.test(r)).map((r) => r.split("||")[0].trim().split(/\s+/));

function stepIndex(predicate: (s: Step) => boolean): number {
  return steps.findIndex(predicate);
}

describe("examples/github-workflow.yml", () => {
  it("runs on pull requests and may upload code-scanning results", () => {
    expect(Object.keys(workflow.on)).toContain("pull_request");
    expect(workflow.permissions?.["security-events"]).toBe("write");
    expect(workflow.permissions?.contents).toBe("read");
    expect(Object.keys(workflow.jobs)).toHaveLength(1);
    expect(job["runs-on"]).toMatch(/^ubuntu-/);
  });

  it("checks out, sets up a Node version that package.json's engines allow, installs with npm ci", () => {
    expect(steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(steps[1].uses).toMatch(/^actions\/setup-node@v\d+$/);
    const node = String(steps[1].with?.["node-version"]);
    const engines = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    // The workflow's major is one that engines names (and CI tests).
    expect(engines.split("||").map((r) => /\d+/.exec(r)?.[0])).toContain(node);
    expect(runs).toContain("npm ci");
  });

  it("every command is npm ci or ESLint's CLI", () => {
    expect(runs.filter((r) => r !== "npm ci" && !/^npx eslint\b/.test(r))).toEqual([]);
    expect(eslintCommands).toHaveLength(2);
  });

  it("uses only options that ESLint's CLI has, and a formatter that exists", async () => {
    const help = await runOk(process.execPath, [join(ROOT, "node_modules/eslint/bin/eslint.js"), "--help"], { cwd: ROOT });
    for (const words of eslintCommands) {
      for (const flag of words.filter((w) => w.startsWith("-"))) expect(help, flag).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`, "m"));
      const format = words[words.indexOf("--format") + 1];
      if (words.includes("--format")) expect(() => requireFromRoot.resolve(format), format).not.toThrow();
    }
  });

  it("writes SARIF, uploads that file even when ESLint reported problems, then fails on them", () => {
    const sarif = eslintCommands.find((w) => w.includes("--output-file"));
    expect(sarif).toBeDefined();
    const output = sarif?.[sarif.indexOf("--output-file") + 1];
    const sarifStep = stepIndex((s) => s.run?.includes("--output-file") === true);
    const upload = stepIndex((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@") === true);
    const gate = stepIndex((s) => s.run === "npx eslint .");
    expect(steps[sarifStep].run).toMatch(/\|\| test \$\? -eq 1$/); // exit 1 = problems; 2 = ESLint failed
    expect(steps[upload].uses).toMatch(/@v\d+$/);
    expect(steps[upload].with?.sarif_file).toBe(output);
    expect(sarifStep).toBeLessThan(upload);
    expect(upload).toBeLessThan(gate);
  });
});
