/**
 * Lint-time hygiene: the plugin evaluates code without running it, and never reads files or talks
 * to the network while linting.
 *
 * Static: the sources (src/, rules/) and the compiled plugin (dist/src, dist/rules) contain no
 * `eval`, `Function` constructor, dynamic `import()`, and load no module but their own files and
 * their two dependencies. Two exceptions: `readPackage()` in src/plugin-version.ts, which
 * `require`s "../package.json" or "../../package.json" once, when the module loads, for
 * `meta.version`; and src/knowledge/installed.ts, the one module that may use `node:fs` and
 * `node:path`, to read the user's installed SDK.
 *
 * Run time: with the plugin loaded, `linter.verify` of SDK code (examples/, with fixes) makes no
 * `http(s).request`, `net`/`tls` connection, `fetch`, DNS lookup or child process, writes nothing,
 * and reads nothing but the installed `@anthropic-ai/` packages' known files and the wrapper
 * libraries' `package.json` (their versions; after probing for `node_modules` folders) — once per
 * process: a second pass over the same files touches nothing.
 */
import { createRequire, syncBuiltinESMExports } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { SDK_HEADER, allRulesConfig, lint } from "./lint";
import { ROOT, builtSources, pluginSources, walk, where, type SourceFile } from "./sources";
import { resetInstalledCache } from "../../src/knowledge/installed";
import { SDK_FILES } from "../../src/knowledge/sdk-facts";

/** Packages the plugin may load at run time (its `dependencies`). */
const ALLOWED_PACKAGES = new Set(["@typescript-eslint/utils", "@eslint-community/eslint-utils"]);
/** The one module that may load Node's file-system modules: it reads the user's installed SDK. */
const FS_MODULE = /^(dist\/)?src\/knowledge\/installed\.(ts|js)$/;
const FS_BUILTINS = new Set(["node:fs", "node:path"]);
/** The package.json candidates of `readPackage()` in src/index.ts (and dist/src/index.js). */
const PACKAGE_JSON_CANDIDATES = ["../package.json", "../../package.json"];

interface Finding {
  readonly at: string;
  readonly what: string;
}

function staticString(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

function calleeName(node: TSESTree.Node): string | undefined {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") {
    const obj = calleeName(node.object);
    return obj ? `${obj}.${node.property.name}` : undefined;
  }
  if (node.type === "MemberExpression" && node.computed) {
    const obj = calleeName(node.object);
    const key = staticString(node.property);
    return obj && key ? `${obj}.${key}` : undefined;
  }
  return undefined;
}

/** True for a module specifier the plugin may load: its own files and its dependencies. */
function allowedModule(spec: string, file?: SourceFile): boolean {
  if (file && FS_MODULE.test(file.file) && FS_BUILTINS.has(spec)) return true;
  if (spec.startsWith("./") || spec.startsWith("../")) return !spec.endsWith(".json");
  const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
  return ALLOWED_PACKAGES.has(pkg);
}

/** `require(rel)` inside `readPackage` whose `rel` iterates exactly the two package.json candidates. */
function isReadPackageRequire(file: SourceFile, call: TSESTree.CallExpression, ancestors: readonly TSESTree.Node[]): boolean {
  if (!/^(dist\/)?src\/plugin-version\.(ts|js)$/.test(file.file)) return false;
  const arg = call.arguments[0];
  if (call.arguments.length !== 1 || arg.type !== "Identifier") return false;
  const fn = [...ancestors].reverse().find((a) => a.type === "FunctionDeclaration");
  if (!fn || fn.type !== "FunctionDeclaration" || fn.id?.name !== "readPackage") return false;
  const loop = [...ancestors].reverse().find((a) => a.type === "ForOfStatement");
  if (!loop || loop.type !== "ForOfStatement" || loop.right.type !== "ArrayExpression") return false;
  const decl = loop.left.type === "VariableDeclaration" ? loop.left.declarations[0]?.id : undefined;
  if (!decl || decl.type !== "Identifier" || decl.name !== arg.name) return false;
  const candidates = loop.right.elements.map((e) => (e ? staticString(e) : undefined));
  return JSON.stringify(candidates) === JSON.stringify(PACKAGE_JSON_CANDIDATES);
}

