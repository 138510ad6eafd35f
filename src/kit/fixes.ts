/**
 * Source edits that the rules' fixes and suggestions share: removing a property from an object
 * literal, appending one, renaming a key, and the test that removing a property really unsets its
 * key.
 *
 * Each edit is a `ReportFixFunction` that makes exactly one `RuleFix`, so a rule can pass it as a
 * report's `fix`, as a suggestion's `fix`, or call it inside a fix function of its own to combine
 * it with other edits. Edits only delete or insert punctuation and whitespace around the code they
 * change: comments are never removed, except those written inside a removed property.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { propertyKeyName } from "./ast";
import type { Evaluator } from "../engine/evaluate";
import { get, isNullish, propOf, type Value } from "../engine/value";

type SourceCode = Readonly<TSESLint.SourceCode>;
/** A token or a comment. */
type Token = TSESTree.Token;
type Range = readonly [number, number];

/** A fix function that makes one edit (assignable to `TSESLint.ReportFixFunction`). */
export type Edit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** Indentation one level deeper than a line's, where no neighbour shows the file's own. */
const INDENT_STEP = "  ";

// ---- removing a property ------------------------------------------------------------------------

/**
 * Removes an element of an object literal (a property or a spread) together with exactly one
 * separating comma, leaving the code around it laid out as if it had never been written:
 *
 * - single line: `{ a: 1, x: 2, b: 3 }` → `{ a: 1, b: 3 }`; `{ a: 1, x: 2 }` → `{ a: 1 }`;
 *   `{ x: 2, b: 3 }` → `{ b: 3 }`; a trailing comma stays: `{ a: 1, x: 2, }` → `{ a: 1, }`;
 * - one element per line: the element's lines go, blank lines around them are kept (at most one
 *   remains where two meet); the last element without a trailing comma takes the comma of the line
 *   before it away instead: `{\n  a: 1,\n  x: 2\n}` → `{\n  a: 1\n}`;
 * - mixed layouts: what follows the element on its line moves to where the element started, or
 *   stays on its own line when the element ended its line. A closing brace that followed the last
 *   element on its line joins the line before when that line's comma goes too
 *   (`{\n  a: 1,\n  x: 2 }` → `{\n  a: 1 }`), else it takes the element's place, indented like
 *   the opening brace's line (`{\n  a: 1,\n  x: 2, }` → `{\n  a: 1,\n}`);
 * - the only element: `{ x: 2 }` and `{\n  x: 2,\n}` → `{}`;
 * - comments next to the element or its comma are kept where they stand (a comment trailing the
 *   element's line stays on that line, now on its own): `{\n  x: 2, // the x\n  b: 3,\n}` →
 *   `{\n  // the x\n  b: 3,\n}`. Comments inside the element go with it.
 *
 * The comma removed is the one after the element, or the one before it when the element is the
 * last and has none after it (or when commas lead their lines, comma-first style).
 */
export function removeProperty(sourceCode: SourceCode, property: TSESTree.ObjectLiteralElement): Edit {
  return (fixer) => {
    const { range, text } = removalEdit(sourceCode, property);
    return fixer.replaceTextRange(range, text);
  };
}

