/**
 * The benchmark (`npm run bench`; not a test, asserts nothing): what eslint-plugin-anthropic costs
 * on a realistic ESLint 10 set-up, measured two ways in one run.
 *
 *   A  baseline: @eslint/js recommended + typescript-eslint recommended (not type-checked, its
 *      parser on .ts/.mts/.cts) + eslint-plugin-n with only n/no-deprecated-api (the reference)
 *   B  the same + anthropic.configs.all
 *
 * on these sets of files:
 *   whole  real code no one here wrote: pinned npm packages (see CORPUS), unpacked under
 *          corpus/bench/pkgs (git-ignored) with `npm pack`, about 2,300 JS/TS files
 *   sdk    files that all call the Anthropic SDK: the corpus files that import @anthropic-ai/*,
 *          plus generated realistic service modules (bench/generate-sdk-heavy.mjs)
 *   tests  (only when asked for) small request-dense programs: every valid program of the rule
 *          tests and every example, 5 copies each (written by running the rule tests once)
 *
 * Each lint runs in a child process of its own (so each configuration's peak RSS is its own), in
 * the order warm-up A, B, then rounds A, B, A, B, … per set. Printed per set: the median wall-time
 * ratio B/A of `eslint.lintFiles` (and of the whole child process), the time ESLint's own
 * accounting (`stats: true`, `result.stats.times.passes[].rules`) puts inside anthropic/* rules
 * and inside n/no-deprecated-api as a share of its total lint time, and peak RSS.
 *
 *   node bench/run.mjs [--rounds 5] [--sets whole,sdk[,tests]] [--sdk-files 200] [--decompose] [--json out.json]
 *
 * --decompose adds two hollow configurations to each round (see hollowOut): E and N.
 *
 * Needs `npm run build` first (it loads dist/src/index.js); installs what it needs into
 * corpus/bench on first use (network: the npm registry only).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PerformanceObserver, performance } from "node:perf_hooks";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BENCH = join(ROOT, "corpus", "bench");
const PKGS = join(BENCH, "pkgs");
const TOOLS = join(BENCH, "tools");
const LISTS = join(BENCH, "lists");
const GENERATED = join(BENCH, "sdk-heavy");
const TESTS_SET = join(BENCH, "tests-dense");
/** How many copies of the test programs and examples the "tests" set holds. */
const TESTS_COPIES = 5;

/** What is linted: pinned packages and, in each, the folders of real source. */
const CORPUS = [
  { spec: "@anthropic-ai/sdk@1.14.0", dirs: ["src"], note: "the SDK's TypeScript sources" },
  { spec: "eslint@10.15.0", dirs: ["lib"], sourceType: "commonjs" },
  { spec: "webpack@5.112.2", dirs: ["lib"], sourceType: "commonjs" },
  { spec: "rxjs@7.8.2", dirs: ["src"] },
  { spec: "@langchain/anthropic@1.5.11", dirs: ["dist"] },
  { spec: "@llamaindex/anthropic@0.3.27", dirs: ["dist"] },
  { spec: "openai@7.57.0", dirs: ["src"], note: "a look-alike LLM SDK: calls shaped like Anthropic ones" },
];
/** Tools the baseline config needs that the project does not install (ESLint 10's @eslint/js). */
const TOOL_DEPS = { "@eslint/js": "10.0.1" };
const STAMP = JSON.stringify({ CORPUS, TOOL_DEPS, v: 1 });

