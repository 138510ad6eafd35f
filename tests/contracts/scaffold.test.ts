/**
 * `scripts/new-rule.mjs` on a throwaway copy of the project (`--root`): it writes the rule, its
 * test and its page and registers the rule in name order; the result type-checks, passes the
 * repository's lint config, passes its own generated test and the docs-examples and message-id
 * contracts, and its page passes the layout checks. It refuses a bad name and an existing rule
 * without touching anything.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, namesIn, pageProblems } from "./docs";

const SCRIPT = join(ROOT, "scripts/new-rule.mjs");
const NAME = "valid-scaffold-demo";
const DESCRIPTION = "Require a non-empty `service_tier`";

let tmp: string;

function copy(rel: string): void {
  cpSync(join(ROOT, rel), join(tmp, rel), { recursive: true });
}

function newRule(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args, "--root", tmp], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of the copy's rule folders, with its text (to see that a refusal changed nothing). */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = { "src/rules.ts": readFileSync(join(tmp, "src/rules.ts"), "utf8") };
  for (const [dir, ext] of [["rules", ".ts"], ["docs/rules", ".md"], ["tests/rules", ".test.ts"]] as const) {
    for (const name of namesIn(join(tmp, dir), ext)) out[`${dir}/${name}${ext}`] = readFileSync(join(tmp, dir, name + ext), "utf8");
  }
  return out;
}

/** The keys of the copy's registry, in the order src/rules.ts lists them. */
function registryKeys(): string[] {
  const registry = readFileSync(join(tmp, "src/rules.ts"), "utf8");
  return [...registry.matchAll(/^ {2}"([a-z0-9-]+)": \w+,$/gm)].map((m) => m[1]);
}

/** Run a tool of the repository's node_modules in the copy; throws with its output when it fails. */
function tool(bin: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [join(ROOT, "node_modules", bin), ...args], {
      cwd: tmp,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ESLINT_PLUGIN_ANTHROPIC_STRICT: "1" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${bin} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}${e.message}`);
  }
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "new-rule-"));
  mkdirSync(join(tmp, "tests"));
  for (const rel of ["src", "rules", "docs/rules", "tests/rules", "tests/helpers", "tests/setup.ts", "package.json", "tsconfig.json", "vitest.config.mts", "eslint.config.mjs"]) {
    copy(rel);
  }
  mkdirSync(join(tmp, "tests/contracts"));
  for (const file of ["docs.ts", "docs-examples.test.ts", "message-ids.test.ts"]) copy(`tests/contracts/${file}`);
  symlinkSync(join(ROOT, "node_modules"), join(tmp, "node_modules"), "dir");
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("scripts/new-rule.mjs", () => {
  it("refuses a bad name, and changes nothing", () => {
    const before = snapshot();
    for (const bad of ["Valid-Thing", "valid_thing", "thing", "valid-", "valid--thing", "valid-thing-", "../valid-thing", "valid-2x"]) {
      const run = newRule(bad);
      expect(run.status, bad).toBe(2);
      expect(run.stderr, bad).toContain("is not a rule name");
    }
    expect(newRule().status).toBe(2);
    expect(newRule("valid-thing", "--field", "Bad Field").status).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it("refuses an existing rule, and changes nothing", () => {
    const before = snapshot();
    const run = newRule("valid-tool-choice");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the rule "valid-tool-choice" exists');
    expect(snapshot()).toEqual(before);
  });

  it("writes the rule, its test and its page, and registers it in name order", () => {
    const folders = [["rules", ".ts"], ["docs/rules", ".md"], ["tests/rules", ".test.ts"]] as const;
    const before = folders.map(([dir, ext]) => namesIn(join(tmp, dir), ext));
    const keysBefore = registryKeys();
    const run = newRule(NAME, "--field", "service_tier", "--description", DESCRIPTION);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const rel of [`rules/${NAME}.ts`, `tests/rules/${NAME}.test.ts`, `docs/rules/${NAME}.md`]) expect(existsSync(join(tmp, rel)), rel).toBe(true);

    const registry = readFileSync(join(tmp, "src/rules.ts"), "utf8");
    expect(registry).toContain(`import validScaffoldDemo from "../rules/${NAME}";\n`);
    expect(registry).toContain(`  "${NAME}": validScaffoldDemo,\n`);
    const keys = registryKeys();
    const imports = [...registry.matchAll(/^import \w+ from "\.\.\/rules\/([a-z0-9-]+)";$/gm)].map((m) => m[1]);
    expect(keys).toEqual([...keysBefore, NAME].sort());
    expect(imports).toEqual(keys);
    // one new file in each folder (tests/contracts/layout.test.ts checks that they match one-to-one)
    folders.forEach(([dir, ext], i) => expect(namesIn(join(tmp, dir), ext), dir).toEqual([...before[i], NAME].sort()));

    const rule = readFileSync(join(tmp, "rules", `${NAME}.ts`), "utf8");
    expect(rule).toContain(`name: "${NAME}"`);
    expect(rule).toContain(`description: ${JSON.stringify(DESCRIPTION)}`);
    expect(rule).not.toMatch(/__[A-Z_]+__/);
    const page = readFileSync(join(tmp, "docs/rules", `${NAME}.md`), "utf8");
    expect(pageProblems(NAME, page, { description: DESCRIPTION, fixable: false, hasSuggestions: false })).toEqual([]);
    expect(page).not.toMatch(/__[A-Z_]+__/);
  });

  it("refuses to write the same rule twice", () => {
    const before = snapshot();
    expect(newRule(NAME).status).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it("writes files that type-check and pass the lint config", () => {
    const config = { extends: "./tsconfig.json", compilerOptions: { noEmit: true }, include: [], files: [`rules/${NAME}.ts`, `tests/rules/${NAME}.test.ts`, "src/rules.ts", "src/index.ts"] };
    writeFileSync(join(tmp, "tsconfig.scaffold.json"), JSON.stringify(config));
    tool("typescript/bin/tsc", ["-p", "tsconfig.scaffold.json"]);
    tool("eslint/bin/eslint.js", [`rules/${NAME}.ts`, `tests/rules/${NAME}.test.ts`]);
  });

  it("writes a rule that passes its generated test, and a page whose examples hold", () => {
    const out = tool("vitest/vitest.mjs", ["run", `tests/rules/${NAME}.test.ts`, "tests/contracts/docs-examples.test.ts", "tests/contracts/message-ids.test.ts"]);
    const plain = out.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");
    expect(plain).toMatch(/Test Files\s+3 passed \(3\)/);
  });
});
