/**
 * Reading the rule pages under docs/rules/ for the contract tests: the list of pages, the sections
 * of a page, and the code examples of its "Examples" section with their conventions (see
 * CONTRIBUTING.md, "Docs examples"):
 *
 * - `## Examples` holds `### ❌ Incorrect` and then `### ✅ Correct`, each with one or more fenced
 *   blocks tagged `ts` or `js` (and nothing else fenced);
 * - each block is a whole module: it imports the SDK and builds the clients it uses;
 * - a line of a ❌ block that the rule reports on ends with a `// ✗` comment (optionally followed
 *   by words: `// ✗ no additionalProperties: false`); a line reported twice carries `// ✗ ✗`;
 * - an HTML comment `<!-- options: JSON -->` right before a block (blank lines allowed) gives the
 *   rule's options for that block: a JSON object (the rule's first option) or a JSON array (every
 *   option, as written after the severity in a config). Without it, the rule runs with its
 *   default options, as `configs.all` enables it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");

/** The eslint-doc-generator markers every rule page carries (the title line, the header's end). */
export const HEADER_END = "<!-- end auto-generated rule header -->";

/** Names of the files of a folder with an extension, without it, sorted. */
export function namesIn(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => basename(f, suffix))
    .sort();
}

export function rulePages(root: string = ROOT): string[] {
  return namesIn(join(root, "docs/rules"), ".md");
}

export function readPage(name: string, root: string = ROOT): string {
  return readFileSync(join(root, "docs/rules", `${name}.md`), "utf8");
}

export interface Heading {
  readonly level: number;
  readonly title: string;
  /** 1-based line number in the page. */
  readonly line: number;
}

