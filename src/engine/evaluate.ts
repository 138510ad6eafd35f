/**
 * Static evaluation of an expression into a sound Value (see value.ts).
 *
 * What it follows: literals; `const` and never-reassigned `let`/`var` bindings (also simple
 * destructuring); template literals with known parts; unary and binary arithmetic; TS wrappers
 * (`as`, `satisfies`, `!`, `<T>x`); object literals with spreads, computed keys and conditional
 * spreads; arrays with spreads; `?:`, `??`, `||`, `&&`; member reads of known objects; `await`;
 * `Object.freeze(x)`; and calls of a local function whose every return can be evaluated.
 *
 * What makes a value unknown: anything else, and any object or array bound to a variable that is
 * written to (`params.x = …`, `Object.assign(params, …)`, `params.tools.push(…)`) or handed to
 * another function, anywhere in its scope. Nothing here throws: depth and cycles are bounded, and
 * the public entry point guards against what it could not foresee (`kit/guard.ts`).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "@eslint-community/eslint-utils";
import { destructuringPath, isTsWrapper, memberName, propertyKeyName, returnsOf, unwrapExpression } from "../kit/ast";
import { guard } from "../kit/guard";
import {
  ABSENT,
  UNKNOWN,
  alternatives,
  get,
  known,
  oneOf,
  single,
  truthiness,
  type Element,
  type ObjectValue,
  type Primitive,
  type Prop,
  type Value,
} from "./value";

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** What a cache holds for a node while it is being evaluated. */
const IN_PROGRESS: Value = Object.freeze({ kind: "unknown" as const });

/** Deeper than this, a value is unknown (nesting, identifier hops and calls all count). */
const MAX_DEPTH = 100;

/** Calls that read their argument without writing to it or keeping it. */
const READ_ONLY_CALLEES = new Set([
  "JSON.stringify", "console.log", "console.info", "console.debug", "console.warn", "console.error", "console.dir",
  "Object.keys", "Object.getOwnPropertyNames", "Array.isArray",
]);
/**
 * The SDK's output-format helpers (`@anthropic-ai/sdk/helpers/zod`, `…/helpers/json-schema` and their
 * beta forms): they read the schema they are given and build the format from a transformed copy.
 */
const READ_ONLY_SDK_HELPERS = new Set(["zodOutputFormat", "jsonSchemaOutputFormat", "betaZodOutputFormat", "betaJSONSchemaOutputFormat", "betaZodTool", "betaTool"]);
/** Array/object methods that do not modify their receiver. */
const NON_MUTATING_METHODS = new Set([
  "map", "filter", "slice", "concat", "find", "findIndex", "findLast", "findLastIndex", "some", "every",
  "includes", "indexOf", "lastIndexOf", "join", "forEach", "reduce", "reduceRight", "flat", "flatMap",
  "at", "entries", "keys", "values", "toString", "toSorted", "toReversed", "toSpliced", "with",
  "hasOwnProperty", "valueOf", "toJSON",
]);

/** Methods of NON_MUTATING_METHODS that call their first argument with the parts. */
const CALLBACK_METHODS = new Set([
  "map", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "forEach", "reduce",
  "reduceRight", "flatMap",
]);
/** Methods of NON_MUTATING_METHODS whose result holds no part of the receiver. */
const PRIMITIVE_RESULT_METHODS = new Set([
  "findIndex", "findLastIndex", "some", "every", "forEach", "includes", "indexOf", "lastIndexOf", "join",
  "toString", "hasOwnProperty",
]);
/** Longest chain of aliases and returns the escape analysis follows before assuming the worst. */
const MAX_ESCAPE_DEPTH = 200;

/** Hook through which type information can supply values the syntax cannot see. */
export type IdentifierFallback = (node: TSESTree.Identifier | TSESTree.MemberExpression) => Value | undefined;

/** A part of an object or array literal, evaluated when first read (and then remembered). */
class LazyPart {
  private cached: Value | undefined;
  constructor(
    private readonly evaluator: Evaluator,
    private readonly expression: Node,
    private readonly depth: number,
    private readonly frame: Frame | undefined,
  ) {}
  get value(): Value {
    if (this.cached === undefined) {
      this.cached = UNKNOWN; // guards re-entry
      this.cached = this.evaluator.evaluatePart(this.expression, this.depth, this.frame);
    }
    return this.cached;
  }
}

class LazyProp extends LazyPart implements Prop {
  constructor(
    readonly key: string,
    readonly presence: "always" | "maybe",
    readonly node: Node | undefined,
    evaluator: Evaluator,
    expression: Node,
    depth: number,
    frame: Frame | undefined,
  ) {
    super(evaluator, expression, depth, frame);
  }
}

class LazyElement extends LazyPart implements Element {
  constructor(
    readonly node: Node,
    readonly gapBefore: boolean,
    evaluator: Evaluator,
    depth: number,
    frame: Frame | undefined,
  ) {
    super(evaluator, node, depth, frame);
  }
}

function withGap(el: Element, gapBefore: boolean): Element {
  return {
    node: el.node,
    gapBefore,
    repeated: el.repeated,
    get value(): Value {
      return el.value;
    },
  };
}

/**
 * One call of a local function, evaluated with that call's arguments: the values of the
 * function's parameters inside it. Frames nest (a helper called from a helper), each with its own
 * cache, as the same node can have another value in another call.
 */
export class Frame {
  readonly cache = new Map<Node, Value>();
  readonly args: (Value | undefined)[] = [];
  readonly depth: number;
  constructor(
    readonly fn: TSESTree.FunctionLike,
    /** The call, or the element a callback of `map` is applied to (then `values` are given). */
    readonly call: TSESTree.CallExpression | undefined,
    readonly parent: Frame | undefined,
    /** Argument values given directly (a `map` callback's element and index). */
    readonly values?: readonly Value[],
  ) {
    this.depth = (parent?.depth ?? 0) + 1;
  }

  /** True when `node` lies in this frame's function. */
  contains(node: Node): boolean {
    return node.range[0] >= this.fn.range[0] && node.range[1] <= this.fn.range[1];
  }
}

/** A known list longer than this is mapped as one repeated element. */
const MAX_MAPPED = 64;
/** Deeper than this, a call's value is not evaluated with its arguments. */
const MAX_FRAME_DEPTH = 6;
/** At most this many calls of one function are evaluated as contexts of a request. */
const MAX_CALLS_PER_FUNCTION = 16;
/** At most this many call contexts per request site. */
const MAX_CONTEXTS = 32;
/** A request inside helpers is followed up this many helper levels to its callers. */
const MAX_CONTEXT_LEVELS = 3;

function fixedProp(key: string, presence: "always" | "maybe", node: Node | undefined, value: Value): Prop {
  return { key, presence, node, value };
}

/** A variable's single definition when it is never reassigned after its declaration. */
export function singleAssignmentDeclarator(variable: Variable): TSESTree.VariableDeclarator | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type !== "Variable") return undefined;
  const decl = def.node as TSESTree.VariableDeclarator;
  const kind = (def.parent as TSESTree.VariableDeclaration | null)?.kind;
  if (!decl.init) return undefined;
  const loop = decl.parent?.parent;
  if (loop && (loop.type === "ForInStatement" || loop.type === "ForOfStatement")) return undefined;
  if (kind !== "const" && writtenAfterInit(variable)) return undefined;
  return decl;
}

const writtenCache = new WeakMap<Variable, boolean>();

/**
 * True when the variable is assigned anywhere but its declaration. Cached: a binding used by
 * thousands of calls is scanned once, not once per call.
 */
export function writtenAfterInit(variable: Variable): boolean {
  let result = writtenCache.get(variable);
  if (result === undefined) {
    result = variable.references.some((r) => r.isWrite() && !r.init);
    writtenCache.set(variable, result);
  }
  return result;
}

