#!/usr/bin/env node
/**
 * Real-world corpus: lints the JS/TS files of real npm packages that call the Anthropic API (or of
 * any folder, with --dir) with the BUILT plugin (`dist/src/index.js`, `configs.all`) under ESLint
 * 10's Linter, and records per file whether the engine is active, the request sites it finds,
 * every report, every crash and every file that does not parse.
 *
 *   node tests/corpus/run.mjs                 install the pinned packages if absent, lint, print
 *   node tests/corpus/run.mjs --install-only  only install (CI runs this before `npm test`)
 *   node tests/corpus/run.mjs --no-install    lint what is installed; exit 2 when nothing is
 *   node tests/corpus/run.mjs --extra         also the big packages of "corpusExtra" (not in CI)
 *   node tests/corpus/run.mjs --dir PATH      lint every JS/TS file under PATH instead
 *   node tests/corpus/run.mjs --sites         also print every request site found
 *   node tests/corpus/run.mjs --out FILE      write the JSON summary to FILE
 *                                             (default corpus/summary-npm.json, corpus/summary-<dir>.json)
 *   node tests/corpus/run.mjs --expected      print the reports in the format of expected.json
 *
 * Install: for each package of tests/corpus/package.json "dependencies", `npm pack NAME@VERSION`
 * (the ordinary npm client, through its cache) into corpus/npm/.tarballs, the tarball's integrity
 * compared with the one pinned in tests/corpus/package-lock.json (a mismatch aborts), unpacked
 * into corpus/npm/<name>. Only the packages themselves: their dependencies are never installed
 * (nothing of them is linted), no install scripts run. corpus/npm/.installed.json records the
 * lock's hash; a changed lock reinstalls. To change the pins: edit package.json, then in
 * tests/corpus run `npm install --package-lock-only --ignore-scripts --legacy-peer-deps
 * --omit=optional` and update expected.json.
 *
 * Files: .js .mjs .cjs .jsx .ts .mts .cts .tsx; skipped and counted: declaration files
 * (.d.ts/.d.mts/.d.cts), files over 1 MB (minified bundles, e.g. the Claude Code CLI inside the
 * agent SDK), and node_modules folders. JS is parsed by espree (sourceType from the extension and
 * the nearest package.json "type", JSX on), TS by typescript-eslint's parser without type
 * information — the way a user without typed linting runs the plugin.
 *
 * Exit code: 0 when nothing crashed, 1 when a rule threw.
 */
import { createHash } from "node:crypto";
import { execFileSync, execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const CORPUS = join(ROOT, "corpus");
const NPM_DIR = join(CORPUS, "npm");
const EXTRA_DIR = join(CORPUS, "npm-extra");
const MANIFEST = join(HERE, "package.json");
const LOCK = join(HERE, "package-lock.json");
const MAX_BYTES = 1024 * 1024;
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const TS = /\.(?:[cm]?ts|tsx)$/;
/** Every file the walk collects (a pattern that names the extensions: a bare star pattern would not make a .ts file lintable). */
const ALL_FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];

const requireRoot = createRequire(join(ROOT, "package.json"));

// ---------------------------------------------------------------------------------------------
// Install

/** The packages to install: manifest key, the spec to pack, and the integrity the lock pins. */
export function pinnedPackages(field = "dependencies") {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
  const lock = JSON.parse(readFileSync(LOCK, "utf8"));
  return Object.entries(manifest[field] ?? {}).map(([key, range]) => {
    const alias = /^npm:(.+)@([^@]+)$/.exec(range);
    const name = alias ? alias[1] : key;
    const version = alias ? alias[2] : range;
    if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) throw new Error(`${key}: pin an exact version, not "${range}"`);
    const entry = field === "dependencies" ? lock.packages?.[`node_modules/${key}`] : undefined;
    if (field === "dependencies" && (!entry || entry.version !== version || !entry.integrity)) {
      throw new Error(`${key}@${version} is not pinned in package-lock.json: regenerate it (see the header of run.mjs)`);
    }
    return { key, name, version, integrity: entry?.integrity };
  });
}

function lockHash(field) {
  return createHash("sha256").update(readFileSync(MANIFEST)).update(readFileSync(LOCK)).update(field).digest("hex");
}

export function isInstalled(dir = NPM_DIR, field = "dependencies") {
  const marker = join(dir, ".installed.json");
  if (!existsSync(marker)) return false;
  try {
    return JSON.parse(readFileSync(marker, "utf8")).hash === lockHash(field);
  } catch {
    return false;
  }
}

