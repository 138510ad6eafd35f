/**
 * The plugin's own sources, parsed: every `.ts` file of src/ and rules/ (and the compiled `.js` of
 * dist/src and dist/rules when built), with a generic walk over their ESTree.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";

export const ROOT = resolve(__dirname, "../..");

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly ast: TSESTree.Program;
}

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext) && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();
}

function load(path: string): SourceFile {
  const text = readFileSync(path, "utf8");
  const ast = parse(text, { loc: true, range: true, ecmaVersion: "latest", sourceType: "module" }) as unknown as TSESTree.Program;
  return { file: relative(ROOT, path).split("\\").join("/"), text, ast };
}

/** The TypeScript sources the plugin is built from. */
export function pluginSources(): SourceFile[] {
  return [...filesUnder(join(ROOT, "src"), ".ts"), ...filesUnder(join(ROOT, "rules"), ".ts")].map(load);
}

/** The compiled plugin as published (empty when `npm run build` has not run). */
export function builtSources(): SourceFile[] {
  return [...filesUnder(join(ROOT, "dist/src"), ".js"), ...filesUnder(join(ROOT, "dist/rules"), ".js")].map(load);
}

/** Calls `visit` on every node of `root`, with its ancestors (nearest last). */
export function walk(root: TSESTree.Node, visit: (node: TSESTree.Node, ancestors: readonly TSESTree.Node[]) => void): void {
  const ancestors: TSESTree.Node[] = [];
  const go = (node: TSESTree.Node): void => {
    visit(node, ancestors);
    ancestors.push(node);
    for (const key of Object.keys(node)) {
      if (key === "parent" || key === "loc" || key === "range") continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) go(c);
      } else if (isNode(child)) {
        go(child);
      }
    }
    ancestors.pop();
  };
  go(root);
}

function isNode(x: unknown): x is TSESTree.Node {
  return typeof x === "object" && x !== null && typeof (x as { type?: unknown }).type === "string";
}

/** `file:line` of a node. */
export function where(file: SourceFile, node: TSESTree.Node): string {
  return `${file.file}:${node.loc.start.line}`;
}
