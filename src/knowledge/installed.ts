/**
 * The packages a linted file would load: found from the file's folder the way Node resolves a bare
 * import (each `node_modules` up the folder tree; symlinked layouts such as pnpm's followed to the
 * real folder), then read once per process per package root. The SDK's `exports` map hides
 * `package.json`, so nothing here asks Node's resolver.
 *
 * Never throws and never touches the network: a folder, file or field that cannot be read leaves
 * the answer undefined, and the plugin's own tables decide alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { guard } from "../kit/guard";
import { CHANGELOG_HEAD, SDK_FILES, readSdkFacts, versionOf, type SdkFacts } from "./sdk-facts";
import { SDK_SNAPSHOT } from "./sdk-snapshot";

/** The packages whose version or knowledge a lint may read. */
export const SDK_PACKAGE = "@anthropic-ai/sdk";
export const CLOUD_PACKAGES = ["@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk", "@anthropic-ai/foundry-sdk"] as const;

/** Per package name: folder → the package root Node would load from there (null: none). */
const roots = new Map<string, Map<string, string | null>>();
/** Package root → what its files say (null: unreadable). */
const factsByRoot = new Map<string, SdkFacts | null>();
/** Package root → its version (null: unreadable). */
const versionByRoot = new Map<string, string | null>();

/** The folder a linted file lives in; the working directory for text without a file (`<input>`). */
export function fileDirectory(filename: string | undefined, cwd: string | undefined): string {
  if (filename && path.isAbsolute(filename)) return path.dirname(filename);
  return cwd ?? process.cwd();
}

/** How many package roots were read from disk since the last reset (tests count work, not time). */
export const installedStats = { rootsRead: 0, directoriesProbed: 0, declarationsParsed: 0 };

/** Forget every cached answer (tests build fixture projects one after another). */
export function resetInstalledCache(): void {
  roots.clear();
  factsByRoot.clear();
  versionByRoot.clear();
  installedStats.rootsRead = 0;
  installedStats.directoriesProbed = 0;
  installedStats.declarationsParsed = 0;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    // expected: a folder we may not read (permissions, a broken link)
    return false;
  }
}

/**
 * The root folder of `pkg` as Node would find it from `dir`: `dir/node_modules/pkg`, then the
 * same in each parent folder. Cached for every folder on the way, so a project's files cost one
 * walk in all.
 */
export function packageRoot(dir: string, pkg: string): string | undefined {
  let byDir = roots.get(pkg);
  if (!byDir) roots.set(pkg, (byDir = new Map()));
  const visited: string[] = [];
  let found: string | null = null;
  for (let d = path.resolve(dir); ; ) {
    const cached = byDir.get(d);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(d);
    installedStats.directoriesProbed++;
    // A package never resolves from inside its own node_modules folder name.
    if (path.basename(d) !== "node_modules") {
      const candidate = path.join(d, "node_modules", ...pkg.split("/"));
      if (isDirectory(candidate)) {
        found = realpath(candidate);
        break;
      }
    }
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const d of visited) byDir.set(d, found);
  return found ?? undefined;
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    // expected: a link that cannot be followed; the path as found is still the package
    return p;
  }
}

/** A reader of a package's files; the CHANGELOG is read only as far as its newest heading. */
function fileReader(root: string): (relative: string) => string | undefined {
  return (relative) => {
    const file = path.join(root, relative);
    try {
      if (relative === SDK_FILES.changelog[0]) {
        const fd = fs.openSync(file, "r");
        try {
          const buffer = Buffer.alloc(CHANGELOG_HEAD);
          const n = fs.readSync(fd, buffer, 0, CHANGELOG_HEAD, 0);
          return buffer.toString("utf8", 0, n);
        } finally {
          fs.closeSync(fd);
        }
      }
      return fs.readFileSync(file, "utf8");
    } catch {
      // expected: a file this SDK version does not have, or cannot be read
      return undefined;
    }
  };
}

/**
 * What the SDK at `root` says (once per root). The release the plugin's snapshot was generated
 * from says what the snapshot says (`tests/knowledge/snapshot.test.ts` holds them equal), so only
 * its `package.json` is read; any other version is read in full.
 */
export function sdkFactsAt(root: string): SdkFacts | undefined {
  let facts = factsByRoot.get(root);
  if (facts === undefined) {
    installedStats.rootsRead++;
    const version = versionAt(root);
    facts =
      version !== undefined && version === SDK_SNAPSHOT.version
        ? SDK_SNAPSHOT
        : (guard(() => {
            installedStats.declarationsParsed++;
            return readSdkFacts(fileReader(root), { tools: true });
          }, null) ?? null);
    // Something that does not even name its version is not the SDK we know how to read.
    if (facts && facts.version === undefined) facts = null;
    factsByRoot.set(root, facts);
  }
  return facts ?? undefined;
}

/** The version of the package at `root` (once per root). */
export function versionAt(root: string): string | undefined {
  let version = versionByRoot.get(root);
  if (version === undefined) {
    version = guard(() => versionOf(fileReader(root)("package.json")), undefined) ?? null;
    versionByRoot.set(root, version);
  }
  return version ?? undefined;
}

/**
 * The root of the `@anthropic-ai/sdk` a file in `dir` runs with: its own resolution, or, in a
 * strict layout where the file depends only on a cloud client, the SDK that client resolves.
 */
export function sdkRootFor(dir: string): string | undefined {
  const own = packageRoot(dir, SDK_PACKAGE);
  if (own) return own;
  for (const cloud of CLOUD_PACKAGES) {
    const cloudRoot = packageRoot(dir, cloud);
    const viaCloud = cloudRoot ? packageRoot(cloudRoot, SDK_PACKAGE) : undefined;
    if (viaCloud) return viaCloud;
  }
  return undefined;
}

/** The installed SDK's knowledge for a file in `dir`, or undefined. */
export function installedSdkFacts(dir: string): SdkFacts | undefined {
  const root = guard(() => sdkRootFor(dir), undefined);
  return root ? sdkFactsAt(root) : undefined;
}

/** The installed version of any package for a file in `dir`, or undefined. */
export function installedVersion(dir: string, pkg: string): string | undefined {
  const root = guard(() => packageRoot(dir, pkg), undefined);
  return root ? versionAt(root) : undefined;
}
