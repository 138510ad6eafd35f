/**
 * What an `@anthropic-ai/sdk` package says about the API, read from its published files: its
 * version and release date, the `Model` union, the deprecation map, the request fields of each
 * Messages method, the server tool types, the SDK's own non-streaming caps and string formats.
 *
 * One reader for three callers: the lint-time reading of the user's installed SDK
 * (`installed.ts`), `npm run sync-sdk` (which regenerates `sdk-snapshot.ts` from the newest
 * release), and the tests that hold the snapshot against the devDependency SDK. The reader gets
 * file text through a callback, so it never touches the file system itself and never throws: a
 * file or a declaration it cannot find leaves that part `undefined`.
 *
 * The parsing is a small scanner over TypeScript declaration text: it skips comments and string
 * literals while it matches braces, and every regular expression is anchored and linear.
 */

/** The request-field lists of the four Messages parameter interfaces. */
export interface SdkFields {
  /** `MessageCreateParamsBase` (create, stream, parse, batch params). */
  readonly create?: readonly string[];
  /** `MessageCountTokensParams`. */
  readonly countTokens?: readonly string[];
  /** The beta `MessageCreateParamsBase`. */
  readonly betaCreate?: readonly string[];
  /** The beta `MessageCountTokensParams`. */
  readonly betaCountTokens?: readonly string[];
}

/** Server tool `type` tags → the fixed tool `name` (null for a toolset, which has none). */
export type ServerToolTypes = Readonly<Record<string, string | null>>;

export interface SdkFacts {
  /** `package.json` version. */
  readonly version?: string;
  /** The release date of that version, `YYYY-MM-DD`, from the CHANGELOG heading. */
  readonly released?: string;
  /** The string literals of `export type Model = … | (string & {})`. */
  readonly models?: readonly string[];
  /** `DEPRECATED_MODELS`: id → end-of-life date as the SDK writes it ("November 30th, 2026"). */
  readonly deprecated?: Readonly<Record<string, string>>;
  /** `MODELS_TO_WARN_WITH_THINKING_ENABLED`: `enabled` thinking still works there (with a warning). */
  readonly thinkingEnabledWarn?: readonly string[];
  readonly fields: SdkFields;
  /** The server tool members of `ToolUnion` (GA) and `BetaToolUnion` (beta). */
  readonly serverTools: { readonly ga?: ServerToolTypes; readonly beta?: ServerToolTypes };
  /** `MODEL_NONSTREAMING_TOKENS`: exact model strings → the largest non-streaming `max_tokens`. */
  readonly nonStreamingCaps?: Readonly<Record<string, number>>;
  /** `SUPPORTED_STRING_FORMATS` of the output-format helpers. */
  readonly stringFormats?: readonly string[];
}

/** Reads a file of the package by its path relative to the package root; undefined when absent. */
export type ReadPackageFile = (relative: string) => string | undefined;

/** Where each fact lives, newest layout first (1.x and late 0.x; 0.60-era; 0.30-era). */
export const SDK_FILES = {
  packageJson: ["package.json"],
  changelog: ["CHANGELOG.md"],
  messages: ["resources/messages/messages.d.ts", "resources/messages.d.ts"],
  betaMessages: ["resources/beta/messages/messages.d.ts", "resources/beta/messages.d.ts"],
  deprecated: ["internal/data/deprecated-models.js", "resources/messages/messages.js", "resources/messages.js"],
  thinkingWarn: ["internal/data/models-to-warn-with-thinking-enabled.js"],
  constants: ["internal/constants.js"],
  jsonSchema: ["lib/transform-json-schema.js"],
} as const;

/** Only this much of a CHANGELOG is read: the newest release's heading is at its top. */
export const CHANGELOG_HEAD = 4096;