/** Everything in `files` that evaluates code or loads a module other than the allowed ones. */
function scan(files: readonly SourceFile[]): { findings: Finding[]; readPackage: string[] } {
  const findings: Finding[] = [];
  const readPackage: string[] = [];
  for (const file of files) {
    walk(file.ast, (node, ancestors) => {
      const at = where(file, node);
      switch (node.type) {
        case "ImportDeclaration":
          if (node.importKind !== "type" && !allowedModule(node.source.value, file)) findings.push({ at, what: `import from "${node.source.value}"` });
          break;
        case "ExportAllDeclaration":
        case "ExportNamedDeclaration":
          if (node.source && node.exportKind !== "type" && !allowedModule(node.source.value)) findings.push({ at, what: `export from "${node.source.value}"` });
          break;
        case "TSImportEqualsDeclaration":
          if (node.moduleReference.type === "TSExternalModuleReference") {
            const spec = staticString(node.moduleReference.expression);
            if (node.importKind !== "type" && (!spec || !allowedModule(spec))) findings.push({ at, what: `import = require(${spec ?? "?"})` });
          }
          break;
        case "ImportExpression":
          findings.push({ at, what: "dynamic import()" });
          break;
        case "CallExpression":
        case "NewExpression": {
          const name = calleeName(node.callee);
          if (!name) break;
          const last = name.split(".").pop()!;
          if (last === "eval" || name === "Function" || name.endsWith(".Function")) findings.push({ at, what: `${name}(…)` });
          if (/^(setTimeout|setInterval|setImmediate)$/.test(name) && node.arguments[0] && staticString(node.arguments[0]) !== undefined) {
            findings.push({ at, what: `${name} with a string` });
          }
          if (/^(process\.(binding|dlopen|_linkedBinding)|module\.require|Module\._load)$/.test(name)) findings.push({ at, what: `${name}(…)` });
          if (node.type === "CallExpression" && name === "require") {
            const spec = staticString(node.arguments[0]);
            if (spec !== undefined && allowedModule(spec, file)) break; // compiled `import` of an allowed module
            if (isReadPackageRequire(file, node, ancestors)) {
              readPackage.push(at);
              break;
            }
            findings.push({ at, what: `require(${spec === undefined ? "<computed>" : JSON.stringify(spec)})` });
          }
          break;
        }
        case "Identifier":
          // `const e = eval; e(…)`, `globalThis["eval"]`: any reference to eval or the Function constructor.
          if ((node.name === "eval" || node.name === "Function") && !isPropertyName(node, ancestors)) {
            const parent = ancestors[ancestors.length - 1];
            if (!(parent && (parent.type === "CallExpression" || parent.type === "NewExpression") && parent.callee === node)) {
              findings.push({ at, what: `reference to ${node.name}` });
            }
          }
          break;
        case "Literal":
          if (node.value === "eval" || node.value === "Function") {
            const parent = ancestors[ancestors.length - 1];
            if (parent?.type === "MemberExpression" && parent.computed && parent.property === node) findings.push({ at, what: `[${JSON.stringify(node.value)}]` });
          }
          break;
      }
    });
  }
  return { findings, readPackage };
}

function isPropertyName(node: TSESTree.Identifier, ancestors: readonly TSESTree.Node[]): boolean {
  const parent = ancestors[ancestors.length - 1];
  if (!parent) return false;
  if (parent.type === "MemberExpression" && parent.property === node && !parent.computed) return true;
  if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && parent.key === node && !parent.computed) return true;
  if (parent.type.startsWith("TS")) return true; // types: `typeof Function`, interface members
  return false;
}

