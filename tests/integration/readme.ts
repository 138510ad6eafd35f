/**
 * The README's install lines and config snippets, read from README.md itself so that the tests
 * run what a newcomer copies.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers";

export interface CodeBlock {
  /** The info string after the opening fence (`sh`, `js`, `json`). */
  lang: string;
  code: string;
}

function readme(): string {
  return readFileSync(join(ROOT, "README.md"), "utf8");
}

/**
 * The text of the section whose heading (any level) is exactly `title`, up to the next heading of
 * the same or a higher level (a `#` line inside a code block is not a heading).
 */
export function readmeSection(title: string): string {
  const lines = readme().split("\n");
  let level = 0;
  let start = -1;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith("```")) inFence = !inFence;
    const h = inFence ? null : /^(#{1,6}) (.*)$/.exec(lines[i]);
    if (!h) continue;
    if (start < 0 && h[2].trim() === title) {
      level = h[1].length;
      start = i + 1;
    } else if (start >= 0 && h[1].length <= level) {
      return lines.slice(start, i).join("\n");
    }
  }
  if (start < 0) throw new Error(`README.md has no section "${title}"`);
  return lines.slice(start).join("\n");
}

/** The fenced code blocks of a text, in order. */
export function codeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) blocks.push({ lang: m[1], code: m[2] });
  return blocks;
}

/** The one code block of a section whose code starts with (or whose language is) the given text. */
export function readmeBlock(section: string, first: { lang?: string; startsWith?: string }): string {
  const found = codeBlocks(readmeSection(section)).filter(
    (b) => (first.lang === undefined || b.lang === first.lang) && (first.startsWith === undefined || b.code.startsWith(first.startsWith)),
  );
  if (found.length === 0) throw new Error(`README.md, section "${section}": no code block ${JSON.stringify(first)}`);
  return found[0].code;
}

/** An install command of the README, split into its words. */
export interface InstallLine {
  manager: "npm" | "pnpm" | "yarn";
  /** The words after the command and its dev flag: the package specs. */
  packages: string[];
  line: string;
}

/** The install lines of the README's code block whose first line is the given comment. */
export function readmeInstallLines(section: string, comment: string): InstallLine[] {
  const code = readmeBlock(section, { lang: "sh", startsWith: comment });
  return code
    .split("\n")
    .filter((line) => /^(npm|pnpm|yarn) /.test(line))
    .map((line) => {
      const words = line.split(/\s+/).filter(Boolean);
      const manager = words[0] as InstallLine["manager"];
      return { manager, line, packages: words.slice(1).filter((w) => !/^(install|add|--save-dev|--dev|-D)$/.test(w)) };
    });
}
