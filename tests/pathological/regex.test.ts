/**
 * Regular expressions of the plugin (every regex literal and `RegExp(...)` in src/ and rules/,
 * found by parsing the sources): none may backtrack super-linearly, since the strings they run on
 * come from the linted code.
 *
 * Two checks:
 * - a static one over the regex's syntax (parsed with @eslint-community/regexpp, ESLint's own
 *   regex parser): nested unbounded quantifiers `(a+)+`, quantified alternations whose branches
 *   can start with the same character `(a|ab)*`, adjacent unbounded quantifiers over overlapping
 *   characters `\d+\d*`, and an unanchored regex whose match can start anywhere in a run of the
 *   characters its leading quantifier repeats, with something after it that can fail (`/\/+$/`:
 *   quadratic, one failed match per start position);
 * - a dynamic one: each regex runs on adversarial inputs of growing length (1e3, 1e4, 1e5 chars,
 *   runs of the characters the regex itself matches, followed by one that breaks the match) in a
 *   worker; a regex whose inputs do not finish within a generous bound is an offender (the worker
 *   is terminated; no duration is asserted). The times are printed.
 *
 * Offenders are listed with file:line. KNOWN_SUPERLINEAR holds those found and reported to their
 * owners; the test pins the list exactly, so a fix (or a new offender) fails it until updated.
 */
import { Worker } from "node:worker_threads";
import { parseRegExpLiteral, type AST } from "@eslint-community/regexpp";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { pluginSources, walk, where } from "./sources";
import { SDK_HEADER, lintInWorker, record } from "./lint";
import "../../src/index";
import { wordsPattern } from "../../src/kit/mentions";

/**
 * Offenders known and not yet fixed (file:line and the regex). Empty: the two quadratic patterns
 * this test found in src/sources/http.ts (`/[?#].*$/`, `/\/+$/` on a URL from the linted code) were
 * replaced by string operations.
 */
const KNOWN_SUPERLINEAR: readonly string[] = [];

interface FoundRegex {
  readonly at: string;
  readonly source: string;
  readonly flags: string;
  /** `/source/flags`, as written. */
  readonly text: string;
}

/** Every regex of the plugin's sources; a `RegExp` built from a non-constant pattern is an error. */
function collect(): { regexes: FoundRegex[]; dynamic: string[] } {
  const regexes: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of pluginSources()) {
    walk(file.ast, (node) => {
      if (node.type === "Literal" && "regex" in node && node.regex) {
        const { pattern, flags } = node.regex;
        regexes.push({ at: where(file, node), source: pattern, flags, text: `/${pattern}/${flags}` });
      }
      if ((node.type === "NewExpression" || node.type === "CallExpression") && node.callee.type === "Identifier" && node.callee.name === "RegExp") {
        const [p, f] = node.arguments as TSESTree.Node[];
        const patterns = p ? constantStrings(p, file.ast) : undefined;
        const flagSet = f === undefined ? [""] : constantStrings(f, file.ast);
        if (!patterns || !flagSet || flagSet.length !== 1) {
          dynamic.push(`${where(file, node)} ${file.text.slice(node.range[0], node.range[1])}`);
        } else {
          for (const pattern of patterns) regexes.push({ at: where(file, node), source: pattern, flags: flagSet[0], text: `/${pattern}/${flagSet[0]}` });
        }
      }
    });
  }
  return { regexes, dynamic };
}

/**
 * The strings a `RegExp` argument can be: a string literal, a conditional between such, or a
 * `const` of the file initialised with one (`const quote = c ? "'" : '"'`). Undefined otherwise.
 */
