/**
 * Fixture projects for the knowledge tests: a temporary folder with a `node_modules` that holds an
 * `@anthropic-ai/sdk` of our making — the devDependency SDK's own declaration and data files,
 * patched to be a newer (or older, or broken) release — and the source files to lint.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

/** Root folder of the devDependency `@anthropic-ai/sdk` (its `exports` map hides package.json). */
export const DEV_SDK_ROOT = path.dirname(createRequire(__filename).resolve("@anthropic-ai/sdk"));

export function readDevSdk(relative: string): string {
  return readFileSync(path.join(DEV_SDK_ROOT, relative), "utf8");
}

export interface SdkPatch {
  readonly version: string;
  /** `YYYY-MM-DD` for the CHANGELOG heading; none: no CHANGELOG at all. */
  readonly released?: string;
  /** Ids added to / removed from the `Model` union. */
  readonly addModels?: readonly string[];
  readonly removeModels?: readonly string[];
  /** The whole `DEPRECATED_MODELS` map (default: the devDependency SDK's). */
  readonly deprecated?: Readonly<Record<string, string>>;
  /** Optional fields added to the GA `MessageCreateParamsBase`. */
  readonly addCreateFields?: readonly string[];
  /** Beta server tools added to `BetaToolUnion`: type → name. */
  readonly addBetaTools?: Readonly<Record<string, string>>;
}

/** The files of an SDK package made from the devDependency SDK and a patch, by relative path. */
export function patchedSdkFiles(patch: SdkPatch): Record<string, string> {
  let messages = readDevSdk("resources/messages/messages.d.ts");
  const union = /export type Model = ([^;]*);/.exec(messages);
  if (!union) throw new Error("no Model union in the devDependency SDK");
  let members = union[1].split(" | ").filter((m) => !(patch.removeModels ?? []).some((id) => m === `'${id}'`));
  members = [...(patch.addModels ?? []).map((id) => `'${id}'`), ...members];
  messages = messages.replace(union[0], `export type Model = ${members.join(" | ")};`);
  if (patch.addCreateFields?.length) {
    const head = "export interface MessageCreateParamsBase {\n";
    if (!messages.includes(head)) throw new Error("no MessageCreateParamsBase");
    messages = messages.replace(head, head + patch.addCreateFields.map((f) => `    ${f}?: string;\n`).join(""));
  }
  let beta = readDevSdk("resources/beta/messages/messages.d.ts");
  if (patch.addBetaTools) {
    const entries = Object.entries(patch.addBetaTools);
    const names = entries.map(([type]) => `FixtureTool_${type}`);
    beta = beta.replace("export type BetaToolUnion = ", `export type BetaToolUnion = ${names.join(" | ")} | `);
    beta += entries.map(([type, name], i) => `\nexport interface ${names[i]} {\n    name: '${name}';\n    type: '${type}';\n}\n`).join("");
  }
  const deprecated = patch.deprecated ?? (createRequire(__filename)(path.join(DEV_SDK_ROOT, "internal/data/deprecated-models.js")) as { DEPRECATED_MODELS: Record<string, string> }).DEPRECATED_MODELS;
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "@anthropic-ai/sdk", version: patch.version, types: "./index.d.ts", main: "./index.js" }, null, 2),
    "resources/messages/messages.d.ts": messages,
    "resources/beta/messages/messages.d.ts": beta,
    "internal/data/deprecated-models.js": `"use strict";\nexports.DEPRECATED_MODELS = {\n${Object.entries(deprecated)
      .map(([id, date]) => `    '${id}': '${date}',`)
      .join("\n")}\n};\n`,
  };
  if (patch.released) {
    files["CHANGELOG.md"] = `# Changelog\n\n## [${patch.version}](https://example.com/compare/a...b) (${patch.released})\n\n### Features\n\n* something\n`;
  }
  return files;
}

/** A temporary project folder; `remove()` deletes it. */
export interface Project {
  readonly dir: string;
  /** Write a file (folders made as needed); returns its absolute path. */
  write(relative: string, text: string): string;
  remove(): void;
}

export function project(prefix = "anthropic-fixture-"): Project {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(relative, text) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Install package files under `<base>/node_modules/<name>`, or, with `linkFrom`, as a symlink to a copy there (pnpm). */
export function installPackage(p: Project, base: string, name: string, files: Record<string, string>, linkFrom?: string): void {
  const target = linkFrom ?? path.join(base, "node_modules", name);
  for (const [relative, text] of Object.entries(files)) p.write(path.join(target, relative), text);
  if (linkFrom) {
    const link = path.join(p.dir, base, "node_modules", name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(p.dir, linkFrom), link, "dir");
  }
}

/** Copy every `.d.ts` of the devDependency SDK (the whole type graph) to `<project>/<relative>`. */
export function copySdkDeclarations(p: Project, relative: string): void {
  cpSync(DEV_SDK_ROOT, path.join(p.dir, relative), {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(DEV_SDK_ROOT, src).replace(/\\/g, "/");
      if (rel === "src" || rel.startsWith("src/") || rel === "bin" || rel.startsWith("bin/")) return false;
      return !/\.[a-z]+$/.test(rel) || rel.endsWith(".d.ts") || rel === "package.json";
    },
  });
}