const SOURCE = /\.(?:[cm]?js|[cm]?ts)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const TS = ["**/*.ts", "**/*.mts", "**/*.cts"];
const SDK_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["']@anthropic-ai\//;

const args = parseArgs(process.argv.slice(2));


// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const out = { rounds: 5, sets: ["whole", "sdk"], sdkFiles: 200, json: undefined, child: undefined, variant: undefined, decompose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--rounds") out.rounds = Math.max(1, Number(argv[++i]));
    else if (a === "--sets") out.sets = argv[++i].split(",");
    else if (a === "--sdk-files") out.sdkFiles = Number(argv[++i]);
    else if (a === "--json") out.json = argv[++i];
    else if (a === "--decompose") out.decompose = true;
    else if (a === "--child") {
      out.child = argv[++i];
      out.variant = argv[++i];
    } else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

function pkgDir(spec) {
  const name = spec.slice(0, spec.lastIndexOf("@"));
  return join(PKGS, name.replace("/", "__"));
}

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") walk(p, out);
    } else if (SOURCE.test(entry.name) && !DECLARATION.test(entry.name)) out.push(p);
  }
  return out;
}

/**
 * The "tests" set: every valid program of the rule tests (the test helper writes them when
 * ANTHROPIC_BENCH_VALID_DIR is set) and every example, in TESTS_COPIES copies.
 */
function buildTestsSet() {
  rmSync(TESTS_SET, { recursive: true, force: true });
  const programs = join(TESTS_SET, "programs");
  console.log("Writing the rule tests' valid programs (one run of the rule tests) …");
  execFileSync(process.execPath, [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "tests/rules", "--reporter=dot"], {
    cwd: ROOT,
    env: { ...process.env, ANTHROPIC_BENCH_VALID_DIR: programs },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const sources = [
    ...readdirSync(programs).map((f) => join(programs, f)),
    ...readdirSync(join(ROOT, "examples"))
      .filter((f) => /\.(?:ts|js)$/.test(f))
      .map((f) => join(ROOT, "examples", f)),
  ];
  const files = [];
  for (let copy = 1; copy <= TESTS_COPIES; copy++) {
    const dir = join(TESTS_SET, `copy-${copy}`);
    mkdirSync(dir, { recursive: true });
    for (const src of sources) {
      const dest = join(dir, src.startsWith(programs) ? src.slice(programs.length + 1) : `example-${src.slice(src.lastIndexOf("/") + 1)}`);
      writeFileSync(dest, readFileSync(src));
      files.push(dest);
    }
  }
  rmSync(programs, { recursive: true, force: true });
  mkdirSync(LISTS, { recursive: true });
  writeFileSync(join(LISTS, "tests.json"), JSON.stringify(files));
  return { files: files.length, bytes: files.reduce((s, f) => s + statSync(f).size, 0), programs: sources.length };
}

function ensureCorpus() {
  const stampFile = join(BENCH, "stamp.json");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === STAMP) return;
  console.log(`Installing the pinned benchmark corpus into ${relative(ROOT, BENCH)}/ (npm registry) …`);
  rmSync(PKGS, { recursive: true, force: true });
  rmSync(TOOLS, { recursive: true, force: true });
  const tgz = join(BENCH, "tgz");
  rmSync(tgz, { recursive: true, force: true });
  mkdirSync(tgz, { recursive: true });
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--silent", "--pack-destination", tgz, ...CORPUS.map((c) => c.spec)], { cwd: BENCH, encoding: "utf8", maxBuffer: 1 << 30 }),
  );
  for (const [i, c] of CORPUS.entries()) {
    const dest = pkgDir(c.spec);
    mkdirSync(dest, { recursive: true });
    execFileSync("tar", ["xzf", join(tgz, packed[i].filename), "-C", dest, "--strip-components=1"]);
  }
  rmSync(tgz, { recursive: true, force: true });
  mkdirSync(TOOLS, { recursive: true });
  writeFileSync(join(TOOLS, "package.json"), JSON.stringify({ name: "bench-tools", private: true, dependencies: TOOL_DEPS }, null, 2));
  execFileSync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--legacy-peer-deps", "--silent"], { cwd: TOOLS, stdio: "inherit" });
  writeFileSync(stampFile, STAMP);
}