/** The replacement that removes `element` and one comma (see `removeProperty`). */
function removalEdit(sourceCode: SourceCode, element: TSESTree.ObjectLiteralElement): { range: Range; text: string } {
  const before = sourceCode.getTokenBefore(element);
  const after = sourceCode.getTokenAfter(element);
  const opener = sourceCode.getFirstToken(element.parent);
  const closer = sourceCode.getLastToken(element.parent);
  if (!before || !after || !opener || !closer) return { range: element.range, text: "" };
  const commaBefore = isComma(before) ? before : undefined;
  const commaAfter = isComma(after) ? after : undefined;

  // The only element: nothing stays between the braces, unless comments do.
  if (before === opener || before.range[0] === opener.range[0]) {
    const next = commaAfter ? sourceCode.getTokenAfter(commaAfter) : after;
    if (next && next.range[0] === closer.range[0]) {
      const between = sourceCode.getTokensBetween(opener, closer, { includeComments: true });
      const stays = between.some((t) => isComment(t) && !within(t.range, element.range));
      if (!stays) return { range: [opener.range[1], closer.range[0]], text: "" };
    }
  }

  const comma = pickComma(element, commaBefore, commaAfter);
  const items: (TSESTree.Node | Token)[] = comma ? (comma === commaBefore ? [comma, element] : [element, comma]) : [element];
  // A comment between the element and its comma stays: it splits the removal in two.
  const split = items.length === 2 && sourceCode.getTokensBetween(items[0], items[1], { includeComments: true }).length > 0;
  const runs = split ? [[items[0]], [items[1]]] : [items];
  const edits = runs.map((run) => runEdit(sourceCode, run, opener, closer));
  const first = edits[0];
  const last = edits[edits.length - 1];
  let text = first.text;
  for (let i = 1; i < edits.length; i++) text += sourceCode.text.slice(edits[i - 1].range[1], edits[i].range[0]) + edits[i].text;
  return { range: [first.range[0], last.range[1]], text };
}

/**
 * The comma to remove with the element: the one after it, unless it has none after it (the last
 * element) or the commas lead their lines (`, x: 2` on each line: the comma before belongs to it).
 */
function pickComma(element: TSESTree.Node, commaBefore: Token | undefined, commaAfter: Token | undefined): Token | undefined {
  if (!commaAfter) return commaBefore;
  const commaFirst =
    commaBefore !== undefined &&
    commaBefore.loc.end.line === element.loc.start.line &&
    commaAfter.loc.start.line > element.loc.end.line;
  return commaFirst ? commaBefore : commaAfter;
}

/**
 * The edit that deletes a run of adjacent items (the element and/or its comma, with no comment
 * between them) and the whitespace around them, replacing it with the whitespace the neighbours
 * (the token or comment before, `left`, and after, `right`) should now be separated by.
 */
function runEdit(
  sourceCode: SourceCode,
  run: readonly (TSESTree.Node | Token)[],
  opener: Token,
  closer: Token,
): { range: Range; text: string } {
  const text = sourceCode.text;
  const eol = lineEnding(text);
  const first = run[0];
  const last = run[run.length - 1];
  const left = sourceCode.getTokenBefore(first, { includeComments: true });
  const right = sourceCode.getTokenAfter(last, { includeComments: true });
  if (!left || !right) return { range: [first.range[0], last.range[1]], text: "" };
  const gapLeft = text.slice(left.range[1], first.range[0]);
  const gapRight = text.slice(last.range[1], right.range[0]);
  const inner = run.length > 1 ? text.slice(run[0].range[1], run[1].range[0]) : "";

  const startsLine = left.loc.end.line < first.loc.start.line;
  const endsLine = right.loc.start.line > last.loc.end.line;
  let gap: string;
  if (startsLine && endsLine) {
    // The run has its lines to itself: delete them, keeping one blank line where there was one.
    gap = eol.repeat(Math.max(newlines(gapLeft), newlines(gapRight))) + indentation(gapRight);
  } else if (startsLine) {
    // What follows on the run's last line moves to where the run started; a closing brace put on
    // a line of its own that way lines up with the line of its opening brace.
    gap = lineBreak(gapLeft, eol);
    if (right.range[0] === closer.range[0]) gap = gap.slice(0, gap.lastIndexOf("\n") + 1) + lineIndentation(sourceCode, opener.loc.start.line);
  } else if (endsLine) {
    // The token before now ends its line; what follows stays where it is.
    gap = lineBreak(gapRight, eol);
  } else if (inner.includes("\n") && right.range[0] !== closer.range[0]) {
    // `a: 1,⏎  x: 2 // c`: the comma ended one line, the element began the next; what follows
    // the element stays on that line (a closing brace rather joins the line before).
    gap = lineBreak(inner, eol);
  } else {
    gap = gapLeft === "" && gapRight === "" ? "" : " ";
  }
  return { range: [left.range[1], right.range[0]], text: gap };
}