export class Evaluator {
  private readonly cache = new Map<Node, Value>();
  private readonly escapeCache = new WeakMap<Variable, boolean>();
  private readonly recursiveCache = new WeakMap<Node, boolean>();
  private readonly returnsInProgress = new Map<Node, Set<Variable>>();
  private escapeDepth = 0;
  private readonly returnsCache = new WeakMap<Node, ReturnType<typeof returnsOf> | null>();
  private readonly callsCache = new WeakMap<Node, TSESTree.CallExpression[]>();
  private readonly writesCache = new WeakMap<Variable, TSESTree.AssignmentExpression[] | null>();
  private readonly variables = new Map<TSESTree.Identifier, Variable | null>();
  /** The value of a binding wherever it is read (see `identifier`). */
  private readonly settled = new Map<Variable, Value>();

  /**
   * Calls known to only read their arguments (the engine sets it: SDK request methods, client
   * constructors, `withOptions`). Passing an object to any other call makes it unknown.
   */
  readOnlySink: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean = () => false;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly fallback?: IdentifierFallback,
  ) {}

  /** Evaluate an expression. Never throws (but strict test guards rethrow). */
  evaluate(node: Node | null | undefined): Value {
    if (!node) return UNKNOWN;
    return guard(() => this.eval(node, 0, undefined), UNKNOWN);
  }

  /** Evaluate an expression inside a call context (see `callContexts`). */
  evaluateIn(node: Node | null | undefined, frame: Frame | undefined): Value {
    if (!node) return UNKNOWN;
    return guard(() => this.eval(node, 0, frame), UNKNOWN);
  }

  /** A literal's part, when first read (see `LazyPart`). */
  evaluatePart(node: Node, depth: number, frame: Frame | undefined): Value {
    return this.eval(node, depth, frame);
  }

  /** How many expressions were evaluated (not read from a cache): tests count work with it. */
  evaluations = 0;

  /**
   * The calls in this file of the function a node lies in, each as a frame that binds the
   * function's parameters to that call's arguments; followed up to the callers' callers (a
   * request built in a helper called from a helper). Empty when the node is in no function with
   * parameters, or the function is recursive or reached otherwise than by direct calls.
   */
  callContexts(node: Node): Frame[] {
    return guard(() => this.contextsOf(node, undefined, 0), []);
  }

  private contextsOf(node: Node, inner: TSESTree.FunctionLike | undefined, level: number): Frame[] {
    const fn = inner ?? enclosingFunction(node);
    if (!fn || fn.params.length === 0 || level >= MAX_CONTEXT_LEVELS) return [];
    const calls = this.callsOf(fn);
    const out: Frame[] = [];
    for (const call of calls.slice(0, MAX_CALLS_PER_FUNCTION)) {
      const outer = enclosingFunction(call);
      const parents: (Frame | undefined)[] = [undefined];
      if (outer) parents.push(...this.contextsOf(call, outer, level + 1));
      for (const parent of parents) {
        if (out.length >= MAX_CONTEXTS) return out;
        out.push(new Frame(fn, call, parent));
      }
    }
    return out;
  }

  /** The direct calls of a local function in this file (`f(…)`, `await f(…)`), none when it is recursive. */
  private callsOf(fn: TSESTree.FunctionLike): TSESTree.CallExpression[] {
    let calls = this.callsCache.get(fn);
    if (calls) return calls;
    calls = [];
    for (const variable of this.calledThrough(fn)) {
      for (const ref of variable.references) {
        const id = ref.identifier as Node;
        // A self-call: the function's value in a call depends on itself.
        if (id.range[0] >= fn.range[0] && id.range[1] <= fn.range[1]) {
          calls = [];
          break;
        }
        let n: Node = id;
        while (n.parent && unwrapExpression(n.parent) !== n.parent) n = n.parent;
        const call = n.parent;
        if (call?.type === "CallExpression" && call.callee === n) calls.push(call);
      }
    }
    this.callsCache.set(fn, calls);
    return calls;
  }

  /** The variables a function is called through: its declaration's name or the const it is assigned to (exported ones too). */
  private calledThrough(fn: TSESTree.FunctionLike): Variable[] {
    const scopeManager = this.sourceCode.scopeManager;
    if (!scopeManager) return [];
    if (fn.type === "FunctionDeclaration") {
      if (!fn.id) return [];
      const v = scopeManager.getDeclaredVariables(fn).find((d) => d.name === fn.id!.name) as Variable | undefined;
      return v && !writtenAfterInit(v) ? [v] : [];
    }
    let n: Node = fn;
    while (n.parent && unwrapExpression(n.parent) !== n.parent) n = n.parent;
    const decl = n.parent;
    if (decl?.type !== "VariableDeclarator" || decl.init !== n || decl.id.type !== "Identifier") return [];
    const v = scopeManager.getDeclaredVariables(decl)[0] as Variable | undefined;
    return v && singleAssignmentDeclarator(v) === decl ? [v] : [];
  }

  /** The variable an identifier refers to, if any (globals without a declaration included). */
  variableOf(id: TSESTree.Identifier): Variable | undefined {
    let variable = this.variables.get(id);
    if (variable === undefined) {
      // ESLint's scope of the identifier is already the innermost one that holds it: the name is
      // looked up from there outwards.
      variable = (findVariable(this.scopeOf(id) as never, id.name) as Variable | null) ?? null;
      this.variables.set(id, variable);
    }
    return variable ?? undefined;
  }

  private readonly scopes = new Map<Node, Scope>();

  /**
   * The innermost scope around a node: what `SourceCode#getScope` answers (the first node on the
   * way up that opens a scope), remembered for every node passed on the way, so that the names of
   * one function are looked up from its body once, not once per name.
   */
  scopeOf(node: Node): Scope {
    const manager = this.sourceCode.scopeManager;
    // (A parser's own scope manager may not offer `acquire`: then ESLint answers, uncached.)
    if (!manager || typeof manager.acquire !== "function" || node.type === "Program") return this.sourceCode.getScope(node) as Scope;
    let scope: Scope | undefined;
    let n: Node | undefined = node;
    for (; n; n = n.parent) {
      scope = this.scopes.get(n);
      if (scope) break;
      const opened = manager.acquire(n, true) as Scope | null;
      if (opened) {
        scope = opened.type === "function-expression-name" ? opened.childScopes[0] : opened;
        break;
      }
    }
    scope ??= manager.scopes[0] as Scope;
    for (let m: Node | undefined = node; m && m !== n; m = m.parent) this.scopes.set(m, scope);
    if (n) this.scopes.set(n, scope);
    return scope;
  }

  private eval(node: Node, depth: number, given: Frame | undefined): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    // A literal is its own value in every frame: nothing to look up, nothing to remember.
    if (node.type === "Literal") {
      this.evaluations++;
      return "regex" in node && node.regex ? UNKNOWN : known(node.value as Primitive, node);
    }
    // The innermost frame whose function holds the node: outside every frame, the one global cache.
    let frame = given;
    while (frame && !frame.contains(node)) frame = frame.parent;
    const cache = frame?.cache ?? this.cache;
    const cached = cache.get(node);
    // A node met again while it is being evaluated (a cycle) is unknown there.
    if (cached !== undefined) return cached === IN_PROGRESS ? UNKNOWN : cached;
    cache.set(node, IN_PROGRESS);
    this.evaluations++;
    let result: Value;
    try {
      result = this.compute(node, depth, frame);
    } catch (error) {
      cache.delete(node);
      throw error;
    }
    cache.set(node, result);
    return result;
  }

  private compute(node: Node, depth: number, frame: Frame | undefined): Value {
    // The most frequent kinds first (request code is mostly literals, objects and names).
    switch (node.type) {
      case "ObjectExpression":
        return this.object(node, depth, frame);
      case "Identifier":
        return this.identifier(node, depth, frame);
      case "ArrayExpression":
        return this.array(node, depth, frame);
      case "CallExpression":
        return this.call(node, depth, frame);
      case "ConditionalExpression": {
        const t = truthiness(this.eval(node.test, depth + 1, frame));
        if (t === true) return this.eval(node.consequent, depth + 1, frame);
        if (t === false) return this.eval(node.alternate, depth + 1, frame);
        return oneOf([this.eval(node.consequent, depth + 1, frame), this.eval(node.alternate, depth + 1, frame)], node);
      }
      case "MemberExpression":
        return this.member(node, depth, frame);
      case "TemplateLiteral":
        return this.template(node, depth, frame);
      case "LogicalExpression":
        return this.logical(node, depth, frame);
      case "AwaitExpression":
        return this.eval(node.argument, depth + 1, frame);
      case "UnaryExpression":
        return this.unary(node, depth, frame);
      case "BinaryExpression":
        return this.binary(node, depth, frame);
      case "ChainExpression":
        return this.eval(node.expression, depth + 1, frame);
      case "SequenceExpression":
        return this.eval(node.expressions[node.expressions.length - 1], depth + 1, frame);
      default:
        return isTsWrapper(node) ? this.eval(node.expression, depth + 1, frame) : UNKNOWN;
    }
  }

  private template(node: TSESTree.TemplateLiteral, depth: number, frame: Frame | undefined): Value {
    let out = node.quasis[0].value.cooked;
    if (out == null) return UNKNOWN;
    for (let i = 0; i < node.expressions.length; i++) {
      const s = single(this.eval(node.expressions[i], depth + 1, frame));
      if (!s.ok || (typeof s.value === "object" && s.value !== null)) return UNKNOWN;
      const q = node.quasis[i + 1].value.cooked;
      if (q == null) return UNKNOWN;
      out += String(s.value) + q;
    }
    return known(out, node);
  }

  private logical(node: TSESTree.LogicalExpression, depth: number, frame: Frame | undefined): Value {
    const left = this.eval(node.left, depth + 1, frame);
    if (node.operator === "??") {
      if (alternatives(left).every((a) => a.kind === "known" && a.value == null)) return this.eval(node.right, depth + 1, frame);
      if (alternatives(left).every((a) => a.kind === "object" || a.kind === "array" || (a.kind === "known" && a.value != null))) return left;
      return oneOf([left, this.eval(node.right, depth + 1, frame)], node);
    }
    const t = truthiness(left);
    if (node.operator === "||") {
      if (t === true) return left;
      if (t === false) return this.eval(node.right, depth + 1, frame);
    } else {
      if (t === false) return left;
      if (t === true) return this.eval(node.right, depth + 1, frame);
    }
    return oneOf([left, this.eval(node.right, depth + 1, frame)], node);
  }

  private unary(node: TSESTree.UnaryExpression, depth: number, frame: Frame | undefined): Value {
    if (node.operator === "void") return known(undefined, node);
    if (node.operator === "delete") return UNKNOWN;
    const arg = this.eval(node.argument, depth + 1, frame);
    if (node.operator === "!") {
      const t = truthiness(arg);
      return t === undefined ? UNKNOWN : known(!t, node);
    }
    const s = single(arg);
    if (!s.ok) return UNKNOWN;
    const v = s.value;
    switch (node.operator) {
      case "-":
        return typeof v === "number" ? known(-v, node) : typeof v === "bigint" ? known(-v, node) : UNKNOWN;
      case "+":
        return typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null ? known(Number(v), node) : UNKNOWN;
      case "typeof":
        return known(v === null ? "object" : typeof v, node);
      default:
        return UNKNOWN;
    }
  }

  private binary(node: TSESTree.BinaryExpression, depth: number, frame: Frame | undefined): Value {
    if (node.left.type === "PrivateIdentifier") return UNKNOWN;
    const l = single(this.eval(node.left, depth + 1, frame));
    const r = single(this.eval(node.right, depth + 1, frame));
    if (!l.ok || !r.ok) return UNKNOWN;
    const a = l.value;
    const b = r.value;
    const num = typeof a === "number" && typeof b === "number";
    switch (node.operator) {
      case "+":
        if (num) return known(a + b, node);
        if (typeof a === "string" || typeof b === "string") {
          if (typeof a === "bigint" || typeof b === "bigint") return UNKNOWN;
          return known(String(a) + String(b), node);
        }
        return UNKNOWN;
      case "-":
        return num ? known(a - b, node) : UNKNOWN;
      case "*":
        return num ? known(a * b, node) : UNKNOWN;
      case "/":
        return num ? known(a / b, node) : UNKNOWN;
      case "%":
        return num ? known(a % b, node) : UNKNOWN;
      case "**":
        return num ? known(a ** b, node) : UNKNOWN;
      case "===":
        return known(a === b, node);
      case "!==":
        return known(a !== b, node);
      default:
        return UNKNOWN;
    }
  }

  private identifier(node: TSESTree.Identifier, depth: number, frame: Frame | undefined): Value {
    const variable = this.variableOf(node);
    if (!variable || variable.defs.length === 0) {
      if (node.name === "undefined" && (!variable || variable.defs.length === 0)) return known(undefined, node);
      return this.fallback?.(node) ?? UNKNOWN;
    }
    const def = variable.defs[0];
    if (variable.defs.length !== 1) return this.fallback?.(node) ?? UNKNOWN;
    if (def.type === "Parameter") return this.parameter(node, variable, def.node as TSESTree.FunctionLike, def.name as TSESTree.Identifier, depth, frame);
    if (def.type !== "Variable") return this.fallback?.(node) ?? UNKNOWN;
    const loop = forOfLoop(def.node as TSESTree.VariableDeclarator);
    if (loop) return this.loopVariable(node, variable, loop, def.name as TSESTree.Identifier, depth, frame);
    const decl = singleAssignmentDeclarator(variable);
    if (!decl || !decl.init) return this.fallback?.(node) ?? UNKNOWN;
    // A read that runs before the declaration (`const a = { x: a }`, `var b = c; var c = {}`) sees
    // `undefined` or throws: not the initializer's value.
    if (readsBeforeDeclaration(node, decl)) return UNKNOWN;
    // A plain binding read after its declaration, outside any frame that holds it, has one value
    // wherever it is read (unless writes before the read are followed): known from an earlier read.
    // (Not while an escape analysis runs: it assumes answers it has not finished.)
    const settles = decl.id === def.name && this.escapeDepth === 0 && node.range[0] >= decl.range[1] && !inFrames(frame, decl);
    if (settles) {
      const settled = this.settled.get(variable);
      if (settled) return settled;
    }
    let value: Value;
    if (decl.id === def.name) {
      value = this.eval(decl.init, depth + 1, frame);
    } else {
      value = this.destructured(decl, def.name as TSESTree.Identifier, depth, frame);
    }
    if (value.kind === "unknown") return this.fallback?.(node) ?? UNKNOWN;
    const result = this.bindingValue(variable, decl, value);
    if (result !== undefined) {
      if (settles) this.settled.set(variable, result);
      return result;
    }
    // Property writes before this read, in the same function, are followed path by path.
    return this.afterWrites(node, variable, decl, value, depth, frame) ?? UNKNOWN;
  }

  /** A binding's value wherever it is read, or undefined when writes before a read must be followed. */
  private bindingValue(variable: Variable, decl: TSESTree.VariableDeclarator, value: Value): Value | undefined {
    if (!containsContainer(value)) return value;
    // Other modules may change what a module exports.
    if (decl.parent && isExported(decl.parent)) return UNKNOWN;
    // TypeScript rejects writes through a read-only object: it keeps its value wherever it goes.
    if (readOnlyDeclaration(decl, value)) return value;
    return this.escapes(variable) ? undefined : value;
  }

  /**
   * A parameter: the argument of the call a frame evaluates (its default when the argument is
   * `undefined`); outside such a frame, any value — or the default, which is a fallback like
   * `x ?? "id"`.
   */
  private parameter(
    node: TSESTree.Identifier,
    variable: Variable,
    fn: TSESTree.FunctionLike,
    name: TSESTree.Identifier,
    depth: number,
    frame: Frame | undefined,
  ): Value {
    if (writtenAfterInit(variable)) return UNKNOWN;
    let f = frame;
    while (f && f.fn !== fn) f = f.parent;
    // The path from the parameter list down to the name: index, then destructuring keys and defaults.
    const steps: ({ key: string } | { fallback: Node })[] = [];
    let n: Node = name;
    let index = -1;
    for (;;) {
      const parent: Node | undefined = n.parent;
      if (!parent) return UNKNOWN;
      if (parent === fn) {
        index = fn.params.indexOf(n as TSESTree.Parameter);
        break;
      }
      if (parent.type === "AssignmentPattern" && parent.left === n) steps.unshift({ fallback: parent.right });
      else if (parent.type === "Property" && parent.value === n && parent.parent?.type === "ObjectPattern") {
        const key = propertyKeyName(parent);
        if (key === undefined) return UNKNOWN;
        steps.unshift({ key });
        n = parent.parent;
        continue;
      } else if (parent.type === "ArrayPattern") {
        const i = parent.elements.indexOf(n as TSESTree.DestructuringPattern);
        if (i < 0 || parent.elements.slice(0, i).some((e) => e?.type === "RestElement")) return UNKNOWN;
        steps.unshift({ key: String(i) });
      } else if (parent.type !== "TSParameterProperty") return UNKNOWN;
      n = parent;
    }
    if (index < 0 || fn.params.slice(0, index).some((p) => p.type === "RestElement")) return UNKNOWN;
    let value: Value = f ? this.argument(f, index) : UNKNOWN;
    for (const step of steps) {
      if ("key" in step) value = this.index(value, step.key);
      else value = withDefault(value, () => this.eval(step.fallback, depth + 1, f));
    }
    if (containsContainer(value) && this.escapes(variable)) return UNKNOWN;
    return value.kind === "unknown" ? (this.fallback?.(node) ?? UNKNOWN) : value;
  }

  /** The value of a call's argument at `index`, in the caller's frame (`undefined` when not passed). */
  private argument(frame: Frame, index: number): Value {
    const cached = frame.args[index];
    if (cached) return cached;
    let value: Value;
    if (frame.values) value = frame.values[index] ?? known(undefined);
    else if (!frame.call) value = UNKNOWN;
    else {
      const args = frame.call.arguments;
      if (args.slice(0, index + 1).some((a) => a.type === "SpreadElement")) value = UNKNOWN;
      else if (index >= args.length) value = known(undefined);
      else value = this.eval(args[index], 0, frame.parent);
    }
    frame.args[index] = value;
    return value;
  }

  /** `for (const x of list)`: x is one of the list's elements (an unknown one when the list may hold more). */
  private loopVariable(
    node: TSESTree.Identifier,
    variable: Variable,
    loop: TSESTree.ForOfStatement,
    name: TSESTree.Identifier,
    depth: number,
    frame: Frame | undefined,
  ): Value {
    if (writtenAfterInit(variable) || loop.await) return UNKNOWN;
    const decl = loop.left.type === "VariableDeclaration" ? loop.left.declarations[0] : undefined;
    if (!decl) return UNKNOWN;
    const list = this.eval(loop.right, depth + 1, frame);
    const values: Value[] = [];
    for (const alt of alternatives(list)) {
      if (alt.kind !== "array") return UNKNOWN;
      for (const el of alt.elements) values.push(el.value);
      // Elements no one can see (an unknown spread) may be the loop's value too.
      if (alt.open && !alt.elements.every((el) => el.repeated)) values.push(UNKNOWN);
    }
    let value = oneOf(values);
    if (decl.id !== name) value = this.patternValue(decl.id, name, value);
    if (containsContainer(value) && this.escapes(variable)) return UNKNOWN;
    return value;
  }

  /** The part of `value` a destructuring pattern binds to `name`, for keys and indexes only. */
  private patternValue(pattern: Node, name: TSESTree.Identifier, value: Value): Value {
    const keys = destructuringPath(pattern, name);
    if (!keys) return UNKNOWN;
    let v = value;
    for (const k of keys) v = this.index(v, k);
    return v;
  }

  /**
   * The object a variable holds at a read, when the only uses that may change it are property
   * writes (`params.x = …`) in the same function before the read: a write that certainly runs
   * before the read (a statement of a block the read is in, after the declaration) sets the
   * property; one that may run (inside an `if`, a `switch`, a `try`) adds its value as an
   * alternative. Undefined when anything else may change or keep the object, or a write's order
   * against the read is not plain (a loop around both, a closure).
   */
  private afterWrites(
    read: TSESTree.Identifier,
    variable: Variable,
    decl: TSESTree.VariableDeclarator,
    value: Value,
    depth: number,
    frame: Frame | undefined,
  ): Value | undefined {
    if (value.kind !== "object") return undefined;
    const writes = this.propertyWrites(variable);
    if (!writes) return undefined;
    const home = enclosingFunction(decl);
    if (enclosingFunction(read) !== home) return undefined;
    const props = new Map(value.props);
    for (const write of writes) {
      if (enclosingFunction(write) !== home) return undefined;
      const loop = enclosingLoop(write, home);
      if (write.range[0] > read.range[0]) {
        // A later write reaches this read only around a loop holding both.
        if (loop && within(read, loop)) return undefined;
        continue;
      }
      if (loop && within(read, loop)) return undefined;
      const key = memberName(write.left as TSESTree.MemberExpression);
      if (key === undefined) return undefined;
      const written = this.eval(write.right, depth + 1, frame);
      const prev = props.get(key);
      if (!loop && certainlyBefore(write, read)) {
        props.set(key, fixedProp(key, "always", write, written));
      } else if (prev) {
        // It may run: the written value on some paths, the previous one on the others.
        props.set(key, fixedProp(key, prev.presence, undefined, oneOf([prev.value, written])));
      } else {
        props.set(key, fixedProp(key, "maybe", undefined, written));
      }
    }
    return { kind: "object", props, open: value.open, node: value.node };
  }

  /**
   * The writes `v.key = …` (plain `=`, static key, a statement of its own) when they are the only
   * uses of the variable that may change or keep the object; undefined otherwise. Once per variable.
   */
  private propertyWrites(variable: Variable): TSESTree.AssignmentExpression[] | undefined {
    const cached = this.writesCache.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    let writes: TSESTree.AssignmentExpression[] | null = [];
    for (const ref of variable.references) {
      if (ref.init) continue;
      if (ref.isWrite()) {
        writes = null;
        break;
      }
      const id = ref.identifier as Node;
      const member = id.parent;
      const assignment = member?.parent;
      if (
        member?.type === "MemberExpression" &&
        member.object === id &&
        assignment?.type === "AssignmentExpression" &&
        assignment.left === member &&
        assignment.operator === "=" &&
        assignment.parent?.type === "ExpressionStatement" &&
        memberName(member) !== undefined
      ) {
        writes.push(assignment);
        continue;
      }
      if (this.isEscapingUse(id, variable)) {
        writes = null;
        break;
      }
    }
    this.writesCache.set(variable, writes);
    return writes ?? undefined;
  }

  /** `const { a: { b } } = init` → `init.a.b`, when the pattern has no defaults or rests. */
  private destructured(decl: TSESTree.VariableDeclarator, target: TSESTree.Identifier, depth: number, frame: Frame | undefined): Value {
    return this.patternValue(decl.id, target, this.eval(decl.init!, depth + 1, frame));
  }

  /** `v[k]`, also for arrays with a numeric key. */
  private index(v: Value, key: string): Value {
    if (v.kind === "oneOf") return oneOf(v.options.map((o) => this.index(o, key)));
    if (v.kind === "array") {
      if (key === "length") return v.open ? UNKNOWN : known(v.elements.length);
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || v.open) return UNKNOWN;
      return i < v.elements.length ? v.elements[i].value : ABSENT;
    }
    return get(v, key);
  }

  private member(node: TSESTree.MemberExpression, depth: number, frame: Frame | undefined): Value {
    let key = memberName(node);
    if (key === undefined && node.computed) {
      const s = single(this.eval(node.property, depth + 1, frame));
      if (s.ok && (typeof s.value === "string" || typeof s.value === "number")) key = String(s.value);
    }
    if (key === undefined) return UNKNOWN;
    const obj = this.eval(node.object, depth + 1, frame);
    const v = this.index(obj, key);
    if (v.kind === "unknown" && this.fallback) return this.fallback(node) ?? UNKNOWN;
    // A read that goes through an unknown or primitive never yields "absent" with certainty.
    return v;
  }

  /**
   * The value of `x` in `{...x}`. `...(cond && obj)` adds nothing when `cond` is falsy (every falsy
   * value spreads to no keys), so it is `obj` or nothing, whatever `cond` is.
   */
  private spreadValue(argument: Node, depth: number, frame: Frame | undefined): Value {
    const arg = unwrapExpression(argument);
    if (arg.type === "LogicalExpression" && arg.operator === "&&") {
      const left = this.eval(arg.left, depth + 1, frame);
      if (truthiness(left) === undefined) return oneOf([known(undefined), this.eval(arg.right, depth + 1, frame)], arg);
    }
    return this.eval(argument, depth + 1, frame);
  }

  private object(node: TSESTree.ObjectExpression, depth: number, frame: Frame | undefined): Value {
    // `toJSON` decides what is serialized (JSON.stringify, the SDK's body): the literal says nothing.
    if (node.properties.some((p) => p.type === "Property" && propertyKeyName(p) === "toJSON")) return UNKNOWN;
    return this.objectLiteral(node, depth, frame);
  }

  private objectLiteral(node: TSESTree.ObjectExpression, depth: number, frame: Frame | undefined): ObjectValue {
    const props = new Map<string, Prop>();
    let open = false;
    const properties = node.properties;
    for (let i = 0; i < properties.length; i++) {
      const p = properties[i];
      if (p.type === "SpreadElement") {
        open = mergeSpread(props, this.spreadValue(p.argument, depth, frame)) || open;
        continue;
      }
      if (p.type !== "Property") continue;
      let key = propertyKeyName(p);
      if (key === undefined && p.computed) {
        const s = single(this.eval(p.key, depth + 1, frame));
        if (s.ok && (typeof s.value === "string" || typeof s.value === "number")) key = String(s.value);
      }
      if (key === undefined || key === "__proto__") {
        // An unknown key may override any key written so far.
        for (const [k, prev] of props) props.set(k, fixedProp(k, prev.presence, prev.node, UNKNOWN));
        open = true;
        continue;
      }
      if (p.kind !== "init" || p.method) {
        props.set(key, fixedProp(key, "always", p, UNKNOWN));
        continue;
      }
      const valueNode = p.value;
      props.set(key, new LazyProp(key, "always", p, this, valueNode, depth + 1, frame));
    }
    return { kind: "object", props, open, node };
  }

  private array(node: TSESTree.ArrayExpression, depth: number, frame: Frame | undefined): Value {
    const elements: Element[] = [];
    let open = false;
    // True while unknown elements may stand right before the next known one.
    let gap = false;
    const push = (el: Element, gapBefore: boolean): void => {
      // Re-wrap (lazily) only when the position information changes.
      elements.push(el.gapBefore === gapBefore ? el : withGap(el, gapBefore));
    };
    const items = node.elements;
    for (let i = 0; i < items.length; i++) {
      const e = items[i];
      if (e === null) {
        elements.push({ node, value: known(undefined), gapBefore: gap });
        gap = false;
        continue;
      }
      if (e.type === "SpreadElement") {
        const spread = this.eval(e.argument, depth + 1, frame);
        if (spread.kind === "array") {
          spread.elements.forEach((el, i) => push(el, (i === 0 && gap) || Boolean(el.gapBefore)));
          if (spread.open) {
            open = true;
            gap = spread.elements.length === 0 || spread.tailOpen !== false;
          } else if (spread.elements.length > 0) {
            gap = false;
          }
        } else {
          open = true;
          gap = true;
        }
        continue;
      }
      elements.push(new LazyElement(e, gap, this, depth + 1, frame));
      gap = false;
    }
    return { kind: "array", elements, open, tailOpen: gap, node };
  }

  private call(node: TSESTree.CallExpression, depth: number, frame: Frame | undefined): Value {
    const callee = unwrapExpression(node.callee);
    if (callee.type === "MemberExpression") {
      const name = memberName(callee);
      // Only these methods are followed (`unknownInAnyFrame` relies on it).
      if (name === undefined || !FOLLOWED_METHODS.has(name)) return UNKNOWN;
      // Object.freeze(x) returns x.
      if (
        name === "freeze" &&
        callee.object.type === "Identifier" &&
        callee.object.name === "Object" &&
        node.arguments.length === 1 &&
        node.arguments[0].type !== "SpreadElement" &&
        this.isGlobal(callee.object)
      ) {
        return this.eval(node.arguments[0], depth + 1, frame);
      }
      if (name === "map" || name === "flatMap") return this.mapped(node, callee.object, node.arguments[0], name === "flatMap", depth, frame);
      // `Array.from(list, cb)`
      if (name === "from" && callee.object.type === "Identifier" && callee.object.name === "Array" && this.isGlobal(callee.object) && node.arguments.length === 2) {
        return this.mapped(node, node.arguments[0], node.arguments[1], false, depth, frame);
      }
      return UNKNOWN;
    }
    if (callee.type !== "Identifier") return UNKNOWN;
    const fn = this.localFunction(callee);
    if (!fn || fn.generator || this.isRecursive(fn, callee)) return UNKNOWN;
    // An async function's call is a promise; only `await f()` is the value it returns.
    if (fn.async && !isAwaited(node)) return UNKNOWN;
    const returns = this.returnsOf(fn);
    if (!returns) return UNKNOWN;
    // The function's value for this call's arguments (no frame needed when no return can depend on them).
    let values: Value[];
    if (returns.values.every(unknownInAnyFrame)) values = returns.values.map(() => UNKNOWN);
    else {
      const inner = (frame?.depth ?? 0) < MAX_FRAME_DEPTH ? new Frame(fn, node, frame) : frame;
      values = returns.values.map((r) => this.eval(r, depth + 1, inner));
    }
    if (returns.hasBareReturn) values.push(known(undefined));
    if (values.length === 0) return UNKNOWN; // it never returns
    return oneOf(values, node);
  }

  /**
   * `list.map(cb)`, `list.flatMap(cb)`, `Array.from(list, cb)` with a function written in place: a
   * list known element by element maps each with its own value (and index); any other list gives
   * an array whose every element is the callback's value with its parameters unknown (a repeated
   * element: any number of them, none included).
   */
  private mapped(
    node: TSESTree.CallExpression,
    receiver: Node,
    callback: Node | undefined,
    flat: boolean,
    depth: number,
    frame: Frame | undefined,
  ): Value {
    if (receiver.type === "SpreadElement" || !callback || (callback.type !== "ArrowFunctionExpression" && callback.type !== "FunctionExpression")) {
      return UNKNOWN;
    }
    if (callback.async || callback.generator) return UNKNOWN;
    const returns = this.returnsOf(callback);
    if (!returns || returns.values.length === 0) return UNKNOWN;
    const resultOf = (values: readonly Value[]): Value => {
      const inner = new Frame(callback, undefined, frame, values);
      const out = returns.values.map((r) => this.eval(r, depth + 1, inner));
      if (returns.hasBareReturn) out.push(known(undefined));
      return oneOf(out);
    };
    const elementNode = returns.values.length === 1 ? returns.values[0] : callback;
    const list = this.eval(receiver, depth + 1, frame);
    if (list.kind === "array" && !list.open && !list.elements.some((el) => el.repeated) && list.elements.length <= MAX_MAPPED) {
      const elements: Element[] = [];
      for (const [i, el] of list.elements.entries()) {
        const v = resultOf([el.value, known(i)]);
        if (!flat) {
          elements.push({ node: elementNode, value: v, gapBefore: false });
          continue;
        }
        // flatMap: an array result adds its elements; anything else is one element.
        if (v.kind === "array" && !v.open) elements.push(...v.elements.map((e) => withGap(e, false)));
        else if (v.kind === "array" || v.kind === "oneOf" || v.kind === "unknown") return this.repeatedOf(node, elementNode, v, flat);
        else elements.push({ node: elementNode, value: v, gapBefore: false });
      }
      return { kind: "array", elements, open: false, tailOpen: false, node };
    }
    const each = list.kind === "array" && list.elements.length > 0 && list.elements.every((el) => el.repeated) ? oneOf(list.elements.map((el) => el.value)) : UNKNOWN;
    return this.repeatedOf(node, elementNode, resultOf([each, UNKNOWN]), flat);
  }

  /** An array of any number of elements, each `value` (flattened once for `flatMap`). */
  private repeatedOf(node: Node, elementNode: Node, value: Value, flat: boolean): Value {
    let each = value;
    if (flat) {
      const parts: Value[] = [];
      for (const alt of alternatives(value)) {
        if (alt.kind !== "array") {
          parts.push(alt);
          continue;
        }
        for (const el of alt.elements) parts.push(el.value);
        if (alt.open && !alt.elements.every((el) => el.repeated)) parts.push(UNKNOWN);
      }
      each = oneOf(parts);
    }
    return { kind: "array", elements: [{ node: elementNode, value: each, gapBefore: true, repeated: true }], open: true, tailOpen: true, node };
  }

  /** The return points of a local function, computed once. */
  returnsOf(fn: TSESTree.FunctionLike): ReturnType<typeof returnsOf> {
    let r = this.returnsCache.get(fn);
    if (r === undefined) {
      r = returnsOf(fn, this.visitorKeys) ?? null;
      this.returnsCache.set(fn, r);
    }
    return r ?? undefined;
  }

  /** The file's text. */
  get text(): string {
    return this.sourceCode.text;
  }

  get visitorKeys(): Record<string, readonly string[] | undefined> {
    return this.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  }

  /**
   * True when the function refers to itself in its body: its calls may never return (or return
   * through paths a finite evaluation cannot follow), so their value is unknown.
   */
  private isRecursive(fn: TSESTree.FunctionLike, callee: TSESTree.Identifier): boolean {
    const cached = this.recursiveCache.get(fn);
    if (cached !== undefined) return cached;
    const variable = this.variableOf(callee);
    const body = fn.body;
    const result =
      !variable ||
      !body ||
      variable.references.some((r) => r.identifier.range[0] >= body.range[0] && r.identifier.range[1] <= body.range[1]);
    this.recursiveCache.set(fn, result);
    return result;
  }

  isGlobal(id: TSESTree.Identifier): boolean {
    const v = this.variableOf(id);
    return !v || v.defs.length === 0;
  }

  /** The function a callee identifier certainly refers to (a declaration or a const). */
  localFunction(id: TSESTree.Identifier): TSESTree.FunctionLike | undefined {
    const variable = this.variableOf(id);
    if (!variable || variable.defs.length !== 1) return undefined;
    const def = variable.defs[0];
    if (def.type === "FunctionName") {
      // `declare function f(…)` has no body to follow.
      if (writtenAfterInit(variable) || def.node.type !== "FunctionDeclaration") return undefined;
      return def.node;
    }
    if (def.type === "Variable") {
      const decl = singleAssignmentDeclarator(variable);
      if (!decl || decl.id !== def.name || !decl.init) return undefined;
      const init = unwrapExpression(decl.init);
      if (init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression") return init;
    }
    return undefined;
  }

  /**
   * True when an object bound to this variable may be changed or kept by other code: a write
   * through it, a mutating method call on it or a part of it, or handing it (or a part) to any
   * function that is not known to only read it, or to anything the analysis does not follow.
   */
  escapes(variable: Variable): boolean {
    const cached = this.escapeCache.get(variable);
    if (cached !== undefined) return cached;
    // Too long a chain of aliases to follow: assume the worst (and do not remember it).
    if (this.escapeDepth >= MAX_ESCAPE_DEPTH) return true;
    this.escapeCache.set(variable, false); // a cycle of aliases adds nothing new
    this.escapeDepth++;
    let result = true; // also when something below throws
    try {
      result = variable.references.some(
        (ref) => !ref.init && (ref.isWrite() || this.isEscapingUse(ref.identifier as TSESTree.Identifier, variable)),
      );
    } finally {
      this.escapeDepth--;
      this.escapeCache.set(variable, result);
    }
    return result;
  }

  /**
   * Follows a use of an object (an identifier, or the result of a call that returns it) outwards
   * through the expressions that pass it on, and tells whether it may be changed or kept.
   * Anything not recognised as a plain read counts as an escape.
   */
  private isEscapingUse(start: Node, variable: Variable): boolean {
    let n: Node = start;
    let throughMember = false;
    for (;;) {
      const parent: Node | undefined = n.parent;
      if (!parent) return false;
      switch (parent.type) {
        case "MemberExpression":
          if (parent.object !== n) return false; // used as a computed key
          n = parent;
          throughMember = true;
          continue;
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "TSNonNullExpression":
        case "TSTypeAssertion":
        case "TSInstantiationExpression":
        case "ChainExpression":
        case "AwaitExpression":
        case "LogicalExpression":
        case "ArrayExpression":
          // The value passes through: `(x as T)`, `await x`, `a || x`, `[x]`.
          n = parent;
          continue;
        case "ConditionalExpression":
          if (parent.test === n) return false;
          n = parent;
          continue;
        case "SequenceExpression":
          if (parent.expressions[parent.expressions.length - 1] !== n) return false;
          n = parent;
          continue;
        case "Property":
          // `{ key: x }`: x lives on inside the outer object; follow what happens to that.
          if (parent.value !== n || parent.parent?.type !== "ObjectExpression") return true;
          n = parent.parent;
          continue;
        case "SpreadElement":
          // `{...x}` / `[...x]` copy x (shallowly: the copy shares x's parts); `f(...x)` hands x over.
          if (parent.parent?.type !== "ObjectExpression" && parent.parent?.type !== "ArrayExpression") return true;
          n = parent.parent;
          continue;
        case "NewExpression":
          return !this.readOnlySink(parent);
        case "CallExpression": {
          if (parent.callee !== n) return !this.isReadOnlyCall(parent, n);
          // `x.push(…)`, `x.tools.splice(…)`: a method call on x or a part of it.
          const name = n.type === "MemberExpression" ? memberName(n) : undefined;
          if (name === undefined || !NON_MUTATING_METHODS.has(name)) return throughMember;
          // A callback gets the parts: it must only read them.
          if (CALLBACK_METHODS.has(name) && !this.callbackOnlyReads(parent.arguments[0])) return true;
          if (PRIMITIVE_RESULT_METHODS.has(name)) return false;
          // `x.tools.find(…)`, `x.tools.slice()`: the result may be (or hold) parts of x.
          n = parent;
          throughMember = true;
          continue;
        }
        case "VariableDeclarator": {
          if (parent.init !== n) return false;
          // `const alias = x`: x escapes when the alias does.
          for (const v of this.sourceCode.scopeManager?.getDeclaredVariables(parent) ?? []) {
            if (this.escapes(v as Variable)) return true;
          }
          return false;
        }
        case "ReturnStatement":
          return this.returnEscapes(enclosingFunction(parent), variable);
        case "ArrowFunctionExpression":
          return parent.body === n ? this.returnEscapes(parent, variable) : true;
        case "TemplateLiteral":
          // `${x}` makes a string; a tag function gets x itself.
          return parent.parent?.type === "TaggedTemplateExpression";
        case "UnaryExpression":
          return parent.operator === "delete";
        case "ForInStatement":
          return parent.left === n;
        case "ForOfStatement": {
          // `for (const x of list)`: the elements reach x; the list escapes when x does.
          if (parent.right !== n || parent.left.type !== "VariableDeclaration") return true;
          for (const v of this.sourceCode.scopeManager?.getDeclaredVariables(parent.left.declarations[0]) ?? []) {
            if (this.escapes(v as Variable)) return true;
          }
          return false;
        }
        case "ExpressionStatement":
        case "IfStatement":
        case "WhileStatement":
        case "DoWhileStatement":
        case "ForStatement":
        case "SwitchStatement":
        case "SwitchCase":
        case "BinaryExpression":
        case "TSTypeQuery":
        case "TSQualifiedName":
          // Read, compared, tested or discarded.
          return false;
        case "ExportSpecifier":
        case "ExportDefaultDeclaration":
          // Other modules may change what a module exports (`export { base }`, `export default base`).
          return true;
        default:
          // Assignments (a write through x, or x stored elsewhere), `yield`, `throw`, class
          // fields, JSX attributes, destructuring targets, `for (… of x)`: all may change or keep x.
          return true;
      }
    }
  }

  /**
   * A function returns the object (or a part of it): it escapes unless every caller only reads
   * the result. Followed for local functions called by name, and for the callbacks of the array
   * methods that pass their result on (`x.tools.map((t) => t)`); any other function may be
   * called from anywhere.
   */
  private returnEscapes(fn: TSESTree.FunctionLike | undefined, variable: Variable): boolean {
    if (!fn) return true;
    let inProgress = this.returnsInProgress.get(fn);
    if (inProgress?.has(variable)) return false; // a recursive call adds no new caller
    if (this.escapeDepth >= MAX_ESCAPE_DEPTH) return true;
    if (!inProgress) this.returnsInProgress.set(fn, (inProgress = new Set()));
    inProgress.add(variable);
    this.escapeDepth++;
    try {
      const call = fn.parent;
      if (call?.type === "CallExpression") {
        // `(() => x)()`: the result is the call's value.
        if (call.callee === fn) return this.isEscapingUse(call, variable);
        const name = call.callee.type === "MemberExpression" ? memberName(call.callee) : undefined;
        // The callback of a part's array method returns (a part of) its parameter, a part handed
        // in by `x.tools.map(…)` itself: the result flows into the method's result.
        const isParameter = variable.defs.length > 0 && variable.defs.every((d) => d.type === "Parameter" && d.node === fn);
        if (call.arguments[0] === fn && name !== undefined && CALLBACK_METHODS.has(name) && isParameter) {
          return this.isEscapingUse(call, variable);
        }
        return true;
      }
      const variables = this.functionVariables(fn);
      if (!variables) return true;
      for (const fnVariable of variables) {
        for (const ref of fnVariable.references) {
          if (ref.init) continue;
          const id = ref.identifier as Node;
          const use = id.parent;
          if (use?.type !== "CallExpression" || use.callee !== id) return true; // passed on, exported by name, …
          if (this.isEscapingUse(use, variable)) return true;
        }
      }
      return false;
    } finally {
      this.escapeDepth--;
      inProgress.delete(variable);
      if (inProgress.size === 0) this.returnsInProgress.delete(fn);
    }
  }

  /**
   * The variables a local function is called through (`function f`, `const f = () => …`, and the
   * own name of a function expression), or undefined when it may be reached otherwise (exported,
   * a method, an argument, …).
   */
  private functionVariables(fn: TSESTree.FunctionLike): Variable[] | undefined {
    const scopeManager = this.sourceCode.scopeManager;
    if (!scopeManager) return undefined;
    const byName = (node: Node, name: string): Variable | undefined =>
      scopeManager.getDeclaredVariables(node).find((v) => v.name === name && v.defs.some((d) => d.type === "FunctionName")) as Variable | undefined;
    if (fn.type === "FunctionDeclaration") {
      if (!fn.id || isExported(fn)) return undefined;
      const v = byName(fn, fn.id.name);
      return v ? [v] : undefined;
    }
    const parent = fn.parent;
    if (parent?.type !== "VariableDeclarator" || parent.init !== fn || parent.id.type !== "Identifier") return undefined;
    if (parent.parent?.type === "VariableDeclaration" && isExported(parent.parent)) return undefined;
    const v = scopeManager.getDeclaredVariables(parent)[0] as Variable | undefined;
    if (!v || singleAssignmentDeclarator(v) !== parent) return undefined;
    const out = [v];
    if (fn.type === "FunctionExpression" && fn.id) {
      const own = byName(fn, fn.id.name);
      if (!own) return undefined;
      out.push(own);
    }
    return out;
  }

  /** A callback handed parts of an object: a function literal whose parameters only read them. */
  private callbackOnlyReads(arg: Node | undefined): boolean {
    if (!arg) return true;
    if (arg.type !== "ArrowFunctionExpression" && arg.type !== "FunctionExpression") return false;
    const scopeManager = this.sourceCode.scopeManager;
    if (!scopeManager) return false;
    // `function () { arguments[0].x = 1; }` reaches the parts without a parameter.
    const args = scopeManager.acquire(arg)?.set.get("arguments");
    if (args && args.references.length > 0) return false;
    const variables = scopeManager.getDeclaredVariables(arg);
    for (const v of variables) {
      if (v.defs.some((d) => d.type === "Parameter") && this.escapes(v as Variable)) return false;
    }
    return true;
  }

  /**
   * True when a call only reads the argument `arg`: an SDK request method or client constructor,
   * `JSON.stringify` or `console.*`, one of the SDK's output-format helpers, or a local function
   * whose parameter at that position neither changes nor keeps what it gets.
   */
  private isReadOnlyCall(call: TSESTree.CallExpression, arg: Node): boolean {
    if (this.readOnlySink(call)) return true;
    const callee = unwrapExpression(call.callee);
    if (callee.type === "MemberExpression") {
      const name = memberName(callee);
      if (callee.object.type === "Identifier" && name !== undefined && this.isGlobal(callee.object)) {
        return READ_ONLY_CALLEES.has(`${callee.object.name}.${name}`);
      }
      return false;
    }
    if (callee.type !== "Identifier") return false;
    if (this.isSdkHelper(callee)) return true;
    const fn = this.localFunction(callee);
    if (!fn || this.usesArguments(fn)) return false;
    const index = call.arguments.indexOf(arg as TSESTree.CallExpressionArgument);
    if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === "SpreadElement")) return false;
    const param = fn.params[index];
    // Not passed on to a parameter at all (more arguments than parameters): nothing can reach it.
    if (!param) return !fn.params.some((p) => p.type === "RestElement");
    const id = param.type === "AssignmentPattern" ? param.left : param;
    if (id.type !== "Identifier") return false;
    const variable = this.sourceCode.scopeManager?.getDeclaredVariables(fn).find((v) => v.name === id.name) as Variable | undefined;
    return variable !== undefined && !this.escapes(variable);
  }

  /** True when a function body reads `arguments` (it can reach every argument without a parameter). */
  private usesArguments(fn: TSESTree.FunctionLike): boolean {
    if (fn.type === "ArrowFunctionExpression") return false;
    const args = this.sourceCode.scopeManager?.acquire(fn)?.set.get("arguments");
    return !!args && args.references.length > 0;
  }

  /** The SDK's output-format helpers (`zodOutputFormat`, `jsonSchemaOutputFormat`, …): they read a schema and build a new one. */
  private isSdkHelper(callee: TSESTree.Identifier): boolean {
    const def = this.variableOf(callee)?.defs[0];
    if (def?.type !== "ImportBinding" || def.node.type !== "ImportSpecifier") return false;
    const source = (def.parent as TSESTree.ImportDeclaration | null)?.source.value;
    if (typeof source !== "string" || !source.startsWith("@anthropic-ai/sdk/helpers/")) return false;
    const imported = def.node.imported;
    return READ_ONLY_SDK_HELPERS.has(imported.type === "Identifier" ? imported.name : imported.value);
  }
}