async function install(dir, field) {
  const packages = pinnedPackages(field);
  rmSync(dir, { recursive: true, force: true });
  const tarballs = join(dir, ".tarballs");
  mkdirSync(tarballs, { recursive: true });
  const queue = [...packages];
  const installed = [];
  async function worker() {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const { stdout } = await execFileAsync(
        "npm",
        ["pack", `${p.name}@${p.version}`, "--pack-destination", tarballs, "--json", "--ignore-scripts", "--silent"],
        { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
      );
      const [info] = JSON.parse(stdout.slice(stdout.indexOf("[")));
      if (p.integrity && info.integrity !== p.integrity) {
        throw new Error(`${p.name}@${p.version}: integrity ${info.integrity} differs from the lock's ${p.integrity}`);
      }
      const target = join(dir, p.key);
      mkdirSync(target, { recursive: true });
      execFileSync("tar", ["-xzf", join(tarballs, info.filename), "-C", target, "--strip-components=1", "--no-same-owner"]);
      installed.push({ key: p.key, name: p.name, version: p.version, integrity: info.integrity });
      process.stderr.write(`  installed ${p.key === p.name ? "" : `${p.key} = `}${p.name}@${p.version}\n`);
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  rmSync(tarballs, { recursive: true, force: true });
  installed.sort((a, b) => a.key.localeCompare(b.key));
  writeFileSync(join(dir, ".installed.json"), JSON.stringify({ hash: lockHash(field), packages: installed }, null, 2) + "\n");
}

// ---------------------------------------------------------------------------------------------
// Files

function walk(dir, out, skipped) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "node_modules" || e.name === ".git" || e.name === ".tarballs") {
        skipped.nodeModules++;
        continue;
      }
      walk(path, out, skipped);
    } else if (e.isFile() && EXTENSIONS.test(e.name)) {
      if (DECLARATION.test(e.name)) {
        skipped.declarations++;
        continue;
      }
      const size = statSync(path).size;
      if (size > MAX_BYTES) {
        skipped.large.push({ path, bytes: size });
        continue;
      }
      out.push(path);
    }
  }
}

const typeCache = new Map();
/** "module" or "commonjs" for a .js file: the nearest package.json "type". */
function packageType(dir) {
  if (typeCache.has(dir)) return typeCache.get(dir);
  let type = "commonjs";
  const pj = join(dir, "package.json");
  let found = false;
  if (existsSync(pj)) {
    try {
      const t = JSON.parse(readFileSync(pj, "utf8")).type;
      if (t === "module" || t === "commonjs") {
        type = t;
        found = true;
      }
    } catch {
      // unreadable package.json: keep looking upwards
    }
  }
  if (!found) {
    const parent = dirname(dir);
    type = parent !== dir && !existsSync(join(dir, ".installed.json")) ? packageType(parent) : "commonjs";
  }
  typeCache.set(dir, type);
  return type;
}

// ---------------------------------------------------------------------------------------------
// Lint

function loadTools() {
  const distEntry = join(ROOT, "dist/src/index.js");
  if (!existsSync(distEntry)) throw new Error(`${distEntry} is missing: run \`npm run build\` first`);
  const plugin = requireRoot(distEntry);
  const { engineFor } = requireRoot(join(ROOT, "dist/src/engine/engine.js"));
  const { Linter } = requireRoot("eslint");
  const tsParser = requireRoot("@typescript-eslint/parser");
  return { plugin, engineFor, Linter, tsParser };
}

/** The probe: per file, whether the engine is active and which request sites it finds. */
function probePlugin(engineFor, sink) {
  const rule = {
    meta: { type: "problem", schema: [] },
    create(context) {
      const engine = engineFor(context);
      const record = { active: engine.active, sites: [], typed: [] };
      const seen = new Set();
      sink.current = record;
      if (!engine.active) return {};
      const add = (list, site, node) =>
        !seen.has(site.node) && seen.add(site.node) &&
        list.push({ line: node.loc.start.line, kind: site.kind, method: `${site.beta ? "beta." : ""}${site.method}`, client: site.client?.className });
      return {
        CallExpression(node) {
          const site = engine.siteOf(node);
          if (site) add(record.sites, site, node);
        },
        VariableDeclarator(node) {
          const site = engine.typedSiteOf(node);
          if (site) add(record.typed, site, node);
        },
        "TSSatisfiesExpression, TSAsExpression"(node) {
          const site = engine.typedSiteOf(node);
          if (site) add(record.typed, site, node);
        },
      };
    },
  };
  return { rules: { probe: rule } };
}

