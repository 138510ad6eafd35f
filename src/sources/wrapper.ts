/**
 * What the wrapper-library sources share: the site they produce (a request body already
 * translated into the API's field names, with the user's own option names for messages), how an
 * identifier's import is found, and small builders of Values.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, stringLiteral, unwrapExpression } from "../kit/ast";
import type { ClientRef } from "../engine/call-sites";
import { singleAssignmentDeclarator, type Evaluator, type Frame } from "../engine/evaluate";
import type { BetaSet } from "../engine/request";
import { ABSENT, alternatives, get, oneOf, type ObjectValue, type Prop, type Value } from "../engine/value";
import type { RequestMethod } from "./sdk";

type Node = TSESTree.Node;

export type WrapperKind = "ai-sdk" | "mastra" | "langchain";

/** What a wrapper source reads code with. */
export interface SourceContext {
  readonly evaluator: Evaluator;
  /** The linted file's folder (installed versions are read from there). */
  readonly directory: string;
  /** The call of the enclosing helper whose arguments the parameters stand for, if any. */
  readonly frame?: Frame;
}

/** An expression's value in the source's context (its frame's arguments bound). */
export function valueIn(ctx: SourceContext, node: Node): Value {
  return ctx.evaluator.evaluateIn(node, ctx.frame);
}

/** How many retries a wrapper call makes, as far as the code says. */
export interface RetryFacts {
  /** The possible counts (undefined: not known). */
  readonly counts: readonly number[] | undefined;
  /** True when the code sets it (else the library's default applies). */
  readonly explicit: boolean;
  /** Where to report: the value written, or the call / construction. */
  readonly node: Node;
  /** The options object to add `maxRetries` to, when it is written in place. */
  readonly options: TSESTree.ObjectExpression | undefined;
  /** The option's name and where it goes, as the library spells it (`maxRetries`). */
  readonly option: string;
  /** The library and its default, for the message. */
  readonly library: string;
  readonly libraryDefault: number;
  /** False when only an explicit value below the minimum is a finding (the default is enough). */
  readonly defaultIsLow: boolean;
}

/**
 * A request sent through a wrapper library: the body it sends, in the API's field names (each
 * value keeps the node the user wrote it at), and what the messages call each field.
 */
export interface WrapperSite {
  readonly kind: WrapperKind;
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** A stand-in: no SDK client is built in view (checks of client options stay silent). */
  readonly client: ClientRef;
  readonly method: RequestMethod;
  readonly beta: false;
  readonly body: undefined;
  readonly options: undefined;
  /** The body the library sends. */
  readonly value: Value;
  /** API field path (`thinking.budget_tokens`) → the option as the user writes it. */
  readonly labels: ReadonlyMap<string, string>;
  /** The `anthropic-beta` values the library sends. */
  readonly betas: BetaSet;
  /** The model provider is built with a `baseURL` that is not certainly Anthropic's. */
  readonly gateway: boolean;
  /** The library and the version whose behaviour was applied (undefined: the newest). */
  readonly library: { readonly name: string; readonly version: string | undefined };
}

/** True for a request sent through a wrapper library (its body is already translated). */
export function isWrapperSite(site: { readonly kind: string }): site is WrapperSite {
  return site.kind === "ai-sdk" || site.kind === "mastra" || site.kind === "langchain";
}

/** The stand-in client of a wrapper request. */
export function wrapperClient(pkg: string, platform: ClientRef["platform"]): ClientRef {
  return { kind: "client", pkg, platform, className: "", withOptions: [] };
}

/** An import of `name` from one of `sources`: the imported name, the module, the binding's node. */
export interface ImportRef {
  readonly source: string;
  /** The exported name (`default` for a default import, `*` for a namespace). */
  readonly name: string;
}