/** `for (const x of list)`: the loop that declares this declarator, if it is one. */
function forOfLoop(decl: TSESTree.VariableDeclarator): TSESTree.ForOfStatement | undefined {
  const declaration = decl.parent;
  const loop = declaration?.parent;
  return loop?.type === "ForOfStatement" && loop.left === declaration ? loop : undefined;
}

/** True when `inner` lies inside `outer` in the source. */
function within(inner: Node, outer: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The innermost loop around a node, below the function `home` (or the program). */
function enclosingLoop(node: Node, home: TSESTree.FunctionLike | undefined): Node | undefined {
  for (let n = node.parent; n && n !== home; n = n.parent) {
    if (n.type === "ForStatement" || n.type === "ForInStatement" || n.type === "ForOfStatement" || n.type === "WhileStatement" || n.type === "DoWhileStatement") {
      return n;
    }
  }
  return undefined;
}

/**
 * True when the statement of `write` certainly runs before `read` does: it is a statement of a
 * block (or a `switch` case) that holds the read after it. Entering the block runs its statements
 * in order, so the read is reached only through the write.
 */
function certainlyBefore(write: TSESTree.AssignmentExpression, read: Node): boolean {
  const statement = write.parent;
  const block = statement?.parent;
  if (statement?.type !== "ExpressionStatement" || !block) return false;
  if (block.type !== "BlockStatement" && block.type !== "Program" && block.type !== "StaticBlock" && block.type !== "SwitchCase") return false;
  return within(read, block) && read.range[0] >= statement.range[1];
}

/**
 * True when TypeScript keeps the declared object from being written to wherever it goes: `as const`
 * (read-only all the way down); or, only one level deep, `Object.freeze(…)`, `Readonly<…>` and
 * `readonly T[]` — then only when the object holds nothing but primitives.
 */
function readOnlyDeclaration(decl: TSESTree.VariableDeclarator, value: Value): boolean {
  for (let n: Node | null | undefined = decl.init; n && isTsWrapper(n); n = n.expression) {
    if (n.type === "TSAsExpression" && n.typeAnnotation.type === "TSTypeReference" && n.typeAnnotation.typeName.type === "Identifier" && n.typeAnnotation.typeName.name === "const") {
      return true;
    }
  }
  const init = decl.init ? unwrapExpression(decl.init) : undefined;
  const frozen =
    init?.type === "CallExpression" &&
    init.callee.type === "MemberExpression" &&
    init.callee.object.type === "Identifier" &&
    init.callee.object.name === "Object" &&
    memberName(init.callee) === "freeze";
  const annotation = decl.id.type === "Identifier" ? decl.id.typeAnnotation?.typeAnnotation : undefined;
  const readonlyType =
    (annotation?.type === "TSTypeReference" && annotation.typeName.type === "Identifier" && ["Readonly", "ReadonlyArray"].includes(annotation.typeName.name)) ||
    (annotation?.type === "TSTypeOperator" && annotation.operator === "readonly");
  if (!frozen && !readonlyType) return false;
  return alternatives(value).every((alt) => {
    if (alt.kind === "object") return !alt.open && [...alt.props.values()].every((p) => !containsContainer(p.value));
    if (alt.kind === "array") return !alt.open && alt.elements.every((el) => !containsContainer(el.value));
    return true;
  });
}

/** A parameter's value with its default: where the argument is (or may be) `undefined`, the default. */
function withDefault(value: Value, fallback: () => Value): Value {
  const out: Value[] = [];
  let needed = false;
  for (const alt of alternatives(value)) {
    if (alt.kind === "known" && alt.value === undefined) needed = true;
    else {
      out.push(alt);
      if (alt.kind === "unknown") needed = true;
    }
  }
  if (needed) out.push(fallback());
  return oneOf(out);
}

/** True when a call's value is awaited right away (`await f()`, `await (f() as T)`). */
function isAwaited(call: Node): boolean {
  let n = call;
  for (;;) {
    const p = n.parent;
    if (!p) return false;
    if (p.type === "AwaitExpression") return true;
    if (isTsWrapper(p) || p.type === "ChainExpression") {
      n = p;
      continue;
    }
    return false;
  }
}

/** The only methods whose call `call` follows (`list.map(cb)`, `Array.from(list, cb)`, `Object.freeze(x)`). */
const FOLLOWED_METHODS: ReadonlySet<string> = new Set(["map", "flatMap", "from", "freeze"]);

/**
 * True when `compute` answers unknown for the expression in every frame, whatever the arguments:
 * a call of another method (`text.trim().slice(0, n)`), a `new`, a function, an assignment.
 */
function unknownInAnyFrame(node: Node): boolean {
  let n = node;
  while (isTsWrapper(n) || n.type === "AwaitExpression" || n.type === "ChainExpression") n = isTsWrapper(n) || n.type === "ChainExpression" ? n.expression : n.argument;
  switch (n.type) {
    case "CallExpression": {
      const callee = unwrapExpression(n.callee);
      if (callee.type !== "MemberExpression") return false;
      const name = memberName(callee);
      return name === undefined || !FOLLOWED_METHODS.has(name);
    }
    case "NewExpression":
    case "ThisExpression":
    case "ArrowFunctionExpression":
    case "FunctionExpression":
    case "ClassExpression":
    case "AssignmentExpression":
    case "UpdateExpression":
    case "TaggedTemplateExpression":
      return true;
    default:
      return false;
  }
}

function isFunctionNode(n: Node): n is TSESTree.FunctionLike {
  return n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";
}

/** The function a node runs in, if any. */
function enclosingFunction(node: Node): TSESTree.FunctionLike | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionNode(n)) return n;
  return undefined;
}