function first(read: ReadPackageFile, candidates: readonly string[]): string | undefined {
  for (const file of candidates) {
    const text = read(file);
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Everything the package's files say. `what` limits the work to the parts a caller needs (the
 * lint-time reader needs neither the tool tables nor the helpers' lists).
 */
export function readSdkFacts(read: ReadPackageFile, what: { tools?: boolean; helpers?: boolean } = {}): SdkFacts {
  const version = versionOf(first(read, SDK_FILES.packageJson));
  const changelog = first(read, SDK_FILES.changelog);
  const messages = first(read, SDK_FILES.messages);
  const beta = first(read, SDK_FILES.betaMessages);
  const deprecatedSource = first(read, SDK_FILES.deprecated);
  const out: {
    -readonly [K in keyof SdkFacts]: SdkFacts[K];
  } = {
    version,
    released: version !== undefined && changelog !== undefined ? releaseDate(changelog.slice(0, CHANGELOG_HEAD), version) : undefined,
    models: messages !== undefined ? stringUnion(messages, "Model") : undefined,
    deprecated: deprecatedSource !== undefined ? stringRecord(deprecatedSource, "DEPRECATED_MODELS") : undefined,
    fields: {
      create: messages !== undefined ? interfaceKeys(messages, "MessageCreateParamsBase") : undefined,
      countTokens: messages !== undefined ? interfaceKeys(messages, "MessageCountTokensParams") : undefined,
      betaCreate: beta !== undefined ? interfaceKeys(beta, "MessageCreateParamsBase") : undefined,
      betaCountTokens: beta !== undefined ? interfaceKeys(beta, "MessageCountTokensParams") : undefined,
    },
    serverTools: {},
  };
  if (what.tools) {
    out.serverTools = {
      ga: messages !== undefined ? serverToolTypes(messages, "ToolUnion") : undefined,
      beta: beta !== undefined ? serverToolTypes(beta, "BetaToolUnion") : undefined,
    };
  }
  if (what.helpers) {
    const warn = first(read, SDK_FILES.thinkingWarn);
    out.thinkingEnabledWarn = warn !== undefined ? stringList(warn, "MODELS_TO_WARN_WITH_THINKING_ENABLED") : undefined;
    const constants = first(read, SDK_FILES.constants);
    out.nonStreamingCaps = constants !== undefined ? numberRecord(constants, "MODEL_NONSTREAMING_TOKENS") : undefined;
    const schema = first(read, SDK_FILES.jsonSchema);
    out.stringFormats = schema !== undefined ? stringList(schema, "SUPPORTED_STRING_FORMATS") : undefined;
  }
  return out;
}

/** The `version` of a package.json text. */
export function versionOf(packageJson: string | undefined): string | undefined {
  if (packageJson === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(packageJson);
    const version = (parsed as { version?: unknown } | null)?.version;
    return typeof version === "string" ? version : undefined;
  } catch {
    // expected: a package.json that is not JSON
    return undefined;
  }
}

/** `## [1.17.0](…) (2026-12-03)` or `## 0.60.0 (2025-08-13)`: the date of `version`'s heading. */
export function releaseDate(changelog: string, version: string): string | undefined {
  for (const line of changelog.split("\n")) {
    if (!line.startsWith("## ")) continue;
    const rest = line.slice(3);
    const named = rest.startsWith(`[${version}]`) || rest.startsWith(`${version} `);
    if (!named) continue;
    const m = /\((\d{4}-\d{2}-\d{2})\)\s*$/.exec(rest);
    return m ? m[1] : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// A scanner for declaration text
// ---------------------------------------------------------------------------------------------

/** The index after a comment or string literal starting at `i`, or `i` when none starts there. */
function skipTrivia(text: string, i: number): number {
  const c = text[i];
  if (c === "/" && text[i + 1] === "/") {
    const end = text.indexOf("\n", i);
    return end < 0 ? text.length : end + 1;
  }
  if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (c === "'" || c === '"' || c === "`") {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "\\") j++;
      else if (text[j] === c) return j + 1;
    }
    return text.length;
  }
  return i;
}

const OPEN = "{[(<";
const CLOSE = "}])>";

/**
 * Split `text[start, end)` at `separator` characters that stand at nesting depth 0 (outside
 * brackets, comments and strings). `=>` does not close a `<`.
 */
function splitTopLevel(text: string, start: number, end: number, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; ) {
    const after = skipTrivia(text, i);
    if (after !== i) {
      i = after;
      continue;
    }
    const c = text[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && !(c === ">" && text[i - 1] === "=")) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(c)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
    i++;
  }
  parts.push(text.slice(from, end));
  return parts;
}

/**
 * Scan code from `from`, outside comments and strings, tracking bracket depth; `stop(c, depth)` is
 * asked at each other character (depth after it) and ends the scan at its index when true.
 */
function scanCode(text: string, from: number, stop: (c: string, depth: number) => boolean): number {
  let depth = 0;
  for (let i = from; i < text.length; ) {
    const after = skipTrivia(text, i);
    if (after !== i) {
      i = after;
      continue;
    }
    const c = text[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    if (stop(c, depth)) return i;
    i++;
  }
  return -1;
}

/** The index of the bracket closing the one at `open`, or -1. */
function matching(text: string, open: number): number {
  return scanCode(text, open, (c, depth) => depth === 0 && (c === "}" || c === "]" || c === ")"));
}

/** The index right after `keyword name` where `name` is a whole word, outside comments, or -1. */
function findDeclaration(text: string, keyword: string, name: string): number {
  const needle = `${keyword} ${name}`;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = at === 0 ? " " : text[at - 1];
    const after = text[at + needle.length] ?? "";
    if (!/[\s;{}]/.test(before) || !/[\s<{=]/.test(after) || inComment(text, at)) continue;
    return at + needle.length;
  }
  return -1;
}

/** True when `at` lies in a block comment or after `//` on its line. */
function inComment(text: string, at: number): boolean {
  if (text.lastIndexOf("/*", at) > text.lastIndexOf("*/", at)) return true;
  const lineStart = text.lastIndexOf("\n", at) + 1;
  return text.slice(lineStart, at).includes("//");
}

/** The string literal a type text is, when it is one (`'a'`, `"a"`). */
function literal(typeText: string): string | undefined {
  const t = typeText.trim();
  const m = /^'([^'\\]*)'$/.exec(t) ?? /^"([^"\\]*)"$/.exec(t);
  return m ? m[1] : undefined;
}