// ---- when removing a property is a fix ----------------------------------------------------------

/**
 * True when deleting `property` from its object literal certainly leaves its key unset there: the
 * key is static, no other property of the object has (or, being computed and unknown, may have)
 * the same key, and no spread in the object may supply it. Without this, "remove `x`" could expose
 * an earlier `x` (a duplicate key, a spread base object) instead of dropping the field.
 */
export function removalUnsetsKey(property: TSESTree.Property, evaluator: Evaluator): boolean {
  const object = property.parent;
  if (object.type !== "ObjectExpression") return false;
  const key = propertyKeyName(property);
  if (key === undefined) return false;
  for (const element of object.properties) {
    if (element === property) continue;
    if (element.type === "SpreadElement") {
      if (!isNullish(get(evaluator.evaluate(element.argument), key))) return false;
      continue;
    }
    const name = propertyKeyName(element);
    if (name === undefined || name === key) return false;
  }
  return true;
}

/**
 * The property `key` of an object value when it is written directly in the object literal the
 * value was read from (not in a spread base object, which other code may share) and removing it
 * certainly leaves the key unset (`removalUnsetsKey`); undefined otherwise.
 */
export function removableProperty(object: Value, key: string, evaluator: Evaluator): TSESTree.Property | undefined {
  if (object.kind !== "object" || object.node.type !== "ObjectExpression") return undefined;
  const node = propOf(object, key)?.node;
  if (node?.type !== "Property" || node.parent !== object.node) return undefined;
  return removalUnsetsKey(node, evaluator) ? node : undefined;
}

// ---- adding a property --------------------------------------------------------------------------

/**
 * Appends `text` (a property, `key: value`) as the last element of an object literal, where it
 * wins over any spread. Follows the object's layout:
 *
 * - `{}` → `{ text }`;
 * - single line: `{ a: 1 }` → `{ a: 1, text }`; `{ a: 1, }` → `{ a: 1, text, }`;
 * - one element per line: a new line indented like the last element's, with a trailing comma when
 *   the object has one: `{\n  a: 1,\n}` → `{\n  a: 1,\n  text,\n}`, `{\n  a: 1\n}` → `{\n  a: 1,\n  text\n}`;
 * - comments after the last element stay with it: the new line goes after them.
 */
export function appendProperty(sourceCode: SourceCode, object: TSESTree.ObjectExpression, text: string): Edit {
  return (fixer) => {
    const edit = appendEdit(sourceCode, object, text);
    return fixer.replaceTextRange(edit.range, edit.text);
  };
}

