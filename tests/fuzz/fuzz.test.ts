/**
 * Fuzzing, bounded for CI: a fixed seed, a few hundred eslump programs and several hundred random
 * Anthropic-shaped request programs, linted with every rule of the plugin (from the sources). No
 * rule may throw, every fix's output must parse, a second fix pass must change nothing, and every
 * suggestion's output must parse. `scripts/fuzz.mjs` runs the same generators on the built plugin
 * for as many programs as asked (`npm run fuzz`: 10,000).
 */
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { createFuzzer, eslumpProgram, generateProgram, programSeed, requestProgram, Rng, type Failure, type Program } from "./generate";

const SEED = 20_260_404;
const ESLUMP_PROGRAMS = 250;
const REQUEST_PROGRAMS = 550;

const fuzzer = createFuzzer({ Linter, plugin, tsParser }, { suggestionChecks: "batched" });

interface Totals {
  programs: number;
  unparsable: number;
  reports: number;
  fixes: number;
  suggestions: number;
  rules: Set<string>;
  failures: string[];
}

function run(kind: Program["kind"], count: number): Totals {
  const totals: Totals = { programs: 0, unparsable: 0, reports: 0, fixes: 0, suggestions: 0, rules: new Set(), failures: [] };
  for (let i = 0; i < count; i++) {
    const program = generateProgram(kind, programSeed(SEED + (kind === "eslump" ? 0 : 1), i));
    const result = fuzzer.check(program);
    totals.programs++;
    if (!result.parsed) totals.unparsable++;
    totals.reports += result.reports;
    totals.fixes += result.fixes;
    totals.suggestions += result.suggestions;
    for (const rule of Object.keys(result.byRule)) totals.rules.add(rule);
    for (const f of result.failures) totals.failures.push(describeFailure(program, f));
  }
  return totals;
}

function describeFailure(program: Program, f: Failure): string {
  return `${f.kind} in ${program.kind}:${program.seed} (replay: node scripts/fuzz.mjs --replay ${program.kind}:${program.seed})\n${f.message}\n--- program (${program.filename}) ---\n${program.code}`;
}

describe("generators", () => {
  it("reproduce a program from its seed", () => {
    expect(requestProgram(12345)).toEqual(requestProgram(12345));
    expect(eslumpProgram(12345)).toEqual(eslumpProgram(12345));
    expect(requestProgram(1).code).not.toBe(requestProgram(2).code);
  });

  it("leave Math.random as it was", () => {
    const before = Math.random;
    eslumpProgram(7);
    expect(Math.random).toBe(before);
  });

  it("derive distinct program seeds from one run seed", () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => programSeed(SEED, i)));
    expect(seeds.size).toBe(1000);
    const rng = new Rng(1);
    const values = Array.from({ length: 1000 }, () => rng.int(10));
    expect(new Set(values).size).toBe(10);
  });
});

describe("fuzzing every rule", () => {
  it(`${REQUEST_PROGRAMS} random request programs: no crash, fixes parse and converge, suggestions parse`, () => {
    const totals = run("request", REQUEST_PROGRAMS);
    expect(totals.failures.length, totals.failures.slice(0, 3).join("\n\n")).toBe(0);
    // The generator writes valid programs, and they exercise the rules.
    expect(totals.unparsable).toBe(0);
    expect(totals.reports).toBeGreaterThan(REQUEST_PROGRAMS);
    expect(totals.fixes).toBeGreaterThan(0);
    expect(totals.suggestions).toBeGreaterThan(0);
    // Every rule reports on some program (the generator reaches each of them).
    expect([...totals.rules].sort()).toEqual(Object.keys(plugin.rules).map((r) => `anthropic/${r}`).sort());
  });

  it(`${ESLUMP_PROGRAMS} eslump programs: no crash, fixes parse and converge, suggestions parse`, () => {
    const totals = run("eslump", ESLUMP_PROGRAMS);
    expect(totals.failures.length, totals.failures.slice(0, 3).join("\n\n")).toBe(0);
    // eslump makes some programs with early errors; most of them parse.
    expect(totals.unparsable).toBeLessThan(totals.programs / 2);
  });
});
