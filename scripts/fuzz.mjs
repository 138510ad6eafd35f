#!/usr/bin/env node
/**
 * The long fuzz run (on demand, not in CI): lints random programs with every rule of the BUILT
 * plugin (`dist/src/index.js`, so run `npm run build` first) and fails on any rule that throws, a
 * fix whose output does not parse, a fix a second pass changes again, or a suggestion whose output
 * does not parse. The generators are those of `tests/fuzz/generate.ts` (the CI test runs a fixed
 * seed and a bounded count of the same programs).
 *
 *   node scripts/fuzz.mjs [--count N] [--seed S] [--eslump-share 0.3] [--out DIR] [--dist DIR]
 *   node scripts/fuzz.mjs --replay request:123456789   # one program, printed with its result
 *
 * Every failure is written to a folder under /tmp (program, kind, seed, message, fix output);
 * the exit code is 1 when there is one.
 */
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));

function parseArgs(argv) {
  const args = { count: 10_000, seed: 20_260_404, eslumpShare: 0.3, out: undefined, replay: undefined, quiet: false, dist: path.join(root, "dist") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--count") args.count = Number(value());
    else if (a === "--seed") args.seed = Number(value());
    else if (a === "--eslump-share") args.eslumpShare = Number(value());
    else if (a === "--out") args.out = value();
    else if (a === "--replay") args.replay = value();
    else if (a === "--quiet") args.quiet = true;
    else if (a === "--dist") args.dist = path.resolve(value());
    else if (a === "--help" || a === "-h") {
      console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(2, 14).join("\n"));
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error("--count must be a positive integer");
  if (!Number.isInteger(args.seed)) throw new Error("--seed must be an integer");
  return args;
}

/**
 * Loads `tests/fuzz/generate.ts`: transpiled with the project's TypeScript to CommonJS, and its
 * imports of `../../src/…` pointed at the built `dist/src/…` (the code the user runs).
 */
function loadGenerators(dist) {
  const ts = require("typescript");
  const file = path.join(root, "tests/fuzz/generate.ts");
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file,
  });
  const localRequire = (id) => {
    if (id.startsWith("../../src/")) return require(path.join(dist, "src", id.slice("../../src/".length)));
    return require(id);
  };
  const module = { exports: {} };
  new Function("exports", "require", "module", "__filename", "__dirname", outputText)(module.exports, localRequire, module, file, path.dirname(file));
  return module.exports;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const gen = loadGenerators(args.dist);
  const plugin = require(path.join(args.dist, "src/index.js"));
  const { Linter } = require("eslint");
  const tsParser = require("@typescript-eslint/parser");
  const fuzzer = gen.createFuzzer({ Linter, plugin, tsParser });

  if (args.replay) {
    const [kind, seedText] = args.replay.split(":");
    if ((kind !== "eslump" && kind !== "request") || !/^\d+$/.test(seedText ?? "")) throw new Error("--replay takes eslump:SEED or request:SEED");
    const program = gen.generateProgram(kind, Number(seedText));
    const result = fuzzer.check(program);
    console.log(`// ${program.kind}:${program.seed} ${program.filename} (${program.sourceType})\n${program.code}`);
    console.log(JSON.stringify({ parsed: result.parsed, reports: result.reports, fixes: result.fixes, suggestions: result.suggestions, byRule: result.byRule }, null, 2));
    for (const f of result.failures) console.log(`\n${f.kind}: ${f.message}${f.output ? `\n--- output ---\n${f.output}` : ""}`);
    process.exit(result.failures.length > 0 ? 1 : 0);
  }

  const out = args.out ?? path.join(os.tmpdir(), `anthropic-fuzz-${args.seed}-${Date.now()}`);
  const eslumpCount = Math.round(args.count * args.eslumpShare);
  const totals = {
    programs: 0,
    eslump: 0,
    request: 0,
    unparsable: 0,
    reports: 0,
    fixes: 0,
    suggestions: 0,
    programsWithReports: 0,
    failures: 0,
    byKind: {},
    byRule: {},
  };
  const failures = [];
  const start = process.hrtime.bigint();
  let lastProgress = Date.now();
  for (let i = 0; i < args.count; i++) {
    const kind = i < eslumpCount ? "eslump" : "request";
    const program = gen.generateProgram(kind, gen.programSeed(args.seed, i));
    const result = fuzzer.check(program);
    totals.programs++;
    totals[kind]++;
    if (!result.parsed) totals.unparsable++;
    totals.reports += result.reports;
    totals.fixes += result.fixes;
    totals.suggestions += result.suggestions;
    if (result.reports > 0) totals.programsWithReports++;
    for (const [rule, n] of Object.entries(result.byRule)) totals.byRule[rule] = (totals.byRule[rule] ?? 0) + n;
    for (const f of result.failures) {
      totals.failures++;
      totals.byKind[f.kind] = (totals.byKind[f.kind] ?? 0) + 1;
      const dir = path.join(out, `${String(failures.length).padStart(4, "0")}-${f.kind}-${program.kind}-${program.seed}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, program.filename), program.code);
      writeFileSync(
        path.join(dir, "failure.txt"),
        `kind: ${f.kind}\nprogram: ${program.kind}:${program.seed} (${program.filename}, ${program.sourceType})\nreplay: node scripts/fuzz.mjs --replay ${program.kind}:${program.seed}\n\n${f.message}\n`,
      );
      if (f.output !== undefined) writeFileSync(path.join(dir, `output-${program.filename}`), f.output);
      failures.push({ program, failure: f, dir });
      console.log(`FAIL ${f.kind} ${program.kind}:${program.seed} → ${dir}\n  ${f.message.split("\n")[0]}`);
    }
    if (!args.quiet && Date.now() - lastProgress > 10_000) {
      lastProgress = Date.now();
      console.log(`… ${i + 1}/${args.count} programs, ${totals.failures} failures`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log("\nanthropic fuzz");
  console.log(`  seed            ${args.seed}`);
  console.log(`  plugin          ${path.join(args.dist, "src/index.js")}`);
  console.log(`  programs        ${totals.programs} (${totals.eslump} eslump, ${totals.request} request)`);
  console.log(`  not parsable    ${totals.unparsable} (eslump makes some programs with early errors; they are skipped)`);
  console.log(`  reports         ${totals.reports} in ${totals.programsWithReports} programs`);
  console.log(`  fixes           ${totals.fixes}`);
  console.log(`  suggestions     ${totals.suggestions}`);
  console.log(`  failures        ${totals.failures}${totals.failures > 0 ? ` ${JSON.stringify(totals.byKind)}` : ""}`);
  console.log(`  time            ${seconds.toFixed(1)} s (${((seconds * 1000) / totals.programs).toFixed(1)} ms per program)`);
  console.log(`  peak RSS        ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log("  reports by rule");
  for (const [rule, n] of Object.entries(totals.byRule).sort((a, b) => b[1] - a[1])) console.log(`    ${rule.padEnd(36)} ${n}`);
  if (failures.length > 0) {
    console.log(`\n${failures.length} failure(s), written to ${out}`);
    process.exit(1);
  }
}

main();