describe("static scan: no eval, no Function constructor, no module but the plugin's own and its dependencies", () => {
  it("the TypeScript sources (src/, rules/)", () => {
    const files = pluginSources();
    expect(files.length).toBeGreaterThan(20);
    const { findings, readPackage } = scan(files);
    expect(findings).toEqual([]);
    // The one allowed require of a file: readPackage() in src/plugin-version.ts.
    expect(readPackage).toEqual([expect.stringMatching(/^src\/plugin-version\.ts:\d+$/)]);
  });

  it.skipIf(builtSources().length === 0)("the compiled plugin (dist/src, dist/rules)", () => {
    const { findings, readPackage } = scan(builtSources());
    expect(findings).toEqual([]);
    expect(readPackage).toEqual([expect.stringMatching(/^dist\/src\/plugin-version\.js:\d+$/)]);
  });

  it("the scanner finds what it is meant to find", () => {
    const code = [
      'import { readFileSync } from "node:fs";',
      'import * as cp from "child_process";',
      'import type { Agent } from "http";',
      'import x = require("net");',
      "eval('1');",
      "new Function('return 1');",
      "const e = eval;",
      "globalThis['eval']('1');",
      'require("fs");',
      "require(name);",
      'await import("https");',
      "setTimeout('x()', 1);",
      'import { a } from "./local";',
      'import { ESLintUtils } from "@typescript-eslint/utils";',
      'require("./compiled");',
    ].join("\n");
    const ast = (tsParser.parse(code, { loc: true, range: true, ecmaVersion: "latest", sourceType: "module" }) as unknown) as TSESTree.Program;
    const { findings } = scan([{ file: "probe.ts", text: code, ast }]);
    expect(findings.map((f) => `${f.at.split(":")[1]} ${f.what}`)).toEqual([
      '1 import from "node:fs"',
      '2 import from "child_process"',
      '4 import = require(net)',
      "5 eval(…)",
      "6 Function(…)",
      "7 reference to eval",
      "8 globalThis.eval(…)",
      '8 ["eval"]',
      '9 require("fs")',
      "10 require(<computed>)",
      "11 dynamic import()",
      "12 setTimeout with a string",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Run time
// ---------------------------------------------------------------------------------------------

const requireNode = createRequire(__filename);

/** The functions watched while linting, as `module.function`. */
const WATCHED: Record<string, readonly string[]> = {
  fs: [
    "readFileSync", "openSync", "readdirSync", "statSync", "lstatSync", "existsSync", "accessSync", "realpathSync",
    "readFile", "open", "readdir", "stat", "lstat", "createReadStream", "watch", "watchFile",
    "writeFileSync", "writeFile", "appendFileSync", "mkdirSync", "createWriteStream",
  ],
  http: ["request", "get"],
  https: ["request", "get"],
  net: ["connect", "createConnection"],
  tls: ["connect"],
  dns: ["lookup", "resolve"],
  child_process: ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"],
};

interface Spied {
  readonly calls: () => string[];
  readonly restore: () => void;
}

/** Replaces every watched function (and `globalThis.fetch`) by a recording pass-through. */
function watch(): Spied {
  type Fn = (...args: unknown[]) => unknown;
  const spies: { name: string; spy: { mock: { calls: unknown[][] }; mockRestore(): void } }[] = [];
  for (const [mod, fns] of Object.entries(WATCHED)) {
    const target = requireNode(`node:${mod}`) as Record<string, unknown>;
    for (const fn of fns) {
      if (typeof target[fn] !== "function") continue;
      spies.push({ name: `${mod}.${fn}`, spy: vi.spyOn(target as Record<string, Fn>, fn) });
    }
  }
  const promises = requireNode("node:fs").promises as unknown as Record<string, Fn>;
  for (const fn of ["readFile", "open", "readdir", "stat"]) spies.push({ name: `fs.promises.${fn}`, spy: vi.spyOn(promises, fn) });
  if (typeof globalThis.fetch === "function") spies.push({ name: "fetch", spy: vi.spyOn(globalThis as unknown as Record<string, Fn>, "fetch") });
  // Named ESM imports of builtins (`import { readFileSync } from "node:fs"`) see the spies too.
  syncBuiltinESMExports();
  return {
    calls: () =>
      spies.flatMap(({ name, spy }) => spy.mock.calls.map((args: unknown[]) => `${name}(${args.map((a: unknown) => (typeof a === "string" ? JSON.stringify(a) : typeof a)).join(", ")})`)),
    restore: () => {
      for (const { spy } of spies) spy.mockRestore();
      syncBuiltinESMExports();
    },
  };
}

/** The SDK code linted under watch: the examples (raw fetch to the API included) and generated requests. */
function sdkSamples(): { name: string; code: string }[] {
  const dir = join(ROOT, "examples");
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f))
    .map((f) => ({ name: f.endsWith(".js") ? f.replace(/\.js$/, ".ts") : f, code: readFileSync(join(dir, f), "utf8") }));
  files.push({
    name: "generated.ts",
    code: `${SDK_HEADER}
import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";
const body: MessageCreateParams = { model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: "hi" }] };
await fetch("https://api.anthropic.com/v1/messages", { method: "POST", headers: { "x-api-key": "k" }, body: JSON.stringify(body) });
client.messages.create({ model: "claude-nope", max_tokens: -1, temperature: 5, top_k: 1.5, messages: [], tools: [{ name: "bad name", input_schema: { type: "string" } }], tool_choice: { type: "tool", name: "other" } });
`,
  });
  return files;
}

/** The package files the plugin reads to learn the installed SDK (`SDK_FILES`). */
const SDK_FILE_NAMES = new Set<string>(Object.values(SDK_FILES).flat());

/** The wrapper libraries whose installed version the plugin reads (folder, then `package.json`). */
const WRAPPER_FOLDER = /\/node_modules\/(?:ai|@ai-sdk\/(?:anthropic|google-vertex|amazon-bedrock)|@mastra\/core|@langchain\/anthropic)$/;
const WRAPPER_MANIFEST = /\/node_modules\/(?:ai|@ai-sdk\/(?:anthropic|google-vertex|amazon-bedrock)|@mastra\/core|@langchain\/anthropic)\/package\.json$/;

/**
 * True for a watched call the plugin may make: a look for a `node_modules` folder up the tree, or
 * a read of one of the known files of an installed `@anthropic-ai/` package.
 */
function allowedCall(call: string): boolean {
  const m = /^fs\.(\w+)\("([^"]*)"/.exec(call);
  if (!m) return false;
  const [, fn, file] = m;
  const normalized = file.replace(/\\/g, "/");
  if (fn === "statSync" || fn === "realpathSync") return /\/node_modules\/@anthropic-ai\/[a-z-]+$/.test(normalized) || WRAPPER_FOLDER.test(normalized);
  if ((fn === "readFileSync" || fn === "openSync") && WRAPPER_MANIFEST.test(normalized)) return true;
  if (fn === "readFileSync" || fn === "openSync") {
    const at = normalized.lastIndexOf("/node_modules/@anthropic-ai/");
    if (at < 0) return false;
    const rest = normalized.slice(at + "/node_modules/@anthropic-ai/".length).split("/").slice(1).join("/");
    return SDK_FILE_NAMES.has(rest);
  }
  return false;
}

describe("run time: linting touches no network and reads only the installed SDK, once", () => {
  let spied: Spied | undefined;
  afterEach(() => {
    spied?.restore();
    spied = undefined;
  });

  it("with the plugin from the TypeScript sources (linted with fixes, every rule on)", () => {
    const samples = sdkSamples();
    const linter = new Linter({ configType: "flat" });
    const config = allRulesConfig();
    // Load every module once: the plugin is loaded before the watch starts, as in a real run.
    lint(SDK_HEADER + "client.messages.create({});");
    resetInstalledCache();
    spied = watch();
    let reports = 0;
    const pass = (): void => {
      for (const { name, code } of samples) {
        const messages = linter.verify(code, config, join(ROOT, "examples", name));
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        reports += messages.length;
        linter.verifyAndFix(code, config, { filename: join(ROOT, "examples", name), fix: true });
      }
    };
    pass();
    const first = spied.calls();
    expect(reports).toBeGreaterThan(0); // the rules did run
    expect(first.filter((c) => !allowedCall(c))).toEqual([]);
    // The installed SDK was found and its version read (the snapshot's own release: its
    // declarations say what the snapshot says, so they are not parsed) …
    expect(first.some((c) => c.startsWith("fs.readFileSync(") && c.includes("@anthropic-ai/sdk/package.json"))).toBe(true);
    expect(first.some((c) => c.includes("resources/messages/messages.d.ts"))).toBe(false);
    // … once: the same files again touch nothing.
    const before = first.length;
    pass();
    expect(spied.calls().slice(before)).toEqual([]);
  });

  it.skipIf(builtSources().length === 0)("with the compiled plugin (dist), as ESLint loads it", () => {
    const samples = sdkSamples();
    const built = requireNode(join(ROOT, "dist/src/index.js")) as { configs: Record<string, Linter.Config> };
    const installed = requireNode(join(ROOT, "dist/src/knowledge/installed.js")) as { resetInstalledCache(): void };
    const config: Linter.Config[] = [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser as unknown as Linter.Parser, sourceType: "module", ecmaVersion: "latest" } },
      built.configs.all,
    ];
    const linter = new Linter({ configType: "flat" });
    linter.verify(SDK_HEADER + "client.messages.create({});", config, "warm.ts");
    installed.resetInstalledCache();
    spied = watch();
    let reports = 0;
    for (const { name, code } of samples) reports += linter.verify(code, config, join(ROOT, "examples", name)).length;
    expect(reports).toBeGreaterThan(0);
    const first = spied.calls();
    expect(first.filter((c) => !allowedCall(c))).toEqual([]);
    for (const { name, code } of samples) linter.verify(code, config, join(ROOT, "examples", name));
    expect(spied.calls().slice(first.length)).toEqual([]);
  });

  it("only these calls are allowed", () => {
    expect(allowedCall('fs.statSync("/p/node_modules/@anthropic-ai/sdk", object)')).toBe(true);
    expect(allowedCall('fs.readFileSync("/p/node_modules/@anthropic-ai/sdk/resources/messages/messages.d.ts", "utf8")')).toBe(true);
    expect(allowedCall('fs.readFileSync("/p/node_modules/@anthropic-ai/sdk/client.js", "utf8")')).toBe(false);
    expect(allowedCall('fs.readFileSync("/p/src/app.ts", "utf8")')).toBe(false);
    expect(allowedCall('fs.statSync("/p/src", object)')).toBe(false);
    expect(allowedCall('fs.statSync("/p/node_modules/@ai-sdk/anthropic", object)')).toBe(true);
    expect(allowedCall('fs.readFileSync("/p/node_modules/@langchain/anthropic/package.json", "utf8")')).toBe(true);
    expect(allowedCall('fs.readFileSync("/p/node_modules/@langchain/anthropic/dist/index.js", "utf8")')).toBe(false);
    expect(allowedCall('fs.statSync("/p/node_modules/@ai-sdk/openai", object)')).toBe(false);
    expect(allowedCall('fs.writeFileSync("/p/node_modules/@anthropic-ai/sdk/package.json", "x")')).toBe(false);
  });

  it("the watch sees a file read and a fetch (self-check)", () => {
    spied = watch();
    readFileSync(__filename, "utf8");
    (requireNode("node:fs") as typeof import("node:fs")).statSync(__filename);
    void globalThis.fetch("http://127.0.0.1:9/").catch(() => undefined);
    expect(spied.calls()).toEqual([
      `fs.readFileSync(${JSON.stringify(__filename)}, "utf8")`,
      `fs.statSync(${JSON.stringify(__filename)})`,
      'fetch("http://127.0.0.1:9/")',
    ]);
  });
});