function constantStrings(node: TSESTree.Node, program: TSESTree.Program, depth = 0): string[] | undefined {
  if (depth > 5) return undefined;
  if (node.type === "Literal" && typeof node.value === "string") return [node.value];
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return [node.quasis[0].value.cooked ?? ""];
  if (node.type === "ConditionalExpression") {
    const a = constantStrings(node.consequent, program, depth + 1);
    const b = constantStrings(node.alternate, program, depth + 1);
    return a && b ? [...new Set([...a, ...b])] : undefined;
  }
  if (node.type === "Identifier") {
    const inits: TSESTree.Expression[] = [];
    walk(program, (n, ancestors) => {
      const decl = ancestors[ancestors.length - 1];
      if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.id.name === node.name && n.init && decl?.type === "VariableDeclaration" && decl.kind === "const") inits.push(n.init);
    });
    // Only an unambiguous name: one const of that name in the file.
    return inits.length === 1 ? constantStrings(inits[0], program, depth + 1) : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Static check
// ---------------------------------------------------------------------------------------------

/** Characters tried when asking what a character class matches. */
const ALPHABET: readonly string[] = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  "\u00a0", "\u00e9", "\u2028", "\u3000", "\ufeff", "😀",
];

type CharElement = AST.Character | AST.CharacterClass | AST.CharacterSet;

function isCharElement(e: AST.Node): e is CharElement {
  return e.type === "Character" || e.type === "CharacterClass" || e.type === "CharacterSet";
}

/** The characters of ALPHABET an element matching one character matches. */
function charsOf(e: CharElement, flags: string): Set<string> {
  const re = new RegExp(`^(?:${e.raw})$`, flags.replace(/[gy]/g, ""));
  return new Set(ALPHABET.filter((c) => re.test(c)));
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const c of a) if (b.has(c)) return true;
  return false;
}

/** The characters a match of `e` can start with (over ALPHABET), or undefined when it cannot tell. */
function firstChars(e: AST.Element | AST.Alternative, flags: string): Set<string> | undefined {
  if (e.type === "Alternative") {
    const out = new Set<string>();
    for (const el of e.elements) {
      if (el.type === "Assertion") continue;
      const f = firstChars(el, flags);
      if (!f) return undefined;
      for (const c of f) out.add(c);
      if (!(el.type === "Quantifier" && el.min === 0)) return out;
    }
    return out;
  }
  if (isCharElement(e)) return charsOf(e, flags);
  if (e.type === "Quantifier") return firstChars(e.element, flags);
  if (e.type === "Group" || e.type === "CapturingGroup") {
    const out = new Set<string>();
    for (const alt of e.alternatives) {
      const f = firstChars(alt, flags);
      if (!f) return undefined;
      for (const c of f) out.add(c);
    }
    return out;
  }
  return undefined;
}

function containsRepeat(e: AST.Node): boolean {
  let found = false;
  const go = (n: AST.Node): void => {
    if (found) return;
    if (n.type === "Quantifier" && n.max > 1) {
      found = true;
      return;
    }
    if (n.type === "Quantifier") go(n.element);
    if (n.type === "Group" || n.type === "CapturingGroup" || n.type === "Assertion") {
      for (const alt of "alternatives" in n ? n.alternatives : []) for (const el of alt.elements) go(el);
    }
  };
  if (e.type === "Quantifier") go(e.element);
  return found;
}

