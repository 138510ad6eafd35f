/**
 * First install, as a newcomer does it, in the strictest layout: the packed tarball installed with
 * `npm install --install-strategy=linked` (pnpm's layout: a package sees only what it declares),
 * with the README's install lines, the README's config snippets, and one file of every extension
 * the snippets claim to cover (.js .mjs .cjs .ts .tsx .mts .cts), linted by the installed ESLint's
 * own CLI.
 *
 * - flat config: ESLint 10 with typescript-eslint 8.73, which the project has before it adds the
 *   plugin (newer than the 8.72 this repository builds with): the plugin's caret ranges share one
 *   copy of its dependencies;
 * - type information: the README's typed config on two files, one importing a constant from the
 *   other, and the `--cache` caveat the README states (a stale report after the other file changes);
 * - eslintrc: ESLint 8.57 with `@typescript-eslint/parser`, which the eslintrc snippet names;
 * - the CI recipe (examples/github-workflow.yml): its ESLint commands run in the flat project.
 */
import { existsSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, assertBuilt, loadBuiltPlugin } from "./helpers";
import { HOOK_TIMEOUT, devVersion, installLinked, newProject, packPlugin, rootPackage, run, storeCopies, writeFiles } from "./install-helpers";
import { readmeBlock, readmeInstallLines, readmeSection } from "./readme";

/**
 * The typescript-eslint the project already has before it adds the plugin: newer than the one this
 * repository builds with (the plugin's lower bound, 8.72) and older than the newest release, so
 * sharing one copy of @typescript-eslint/utils needs the plugin's caret range and nothing else.
 */
const PROJECT_TYPESCRIPT_ESLINT = "8.73.0";

const FLAT_SECTION = "Flat config (ESLint 9 and 10)";
const ESLINTRC_SECTION = "eslintrc (ESLint 8.57, and ESLint 9 with `ESLINT_USE_FLAT_CONFIG=false`)";

/** The version each package spec of the README's install lines is installed at. */
function versionFor(spec: string): string {
  const versions: Record<string, string> = {
    eslint: devVersion("eslint"),
    "eslint@^8.57.0": devVersion("eslint-v8"),
    "typescript-eslint": PROJECT_TYPESCRIPT_ESLINT,
    "@typescript-eslint/parser": devVersion("@typescript-eslint/parser"),
    typescript: devVersion("typescript"),
    "@microsoft/eslint-formatter-sarif": devVersion("@microsoft/eslint-formatter-sarif"),
  };
  const version = versions[spec];
  if (!version) throw new Error(`the README installs "${spec}", which this test does not know: add it to versionFor()`);
  return `${spec.replace(/@[^@/]*$/, "")}@${version}`;
}

/** The npm specs of the README's npm line of a block, with the tarball for the plugin. */
function npmSpecs(comment: string, tarball: string): string[] {
  const npm = readmeInstallLines("Install", comment).find((l) => l.manager === "npm");
  if (!npm) throw new Error(`README.md, Install: no npm line in the block "${comment}"`);
  return npm.packages.map((spec) => (spec === "eslint-plugin-anthropic" ? tarball : versionFor(spec)));
}

/** One file per extension, each with one request that forces a tool with the OpenAI form. */
const EXTENSIONS = ["js", "mjs", "cjs", "ts", "tsx", "mts", "cts"] as const;
type Extension = (typeof EXTENSIONS)[number];
const REPORT_LINE = 9;

function source(ext: Extension): string {
  const ts = ext === "ts" || ext === "tsx" || ext === "mts" || ext === "cts";
  const cjs = ext === "cjs";
  const lines = [
    cjs ? 'const Anthropic = require("@anthropic-ai/sdk");' : 'import Anthropic from "@anthropic-ai/sdk";',
    "const client = new Anthropic({ maxRetries: 4 });",
    `${cjs ? "" : "export "}async function answer(question${ts ? ": string" : ""}) {`,
    "  return client.messages.create({",
    '    model: "claude-sonnet-4-6",',
    "    max_tokens: 1024,",
    '    tools: [{ name: "lookup_order", description: "Look up an order", input_schema: { type: "object", properties: {} } }],',
    '    messages: [{ role: "user", content: question }],',
    '    tool_choice: "required",', // REPORT_LINE
    "  });",
    "}",
    ext === "tsx" ? "export const banner = <strong>Support</strong>;" : "",
    cjs ? "module.exports = { answer };" : "",
    "",
  ];
  return lines.join("\n");
}