/** The string-literal members of `type name = A | 'b' | …;`. */
export function stringUnion(text: string, name: string): string[] | undefined {
  const at = findDeclaration(text, "type", name);
  if (at < 0) return undefined;
  const eq = text.indexOf("=", at);
  if (eq < 0) return undefined;
  const parts = splitTopLevel(text, eq + 1, statementEnd(text, eq + 1), "|");
  const out: string[] = [];
  for (const p of parts) {
    const s = literal(p);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** The end (index of `;`) of a statement starting at `from`, at nesting depth 0. */
function statementEnd(text: string, from: number): number {
  const end = scanCode(text, from, (c, depth) => c === ";" && depth === 0);
  return end < 0 ? text.length : end;
}

/** The members of `interface name {…}`: key → type text (declaration order kept). */
export function interfaceMembers(text: string, name: string): Map<string, string> | undefined {
  const at = findDeclaration(text, "interface", name);
  if (at < 0) return undefined;
  const open = text.indexOf("{", at);
  const close = open < 0 ? -1 : matching(text, open);
  if (close < 0) return undefined;
  const members = new Map<string, string>();
  for (const raw of splitTopLevel(text, open + 1, close, ";")) {
    const member = stripLeadingTrivia(raw);
    const m = /^(?:readonly\s+)?([A-Za-z_$][\w$]*|'[^']*'|"[^"]*")\??\s*:/.exec(member);
    if (!m) continue;
    const key = m[1].startsWith("'") || m[1].startsWith('"') ? m[1].slice(1, -1) : m[1];
    members.set(key, member.slice(m[0].length).trim());
  }
  return members;
}

function stripLeadingTrivia(text: string): string {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const after = skipTrivia(text, i);
    if (after === i || text[i] === "'" || text[i] === '"' || text[i] === "`") return text.slice(i);
    i = after;
  }
}

/** The member names of an interface. */
export function interfaceKeys(text: string, name: string): string[] | undefined {
  const members = interfaceMembers(text, name);
  return members ? [...members.keys()] : undefined;
}

/**
 * The server tools of a tool union (`ToolUnion`): every member interface with a string-literal
 * `type` other than `custom`, each type tag with the interface's literal `name` (null when the
 * tool has none, as toolsets).
 */
export function serverToolTypes(text: string, unionName: string): Record<string, string | null> | undefined {
  const at = findDeclaration(text, "type", unionName);
  if (at < 0) return undefined;
  const eq = text.indexOf("=", at);
  const out: Record<string, string | null> = {};
  for (const part of splitTopLevel(text, eq + 1, statementEnd(text, eq + 1), "|")) {
    const iface = part.trim();
    if (!/^[A-Za-z_$][\w$]*$/.test(iface)) continue;
    const members = interfaceMembers(text, iface);
    const typeText = members?.get("type");
    if (!members || typeText === undefined) continue;
    const nameText = members.get("name");
    const toolName = nameText !== undefined ? (literal(nameText) ?? null) : null;
    for (const t of splitTopLevel(typeText, 0, typeText.length, "|")) {
      const tag = literal(t);
      if (tag !== undefined && tag !== "custom") out[tag] = toolName;
    }
  }
  return out;
}

/** The object literal assigned to `name` (`name = {` … `}`), as the text between the braces. */
function assignedLiteral(text: string, name: string, open: "{" | "["): string | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let i = at + name.length;
    while (text[i] === " ") i++;
    if (text[i] !== "=") continue;
    i++;
    while (text[i] === " " || text[i] === "\n") i++;
    if (open === "[" && text.startsWith("new Set(", i)) i += "new Set(".length;
    if (text[i] !== open) continue;
    const close = matching(text, i);
    return close < 0 ? undefined : text.slice(i + 1, close);
  }
  return undefined;
}