/** Why `regex` may backtrack super-linearly, or [] when none of the known shapes is present. */
export function dangerousShapes(source: string, flags: string): string[] {
  const ast = parseRegExpLiteral(new RegExp(source, flags));
  const out: string[] = [];
  const visitAlternative = (alt: AST.Alternative, topLevel: boolean): void => {
    const els = alt.elements;
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.type === "Quantifier" && el.max > 1) {
        if (containsRepeat(el)) out.push(`nested quantifier ${el.raw}`);
        const inner = el.element;
        if ((inner.type === "Group" || inner.type === "CapturingGroup") && inner.alternatives.length > 1) {
          const starts = inner.alternatives.map((a) => firstChars(a, flags));
          for (let a = 0; a < starts.length; a++) {
            for (let b = a + 1; b < starts.length; b++) {
              const sa = starts[a];
              const sb = starts[b];
              if (!sa || !sb || overlaps(sa, sb)) out.push(`quantified alternation with overlapping branches ${el.raw}`);
            }
          }
        }
        const next = els[i + 1];
        if (next?.type === "Quantifier" && next.max > 1 && isCharElement(el.element) && isCharElement(next.element)) {
          if (overlaps(charsOf(el.element, flags), charsOf(next.element, flags))) out.push(`adjacent overlapping quantifiers ${el.raw}${next.raw}`);
        }
      }
      if (el.type === "Group" || el.type === "CapturingGroup" || el.type === "Quantifier") {
        const groups = el.type === "Quantifier" ? [el.element] : [el];
        for (const g of groups) if (g.type === "Group" || g.type === "CapturingGroup") for (const a of g.alternatives) visitAlternative(a, false);
      }
    }
    // An unanchored search retries from every position: a leading run `X+` (or `aX+` with a ⊆ X)
    // followed by something that can fail costs one scan of the run per start position.
    if (topLevel && !flags.includes("y") && !(els[0]?.type === "Assertion" && els[0].kind === "start")) {
      const lead = els[0];
      const second = els[1];
      if (lead?.type === "Quantifier" && lead.max > 1 && isCharElement(lead.element) && els.length > 1) {
        out.push(`unanchored leading run ${lead.raw} followed by ${els.slice(1).map((e) => e.raw).join("")}`);
      } else if (
        lead && isCharElement(lead) && second?.type === "Quantifier" && second.max > 1 && isCharElement(second.element) && els.length > 2 &&
        overlaps(charsOf(lead, flags), charsOf(second.element, flags))
      ) {
        out.push(`unanchored run ${lead.raw}${second.raw} followed by ${els.slice(2).map((e) => e.raw).join("")}`);
      }
    }
  };
  for (const alt of ast.pattern.alternatives) visitAlternative(alt, true);
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------------------------
// Dynamic check
// ---------------------------------------------------------------------------------------------

/** Adversarial inputs for a regex: runs of characters it matches, broken at the end. */
export function adversarialInputs(source: string, flags: string, lengths: readonly number[]): string[] {
  const ast = parseRegExpLiteral(new RegExp(source, flags));
  const pumps = new Set<string>();
  const chars: CharElement[] = [];
  const go = (n: AST.Node): void => {
    if (isCharElement(n)) chars.push(n);
    if (n.type === "Quantifier") go(n.element);
    if (n.type === "Group" || n.type === "CapturingGroup" || n.type === "Pattern" || (n.type === "Assertion" && "alternatives" in n)) {
      for (const alt of n.alternatives) for (const el of alt.elements) go(el);
    }
  };
  go(ast.pattern);
  const sample = (e: CharElement): string[] => {
    const cs = [...charsOf(e, flags)];
    return cs.length === 0 ? [] : [...new Set([cs[0], cs[Math.floor(cs.length / 2)], cs[cs.length - 1]])];
  };
  const samples = chars.map(sample);
  for (const s of samples) for (const c of s) pumps.add(c);
  // Two-character pumps from neighbours (`-v` of `-v[0-9]+`, `_1` of `_\d{8}`).
  for (let i = 0; i + 1 < samples.length; i++) if (samples[i][0] && samples[i + 1][0]) pumps.add(samples[i][0] + samples[i + 1][0]);
  // The literal text the pattern starts with (`claude-`, `arn:aws`), as a prefix.
  let prefix = "";
  for (const el of ast.pattern.alternatives[0]?.elements ?? []) {
    if (el.type === "Assertion" && el.kind === "start") continue;
    if (el.type !== "Character") break;
    prefix += String.fromCodePoint(el.value);
  }
  const suffixes = ["!", "\n", "\u0000", "x", "0", " ", "/", "-", "😀"];
  const out: string[] = [];
  for (const n of lengths) {
    for (const pump of pumps) {
      const run = pump.repeat(Math.ceil(n / pump.length));
      for (const suffix of suffixes) {
        out.push(run + suffix);
        if (prefix) out.push(prefix + run + suffix);
      }
    }
  }
  return out;
}

