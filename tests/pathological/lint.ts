/**
 * Shared set-up of the pathological-input tests: ESLint 10's `Linter` with the TypeScript parser
 * and every rule of the plugin on (the `all` config, loaded from the TypeScript sources), a timer
 * that prints how long each case takes (printed, never asserted), and a runner that lints in a
 * worker thread with a larger stack for inputs nested deeper than the parsers can read on Node's
 * default stack.
 */
import { Worker } from "node:worker_threads";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import plugin from "../../src/index";
import { TS_WORKER_PRELUDE } from "../helpers/ts-worker";

/** The flat config: every rule of the plugin as an error, TypeScript parser, ES modules. */
export function allRulesConfig(): Linter.Config[] {
  return [
    {
      files: ["**/*.ts", "**/*.js"],
      languageOptions: {
        parser: tsParser as unknown as Linter.Parser,
        sourceType: "module",
        ecmaVersion: "latest",
      },
    },
    plugin.configs.all as Linter.Config,
  ];
}

/** The rule ids the `all` config turns on (`anthropic/<rule>`), to check none is missing. */
export const RULE_IDS = Object.keys(plugin.rules).map((r) => `anthropic/${r}`);

const linter = new Linter({ configType: "flat" });

export interface LintOutcome {
  readonly messages: Linter.LintMessage[];
  /** Rule reports only (no parse errors, no unused-directive notes). */
  readonly reports: Linter.LintMessage[];
  readonly ms: number;
}

/** The timings measured in this process, printed by `printTimings` after the file's tests. */
const timings: { label: string; ms: number; note?: string }[] = [];

export function record(label: string, ms: number, note?: string): void {
  timings.push({ label, ms, note });
  console.log(`[pathological] ${label}: ${ms.toFixed(0)} ms${note ? ` (${note})` : ""}`);
}

export function printTimings(title: string): void {
  if (timings.length === 0) return;
  const width = Math.max(...timings.map((t) => t.label.length));
  const lines = timings.map((t) => `  ${t.label.padEnd(width)}  ${t.ms.toFixed(0).padStart(7)} ms${t.note ? `  ${t.note}` : ""}`);
  console.log(`[pathological] ${title}\n${lines.join("\n")}`);
  timings.length = 0;
}

/**
 * Lints `code` with every rule on. Throws when ESLint reports a fatal message (a parse error or a
 * rule that threw: ESLint 10's `verify` rethrows a rule's exception with the rule id in the
 * message, so a crash fails the calling test with that message).
 */
export function lint(code: string, label?: string, filename = "file.ts"): LintOutcome {
  const start = performance.now();
  // `verifyAndFix` without fixing: one pass, like `verify`, but `stats` works (ESLint 10.15's
  // `verify` with `stats: true` throws, its fix-pass counter being unset).
  const { messages } = linter.verifyAndFix(code, allRulesConfig(), { filename, stats: true, fix: false } as Linter.FixOptions);
  const ms = performance.now() - start;
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`fatal: ${fatal.message} (line ${fatal.line})`);
  if (label) record(label, ms, `${(code.length / 1024).toFixed(0)} KiB, ${messages.length} reports; ${timeSplit()}`);
  return { messages, reports: messages.filter((m) => m.ruleId?.startsWith("anthropic/")), ms };
}

/** ESLint's own accounting of the last `verify` (`stats: true`): parse, all our rules, the slowest rule. */
function timeSplit(): string {
  const pass = linter.getTimes().passes[0] as
    | { parse?: { total: number }; rules?: Record<string, { total: number }> }
    | undefined;
  if (!pass) return "no stats";
  const rules = Object.entries(pass.rules ?? {}).sort((a, b) => b[1].total - a[1].total);
  const ours = rules.reduce((sum, [, t]) => sum + t.total, 0);
  const top = rules[0] ? `, slowest ${rules[0][0]} ${rules[0][1].total.toFixed(0)} ms` : "";
  return `parse ${(pass.parse?.total ?? 0).toFixed(0)} ms, rules ${ours.toFixed(0)} ms${top}`;
}

/** `ruleId:line` of each report, sorted: a compact form for assertions. */
export function summary(outcome: LintOutcome): string[] {
  return outcome.reports.map((m) => `${m.ruleId}:${m.line}`).sort();
}

/** The first few reports as `ruleId/messageId:line: message` lines (the whole list would flood a failure's diff). */
export function brief(outcome: LintOutcome, max = 5): string[] {
  const out = outcome.reports.slice(0, max).map((m) => `${m.ruleId}/${m.messageId}:${m.line}: ${m.message.slice(0, 160)}`);
  if (outcome.reports.length > max) out.push(`… and ${outcome.reports.length - max} more`);
  return out;
}

/** Reports per rule id. */
export function countByRule(outcome: LintOutcome): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of outcome.reports) out[m.ruleId!] = (out[m.ruleId!] ?? 0) + 1;
  return out;
}

export const SDK_HEADER = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';

export interface WorkerLintResult {
  readonly reports: { ruleId: string | null; line: number; messageId?: string }[];
  readonly ms: number;
}

export interface WorkerRun {
  /** One result per input linted, in order, up to the first that did not finish. */
  readonly results: WorkerLintResult[];
  /** The index of the input still being linted when the time ran out (the worker was terminated). */
  readonly timedOutAt: number | undefined;
}

/**
 * Lints each of `codes` in turn with every rule on, in a worker thread whose stack is
 * `stackSizeMb` (the parsers recurse once per nesting level). The worker compiles the plugin's
 * TypeScript sources with `typescript.transpileModule`, as tests/helpers/engine-harness.ts does.
 * Each input gets `timeoutMs`; when one runs out, the worker is terminated and the run resolves
 * with the results so far and `timedOutAt`: a hang fails the calling test with numbers instead of
 * stalling the run. Rejects when a lint throws.
 */
export function lintInWorker(codes: readonly string[], { stackSizeMb = 64, timeoutMs = 120_000 } = {}): Promise<WorkerRun> {
  const worker = new Worker(
    `${TS_WORKER_PRELUDE}
    const { Linter } = req("eslint");
    const tsParser = req("@typescript-eslint/parser");
    const plugin = req("../../src/index");
    const linter = new Linter({ configType: "flat" });
    const config = [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser, sourceType: "module", ecmaVersion: "latest" } },
      plugin.configs.all,
    ];
    parentPort.postMessage({ ready: true });
    for (const code of workerData.codes) {
      const start = performance.now();
      const messages = linter.verify(code, config, "file.ts");
      const ms = performance.now() - start;
      const fatal = messages.find((m) => m.fatal);
      if (fatal) throw new Error("fatal: " + fatal.message + " (line " + fatal.line + ")");
      parentPort.postMessage({
        ms,
        reports: messages.map((m) => ({ ruleId: m.ruleId, line: m.line, messageId: m.messageId })),
      });
    }
    `,
    { eval: true, workerData: { from: __filename, codes }, resourceLimits: { stackSizeMb } },
  );
  return new Promise((resolve, reject) => {
    const results: WorkerLintResult[] = [];
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve({ results, timedOutAt: results.length });
      }, ms);
    };
    arm(timeoutMs + 60_000); // loading the sources takes a while the first time
    worker.on("message", (m: WorkerLintResult | { ready: true }) => {
      if ("ready" in m) {
        arm(timeoutMs);
        return;
      }
      results.push(m);
      if (results.length === codes.length) {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ results, timedOutAt: undefined });
      } else {
        arm(timeoutMs);
      }
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
