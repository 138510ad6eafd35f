/**
 * The Node.js versions package.json's `engines` claims. The whole suite runs on the Node of CI
 * (20.20); this file lints examples/ on the lowest version of each line that `engines` names and
 * on the newest release, with ESLint 10 (flat config), ESLint 8.57 (eslintrc) and oxlint, each
 * through its own CLI, and expects the reports of the expectations table from every one.
 *
 * The Node binaries are the registry's `node-<platform>-<arch>` packages (the official builds,
 * published on npm), fetched with `npm pack` through the npm cache and unpacked under
 * node_modules/.cache/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedKeys, reportKey } from "./expected";
import { EXAMPLES, ROOT, assertBuilt } from "./helpers";
import { HOOK_TIMEOUT, rootPackage, run, runOk } from "./install-helpers";
import { readmeSection } from "./readme";

/** The newest Node release when this was last updated; the lowest of each line comes from engines. */
const NEWEST = "26.12.1";

/** The lowest version of each range of `engines.node` (`^20.19.0 || ^22.13.0 || >=24` gives 20.19.0, 22.13.0, 24.0.0). */
function engineMinimums(engines: string): string[] {
  return engines.split("||").map((range) => {
    const m = /^\s*(?:\^|>=)(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range);
    if (!m) throw new Error(`engines.node: "${range.trim()}" is not a ^x.y.z or >=x range this test reads`);
    return `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
  });
}

const VERSIONS = [...new Set([...engineMinimums(rootPackage.engines.node), NEWEST])];
const PLATFORM = process.platform === "linux" || process.platform === "darwin" ? `${process.platform}-${process.arch}` : undefined;
const CACHE = join(ROOT, "node_modules/.cache/eslint-plugin-anthropic-node");

/** The `node` binary of a version, packed from the registry once and kept under node_modules/.cache. */
async function nodeBinary(version: string): Promise<string> {
  const dir = join(CACHE, `node-${PLATFORM}-${version}`);
  const bin = join(dir, "package/bin/node");
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  const out = await runOk("npm", ["pack", `node-${PLATFORM}@${version}`, "--prefer-offline", "--json", "--pack-destination", dir], { cwd: dir });
  const [info] = JSON.parse(out) as { filename: string }[];
  await runOk("tar", ["xzf", info.filename, "package/bin/node"], { cwd: dir });
  rmSync(join(dir, info.filename));
  return bin;
}

interface EslintJson {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

function eslintKeys(stdout: string): string[] {
  return (JSON.parse(stdout) as EslintJson[])
    .flatMap((r) => r.messages.map((m) => reportKey({ file: relative(EXAMPLES, r.filePath), ruleId: m.ruleId ?? `(none) ${m.message}`, line: m.line })))
    .sort();
}

async function lint(node: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const r = await run(node, args, { cwd: EXAMPLES, env: { ...process.env, ...env } });
  if (r.code !== 0 && r.code !== 1) throw new Error(`${node} ${args.join(" ")} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe.skipIf(PLATFORM === undefined)(`examples/ on Node ${VERSIONS.join(", ")} (the lowest of each engines range, and the newest)`, () => {
  const binaries = new Map<string, string>();
  let home = "";

  beforeAll(async () => {
    assertBuilt();
    for (const version of VERSIONS) binaries.set(version, await nodeBinary(version));
    // eslintrc resolves `"plugins": ["anthropic"]` as the installed package; oxlint extends the built config.
    home = mkdtempSync(join(tmpdir(), "eslint-plugin-anthropic-node-"));
    mkdirSync(join(home, "node_modules"));
    symlinkSync(ROOT, join(home, "node_modules/eslint-plugin-anthropic"), "dir");
    writeFileSync(join(home, ".oxlintrc.json"), JSON.stringify({ extends: [join(ROOT, "dist/oxlint/recommended.json")] }));
  }, HOOK_TIMEOUT);

  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it("tests every minimum that engines.node names", () => {
    expect(VERSIONS).toEqual(expect.arrayContaining(engineMinimums(rootPackage.engines.node)));
  });

  for (const version of VERSIONS) {
    describe(`Node ${version}`, () => {
      it("is that version", async () => {
        expect((await runOk(binaries.get(version) ?? "", ["--version"], { cwd: ROOT })).trim()).toBe(`v${version}`);
      });

      it("ESLint 10, flat config: the expected reports", async () => {
        const out = await lint(binaries.get(version) ?? "", [join(ROOT, "node_modules/eslint/bin/eslint.js"), "-f", "json", "."]);
        expect(eslintKeys(out)).toEqual(expectedKeys());
      });

      it("ESLint 8.57, eslintrc: the expected reports", async () => {
        const args = [join(ROOT, "node_modules/eslint-v8/bin/eslint.js"), "--resolve-plugins-relative-to", home, "-f", "json", "."];
        const out = await lint(binaries.get(version) ?? "", args, { ESLINT_USE_FLAT_CONFIG: "false" });
        expect(eslintKeys(out)).toEqual(expectedKeys());
      });

      it("oxlint: the expected reports", async () => {
        const out = await lint(binaries.get(version) ?? "", [join(ROOT, "node_modules/oxlint/bin/oxlint"), "-c", join(home, ".oxlintrc.json"), "-f", "json", "."]);
        const { diagnostics } = JSON.parse(out) as { diagnostics: { code: string; filename: string; labels: { span: { line: number } }[] }[] };
        const keys = diagnostics
          .filter((d) => d.code.startsWith("anthropic("))
          .map((d) => reportKey({ file: d.filename, ruleId: d.code.replace(/^anthropic\((.+)\)$/, "anthropic/$1"), line: d.labels[0].span.line }))
          .sort();
        expect(keys).toEqual(expectedKeys());
      });
    });
  }
});

describe("package.json engines", () => {
  it("is what the README's Supported versions states, with the versions tested", () => {
    const section = readmeSection("Supported versions");
    expect(section).toContain(`Node.js \`${rootPackage.engines.node}\``);
    for (const version of VERSIONS) expect(section).toContain(version);
  });

  it("allows the Node this suite runs on", () => {
    const [major, minor] = process.versions.node.split(".").map(Number);
    const allowed = engineMinimums(rootPackage.engines.node).some((min, i, all) => {
      const [lowMajor, lowMinor] = min.split(".").map(Number);
      const last = i === all.length - 1 && /^\s*>=/.test(rootPackage.engines.node.split("||")[i]);
      return (major === lowMajor && minor >= lowMinor) || (last && major > lowMajor);
    });
    expect(allowed, `Node ${process.versions.node} vs engines ${rootPackage.engines.node}`).toBe(true);
  });
});