function buildLists(sdkFiles) {
  const whole = [];
  const perPackage = [];
  for (const c of CORPUS) {
    const base = pkgDir(c.spec);
    let n = 0;
    let bytes = 0;
    for (const d of c.dirs) {
      for (const f of walk(join(base, d))) {
        whole.push(f);
        n++;
        bytes += statSync(f).size;
      }
    }
    perPackage.push({ spec: c.spec, dirs: c.dirs, files: n, bytes });
  }
  const realCallers = whole.filter((f) => SDK_IMPORT.test(readFileSync(f, "utf8")));
  // Imported lazily: the generator is a module of its own so it can be run by hand.
  return import("./generate-sdk-heavy.mjs").then(({ generate }) => {
    const generated = generate(GENERATED, sdkFiles, 4);
    const sdk = [...realCallers, ...generated];
    mkdirSync(LISTS, { recursive: true });
    writeFileSync(join(LISTS, "whole.json"), JSON.stringify(whole));
    writeFileSync(join(LISTS, "sdk.json"), JSON.stringify(sdk));
    const sizeOf = (fs) => fs.reduce((s, f) => s + statSync(f).size, 0);
    return {
      whole: { files: whole.length, bytes: sizeOf(whole), perPackage },
      sdk: { files: sdk.length, bytes: sizeOf(sdk), realCallers: realCallers.map((f) => relative(PKGS, f)), generated: generated.length },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The child: one lint of one set with one configuration.

async function child(set, variant) {
  const requireHere = createRequire(join(ROOT, "package.json"));
  const requireTools = createRequire(join(TOOLS, "package.json"));
  const { ESLint } = requireHere("eslint");
  const js = requireTools("@eslint/js");
  const tseslint = requireHere("typescript-eslint");
  const n = requireHere("eslint-plugin-n");
  const globals = requireHere("globals");

  const config = [
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    {
      languageOptions: {
        ecmaVersion: "latest",
        sourceType: "module",
        globals: { ...globals.node, ...globals.browser, ...globals.es2021 },
      },
    },
    { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
    ...CORPUS.filter((c) => c.sourceType).map((c) => ({
      files: c.dirs.map((d) => `${relative(BENCH, pkgDir(c.spec))}/${d}/**/*.js`),
      languageOptions: { sourceType: c.sourceType },
    })),
    js.configs.recommended,
    ...tseslint.configs.recommended.map((c) => ({ ...c, files: TS })),
    { files: TS, languageOptions: { parser: tseslint.parser } },
    { plugins: { n }, rules: { "n/no-deprecated-api": "error" } },
  ];
  let pluginLoadMs = 0;
  if (variant !== "A") {
    const t = performance.now();
    const anthropic = requireHere(join(ROOT, "dist", "src", "index.js"));
    pluginLoadMs = performance.now() - t;
    if (variant === "E" || variant === "N") hollowOut(anthropic, variant);
    config.push(anthropic.configs.all);
  }

  const files = JSON.parse(readFileSync(join(LISTS, `${set}.json`), "utf8"));
  const eslint = new ESLint({ cwd: BENCH, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false, warnIgnored: false });
  // Garbage-collection pauses during the lint: they land inside whichever rule or parse allocates.
  let gcMs = 0;
  let gcCount = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcCount++;
    }
  });
  gcObserver.observe({ entryTypes: ["gc"] });
  const t0 = performance.now();
  const results = await eslint.lintFiles(files);
  const lintMs = performance.now() - t0;
  // (GC entries are delivered asynchronously: let the last ones arrive.)
  await new Promise((resolveWait) => setTimeout(resolveWait, 20));
  gcObserver.disconnect();

  let total = 0;
  let parse = 0;
  let rulesAll = 0;
  const byRule = Object.create(null);
  let fatal = 0;
  const fatalFiles = [];
  const anthropicReports = Object.create(null);
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal) {
        fatal++;
        if (fatalFiles.length < 20) fatalFiles.push(`${relative(BENCH, r.filePath)}:${m.line}: ${m.message}`);
      }
      else if (m.ruleId?.startsWith("anthropic/")) anthropicReports[m.ruleId] = (anthropicReports[m.ruleId] ?? 0) + 1;
    }
    for (const pass of r.stats?.times.passes ?? []) {
      total += pass.total ?? 0;
      parse += pass.parse?.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) {
        byRule[id] = (byRule[id] ?? 0) + t.total;
        rulesAll += t.total;
      }
    }
  }
  const sum = (pred) => Object.entries(byRule).reduce((s, [id, t]) => (pred(id) ? s + t : s), 0);
  const out = {
    set,
    variant,
    files: results.length,
    fatal,
    lintMs,
    pluginLoadMs,
    statsTotalMs: total,
    parseMs: parse,
    rulesMs: rulesAll,
    anthropicMs: sum((id) => id.startsWith("anthropic/")),
    nDeprecatedMs: byRule["n/no-deprecated-api"] ?? 0,
    anthropicByRule: Object.fromEntries(Object.entries(byRule).filter(([id]) => id.startsWith("anthropic/"))),
    topRules: Object.entries(byRule)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5),
    anthropicReports,
    fatalFiles,
    maxRssKiB: process.resourceUsage().maxRSS,
    gcMs,
    gcCount,
  };
  process.stdout.write(`\n@@RESULT@@${JSON.stringify(out)}\n`);
}

