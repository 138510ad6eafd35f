/**
 * Whether a file's text contains a word (`@anthropic-ai/`, `cache_control`, `.bind(`): the cheap
 * first look with which the engine and the rules skip files they have nothing to do in.
 *
 * Words asked of every file that reaches the SDK (the rules' fields) are declared when the modules
 * that ask load, and such a file's text is scanned once for all of them (one pass of one pattern,
 * not one pass per word: most words are absent, and each absent word would cost a pass of its
 * own). A word not declared is searched for alone. Every answer is cached per file. (The few
 * words that decide whether a file matters at all are searched for by the engine itself, once:
 * most files hold none of them, and a plain search for each costs less there than the scan.)
 */

/** A file as ESLint gives it (its `SourceCode`): answers are cached per such object. */
export interface FileText {
  readonly text: string;
}

const declared = new Set<string>();
/** Bumped on each declaration, so a file scanned before it is scanned again. */
let generation = 0;

interface Scanner {
  readonly generation: number;
  /** Matches the longest declared word that starts at the first position where one does. */
  readonly pattern: RegExp;
  /** Each word → the declared words it contains (found with it, as the scan reports the longest). */
  readonly contained: ReadonlyMap<string, readonly string[]>;
}
let scanner: Scanner | undefined;

interface FileWords {
  readonly generation: number;
  readonly found: ReadonlySet<string>;
  /** Undeclared words asked of this file. */
  readonly other: Map<string, boolean>;
}
const files = new WeakMap<FileText, FileWords>();

/** Declare words that will be asked of every file (at module load). */
export function declareWords(words: readonly string[]): void {
  for (const word of words) {
    if (word.length === 0 || declared.has(word)) continue;
    declared.add(word);
    generation++;
  }
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function currentScanner(): Scanner {
  if (scanner?.generation === generation) return scanner;
  const longestFirst = [...declared].sort((a, b) => b.length - a.length);
  const contained = new Map(longestFirst.map((w) => [w, longestFirst.filter((o) => o !== w && w.includes(o))]));
  // Each search restarts one character after the last match's start (see `scan`), so a word that
  // overlaps another's occurrence is still seen.
  scanner = { generation, pattern: new RegExp(longestFirst.map(escape).join("|"), "g"), contained };
  return scanner;
}

/** The one pattern all declared words are scanned with (the regex safety test runs it too). */
export function wordsPattern(): RegExp {
  return currentScanner().pattern;
}

function scan(text: string): Set<string> {
  const { pattern, contained } = currentScanner();
  const found = new Set<string>();
  if (declared.size === 0) return found;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const word = m[0];
    if (!found.has(word)) {
      found.add(word);
      for (const inner of contained.get(word) ?? []) found.add(inner);
    }
    pattern.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * True when the file's text contains `word`. The first declared word asked of a file scans it for
 * all of them; a word not declared is searched for alone.
 */
export function mentions(file: FileText, word: string): boolean {
  let words = files.get(file);
  if (!words) files.set(file, (words = { generation: -1, found: NOTHING, other: new Map() }));
  if (declared.has(word)) {
    if (words.generation !== generation) {
      words = { generation, found: scan(file.text), other: words.other };
      files.set(file, words);
    }
    return words.found.has(word);
  }
  let found = words.other.get(word);
  if (found === undefined) words.other.set(word, (found = file.text.includes(word)));
  return found;
}

const NOTHING: ReadonlySet<string> = new Set();