function sourceFiles(): Record<string, string> {
  return Object.fromEntries(EXTENSIONS.map((ext) => [`src/request.${ext}`, source(ext)]));
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

/** `eslint -f json .` with the project's own ESLint CLI; the reports as "file:line ruleId". */
async function lintProject(project: string): Promise<string[]> {
  const r = await run(process.execPath, [join(project, "node_modules/eslint/bin/eslint.js"), "-f", "json", "."], { cwd: project });
  if (r.code !== 0 && r.code !== 1) throw new Error(`eslint exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  const results = JSON.parse(r.stdout) as JsonResult[];
  return results
    .flatMap((res) => res.messages.map((m) => `${res.filePath.slice(project.length + 1)}:${m.line} ${m.ruleId ?? `(fatal) ${m.message}`}`))
    .sort();
}

const EXPECTED_REPORTS = EXTENSIONS.map((ext) => `src/request.${ext}:${REPORT_LINE} anthropic/valid-tool-choice`).sort();

describe("install from the packed tarball, strict (linked) layout", () => {
  let tarball = "";
  let packed: string[] = [];
  let flat = "";
  let eslintrc = "";

  beforeAll(async () => {
    assertBuilt();
    ({ tarball, files: packed } = await packPlugin());
    flat = newProject("flat");
    eslintrc = newProject("eslintrc");
    const flatSpecs = [...npmSpecs("# flat config (ESLint 9 and 10)", tarball), versionFor("@microsoft/eslint-formatter-sarif")];
    await Promise.all([
      // A project with its toolchain first, then the README's line, which adds the plugin.
      installLinked(flat, flatSpecs.filter((spec) => spec !== tarball)).then(() => installLinked(flat, flatSpecs)),
      installLinked(eslintrc, npmSpecs("# eslintrc (ESLint 8.57, or ESLint 9 with ESLINT_USE_FLAT_CONFIG=false)", tarball)),
    ]);
    writeFiles(flat, { "eslint.config.mjs": readmeBlock(FLAT_SECTION, { lang: "js" }), ...sourceFiles() });
    writeFiles(eslintrc, { ".eslintrc.json": readmeBlock(ESLINTRC_SECTION, { lang: "json" }), ...sourceFiles() });
  }, HOOK_TIMEOUT);

  afterAll(() => {
    for (const dir of [flat, eslintrc, tarball && dirname(tarball)]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe("the package", () => {
    it("ships the built plugin, the rule docs, the oxlint configs and nothing of the sources or tests", () => {
      const plugin = loadBuiltPlugin();
      expect(packed).toContain("dist/src/index.js");
      expect(packed).toContain("dist/src/index.d.ts");
      expect(packed).toContain("dist/oxlint/recommended.json");
      expect(packed).toContain("dist/oxlint/all.json");
      for (const rule of Object.keys(plugin.rules)) expect(packed).toContain(`docs/rules/${rule}.md`);
      expect(packed.filter((f) => !/^(dist\/(src|rules|oxlint)\/|docs\/|LICENSE$|README\.md$|package\.json$)/.test(f))).toEqual([]);
    });

    it("the README names the docs URL the rules link to, and where the pages are before it is published", () => {
      const url = loadBuiltPlugin().rules["valid-tool-choice"].meta.docs?.url ?? "";
      const section = readmeSection("Before the first release");
      expect(section.replace(/\s+/g, " ")).toContain(url.replace("valid-tool-choice", "<rule>"));
      expect(section).toContain("node_modules/eslint-plugin-anthropic/docs/rules/");
      expect(packed).toContain("docs/rules/valid-tool-choice.md");
    });

    it("declares its dependencies as caret ranges and eslint as a peer", () => {
      for (const [name, range] of Object.entries(rootPackage.dependencies)) expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
      expect(rootPackage.peerDependencies.eslint).toBe("^8.57.0 || ^9.0.0 || ^10.0.0");
    });
  });

  describe("flat config: ESLint 10, typescript-eslint 8.73 (the README's npm line and eslint.config.mjs)", () => {
    it("shares the project's copy of @typescript-eslint/utils and of @eslint-community/eslint-utils", () => {
      const version = PROJECT_TYPESCRIPT_ESLINT.replace(/\./g, "\\.");
      expect(storeCopies(flat, "typescript-eslint")).toEqual([expect.stringMatching(new RegExp(`^typescript-eslint@${version}-`))]);
      expect(storeCopies(flat, "@typescript-eslint/utils")).toEqual([expect.stringMatching(new RegExp(`^@typescript-eslint/utils@${version}-`))]);
      expect(storeCopies(flat, "@eslint-community/eslint-utils")).toHaveLength(1);
    });

    it("eslint . reports the bad request in every file: .js .mjs .cjs .ts .tsx .mts .cts", async () => {
      expect(await lintProject(flat)).toEqual(EXPECTED_REPORTS);
    });
  });

  describe("type information (the README's typed eslint.config.mjs), and the --cache caveat", () => {
    const LLM = (model: string) => `export const DEFAULT_MODEL = "${model}";\n`;
    const USE = [
      'import Anthropic from "@anthropic-ai/sdk";',
      'import { DEFAULT_MODEL } from "./llm";',
      "const client = new Anthropic({ maxRetries: 4 });",
      'export const reply = client.messages.create({ model: DEFAULT_MODEL, max_tokens: 256, messages: [{ role: "user", content: "Hi" }] });',
      "",
    ].join("\n");
    let typed = "";

    /** `eslint -f json [--cache] .` in typed/; the reports as "file:line ruleId". */
    async function lintTyped(cache: boolean): Promise<string[]> {
      const args = [join(flat, "node_modules/eslint/bin/eslint.js"), "-f", "json", ...(cache ? ["--cache"] : []), "."];
      const r = await run(process.execPath, args, { cwd: typed });
      if (r.code !== 0 && r.code !== 1) throw new Error(`eslint exited ${r.code}\n${r.stdout}\n${r.stderr}`);
      return (JSON.parse(r.stdout) as JsonResult[]).flatMap((res) => res.messages.map((m) => `${res.filePath.slice(typed.length + 1)}:${m.line} ${m.ruleId}`)).sort();
    }

    beforeAll(() => {
      // Its own folder (ESLint 10 would also find this config for these files inside the flat
      // project), with the flat project's node_modules.
      typed = newProject("typed");
      symlinkSync(join(flat, "node_modules"), join(typed, "node_modules"), "dir");
      writeFiles(typed, {
        "eslint.config.mjs": readmeBlock("Type information", { lang: "js" }),
        "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true }, include: ["*.ts"] }),
        "llm.ts": LLM("claude-sonnet-4-5-20250514"),
        "use.ts": USE,
      });
    });

    it("sees the imported constant through its type: the bad model id is reported where it is used", async () => {
      expect(await lintTyped(false)).toEqual(["use.ts:4 anthropic/valid-model"]);
    });

    it("with --cache, a change in the imported file alone leaves the old report (the README's caveat)", async () => {
      expect(await lintTyped(true)).toEqual(["use.ts:4 anthropic/valid-model"]);
      writeFiles(typed, { "llm.ts": LLM("claude-sonnet-4-6") });
      expect(await lintTyped(true)).toEqual(["use.ts:4 anthropic/valid-model"]); // stale
      expect(await lintTyped(false)).toEqual([]);
      expect(readmeSection("Type information")).toContain("**With `--cache`, results can be stale.**");
    });

    afterAll(() => {
      if (typed) rmSync(typed, { recursive: true, force: true });
    });
  });

  describe("eslintrc: ESLint 8.57, @typescript-eslint/parser (the README's npm line and .eslintrc.json)", () => {
    it("installs ESLint 8.57", () => {
      const version = (JSON.parse(readFileSync(join(eslintrc, "node_modules/eslint/package.json"), "utf8")) as { version: string }).version;
      expect(version).toMatch(/^8\.57\./);
    });

    it("eslint . reports the bad request in every file: .js .mjs .cjs .ts .tsx .mts .cts", async () => {
      expect(await lintProject(eslintrc)).toEqual(EXPECTED_REPORTS);
    });
  });

  describe("the CI recipe (examples/github-workflow.yml), run in the flat project", () => {
    interface Step {
      name?: string;
      run?: string;
      uses?: string;
      with?: Record<string, unknown>;
    }
    const workflow = parse(readFileSync(join(EXAMPLES, "github-workflow.yml"), "utf8")) as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(workflow.jobs)[0].steps;
    const eslintSteps = steps.filter((s) => s.run?.includes("eslint"));

    it("has two ESLint commands: the SARIF one and the one that fails the pull request", () => {
      expect(eslintSteps).toHaveLength(2);
    });

    it("the SARIF command succeeds despite the reports and writes a SARIF log with each rule's docs link", async () => {
      const [sarifStep] = eslintSteps;
      const r = await run(sarifStep.run ?? "", [], { cwd: flat, shell: true });
      expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
      const file = join(flat, String(steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))?.with?.sarif_file));
      expect(existsSync(file)).toBe(true);
      const sarif = JSON.parse(readFileSync(file, "utf8")) as {
        runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string }[] }[];
      };
      expect(sarif.runs[0].results.map((x) => x.ruleId)).toEqual(EXTENSIONS.map(() => "anthropic/valid-tool-choice"));
      const rule = sarif.runs[0].tool.driver.rules.find((x) => x.id === "anthropic/valid-tool-choice");
      expect(rule?.helpUri).toBe(loadBuiltPlugin().rules["valid-tool-choice"].meta.docs?.url);
    });

    it("the last command fails (exit code 1) and prints the reports", async () => {
      const gate = eslintSteps[1];
      const r = await run(gate.run ?? "", [], { cwd: flat, shell: true });
      expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(1);
      expect(r.stdout.match(/anthropic\/valid-tool-choice/g)).toHaveLength(EXTENSIONS.length);
    });

    it("the README's CI section points at the recipe and installs the formatter it uses", () => {
      const section = readmeSection("In CI");
      expect(section).toContain("examples/github-workflow.yml");
      expect(section).toContain("@microsoft/eslint-formatter-sarif");
    });
  });
});
