/**
 * oxlint with the packed plugin: a project installed (strict, linked layout) with the README's
 * oxlint line — oxlint, eslint and the tarball — and the README's .oxlintrc.json, which extends the
 * config the package ships (dist/oxlint/recommended.json). oxlint lints a copy of examples/ and
 * must report exactly what ESLint 10 reports with examples/eslint.config.mjs: the same rule, line,
 * column, span, severity and message for every report, and the same files after `--fix`.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_FILES, expectedKeys } from "./expected";
import { EXAMPLES, assertBuilt, exampleName, type ESLintConstructor, type LintResult } from "./helpers";
import { HOOK_TIMEOUT, devVersion, installLinked, newProject, packPlugin, rootPackage, run, runOk, storeCopies, writeFiles } from "./install-helpers";
import { readmeBlock, readmeInstallLines, readmeSection } from "./readme";

/**
 * Reports that legitimately differ between oxlint and ESLint, as "file:line ruleId" with the
 * reason. None today: every report agrees in rule, position, span, severity and message.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {};

interface OxlintDiagnostic {
  message: string;
  code: string;
  severity: string;
  filename: string;
  labels: { span: { offset: number; length: number; line: number; column: number } }[];
}

/** One report in a form both linters give: position, UTF-8 byte span, rule, severity, message. */
interface Report {
  file: string;
  line: number;
  column: number;
  byteOffset: number;
  byteLength: number;
  ruleId: string;
  severity: string;
  message: string;
}

function key(r: Report): string {
  return `${r.file}:${r.line} ${r.ruleId}`;
}

function full(r: Report): string {
  return `${r.file}:${r.line}:${r.column} [${r.byteOffset}+${r.byteLength}] ${r.ruleId} ${r.severity}: ${r.message}`;
}

/** The UTF-8 byte offset of a 1-based line and column (UTF-16 units, as ESLint counts) in a text. */
function byteOffset(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
  return Buffer.byteLength(text.slice(0, offset + column - 1), "utf8");
}

function eslintReports(results: readonly LintResult[]): Report[] {
  return results.flatMap((r) => {
    const file = exampleName(r.filePath);
    const text = readFileSync(r.filePath, "utf8");
    return r.messages.map((m) => {
      const start = byteOffset(text, m.line, m.column);
      const end = byteOffset(text, m.endLine ?? m.line, m.endColumn ?? m.column);
      return {
        file,
        line: m.line,
        column: m.column,
        byteOffset: start,
        byteLength: end - start,
        ruleId: m.ruleId ?? "(none)",
        severity: m.severity === 2 ? "error" : "warning",
        message: m.message,
      };
    });
  });
}

function oxlintReports(diagnostics: readonly OxlintDiagnostic[], dir: string): Report[] {
  return diagnostics
    .filter((d) => d.code.startsWith("anthropic("))
    .map((d) => {
      const [label] = d.labels;
      return {
        file: d.filename.slice(dir.length + 1),
        line: label.span.line,
        column: label.span.column,
        byteOffset: label.span.offset,
        byteLength: label.span.length,
        ruleId: d.code.replace(/^anthropic\((.+)\)$/, "anthropic/$1"),
        severity: d.severity,
        message: d.message,
      };
    });
}

function sortReports(reports: Report[]): string[] {
  return reports.map(full).sort();
}