/** The headings of a markdown text, outside fenced code. */
export function headings(markdown: string): Heading[] {
  const out: Heading[] = [];
  let fenced = false;
  markdown.split("\n").forEach((text, i) => {
    if (/^```/.test(text)) fenced = !fenced;
    if (fenced) return;
    const m = /^(#{1,6}) +(.*?)\s*$/.exec(text);
    if (m) out.push({ level: m[1].length, title: m[2], line: i + 1 });
  });
  return out;
}

export type ExampleKind = "incorrect" | "correct";

export const EXAMPLE_HEADINGS: Record<ExampleKind, string> = {
  incorrect: "❌ Incorrect",
  correct: "✅ Correct",
};

/** The languages an example block may be written in, and the file extension it is linted as. */
export const EXAMPLE_LANGUAGES: Record<string, string> = { ts: ".ts", js: ".js" };

export interface Example {
  readonly kind: ExampleKind;
  readonly lang: string;
  readonly code: string;
  /** 1-based line number of the block's first code line in the page. */
  readonly line: number;
  /** The rule's options from an `<!-- options: … -->` comment, or undefined for the defaults. */
  readonly options: unknown[] | undefined;
}

export interface Examples {
  readonly examples: Example[];
  /** What is wrong with the section's structure (empty when it follows the conventions). */
  readonly problems: string[];
}

const OPTIONS_COMMENT = /^<!--\s*options:\s*([\s\S]*?)\s*-->$/;

/** A marker `// ✗`, `// ✗ ✗`, … (optionally followed by words): how many reports the line gets. */
export function markerCount(line: string): number {
  const m = /\/\/\s*((?:✗\s*)+)/.exec(line);
  return m ? (m[1].match(/✗/g) ?? []).length : 0;
}

/** The examples of a page's `## Examples` section, and what breaks its conventions. */
export function parseExamples(markdown: string): Examples {
  const lines = markdown.split("\n");
  const problems: string[] = [];
  const examples: Example[] = [];
  const start = lines.findIndex((l) => /^## Examples\s*$/.test(l));
  if (start < 0) return { examples, problems: ['no "## Examples" section'] };
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^```/.test(lines[i])) {
      // skip fenced code
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++);
      continue;
    }
    if (/^#{1,2} /.test(lines[i])) {
      end = i;
      break;
    }
  }
  let kind: ExampleKind | undefined;
  const order: ExampleKind[] = [];
  let pendingOptions: { text: string; line: number } | undefined;
  for (let i = start + 1; i < end; i++) {
    const text = lines[i];
    const h = /^(#{3,6}) +(.*?)\s*$/.exec(text);
    if (h) {
      if (pendingOptions) problems.push(`line ${pendingOptions.line}: an options comment not followed by a code block`);
      pendingOptions = undefined;
      const found = (Object.keys(EXAMPLE_HEADINGS) as ExampleKind[]).find((k) => EXAMPLE_HEADINGS[k] === h[2]);
      if (h[1].length !== 3 || !found) {
        problems.push(`line ${i + 1}: "${text}" — the Examples section holds only "### ❌ Incorrect" and "### ✅ Correct"`);
        kind = undefined;
      } else {
        if (order.includes(found)) problems.push(`line ${i + 1}: a second "${text}" heading`);
        order.push(found);
        kind = found;
      }
      continue;
    }
    if (/^<!--/.test(text)) {
      // An HTML comment, possibly spanning lines.
      let j = i;
      while (j < end && !lines[j].includes("-->")) j++;
      const comment = lines.slice(i, j + 1).join("\n").trim();
      const m = OPTIONS_COMMENT.exec(comment);
      if (m) pendingOptions = { text: m[1], line: i + 1 };
      i = j;
      continue;
    }
    const fence = /^```(\S*)\s*$/.exec(text);
    if (fence) {
      let j = i + 1;
      while (j < end && !/^```\s*$/.test(lines[j])) j++;
      if (j >= end) {
        problems.push(`line ${i + 1}: a code block that is not closed`);
        break;
      }
      const lang = fence[1];
      const code = lines.slice(i + 1, j).join("\n") + "\n";
      if (!kind) problems.push(`line ${i + 1}: a code block outside "### ❌ Incorrect" and "### ✅ Correct"`);
      else if (!(lang in EXAMPLE_LANGUAGES)) problems.push(`line ${i + 1}: a code block tagged "${lang}", not ${Object.keys(EXAMPLE_LANGUAGES).join(" or ")}`);
      else {
        let options: unknown[] | undefined;
        if (pendingOptions) {
          try {
            const parsed: unknown = JSON.parse(pendingOptions.text);
            options = Array.isArray(parsed) ? parsed : [parsed];
          } catch {
            problems.push(`line ${pendingOptions.line}: the options comment is not JSON`);
          }
        }
        examples.push({ kind, lang, code, line: i + 2, options });
      }
      pendingOptions = undefined;
      i = j;
      continue;
    }
    if (text.trim() !== "" && pendingOptions) {
      problems.push(`line ${pendingOptions.line}: an options comment not followed by a code block`);
      pendingOptions = undefined;
    }
  }
  if (pendingOptions) problems.push(`line ${pendingOptions.line}: an options comment not followed by a code block`);
  if (order.join() !== "incorrect,correct") problems.push('the Examples section needs "### ❌ Incorrect", then "### ✅ Correct"');
  for (const k of ["incorrect", "correct"] as const) {
    if (!examples.some((e) => e.kind === k)) problems.push(`no code block under "### ${EXAMPLE_HEADINGS[k]}"`);
  }
  for (const e of examples) {
    if (e.kind === "correct" && e.code.split("\n").some((l) => markerCount(l) > 0)) {
      problems.push(`line ${e.line}: a ✅ block with a // ✗ marker`);
    }
  }
  return { examples, problems };
}

/** What a page needs to know of its rule. */
export interface PageRuleFacts {
  readonly description: string;
  readonly fixable: boolean;
  readonly hasSuggestions: boolean;
}

/** The first `##` sections a page may open with: what the rule reports. */
export const OPENING_SECTIONS = ["What fails and why", "What it checks"];

/**
 * What is wrong with a rule page's layout: the eslint-doc-generator header (title, description,
 * end marker), the sections (what it reports first, then Examples, Options, and "When Not To Use
 * It" last; a "Fixes"/"Suggestions" section exactly when the rule fixes or suggests) and the
 * Examples conventions.
 */
export function pageProblems(name: string, markdown: string, rule: PageRuleFacts): string[] {
  const problems: string[] = [];
  const lines = markdown.split("\n");
  if (lines[0] !== `# anthropic/${name}`) problems.push(`the first line is not "# anthropic/${name}"`);
  const end = lines.indexOf(HEADER_END);
  if (end < 0) problems.push(`no "${HEADER_END}" line`);
  const header = end < 0 ? [] : lines.slice(0, end);
  const description = rule.description.endsWith(".") ? rule.description : `${rule.description}.`;
  if (!header.includes(`📝 ${description}`)) problems.push(`the header does not say "📝 ${description}" (run npm run docs)`);
  const sections = headings(markdown).filter((h) => h.level === 2);
  if (end >= 0 && sections.some((h) => h.line <= end + 1)) problems.push("a ## heading inside the auto-generated header");
  const titles = sections.map((h) => h.title);
  if (!OPENING_SECTIONS.includes(titles[0] ?? "")) problems.push(`the first section is not ${OPENING_SECTIONS.map((t) => `"## ${t}"`).join(" or ")}`);
  const at = (title: string): number => titles.indexOf(title);
  for (const title of ["Examples", "Options", "When Not To Use It"]) if (at(title) < 0) problems.push(`no "## ${title}" section`);
  if (at("Examples") >= 0 && at("Options") >= 0 && at("Examples") > at("Options")) problems.push('"## Examples" comes after "## Options"');
  if (at("When Not To Use It") >= 0 && at("When Not To Use It") !== titles.length - 1) problems.push('"## When Not To Use It" is not the last section');
  const fixSection = titles.some((t) => /\b(?:Fixes|Suggestions)\b/.test(t));
  if ((rule.fixable || rule.hasSuggestions) !== fixSection) {
    problems.push(
      fixSection
        ? "a Fixes/Suggestions section for a rule that neither fixes nor suggests"
        : 'no "## Fixes and suggestions" (or "## Fixes", "## Suggestions") section for a rule that fixes or suggests',
    );
  }
  problems.push(...parseExamples(markdown).problems);
  return problems;
}
