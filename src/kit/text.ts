/**
 * How values read in messages, and the one "did you mean" helper. Every rule writes values the same
 * way: strings JSON-quoted, numbers as written, alternatives joined with "or", long text cut.
 */
import { alternatives, type Primitive, type Value } from "../engine/value";

/** One primitive as a message shows it: `"x"`, `300`, `null`, `10n`, `missing` (absent or `undefined`). */
export function showPrimitive(value: Primitive): string {
  if (value === undefined) return "missing";
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** Distinct texts joined with " or ": `a`, `a or b`. */
export function orList(texts: Iterable<string>): string {
  return [...new Set(texts)].join(" or ");
}

/** Strings quoted and joined with " or ": `"a" or "b"`. */
export function quotedOr(values: Iterable<string>): string {
  return orList([...values].map((v) => JSON.stringify(v)));
}

/** Strings quoted in a list: `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function quoteList(values: readonly string[]): string {
  const q = [...new Set(values)].map((v) => JSON.stringify(v));
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
}

/**
 * The possible values of a Value for a message: `"x"`, `300`, `"x" or 2`, `missing`; an object,
 * array or unknown alternative reads `{…}`, `[…]`, `an unknown value`.
 */
export function describeValue(value: Value): string {
  return orList(
    alternatives(value).map((a) => {
      if (a.kind === "known") return showPrimitive(a.value);
      if (a.kind === "object") return "{…}";
      if (a.kind === "array") return "[…]";
      return "an unknown value";
    }),
  );
}

/** Text cut to `max` characters (an ellipsis in the last), whitespace runs folded to one space. */
export function truncate(text: string, max: number): string {
  const folded = text.replace(/\s+/g, " ");
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

/**
 * The candidates nearest to `word`, best first: those within `limit` edits (default: 1 for words
 * of up to 5 characters, else 2; transpositions count as one edit), ties in the candidates' order.
 * Undefined-free and bounded: `max` results at most.
 */
export function nearestNames(word: string, candidates: Iterable<string>, options: { limit?: number; max?: number } = {}): string[] {
  const limit = options.limit ?? (word.length <= 5 ? 1 : 2);
  const scored: { name: string; d: number; order: number }[] = [];
  let order = 0;
  for (const name of candidates) {
    const d = editDistance(word, name, limit);
    if (d <= limit && name !== word) scored.push({ name, d, order: order++ });
  }
  scored.sort((a, b) => a.d - b.d || a.order - b.order);
  return scored.slice(0, options.max ?? 3).map((s) => s.name);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment: `opsu` is one edit from
 * `opus`), cut off above `limit`. Short strings only: ids and field names.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, before[j - 2] + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}