/** True when a function or declaration is exported from the module. */
function isExported(node: Node): boolean {
  const p = node.parent;
  return p?.type === "ExportNamedDeclaration" || p?.type === "ExportDefaultDeclaration";
}

/** True when a frame of the chain holds the node (its value may differ from call to call). */
function inFrames(frame: Frame | undefined, node: Node): boolean {
  for (let f = frame; f; f = f.parent) if (f.contains(node)) return true;
  return false;
}

/**
 * True when a read of a variable may run before its declarator: it comes earlier in the source
 * (or inside the initializer) and is not deferred inside a function of its own.
 */
function readsBeforeDeclaration(id: Node, decl: TSESTree.VariableDeclarator): boolean {
  if (id.range[0] >= decl.range[1]) return false;
  const home = enclosingFunction(decl);
  for (let n = id.parent; n && n !== home; n = n.parent) {
    if (isFunctionNode(n)) return false;
  }
  return true;
}

function containsContainer(value: Value): boolean {
  return alternatives(value).some((a) => a.kind === "object" || a.kind === "array");
}

/** True when spreading this alternative may set keys the analysis cannot name. */
function addsUnknownKeys(a: Value): boolean {
  if (a.kind === "unknown") return true;
  if (a.kind === "known") return typeof a.value === "string" && a.value !== "";
  if (a.kind === "object" || a.kind === "array") return a.open || (a.kind === "array" && a.elements.length > 0);
  return true;
}