interface RegexTiming {
  readonly index: number;
  /** Longest time of one input, per length. */
  readonly ms: number[];
}

const LENGTHS = [1_000, 10_000, 100_000];
/** Per regex, for all its inputs: far above what a linear regex needs (a few ms per 100,000 chars). */
const REGEX_TIMEOUT_MS = 10_000;

/**
 * Runs each regex on its adversarial inputs (`test`, `exec` and `replace`, with its own flags) in a
 * worker; a regex that does not finish within REGEX_TIMEOUT_MS is an offender, its worker
 * terminated and the next regexes run in a fresh one.
 */
async function runDynamic(regexes: readonly FoundRegex[]): Promise<{ timings: RegexTiming[]; timedOut: number[] }> {
  const timings: RegexTiming[] = [];
  const timedOut: number[] = [];
  let start = 0;
  while (start < regexes.length) {
    const jobs = regexes.slice(start).map((r, i) => ({ index: start + i, source: r.source, flags: r.flags, inputs: adversarialInputs(r.source, r.flags, LENGTHS) }));
    const worker = new Worker(
      `
      const { workerData, parentPort } = require("node:worker_threads");
      for (const job of workerData.jobs) {
        parentPort.postMessage({ started: job.index });
        const re = new RegExp(job.source, job.flags);
        const ms = workerData.lengths.map(() => 0);
        const perLength = job.inputs.length / workerData.lengths.length;
        job.inputs.forEach((input, k) => {
          const t = performance.now();
          re.lastIndex = 0;
          re.test(input);
          re.lastIndex = 0;
          re.exec(input);
          input.replace(re, "");
          const li = Math.floor(k / perLength);
          ms[li] = Math.max(ms[li], performance.now() - t);
        });
        parentPort.postMessage({ done: job.index, ms });
      }
      `,
      { eval: true, workerData: { jobs, lengths: LENGTHS } },
    );
    const next = await new Promise<number>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let current = start;
      worker.on("message", (m: { started: number } | { done: number; ms: number[] }) => {
        if ("started" in m) {
          current = m.started;
          clearTimeout(timer);
          timer = setTimeout(() => {
            void worker.terminate();
            timedOut.push(current);
            resolve(current + 1);
          }, REGEX_TIMEOUT_MS);
        } else {
          clearTimeout(timer);
          timings.push({ index: m.done, ms: m.ms });
          if (m.done === regexes.length - 1) {
            void worker.terminate();
            resolve(regexes.length);
          }
        }
      });
      worker.once("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    start = next;
  }
  return { timings, timedOut };
}

// ---------------------------------------------------------------------------------------------

/**
 * The one regex built at run time: `kit/mentions` joins the words the plugin declares (escaped
 * literals) into one lookahead alternation. It is checked as the loaded plugin builds it.
 */
const BUILT_FROM_WORDS = "src/kit/mentions.ts:";

describe("regular expressions of the plugin", () => {
  const { regexes, dynamic } = collect();
  const key = (r: FoundRegex): string => `${r.at} ${r.text}`;
  const words = wordsPattern();
  regexes.push({ at: `${BUILT_FROM_WORDS}(declared words)`, source: words.source, flags: words.flags, text: `/${words.source}/${words.flags}` });

  it("are all found, and none is built from a pattern known only at run time", () => {
    expect(regexes.length).toBeGreaterThan(20);
    expect(dynamic.filter((d) => !d.startsWith(BUILT_FROM_WORDS))).toEqual([]);
    // the words' pattern holds the words every module declares (the plugin is loaded)
    expect(words.source).toContain("cache_control");
    expect(words.source).toContain("\\.bind\\(");
    console.log(`[pathological] ${regexes.length} regular expressions:\n${regexes.map((r) => `  ${key(r)}`).join("\n")}`);
  });

  it("the static checker flags the dangerous shapes and passes safe ones", () => {
    const flagged = (re: RegExp): boolean => dangerousShapes(re.source, re.flags).length > 0;
    for (const bad of [/(a+)+$/, /(a*)*b/, /(a|a)*$/, /(a|ab)*c/, /(\w+\s?)+$/, /^\d+\d+$/, /\/+$/, /[?#].*$/, /\s+x/, /^(?:[a-z]+,?)+$/]) {
      expect({ re: bad.source, flagged: flagged(bad) }).toEqual({ re: bad.source, flagged: true });
    }
    for (const good of [/^[a-z]+(?:-[a-z]+)?\.$/, /\s+/g, /-v[0-9]+(?::[0-9]+)?$/, /^claude-[a-z0-9][a-z0-9.-]*$/, /_(\d{8})$/, /^(?:0|[1-9][0-9]{0,14})$/, /^\s*/]) {
      expect({ re: good.source, flagged: flagged(good) }).toEqual({ re: good.source, flagged: false });
    }
  });

  it("the adversarial inputs make a known-bad regex time out (self-check)", async () => {
    const bad: FoundRegex = { at: "probe:1", source: "(a+)+$", flags: "", text: "/(a+)+$/" };
    const good: FoundRegex = { at: "probe:2", source: "^a+$", flags: "", text: "/^a+$/" };
    const { timedOut, timings } = await runDynamic([good, bad, good]);
    expect(timedOut).toEqual([1]);
    expect(timings.map((t) => t.index)).toEqual([0, 2]);
  }, 60_000);

  it("none has a dangerous shape or times out on adversarial input, but the known offenders", async () => {
    const staticFindings = regexes.flatMap((r) => dangerousShapes(r.source, r.flags).map((why) => ({ key: key(r), why })));
    const { timings, timedOut } = await runDynamic(regexes);
    const lines = timings
      .sort((a, b) => a.index - b.index)
      .map((t) => `  ${key(regexes[t.index]).padEnd(64)} ${t.ms.map((ms, i) => `${LENGTHS[i]}: ${ms.toFixed(1)} ms`).join(", ")}`);
    console.log(`[pathological] regex, slowest adversarial input per length:\n${lines.join("\n")}`);
    for (const i of timedOut) console.log(`[pathological] regex OFFENDER (did not finish in ${REGEX_TIMEOUT_MS} ms): ${key(regexes[i])}`);
    for (const f of staticFindings) console.log(`[pathological] regex static finding: ${f.key}: ${f.why}`);
    const offenders = [...new Set([...timedOut.map((i) => key(regexes[i])), ...staticFindings.map((f) => f.key)])].sort();
    expect(offenders).toEqual([...KNOWN_SUPERLINEAR].sort());
  }, 600_000);
});

describe("end to end: a long URL to the Messages API", () => {
  it("lints a raw fetch whose URL path is thousands of slashes (the http-sites.ts regexes) — measured", async () => {
    const lengths = [5_000, 10_000, 20_000, 40_000];
    const codes = lengths.map(
      (n) => `${SDK_HEADER}const url = "https://api.anthropic.com/v1/messages${"/".repeat(n)}x";
await fetch(url, { method: "POST", headers: { "anthropic-version": "2023-06-01" }, body: JSON.stringify({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [] }) });
`,
    );
    const run = await lintInWorker(codes, { timeoutMs: 120_000 });
    for (const [i, r] of run.results.entries()) record(`fetch URL with ${lengths[i]} slashes`, r.ms);
    expect(run.timedOutAt).toBeUndefined();
    for (const r of run.results) expect(r.reports).toEqual([]);
  }, 600_000);
});