describe("oxlint with the packed plugin (jsPlugins), against ESLint 10 on examples/", () => {
  let tarballDir = "";
  let project = "";
  let eslint: Report[] = [];
  let oxlint: Report[] = [];
  let oxlintOutput = "";

  beforeAll(async () => {
    assertBuilt();
    const { tarball } = await packPlugin();
    tarballDir = dirname(tarball);
    project = newProject("oxlint");
    const npm = readmeInstallLines("oxlint", "# oxlint").find((l) => l.manager === "npm");
    if (!npm) throw new Error("README.md, oxlint: no npm line");
    const versions: Record<string, string> = { oxlint: devVersion("oxlint"), eslint: devVersion("eslint") };
    await installLinked(
      project,
      npm.packages.map((spec) => {
        if (spec === "eslint-plugin-anthropic") return tarball;
        if (!versions[spec]) throw new Error(`the README's oxlint line installs "${spec}", which this test does not know`);
        return `${spec}@${versions[spec]}`;
      }),
    );
    writeFiles(project, { ".oxlintrc.json": readmeBlock("oxlint", { lang: "json" }) });
    for (const dir of ["examples", "fixed"]) {
      mkdirSync(join(project, dir));
      for (const file of EXAMPLE_FILES) copyFileSync(join(EXAMPLES, file), join(project, dir, file));
    }

    const bin = join(project, "node_modules/oxlint/bin/oxlint");
    const r = await run(process.execPath, [bin, "-f", "json", "examples"], { cwd: project });
    oxlintOutput = `${r.stdout}\n${r.stderr}`;
    if (r.code !== 0 && r.code !== 1) throw new Error(`oxlint exited ${r.code}\n${oxlintOutput}`);
    oxlint = oxlintReports((JSON.parse(r.stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics, "examples");

    const ESLint10 = ESLint as unknown as ESLintConstructor;
    eslint = eslintReports(await new ESLint10({ cwd: EXAMPLES }).lintFiles([...EXAMPLE_FILES]));
  }, HOOK_TIMEOUT);

  afterAll(() => {
    for (const dir of [project, tarballDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads the plugin and reports the expected lines of every rule", () => {
    expect(oxlint.map(key).sort(), oxlintOutput).toEqual(expectedKeys());
  });

  it("reports what ESLint reports: rule, line, column, span, severity and message, except the known differences", () => {
    const known = (r: Report) => key(r) in KNOWN_DIFFERENCES;
    expect(sortReports(oxlint.filter((r) => !known(r)))).toEqual(sortReports(eslint.filter((r) => !known(r))));
    console.log(`[oxlint] ${oxlint.length} reports; ESLint 10: ${eslint.length}; known differences: ${Object.keys(KNOWN_DIFFERENCES).length}`);
  });

  it("--fix leaves the same files as ESLint's fix", async () => {
    await run(process.execPath, [join(project, "node_modules/oxlint/bin/oxlint"), "--fix", "fixed"], { cwd: project });
    const fixer = new (ESLint as unknown as ESLintConstructor)({ cwd: EXAMPLES, fix: true });
    let changed = 0;
    for (const file of EXAMPLE_FILES) {
      const original = readFileSync(join(EXAMPLES, file), "utf8");
      const [result] = await fixer.lintText(original, { filePath: join(EXAMPLES, file) });
      const expected = result.output ?? original;
      if (expected !== original) changed++;
      expect(readFileSync(join(project, "fixed", file), "utf8"), file).toBe(expected);
    }
    expect(changed).toBeGreaterThan(0);
  });

  it("ships configs with every rule of the plugin's own configs", async () => {
    const plugin = (await import(join(project, "node_modules/eslint-plugin-anthropic/dist/src/index.js"))) as {
      default: { configs: Record<string, { rules: Record<string, unknown> }> };
    };
    for (const name of ["recommended", "all"]) {
      const shipped = JSON.parse(readFileSync(join(project, `node_modules/eslint-plugin-anthropic/dist/oxlint/${name}.json`), "utf8")) as {
        jsPlugins: unknown[];
        rules: Record<string, unknown>;
      };
      expect(shipped.jsPlugins).toEqual([{ name: "anthropic", specifier: "eslint-plugin-anthropic" }]);
      expect(shipped.rules).toEqual(plugin.default.configs[name].rules);
    }
  });

  it("eslint stays a required peer: loading the plugin loads eslint (through @typescript-eslint/utils)", async () => {
    // Marking the peer optional would not spare oxlint users the install (the plugin's own
    // dependencies declare eslint as a peer) and the plugin could not load without it.
    expect(rootPackage.peerDependenciesMeta?.eslint?.optional).not.toBe(true);
    const script = [
      'require("eslint-plugin-anthropic");',
      'const loaded = Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/](?:\\.store[\\\\/]eslint@[^\\\\/]+[\\\\/]node_modules[\\\\/])?eslint[\\\\/]/.test(f));',
      "process.stdout.write(String(loaded));",
    ].join("\n");
    expect(await runOk(process.execPath, ["-e", script], { cwd: project })).toBe("true");
    expect(storeCopies(project, "eslint")).toHaveLength(1);
  });

  it("the README's oxlint section names both shipped configs, how to change a rule, and the limits", () => {
    const section = readmeSection("oxlint");
    expect(section).toContain("dist/oxlint/recommended.json");
    expect(section).toContain("dist/oxlint/all.json");
    expect(section).toContain('"anthropic/require-max-retries": ["error", { "minimum": 5 }]');
    expect(section).toContain("Type information is not available");
    expect(section).toContain(`oxlint ${devVersion("oxlint").split(".").slice(0, 2).join(".")}`);
  });

  it("a rule's options set beside `extends` apply (the README's example)", async () => {
    writeFiles(project, {
      "options/.oxlintrc.json": JSON.stringify({
        extends: ["../node_modules/eslint-plugin-anthropic/dist/oxlint/recommended.json"],
        rules: { "anthropic/require-max-retries": ["error", { minimum: 5 }] },
      }),
      "options/client.ts": 'import Anthropic from "@anthropic-ai/sdk";\nexport const client = new Anthropic({ maxRetries: 4 });\n',
    });
    const bin = join(project, "node_modules/oxlint/bin/oxlint");
    const r = await run(process.execPath, [bin, "-c", "options/.oxlintrc.json", "-f", "json", "options"], { cwd: project });
    const codes = (JSON.parse(r.stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics.map((d) => d.code);
    expect(codes, r.stdout).toContain("anthropic(require-max-retries)");
  });
});