function appendEdit(sourceCode: SourceCode, object: TSESTree.ObjectExpression, text: string): { range: Range; text: string } {
  const source = sourceCode.text;
  const eol = lineEnding(source);
  const open = sourceCode.getFirstToken(object);
  const close = sourceCode.getLastToken(object);
  if (!open || !close) return { range: [object.range[1], object.range[1]], text: "" };
  const openIndent = lineIndentation(sourceCode, open.loc.start.line);
  // The last token or comment before the closing brace: the new property goes after it.
  const anchor = sourceCode.getTokenBefore(close, { includeComments: true }) ?? open;
  const multiline = close.loc.start.line > anchor.loc.end.line;
  const last = object.properties[object.properties.length - 1];

  if (!last) {
    if (anchor === open || anchor.range[0] === open.range[0]) return { range: [open.range[1], close.range[0]], text: ` ${text} ` };
    // Only comments inside: keep them, the property goes after them.
    if (!multiline) return { range: [anchor.range[1], anchor.range[1]], text: ` ${text}` };
    const ownLine = sourceCode.getTokenBefore(anchor, { includeComments: true })?.loc.end.line !== anchor.loc.start.line;
    const indent = ownLine ? lineIndentation(sourceCode, anchor.loc.start.line) : openIndent + INDENT_STEP;
    return { range: [anchor.range[1], anchor.range[1]], text: `${eol}${indent}${text}` };
  }

  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after !== null && isComma(after);
  if (!multiline) {
    // `{ a: 1, }` → `{ a: 1, text, }`; `{ a: 1 }` → `{ a: 1, text }`.
    if (trailingComma) return { range: [after.range[1], after.range[1]], text: ` ${text},` };
    return { range: [last.range[1], last.range[1]], text: `, ${text}` };
  }
  const indent =
    last.loc.start.line === open.loc.start.line ? openIndent + INDENT_STEP : lineIndentation(sourceCode, last.loc.start.line);
  if (trailingComma) return { range: [anchor.range[1], anchor.range[1]], text: `${eol}${indent}${text},` };
  // No trailing comma: one goes after the last element, the new line after whatever follows it.
  const between = source.slice(last.range[1], anchor.range[1]);
  return { range: [last.range[1], anchor.range[1]], text: `,${between}${eol}${indent}${text}` };
}

// ---- renaming a key -----------------------------------------------------------------------------

/**
 * Renames the key of a property to `name`, keeping its value (and, for methods and accessors, the
 * rest of the definition): `a: v` → `name: v`; `["a"]: v` → `name: v`; `{ a }` → `{ name: a }`;
 * `"a": v` → `"name": v` (a string key stays quoted). A name that is not an identifier is quoted.
 */
export function renameKey(sourceCode: SourceCode, property: TSESTree.Property, name: string): Edit {
  return (fixer) => {
    const identifier = /^[A-Za-z_$][\w$]*$/.test(name);
    const key = property.key;
    if (property.shorthand && property.kind === "init" && !property.method) {
      return fixer.insertTextBefore(property, `${identifier ? name : JSON.stringify(name)}: `);
    }
    let range: Range = key.range;
    let text = identifier ? name : JSON.stringify(name);
    if (property.computed) {
      const open = sourceCode.getTokenBefore(key, (t) => t.value === "[");
      const close = sourceCode.getTokenAfter(key, (t) => t.value === "]");
      if (open && close) range = [open.range[0], close.range[1]];
    } else if (key.type === "Literal" && typeof key.value === "string") {
      const quote = sourceCode.getText(key)[0] === "'" ? "'" : '"';
      const escaped = name.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), `\\${quote}`);
      text = `${quote}${escaped}${quote}`;
    }
    return fixer.replaceTextRange(range, text);
  };
}

// ---- helpers ------------------------------------------------------------------------------------

function isComma(token: Token): boolean {
  return token.type === "Punctuator" && token.value === ",";
}

function isComment(token: Token): boolean {
  return token.type === "Line" || token.type === "Block";
}

function within(inner: Range, outer: Range): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

function newlines(whitespace: string): number {
  let n = 0;
  for (const c of whitespace) if (c === "\n") n++;
  return n;
}

/** The indentation at the end of a whitespace run (after its last line break). */
function indentation(whitespace: string): string {
  return whitespace.slice(whitespace.lastIndexOf("\n") + 1);
}

/** A whitespace run with the spaces at the ends of its lines dropped. */
function lineBreak(whitespace: string, eol: string): string {
  const count = newlines(whitespace);
  return count === 0 ? whitespace : eol.repeat(count) + indentation(whitespace);
}

/** The line break the file uses. */
function lineEnding(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The leading whitespace of a source line (1-based). */
function lineIndentation(sourceCode: SourceCode, line: number): string {
  return /^\s*/.exec(sourceCode.lines[line - 1] ?? "")?.[0] ?? "";
}