function configsFor(tools, sink) {
  const { plugin, engineFor, tsParser } = tools;
  const base = [
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    plugin.configs.all,
    { plugins: { corpus: probePlugin(engineFor, sink) }, rules: { "corpus/probe": "error" } },
  ];
  const js = (sourceType) => [
    { files: ALL_FILES, languageOptions: { ecmaVersion: "latest", sourceType, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ...base,
  ];
  return {
    module: js("module"),
    commonjs: js("commonjs"),
    script: js("script"),
    ts: [{ files: ALL_FILES, languageOptions: { parser: tsParser, sourceType: "module" } }, ...base],
  };
}

/**
 * Lints the files under `roots` ({label, dir}) and returns the summary. `base` is the folder the
 * file paths in the summary are relative to.
 */
export function lintTrees(roots, base) {
  const tools = loadTools();
  const sink = { current: undefined };
  const configs = configsFor(tools, sink);
  const linter = new tools.Linter({ cwd: base });
  const summary = {
    eslint: requireRoot("eslint/package.json").version,
    plugin: `${tools.plugin.meta.name}@${tools.plugin.meta.version}`,
    config: "configs.all",
    packages: [],
    totals: { files: 0, active: 0, sites: 0, typedSites: 0, reports: 0, crashes: 0, parseErrors: 0, skippedDeclarations: 0, skippedLarge: 0 },
    reportsPerRule: {},
    reports: [],
    crashes: [],
    parseErrors: [],
    skippedLarge: [],
    sites: [],
  };
  for (const root of roots) {
    const files = [];
    const skipped = { declarations: 0, large: [], nodeModules: 0 };
    walk(root.dir, files, skipped);
    const row = { label: root.label, version: root.version, files: files.length, active: 0, sites: 0, typedSites: 0, reports: 0, crashes: 0, parseErrors: 0, skippedDeclarations: skipped.declarations, skippedLarge: skipped.large.length };
    for (const s of skipped.large) summary.skippedLarge.push({ file: rel(base, s.path), bytes: s.bytes });
    for (const file of files) {
      const name = rel(base, file);
      const text = readFileSync(file, "utf8");
      const kind = TS.test(file) ? "ts" : file.endsWith(".cjs") ? "commonjs" : file.endsWith(".mjs") ? "module" : packageType(dirname(file));
      let messages;
      sink.current = undefined;
      try {
        messages = linter.verify(text, configs[kind], { filename: file });
        // An ESM-looking parse failure of a .js file in a CommonJS package (or the reverse): try the
        // other source type before calling it a parse error.
        if (kind !== "ts" && messages.some((m) => m.fatal)) {
          const other = kind === "module" ? "commonjs" : "module";
          const retry = linter.verify(text, configs[other], { filename: file });
          if (!retry.some((m) => m.fatal)) messages = retry;
        }
      } catch (error) {
        const message = String(error?.stack ?? error);
        summary.crashes.push({ file: name, error: message.split("\n").slice(0, 8).join("\n") });
        row.crashes++;
        continue;
      }
      const fatal = messages.find((m) => m.fatal);
      if (fatal) {
        summary.parseErrors.push({ file: name, line: fatal.line, message: fatal.message });
        row.parseErrors++;
        continue;
      }
      if (!sink.current) {
        // The probe did not run: the config did not apply to the file. A bug of this script.
        summary.crashes.push({ file: name, error: `not linted: ${messages.map((m) => m.message).join("; ")}` });
        row.crashes++;
        continue;
      }
      const probe = sink.current;
      if (probe?.active) row.active++;
      if (probe) {
        row.sites += probe.sites.length;
        row.typedSites += probe.typed.length;
        for (const s of probe.sites) summary.sites.push({ file: name, ...s });
        for (const s of probe.typed) summary.sites.push({ file: name, ...s });
      }
      for (const m of messages) {
        if (!m.ruleId?.startsWith("anthropic/")) continue;
        const rule = m.ruleId.slice("anthropic/".length);
        summary.reports.push({ file: name, rule, line: m.line, column: m.column, messageId: m.messageId, message: m.message });
        summary.reportsPerRule[rule] = (summary.reportsPerRule[rule] ?? 0) + 1;
        row.reports++;
      }
    }
    summary.packages.push(row);
    for (const k of ["files", "active", "sites", "typedSites", "reports", "crashes", "parseErrors", "skippedDeclarations", "skippedLarge"]) summary.totals[k] += row[k];
  }
  return summary;
}

function rel(base, file) {
  return relative(base, file).split(sep).join("/");
}

/** The comparable form of a report (what expected.json holds). */
export function reportKey(r) {
  return { file: r.file, rule: r.rule, line: r.line, messageId: r.messageId };
}

function printTable(summary) {
  const cols = ["files", "active", "sites", "typedSites", "reports", "crashes", "parseErrors", "skippedDeclarations", "skippedLarge"];
  const heads = ["package", "version", "files", "active", "sites", "typed", "reports", "crashes", "parse err", "skip .d.ts", "skip >1MB"];
  const rows = summary.packages.map((p) => [p.label, p.version ?? "", ...cols.map((c) => String(p[c]))]);
  rows.push(["TOTAL", "", ...cols.map((c) => String(summary.totals[c]))]);
  const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(heads));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  console.log("\nreports per rule:");
  for (const [rule, n] of Object.entries(summary.reportsPerRule).sort()) console.log(`  ${rule.padEnd(26)} ${n}`);
  if (summary.skippedLarge.length) {
    console.log(`\nskipped, over 1 MB (minified bundles):`);
    for (const s of summary.skippedLarge) console.log(`  ${s.file} (${(s.bytes / 1048576).toFixed(1)} MB)`);
  }
  for (const r of summary.reports) console.log(`report  ${r.file}:${r.line}:${r.column}  ${r.rule}/${r.messageId}  ${r.message.split("\n")[0].slice(0, 160)}`);
  for (const p of summary.parseErrors) console.log(`parse   ${p.file}:${p.line}  ${p.message}`);
  for (const c of summary.crashes) console.log(`CRASH   ${c.file}\n${c.error}`);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(argv) {
  const flag = (f) => argv.includes(f);
  const value = (f) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  mkdirSync(CORPUS, { recursive: true });
  const dirArg = value("--dir");
  let roots;
  let base;
  let out = value("--out");
  if (dirArg) {
    const dir = resolve(dirArg);
    base = dir;
    roots = [{ label: basename(dir), dir }];
    out ??= join(CORPUS, `summary-${basename(dir)}.json`);
  } else {
    const sets = [{ dir: NPM_DIR, field: "dependencies" }];
    if (flag("--extra")) sets.push({ dir: EXTRA_DIR, field: "corpusExtra" });
    for (const s of sets) {
      if (isInstalled(s.dir, s.field)) continue;
      if (flag("--no-install")) {
        console.error(`${relative(ROOT, s.dir)} is not installed (run node tests/corpus/run.mjs --install-only)`);
        process.exit(2);
      }
      console.error(`installing ${relative(ROOT, s.dir)} from tests/corpus/package.json (${s.field}) …`);
      await install(s.dir, s.field);
    }
    if (flag("--install-only")) return 0;
    base = CORPUS;
    roots = [];
    for (const s of sets) {
      const { packages } = JSON.parse(readFileSync(join(s.dir, ".installed.json"), "utf8"));
      for (const p of packages) roots.push({ label: p.key === p.name ? p.name : `${p.key} (${p.name})`, version: p.version, dir: join(s.dir, p.key) });
    }
    out ??= join(CORPUS, flag("--extra") ? "summary-npm-extra.json" : "summary-npm.json");
  }
  const summary = lintTrees(roots, base);
  writeFileSync(out, JSON.stringify(summary, null, 2) + "\n");
  printTable(summary);
  if (flag("--sites")) for (const s of summary.sites) console.log(`site    ${s.file}:${s.line}  ${s.kind} ${s.method} ${s.client ?? ""}`);
  if (flag("--expected")) {
    const expected = {
      reports: summary.reports.map(reportKey),
      parseErrors: summary.parseErrors.map((p) => ({ file: p.file, line: p.line })),
    };
    console.log(JSON.stringify(expected, null, 2));
  }
  console.log(`\nsummary written to ${relative(process.cwd(), out)}`);
  return summary.crashes.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error?.stack ?? error);
      process.exit(1);
    },
  );
}
