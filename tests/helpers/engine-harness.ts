/**
 * Runs the engine on a source text through ESLint's own `Linter` (flat config, the TypeScript
 * parser), the way a rule does, and turns what it finds into plain data a test can compare.
 */
import { Worker } from "node:worker_threads";
import { Linter, type Rule } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { engineFor, type Engine } from "../../src/engine/engine";
import type { CallSite } from "../../src/engine/call-sites";
import type { WrapperSite } from "../../src/sources/wrapper";

type RequestSite = CallSite | WrapperSite;
import type { Value } from "../../src/engine/value";
import { TS_WORKER_PRELUDE } from "./ts-worker";

/** A Value as plain data: `"unknown"`, `{ known }`, `{ absent: true }`, `{ object, open }`, `{ array, open }`, `{ oneOf }`. */
export type Plain =
  | "unknown"
  | "…"
  | { known: unknown }
  | { absent: true }
  | { object: Record<string, Plain | { maybe: Plain }>; open: boolean }
  | { array: Plain[]; open: boolean }
  | { oneOf: Plain[] };

/** Converts a Value to plain data, down to `depth` levels (deeper parts read `"…"`). */
export function toPlain(value: Value, depth = 8): Plain {
  if (depth < 0) return "…";
  switch (value.kind) {
    case "unknown":
      return "unknown";
    case "known":
      return value.absent ? { absent: true } : { known: value.value };
    case "oneOf":
      return { oneOf: value.options.map((o) => toPlain(o, depth - 1)) };
    case "array":
      return { array: value.elements.map((e) => toPlain(e.value, depth - 1)), open: value.open };
    case "object": {
      const object: Record<string, Plain | { maybe: Plain }> = {};
      for (const [key, prop] of value.props) {
        const v = toPlain(prop.value, depth - 1);
        object[key] = prop.presence === "always" ? v : { maybe: v };
      }
      return { object, open: value.open };
    }
  }
}

/** Shorthands for expected plain values. */
export const k = (v: unknown): Plain => ({ known: v });
export const obj = (object: Record<string, Plain | { maybe: Plain }>, open = false): Plain => ({ object, open });
export const arr = (array: Plain[], open = false): Plain => ({ array, open });
export const anyOf = (...options: Plain[]): Plain => ({ oneOf: options });
export const maybe = (v: Plain): { maybe: Plain } => ({ maybe: v });
export const U = "unknown" as const;

export interface SiteInfo {
  /** The callee's source text, e.g. `client.messages.create`. */
  readonly callee: string;
  readonly site: RequestSite;
}

export interface Probe {
  readonly engine: Engine;
  readonly sourceCode: TSESLint.SourceCode;
  /** Every CallExpression the engine calls a request, in source order. */
  readonly sites: SiteInfo[];
  /** Every CallExpression's callee text, site or not. */
  readonly calls: string[];
  /** The Value of the initializer of the variable `name` (default `target`), if there is one. */
  value(name?: string): Value;
  /** The Value of a request body, by the index of its site. */
  body(index?: number): Value;
}

const linter = new Linter({ configType: "flat" });

/** Lint `code` as a `.ts` (or `.tsx`/`.js`) file with a probe rule and return what the engine saw. */
export function probe(code: string, filename = "file.ts"): Probe {
  let result: Probe | undefined;
  const rule: Rule.RuleModule = {
    meta: { type: "problem", schema: [] },
    create(context) {
      const ctx = context as unknown as TSESLint.RuleContext<string, readonly unknown[]>;
      const calls: TSESTree.CallExpression[] = [];
      return {
        CallExpression(node: unknown) {
          calls.push(node as TSESTree.CallExpression);
        },
        "Program:exit"() {
          const engine = engineFor(ctx);
          const sourceCode = ctx.sourceCode;
          const sites: SiteInfo[] = [];
          for (const call of calls) {
            const site = engine.siteOf(call);
            if (site) sites.push({ callee: sourceCode.getText(call.callee), site });
          }
          const declarators = new Map<string, TSESTree.VariableDeclarator>();
          for (const scope of sourceCode.scopeManager?.scopes ?? []) {
            for (const variable of scope.variables) {
              const def = variable.defs[0];
              if (def?.type === "Variable" && !declarators.has(variable.name)) {
                declarators.set(variable.name, def.node as TSESTree.VariableDeclarator);
              }
            }
          }
          result = {
            engine,
            sourceCode,
            sites,
            calls: calls.map((c) => sourceCode.getText(c.callee)),
            value(name = "target") {
              const decl = declarators.get(name);
              if (!decl) throw new Error(`no variable named ${name}`);
              return engine.evaluator.evaluate(decl.init);
            },
            body(index = 0) {
              const s = sites[index];
              if (!s) throw new Error(`no site ${index}`);
              return engine.evaluator.evaluate(s.site.body);
            },
          };
        },
      };
    },
  };
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.tsx", "**/*.js"],
        languageOptions: {
          parser: tsParser as unknown as Linter.Parser,
          parserOptions: { ecmaFeatures: { jsx: filename.endsWith("x") } },
          sourceType: "module",
          ecmaVersion: "latest",
        },
        plugins: { probe: { rules: { probe: rule } } },
        rules: { "probe/probe": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message} (line ${fatal.line})`);
  if (!result) throw new Error("the probe rule did not run");
  return result;
}

/** The plain value of `target` (or another variable) in `code`. */
export function valueOf(code: string, name = "target", depth = 8): Plain {
  return toPlain(probe(code).value(name), depth);
}

/** The callee texts of the request sites in `code`. */
export function sitesOf(code: string, filename?: string): string[] {
  return probe(code, filename).sites.map((s) => s.callee);
}

/**
 * Sources nested deeper than a few hundred levels overflow the parsers' recursion on Node's
 * default stack (typescript-estree and espree both), before any rule runs. This parses and
 * evaluates `code` in a worker thread with a larger stack, then follows `key` down the value of
 * `target`: how many objects deep it stays known, and what the value is where it stops.
 */
export function followKeyWithLargeStack(code: string, key: string): Promise<{ levels: number; leaf: Plain }> {
  const worker = new Worker(
    `${TS_WORKER_PRELUDE}
    const harness = req(workerData.harness);
    const { get } = req("../../src/engine/value");
    let v = harness.probe(workerData.code).value();
    let levels = 0;
    while (v.kind === "object") {
      v = get(v, workerData.key);
      levels++;
    }
    parentPort.postMessage({ levels, leaf: harness.toPlain(v) });
    `,
    { eval: true, workerData: { from: __filename, harness: __filename, code, key }, resourceLimits: { stackSizeMb: 64 } },
  );
  return new Promise((resolve, reject) => {
    worker.once("message", (m: { levels: number; leaf: Plain }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", reject);
  });
}