/**
 * Merge a spread `...spread` into `props` (in place). Returns true when the result becomes open.
 * Each alternative of the spread is applied to the keys written so far: an object overrides the
 * keys it has (a `maybe` key overrides on some paths), a nullish value changes nothing, and an
 * unknown value may override everything.
 */
function mergeSpread(props: Map<string, Prop>, spread: Value): boolean {
  const alts = alternatives(spread);
  let open = false;
  for (const a of alts) if (addsUnknownKeys(a)) open = true;
  // Keys written so far change only when some alternative may set them.
  const keys = new Set(open ? props.keys() : []);
  for (const a of alts) if (a.kind === "object") for (const k of a.props.keys()) keys.add(k);
  const single = alts.length === 1 && alts[0].kind === "object" ? (alts[0] as ObjectValue) : undefined;
  for (const key of keys) {
    const prev = props.get(key);
    // Fast path: one object that certainly sets the key.
    if (single) {
      const p = single.props.get(key);
      if (p && p.presence === "always") {
        props.set(key, p);
        continue;
      }
    }
    const values: Value[] = [];
    let always = true;
    let present = false;
    let node: Node | undefined;
    for (const a of alts) {
      const viaPrev = (): void => {
        if (prev) {
          values.push(prev.value);
          present = true;
          node ??= prev.node;
          if (prev.presence !== "always") always = false;
        } else always = false;
      };
      if (a.kind === "object") {
        const p = a.props.get(key);
        if (p) {
          values.push(p.value);
          present = true;
          node ??= p.node;
          if (p.presence !== "always") viaPrev();
        } else if (a.open) {
          values.push(UNKNOWN);
          present = true;
          if (!prev || prev.presence !== "always") always = false;
        } else viaPrev();
      } else if (addsUnknownKeys(a)) {
        values.push(UNKNOWN);
        present = true;
        if (!prev || prev.presence !== "always") always = false;
      } else viaPrev();
    }
    if (!present) continue;
    props.set(key, fixedProp(key, always ? "always" : "maybe", values.length === 1 ? node : undefined, oneOf(values)));
  }
  return open;
}