/** Where an identifier is imported from (`import { x } from "m"`, `import * as m`, `require("m")`, destructured `require`). */
export function importOf(id: TSESTree.Identifier, evaluator: Evaluator): ImportRef | undefined {
  const variable = evaluator.variableOf(id);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type === "ImportBinding") {
    const decl = def.parent as TSESTree.ImportDeclaration | null;
    if (decl?.type !== "ImportDeclaration") return undefined;
    const spec = def.node as Node;
    if (spec.type === "ImportDefaultSpecifier") return { source: decl.source.value, name: "default" };
    if (spec.type === "ImportNamespaceSpecifier") return { source: decl.source.value, name: "*" };
    if (spec.type === "ImportSpecifier") {
      return { source: decl.source.value, name: spec.imported.type === "Identifier" ? spec.imported.name : spec.imported.value };
    }
    return undefined;
  }
  if (def.type !== "Variable") return undefined;
  const decl = singleAssignmentDeclarator(variable);
  if (!decl?.init) return undefined;
  const init = unwrapExpression(decl.init);
  const required = requiredModule(init);
  if (required && decl.id === def.name) return { source: required, name: "*" };
  // `const { generateText } = require("ai")`
  if (required && decl.id.type === "ObjectPattern") {
    for (const p of decl.id.properties) {
      if (p.type === "Property" && p.value === def.name) {
        const key = p.key.type === "Identifier" && !p.computed ? p.key.name : stringLiteral(p.key);
        return key ? { source: required, name: key } : undefined;
      }
    }
  }
  return undefined;
}

function requiredModule(node: Node): string | undefined {
  if (node.type === "AwaitExpression") return requiredModule(unwrapExpression(node.argument));
  if (node.type === "ImportExpression") return stringLiteral(node.source);
  if (node.type !== "CallExpression" || node.callee.type !== "Identifier" || node.callee.name !== "require") return undefined;
  return stringLiteral(node.arguments[0]);
}

/**
 * The function a callee names and the module it comes from: `generateText(…)` imported by name,
 * `ai.generateText(…)` through a namespace import.
 */
export function calleeImport(callee: Node, evaluator: Evaluator): ImportRef | undefined {
  const c = unwrapExpression(callee);
  if (c.type === "Identifier") return importOf(c, evaluator);
  if (c.type === "MemberExpression" && c.object.type === "Identifier") {
    const ns = importOf(c.object, evaluator);
    const name = memberName(c);
    if (ns?.name === "*" && name !== undefined) return { source: ns.source, name };
  }
  return undefined;
}

/** An expression followed through consts and TS wrappers to what it was built from. */
export function origin(node: Node, evaluator: Evaluator, depth = 0): Node {
  const n = unwrapExpression(node);
  if (n.type !== "Identifier" || depth > 8) return n;
  const variable = evaluator.variableOf(n);
  if (!variable || variable.defs.length !== 1 || variable.defs[0].type !== "Variable") return n;
  const decl = singleAssignmentDeclarator(variable);
  if (!decl?.init || decl.id !== variable.defs[0].name) return n;
  return origin(decl.init, evaluator, depth + 1);
}

// ---------------------------------------------------------------------------------------------
// Building bodies
// ---------------------------------------------------------------------------------------------

/** A field of a body being built: present always, when not `undefined` certainly. */
export interface Field {
  readonly key: string;
  readonly value: Value;
  /** Where the user wrote it (reports about the field land there). */
  readonly node?: Node;
  /** Present on some paths only. */
  readonly maybe?: boolean;
}

/** An object Value from fields; `undefined` values are left out, as `JSON.stringify` does. */
export function body(fields: readonly Field[], node: Node, open = false): ObjectValue {
  const props = new Map<string, Prop>();
  for (const f of fields) {
    if (isCertainlyUndefined(f.value)) continue;
    props.set(f.key, { key: f.key, presence: f.maybe ? "maybe" : "always", node: f.node, value: f.value });
  }
  return { kind: "object", props, open, node };
}

function isCertainlyUndefined(v: Value): boolean {
  return alternatives(v).every((a) => a.kind === "known" && a.value === undefined);
}

/** `value[key]` over an options object that may be absent (`options?.key`). */
export function opt(value: Value | undefined, key: string): Value {
  if (!value) return ABSENT;
  return oneOf(alternatives(value).map((a) => (a.kind === "known" && a.value == null ? ABSENT : get(a, key))));
}

/** The node a Value was written at, when it has one. */
export function nodeOfValue(value: Value): Node | undefined {
  return value.kind === "unknown" ? undefined : value.node;
}