/**
 * For `--decompose`: the plugin's rules enabled but doing nothing, to tell what ESLint spends on
 * any 12 enabled rules (E: `create` returns no listeners) and on dispatching to our listeners (N:
 * our `create` runs, with its engine and word scan, and every listener it registers is a no-op).
 */
function hollowOut(plugin, variant) {
  for (const rule of Object.values(plugin.rules)) {
    const create = rule.create;
    rule.create = function (context) {
      if (variant === "E") return {};
      const listeners = create.call(this, context);
      return Object.fromEntries(Object.keys(listeners).map((selector) => [selector, () => {}]));
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The parent: prepare, then run children interleaved, then summarize.

function runChild(set, variant) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", set, variant], { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.on("error", reject);
    p.on("close", (code) => {
      const processMs = performance.now() - t0;
      const line = stdout.split("\n").find((l) => l.startsWith("@@RESULT@@"));
      if (code !== 0 || !line) return reject(new Error(`child ${set}/${variant} exited ${code}:\n${stdout}`));
      resolvePromise({ ...JSON.parse(line.slice("@@RESULT@@".length)), processMs });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (x) => `${(100 * x).toFixed(2)} %`;
const ms = (x) => `${(x / 1000).toFixed(2)} s`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;

function version(req, name) {
  try {
    return req(`${name}/package.json`).version;
  } catch {
    return "?";
  }
}

async function main() {
  if (!existsSync(join(ROOT, "dist", "src", "index.js"))) {
    console.error("dist/src/index.js is missing: run `npm run build` first (or `npm run bench`).");
    process.exit(2);
  }
  mkdirSync(BENCH, { recursive: true });
  ensureCorpus();
  const info = await buildLists(args.sdkFiles);
  if (args.sets.includes("tests")) info.tests = buildTestsSet();

  const requireHere = createRequire(join(ROOT, "package.json"));
  const requireTools = createRequire(join(TOOLS, "package.json"));
  const versions = {
    node: process.version,
    eslint: version(requireHere, "eslint"),
    "@eslint/js": version(requireTools, "@eslint/js"),
    "typescript-eslint": version(requireHere, "typescript-eslint"),
    "eslint-plugin-n": version(requireHere, "eslint-plugin-n"),
    "eslint-plugin-anthropic": JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version,
  };
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  const machine = { cpu: cpus()[0]?.model ?? "?", cores: cpus().length, memGiB: +(totalmem() / 2 ** 30).toFixed(1) };
  console.log(`eslint-plugin-anthropic benchmark — ${new Date().toISOString()} (commit ${commit})`);
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGiB} GiB; ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`whole tree: ${info.whole.files} files, ${(info.whole.bytes / 2 ** 20).toFixed(1)} MiB:`);
  for (const p of info.whole.perPackage) console.log(`  ${p.spec} ${p.dirs.join(",")}/  ${p.files} files, ${(p.bytes / 2 ** 20).toFixed(1)} MiB`);
  console.log(`SDK-heavy set: ${info.sdk.files} files, ${(info.sdk.bytes / 2 ** 20).toFixed(1)} MiB: ${info.sdk.realCallers.length} corpus files that import @anthropic-ai/* + ${info.sdk.generated} generated`);
  if (info.tests) console.log(`tests set: ${info.tests.files} files, ${(info.tests.bytes / 2 ** 20).toFixed(1)} MiB: ${info.tests.programs} test programs and examples, ${TESTS_COPIES} copies`);
  console.log(`A = baseline, B = baseline + anthropic.configs.all; ${args.rounds} rounds after a warm-up, interleaved A, B, A, B, …; one child process per lint\n`);

  const report = { date: new Date().toISOString(), commit, machine, versions, info, sets: {} };
  for (const set of args.sets) {
    process.stdout.write(`[${set}] warm-up A, B …`);
    await runChild(set, "A");
    await runChild(set, "B");
    process.stdout.write(" rounds:");
    const variants = args.decompose ? ["A", "E", "N", "B"] : ["A", "B"];
    const runs = Object.fromEntries(variants.map((v) => [v, []]));
    for (let r = 0; r < args.rounds; r++) {
      for (const v of variants) {
        const res = await runChild(set, v);
        runs[v].push(res);
        process.stdout.write(` ${v}${r + 1}=${ms(res.lintMs)}`);
      }
    }
    process.stdout.write("\n");
    const A = runs.A;
    const B = runs.B;
    const lintRatio = median(B.map((b) => b.lintMs)) / median(A.map((a) => a.lintMs));
    const pairedRatio = median(B.map((b, i) => b.lintMs / A[i].lintMs));
    const processRatio = median(B.map((b) => b.processMs)) / median(A.map((a) => a.processMs));
    const oursShare = median(B.map((b) => b.anthropicMs / b.statsTotalMs));
    const nShareB = median(B.map((b) => b.nDeprecatedMs / b.statsTotalMs));
    const nShareA = median(A.map((a) => a.nDeprecatedMs / a.statsTotalMs));
    const summary = {
      files: B[0].files,
      fatal: B[0].fatal,
      fatalFiles: B[0].fatalFiles,
      lintMedianA: median(A.map((a) => a.lintMs)),
      lintMedianB: median(B.map((b) => b.lintMs)),
      lintRatio,
      pairedRatio,
      processRatio,
      statsTotalMedianB: median(B.map((b) => b.statsTotalMs)),
      anthropicMsMedian: median(B.map((b) => b.anthropicMs)),
      oursShare,
      nDeprecatedMsMedian: median(B.map((b) => b.nDeprecatedMs)),
      nShareB,
      nShareA,
      pluginLoadMs: median(B.map((b) => b.pluginLoadMs)),
      peakRssA: Math.max(...A.map((a) => a.maxRssKiB)),
      peakRssB: Math.max(...B.map((b) => b.maxRssKiB)),
      gcMedianA: median(A.map((a) => a.gcMs)),
      gcMedianB: median(B.map((b) => b.gcMs)),
      gcCountA: median(A.map((a) => a.gcCount)),
      gcCountB: median(B.map((b) => b.gcCount)),
      anthropicByRule: Object.fromEntries(Object.keys(B[0].anthropicByRule).map((id) => [id, median(B.map((b) => b.anthropicByRule[id] ?? 0))])),
      topRulesB: B[0].topRules,
      anthropicReports: B[0].anthropicReports,
      runs,
    };
    report.sets[set] = summary;
    const target = set === "whole" ? 0.01 : 0.05;
    console.log(`  files ${summary.files} (${summary.fatal} not parsed by the baseline parsers${summary.fatal ? `: ${summary.fatalFiles.slice(0, 3).join("; ")}${summary.fatal > 3 ? "; …" : ""}` : ""})`);
    console.log(`  lint wall time (lintFiles), median: A ${ms(summary.lintMedianA)}, B ${ms(summary.lintMedianB)}; ratio B/A ${lintRatio.toFixed(3)} (paired median ${pairedRatio.toFixed(3)}; whole child process ${processRatio.toFixed(3)})`);
    console.log(
      `  stats: anthropic/* rules ${(summary.anthropicMsMedian).toFixed(0)} ms = ${pct(oursShare)} of ESLint's total lint time ${ms(summary.statsTotalMedianB)} (target ≤ ${pct(target)}: ${oursShare <= target ? "met" : "NOT met"})`,
    );
    console.log(`  stats: n/no-deprecated-api ${summary.nDeprecatedMsMedian.toFixed(0)} ms = ${pct(nShareB)} (in A: ${pct(nShareA)})`);
    console.log(`  plugin load (require dist): ${summary.pluginLoadMs.toFixed(0)} ms, once per process`);
    console.log(`  peak RSS: A ${mib(summary.peakRssA)}, B ${mib(summary.peakRssB)} (${summary.peakRssB >= summary.peakRssA ? "+" : "−"}${mib(Math.abs(summary.peakRssB - summary.peakRssA))}); GC pauses during the lint, median: A ${summary.gcMedianA.toFixed(0)} ms in ${summary.gcCountA} collections, B ${summary.gcMedianB.toFixed(0)} ms in ${summary.gcCountB}`);
    console.log(`  per rule (ms): ${Object.entries(summary.anthropicByRule).sort((a, b) => b[1] - a[1]).map(([id, t]) => `${id.slice(10)} ${t.toFixed(1)}`).join(", ")}`);
    console.log(`  top rules in B (ms): ${summary.topRulesB.map(([id, t]) => `${id} ${t.toFixed(0)}`).join(", ")}`);
    console.log(`  anthropic reports: ${JSON.stringify(summary.anthropicReports)}`);
    if (args.decompose) {
      // Each hollow variant against A, paired by round: wall time and ESLint's total lint time.
      const against = (runsOf) => ({
        wall: median(runsOf.map((x, i) => x.lintMs / A[i].lintMs)),
        total: median(runsOf.map((x) => x.statsTotalMs)) - median(A.map((a) => a.statsTotalMs)),
        rules: median(runsOf.map((x) => x.anthropicMs)),
        gc: median(runsOf.map((x) => x.gcMs)) - median(A.map((a) => a.gcMs)),
        // Collections are counted exactly; pause times move with the machine's load.
        collections: median(runsOf.map((x) => x.gcCount)) - median(A.map((a) => a.gcCount)),
      });
      summary.decomposed = { E: against(runs.E), N: against(runs.N), B: against(runs.B) };
      for (const [v, what] of [
        ["E", "12 rules enabled, no listeners"],
        ["N", "our create() and engine, no-op listeners"],
        ["B", "the plugin"],
      ]) {
        const d = summary.decomposed[v];
        console.log(`  ${v} (${what}): wall B/A paired ${d.wall.toFixed(3)}; ESLint total lint time ${d.total >= 0 ? "+" : "−"}${Math.abs(d.total).toFixed(0)} ms over A, of which in anthropic/* rules ${d.rules.toFixed(0)} ms; GC pauses ${d.gc >= 0 ? "+" : "−"}${Math.abs(d.gc).toFixed(0)} ms, collections ${d.collections >= 0 ? "+" : "−"}${Math.abs(d.collections)}`);
      }
    }
    console.log("");
  }
  if (args.json) {
    writeFileSync(args.json, JSON.stringify(report, null, 2));
    console.log(`wrote ${args.json}`);
  }
}

// Last, so every constant above is initialised.
if (args.child) {
  await child(args.child, args.variant);
} else {
  await main();
}
