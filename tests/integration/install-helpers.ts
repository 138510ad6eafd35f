/**
 * Projects installed the way a user installs the plugin: `npm pack` of this repository (the
 * tarball npm would publish), then `npm install --install-strategy=linked` in a fresh folder with
 * its own package.json — the strict layout of pnpm, where a package sees only what it declares.
 *
 * The versions come from this repository's lock (already in the npm cache after `npm ci`), so an
 * install needs the registry only for what the test deliberately adds (a newer typescript-eslint).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers";

/**
 * The limit of a set-up hook that packs, installs or starts a server: generous, since it only
 * detects a hang (tests never assert on time; a cold npm cache downloads what the lock names).
 */
export const HOOK_TIMEOUT = 600_000;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a child npm or a project's tools: this one without what `npm test` adds
 * (`npm_config_local_prefix` and the rest would point a child npm at this repository), keeping
 * the npm cache and user config.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_globalconfig", "npm_config_registry", "npm_config_cafile"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !keep.has(k.toLowerCase())) continue;
    env[k] = v;
  }
  delete env.ESLINT_USE_FLAT_CONFIG;
  return { ...env, ...extra };
}

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; shell?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { cwd: options.cwd, env: options.env ?? cleanEnv(), shell: options.shell ?? false, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(new Error(`${command} ${args.join(" ")}: ${error.message}\n${stderr}`));
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Runs a command and throws with its output unless it exits 0. */
export async function runOk(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  const r = await run(command, args, options);
  if (r.code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.code} in ${options.cwd}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const rootPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  engines: Record<string, string>;
  files: string[];
};
export { rootPackage };

/** The exact version of one of this repository's devDependencies (`npm:eslint@8.57.1` gives 8.57.1). */
export function devVersion(name: string): string {
  const spec = rootPackage.devDependencies[name];
  if (!spec) throw new Error(`${name} is not a devDependency of this repository`);
  const version = /(?:^|@)(\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(spec)?.[1];
  if (!version) throw new Error(`${name}: "${spec}" is not an exact version`);
  return version;
}

/**
 * Packs this repository with `npm pack` into a new temporary folder and returns the tarball's
 * path. Scripts are skipped: `npm test` has built dist/ already (a user's `npm pack` runs the
 * `prepack` build).
 */
export async function packPlugin(): Promise<{ tarball: string; files: string[] }> {
  const dest = mkdtempSync(join(tmpdir(), "eslint-plugin-anthropic-pack-"));
  const out = await runOk("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dest], { cwd: ROOT });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path).sort() };
}

/** A new project folder with a package.json, under the system's temporary folder. */
export function newProject(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `eslint-plugin-anthropic-${name}-`));
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name, version: "1.0.0", private: true }, null, 2)}\n`);
  return dir;
}

/**
 * `npm install --save-dev --install-strategy=linked SPECS…` in a project, from the npm cache where
 * it can (`--prefer-offline`). A cached package list can be older than a version another
 * package list of the same install names (npm answers ETARGET); then once more with fresh lists.
 */
export async function installLinked(project: string, specs: readonly string[]): Promise<void> {
  const args = ["install", "--save-dev", "--install-strategy=linked", "--no-audit", "--no-fund", ...specs];
  const cached = await run("npm", [...args, "--prefer-offline"], { cwd: project });
  if (cached.code === 0) return;
  if (!/ETARGET|notarget/.test(cached.stderr)) {
    throw new Error(`npm ${args.join(" ")} --prefer-offline exited ${cached.code} in ${project}\n${cached.stdout}\n${cached.stderr}`);
  }
  await runOk("npm", args, { cwd: project });
}

/** The folders of node_modules/.store (the linked layout's one copy per package version) for a package name. */
export function storeCopies(project: string, name: string): string[] {
  const store = join(project, "node_modules/.store");
  const scope = name.startsWith("@") ? name.split("/")[0] : undefined;
  const base = scope ? name.slice(scope.length + 1) : name;
  const dir = scope ? join(store, scope) : store;
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.filter((e) => e.startsWith(`${base}@`)).map((e) => (scope ? `${scope}/${e}` : e));
}

/** Writes files (paths relative to the project) and creates their folders. */
export function writeFiles(project: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const path = join(project, rel);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
}