/** `name = { 'key': value, … }` → the pairs whose key is a string literal and whose value `parse` reads. */
function record<T>(text: string, name: string, parse: (value: string) => T | undefined): Record<string, T> | undefined {
  const body = assignedLiteral(text, name, "{");
  if (body === undefined) return undefined;
  const out: Record<string, T> = {};
  for (const entry of splitTopLevel(body, 0, body.length, ",")) {
    const [k, v] = splitTopLevel(entry, 0, entry.length, ":");
    const key = k !== undefined ? literal(k) : undefined;
    const value = v !== undefined ? parse(v) : undefined;
    if (key !== undefined && value !== undefined) out[key] = value;
  }
  return out;
}

/** `name = { 'key': 'value', … }` → the string pairs. */
export function stringRecord(text: string, name: string): Record<string, string> | undefined {
  return record(text, name, literal);
}

/** `name = { 'key': 123, … }` → the number pairs. */
export function numberRecord(text: string, name: string): Record<string, number> | undefined {
  return record(text, name, (v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : undefined));
}

/** `name = [ 'a', … ]` or `name = new Set([ 'a', … ])` → the strings. */
export function stringList(text: string, name: string): string[] | undefined {
  const body = assignedLiteral(text, name, "[");
  if (body === undefined) return undefined;
  const out: string[] = [];
  for (const entry of splitTopLevel(body, 0, body.length, ",")) {
    const s = literal(entry);
    if (s !== undefined) out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Versions and dates
// ---------------------------------------------------------------------------------------------

/** Compare two `x.y.z` versions (pre-release tags compare below the release); NaN parts as 0. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string): [number[], string] => {
    const dash = v.indexOf("-");
    const core = dash < 0 ? v : v.slice(0, dash);
    return [core.split(".").map((p) => Number(p) || 0), dash < 0 ? "" : v.slice(dash + 1)];
  };
  const [ac, ap] = parse(a);
  const [bc, bp] = parse(b);
  for (let i = 0; i < Math.max(ac.length, bc.length); i++) {
    const d = (ac[i] ?? 0) - (bc[i] ?? 0);
    if (d !== 0) return d;
  }
  if (ap === bp) return 0;
  if (ap === "") return 1;
  if (bp === "") return -1;
  return ap < bp ? -1 : 1;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * A day as a sortable number `YYYYMMDD`, from the SDK's wording ("November 30th, 2026",
 * "October 22, 2025") or from `YYYY-MM-DD`; undefined when the text is neither.
 */
export function dayNumber(text: string): number | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = /^([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?, (\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  return month > 0 ? validDay(Number(m[3]), month, Number(m[2])) : undefined;
}

function validDay(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return year * 10_000 + month * 100 + day;
}

/** Today (UTC) as `YYYYMMDD`. */
export function today(now: Date = new Date()): number {
  return now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
}
