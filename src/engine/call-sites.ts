/**
 * Finds Anthropic clients and the calls that send a Messages request, soundly: a receiver counts
 * only when it resolves, through scope analysis, to an SDK import. Names alone never decide (a
 * local class called `Anthropic`, Twilio's `client.messages.create`, OpenAI's chat API all stay
 * out).
 *
 * Resolution follows: every import form of the four SDK packages (default, named, aliased,
 * namespace, `import x = require()`, `require()`, `await import()`), `const`/never-reassigned
 * `let` bindings and destructuring, `new Client()`, `client.withOptions()`, class fields
 * (`this.client`, assigned in the class or declared with an SDK type), parameters and fields whose
 * type annotation names a client class (also through a local type alias, a union with
 * `null`/`undefined`, or `InstanceType<typeof Client>`), local factory functions whose every
 * return is a client, and TS casts anywhere on the way.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Evaluator } from "./evaluate";
import { guard } from "../kit/guard";
import { singleAssignmentDeclarator, writtenAfterInit } from "./evaluate";
import { destructuringPath, isTsWrapper, memberName, nodeAt, nodesAtWord, propertyKeyName, stringLiteral, unwrapExpression } from "../kit/ast";
import type { WrapperSite } from "../sources/wrapper";
import { ENDPOINT_NAMES, SDK_PACKAGES, SDK_PACKAGE_PREFIX, RESOURCE_NAMES, requestMethodOf, type Platform, type RequestMethod } from "../sources/sdk";

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

export interface ClientRef {
  readonly kind: "client";
  readonly pkg: string;
  readonly platform: Platform;
  readonly className: string;
  /** The `new X(options)` that built it, when there is exactly one. */
  readonly construction?: TSESTree.NewExpression;
  /** `withOptions(…)` calls between the construction and this use, outermost last. */
  readonly withOptions: readonly TSESTree.CallExpression[];
}

type Entity =
  | { readonly kind: "module"; readonly pkg: string; readonly viaRequire: boolean }
  | { readonly kind: "class"; readonly pkg: string; readonly name: string }
  | ClientRef
  | { readonly kind: "resource"; readonly client: ClientRef; readonly path: readonly string[] }
  /** A class declared in this file, and an instance of it: their members are looked up in source. */
  | { readonly kind: "localClass"; readonly cls: ClassNode }
  | { readonly kind: "instance"; readonly cls: ClassNode };

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * Where a request comes from: an SDK method call (`sdk`), a raw HTTP call to the API (`http`), or
 * an object typed as an SDK request type (`typed`: annotation, `satisfies` or `as`).
 */
export type SiteKind = "sdk" | "http" | "typed";

interface SiteBase {
  /**
   * The client that sends it. For `http` and `typed` sites a stand-in whose construction is not
   * known, so every check that depends on client options stays silent there.
   */
  readonly client: ClientRef;
  readonly method: RequestMethod;
  readonly beta: boolean;
  /** The body node, unwrapped of casts. */
  readonly body: Node | undefined;
  /** The request options node (SDK second argument), unwrapped of casts. */
  readonly options: Node | undefined;
  /** True when the options cannot be known from the call (a spread argument). */
  readonly optionsUnknown?: boolean;
}

export interface CallSite extends SiteBase {
  readonly kind: "sdk" | "http";
  readonly node: TSESTree.CallExpression;
  /** `http`: the headers object node, when one is given. */
  readonly headers?: Node;
}

export interface TypedSite extends SiteBase {
  readonly kind: "typed";
  /** The declarator or the `satisfies` / `as` expression. */
  readonly node: TSESTree.Node;
}

/** A request sent through a wrapper library (AI SDK, Mastra, LangChain.js): see `sources/wrapper.ts`. */
export type RequestSite = CallSite | TypedSite | WrapperSite;

const MAX_DEPTH = 30;
/** Answers computed at most this deep are memoized (they have nearly the whole budget). */
const MEMO_DEPTH = 3;

/** Generic types whose members are (a subset of) their first argument's. */
const TYPE_WRAPPERS: ReadonlySet<string> = new Set(["Pick", "Omit", "Readonly", "NonNullable", "Required"]);

/** The client of requests that are not sent through an SDK client (raw HTTP, typed objects). */
export const NO_CLIENT: ClientRef = Object.freeze({
  kind: "client",
  pkg: "",
  platform: "anthropic",
  className: "",
  withOptions: [],
});

/** What type information can say about an expression (see type-info.ts). */
export type TypeFallback = (
  node: Node,
) => { kind: "client"; pkg: string; className: string } | { kind: "resource"; pkg: string; className: string; path: readonly string[] } | undefined;

function platformOf(pkg: string): Platform {
  return SDK_PACKAGES.get(pkg)?.platform ?? "anthropic";
}


export class CallSites {
  private readonly entityCache = new WeakMap<Node, Entity | null>();
  private readonly inProgress = new Set<Node>();
  private readonly siteCache = new WeakMap<Node, CallSite | null>();
  private readonly overwrittenCache = new WeakMap<Variable, boolean>();
  private readonly classAssignments = new WeakMap<Node, Map<string, TSESTree.AssignmentExpression[]>>();
  private readonly classMembers = new WeakMap<Node, Map<string, Entity | null>>();

  constructor(
    private readonly evaluator: Evaluator,
    private readonly typeFallback?: TypeFallback,
    /** SDK packages the file replaces with a test double (`vi.mock(pkg)`): none of their clients is real. */
    private readonly mocked: () => ReadonlySet<string> = () => new Set(),
  ) {}

  /** An SDK package whose clients are real in this file (not replaced by a module mock). */
  private isRealSdk(pkg: string): boolean {
    return SDK_PACKAGES.has(pkg) && !this.mocked().has(pkg);
  }

  /** The request this call sends, or null when it is not an Anthropic request call. */
  siteOf(call: TSESTree.CallExpression): CallSite | null {
    const cached = this.siteCache.get(call);
    if (cached !== undefined) return cached;
    const site = guard(() => this.computeSite(call), null);
    this.siteCache.set(call, site);
    return site;
  }

  private computeSite(call: TSESTree.CallExpression): CallSite | null {
    const target = this.methodCall(call);
    if (!target) return null;
    const name = memberName(target.method);
    if (name === undefined || !ENDPOINT_NAMES.has(name)) return null;
    const receiver = this.resolve(target.method.object, 0);
    if (!receiver || receiver.kind !== "resource") return null;
    const kind = requestMethodOf(receiver.path, name);
    if (!kind) return null;
    const [a0, a1] = target.args;
    return {
      kind: "sdk",
      node: call,
      client: receiver.client,
      method: kind.method,
      beta: kind.beta,
      body: a0 && a0.type !== "SpreadElement" ? unwrapExpression(a0) : undefined,
      options: a1 && a1.type !== "SpreadElement" ? unwrapExpression(a1) : undefined,
      optionsUnknown: a1?.type === "SpreadElement" || target.args.slice(0, 1).some((a) => a.type === "SpreadElement") || target.restUnknown,
    };
  }

  /**
   * The SDK method a call invokes and the arguments it gets: `x.create(a, b)`, and the same method
   * through `x.create.call(thisArg, a, b)`, `x.create.apply(thisArg, [a, b])`,
   * `x.create.bind(thisArg)(a, b)` or a const bound that way (`const create = x.create.bind(x)`).
   */
  private methodCall(
    call: TSESTree.CallExpression,
  ): { method: TSESTree.MemberExpression; args: readonly TSESTree.CallExpressionArgument[]; restUnknown: boolean } | undefined {
    const callee = unwrapExpression(call.callee);
    if (callee.type === "MemberExpression") {
      const name = memberName(callee);
      const inner = unwrapExpression(callee.object);
      if (name === "call" && inner.type === "MemberExpression") return { method: inner, args: call.arguments.slice(1), restUnknown: false };
      if (name === "apply" && inner.type === "MemberExpression") {
        const list = call.arguments[1] && unwrapExpression(call.arguments[1]);
        if (list?.type !== "ArrayExpression" || list.elements.some((e) => e === null)) return undefined;
        return { method: inner, args: list.elements as TSESTree.CallExpressionArgument[], restUnknown: false };
      }
      return { method: callee, args: call.arguments, restUnknown: false };
    }
    // `x.create.bind(x)(…)` or `create(…)` with `const create = x.create.bind(x)`
    let bound: Node | undefined = callee;
    if (callee.type === "Identifier") {
      const variable = this.evaluator.variableOf(callee);
      const decl = variable && variable.defs.length === 1 ? singleAssignmentDeclarator(variable) : undefined;
      bound = decl && decl.id === variable?.defs[0].name && decl.init ? unwrapExpression(decl.init) : undefined;
    }
    if (bound?.type !== "CallExpression") return undefined;
    const bindCallee = unwrapExpression(bound.callee);
    if (bindCallee.type !== "MemberExpression" || memberName(bindCallee) !== "bind" || bound.arguments.length !== 1) return undefined;
    const method = unwrapExpression(bindCallee.object);
    return method.type === "MemberExpression" ? { method, args: call.arguments, restUnknown: false } : undefined;
  }

  /** The client a `new X(…)` builds, when X is certainly an SDK client class. */
  clientOfNew(node: TSESTree.NewExpression): ClientRef | undefined {
    return guard(() => {
      const e = this.resolve(node, 0);
      return e?.kind === "client" ? e : undefined;
    }, undefined);
  }

  /** The client a `x.withOptions(…)` call is made on, when x is certainly an SDK client. */
  clientOfWithOptions(node: TSESTree.CallExpression): ClientRef | undefined {
    return guard(() => {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== "MemberExpression" || memberName(callee) !== "withOptions") return undefined;
      const e = this.resolve(callee.object, 0);
      return e?.kind === "client" ? e : undefined;
    }, undefined);
  }

  /**
   * True when the program assigns to a member of an SDK client class's prototype
   * (`Anthropic.prototype.x = …`, `Object.defineProperty(Anthropic.prototype, …)`).
   */
  patchesClassPrototype(program: TSESTree.Program): boolean {
    const isSdkPrototype = (n: Node): boolean => {
      let m = unwrapExpression(n);
      while (m.type === "MemberExpression") {
        if (memberName(m) === "prototype") return this.resolve(m.object, 0)?.kind === "class";
        m = unwrapExpression(m.object);
      }
      return false;
    };
    // Each such write names `prototype` in a member chain: start from where the word is written.
    for (const at of nodesAtWord(program, this.evaluator.text, "prototype", this.evaluator.visitorKeys)) {
      const key = at.type === "TemplateElement" ? at.parent : at;
      const member = key?.parent;
      if (member?.type !== "MemberExpression" || member.property !== key) continue;
      // The whole chain the member is part of (`X.prototype.a.b`, `(X.prototype as any).a`).
      let top: Node = member;
      for (let p = top.parent; p; p = top.parent) {
        if ((p.type === "MemberExpression" && p.object === top) || ((isTsWrapper(p) || p.type === "ChainExpression") && p.expression === top)) top = p;
        else break;
      }
      const parent = top.parent;
      if (parent?.type === "AssignmentExpression" && parent.left === top && top.type === "MemberExpression" && isSdkPrototype(top.object)) return true;
      if (parent?.type === "CallExpression" && parent.arguments[0] === top && isSdkPrototype(top)) {
        const callee = unwrapExpression(parent.callee);
        const name = callee.type === "MemberExpression" ? memberName(callee) : undefined;
        if (name === "defineProperty" || name === "defineProperties" || name === "assign") return true;
      }
    }
    return false;
  }

  private resolve(node: Node, depth: number): Entity | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const cached = this.entityCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(node)) return undefined;
    this.inProgress.add(node);
    let result: Entity | undefined;
    try {
      result = this.computeEntity(node, depth);
      if (!result && this.typeFallback && (node.type === "Identifier" || node.type === "MemberExpression" || node.type === "CallExpression")) {
        result = this.fromType(node);
      }
    } finally {
      this.inProgress.delete(node);
    }
    this.entityCache.set(node, result ?? null);
    return result;
  }

  /** With type information: the client or resource the expression's type names. */
  private fromType(node: Node): Entity | undefined {
    const typed = this.typeFallback?.(node);
    if (!typed) return undefined;
    const client: ClientRef = { kind: "client", pkg: typed.pkg, platform: platformOf(typed.pkg), className: typed.className, withOptions: [] };
    return typed.kind === "client" ? client : { kind: "resource", client, path: typed.path };
  }

  private computeEntity(node: Node, depth: number): Entity | undefined {
    if (isTsWrapper(node)) return this.resolve(node.expression, depth + 1);
    switch (node.type) {
      case "ChainExpression":
        return this.resolve(node.expression, depth + 1);
      case "AwaitExpression":
        return this.resolve(node.argument, depth + 1);
      case "ImportExpression": {
        const pkg = stringLiteral(node.source);
        return pkg && this.isRealSdk(pkg) ? { kind: "module", pkg, viaRequire: false } : undefined;
      }
      case "Identifier":
        return this.identifier(node, depth);
      case "MemberExpression": {
        const name = memberName(node);
        if (name === undefined) return undefined;
        if (unwrapExpression(node.object).type === "ThisExpression") {
          const cls = enclosingClass(node);
          return cls ? this.classMember(cls, name, depth) : undefined;
        }
        const obj = this.resolve(node.object, depth + 1);
        return obj ? this.memberOf(obj, name) : undefined;
      }
      case "NewExpression": {
        const callee = this.resolve(node.callee, depth + 1);
        if (!callee) return undefined;
        if (callee.kind === "class") {
          return { kind: "client", pkg: callee.pkg, platform: platformOf(callee.pkg), className: callee.name, construction: node, withOptions: [] };
        }
        if (callee.kind === "module" && callee.viaRequire && SDK_PACKAGES.get(callee.pkg)?.requireIsConstructor) {
          const cls = SDK_PACKAGES.get(callee.pkg)!.defaultClass;
          return { kind: "client", pkg: callee.pkg, platform: platformOf(callee.pkg), className: cls, construction: node, withOptions: [] };
        }
        if (callee.kind === "localClass") return { kind: "instance", cls: callee.cls };
        return undefined;
      }
      case "CallExpression":
        return this.call(node, depth);
      case "ConditionalExpression":
      case "LogicalExpression": {
        // `cond ? new Anthropic(a) : new Anthropic(b)`, `injected ?? new Anthropic()`: a client
        // only when every branch that can yield a value is one.
        return this.sameClient(node.type === "ConditionalExpression" ? [node.consequent, node.alternate] : [node.left, node.right], depth);
      }
      default:
        return undefined;
    }
  }

  private memberOf(obj: Entity, name: string): Entity | undefined {
    switch (obj.kind) {
      case "module": {
        const info = SDK_PACKAGES.get(obj.pkg);
        if (!info) return undefined;
        if (name === "default") {
          // `require(pkg).default` and `(await import(pkg)).default` are the default class.
          return { kind: "class", pkg: obj.pkg, name: info.defaultClass };
        }
        if (info.classes.has(name)) return { kind: "class", pkg: obj.pkg, name };
        return undefined;
      }
      case "class":
      case "localClass":
        return undefined;
      case "instance":
        return this.classMember(obj.cls, name, 0);
      case "client":
        return RESOURCE_NAMES.has(name) ? { kind: "resource", client: obj, path: [name] } : undefined;
      case "resource":
        return RESOURCE_NAMES.has(name) ? { kind: "resource", client: obj.client, path: [...obj.path, name] } : undefined;
    }
  }

  private call(node: TSESTree.CallExpression, depth: number): Entity | undefined {
    const callee = unwrapExpression(node.callee);
    if (callee.type === "Identifier" && callee.name === "require" && this.evaluator.isGlobal(callee)) {
      const pkg = stringLiteral(node.arguments[0]);
      return pkg && this.isRealSdk(pkg) ? { kind: "module", pkg, viaRequire: true } : undefined;
    }
    if (callee.type === "MemberExpression" && memberName(callee) !== "withOptions") {
      // `this.makeClient()`, `await this.init()`: a method of a class of this file.
      const name = memberName(callee);
      if (name === undefined) return undefined;
      const cls =
        unwrapExpression(callee.object).type === "ThisExpression"
          ? enclosingClass(callee)
          : ((): ClassNode | undefined => {
              const o = this.resolve(callee.object, depth + 1);
              return o?.kind === "instance" ? o.cls : undefined;
            })();
      return cls ? this.methodResult(cls, name, depth) : undefined;
    }
    if (callee.type === "MemberExpression" && memberName(callee) === "withOptions") {
      const obj = this.resolve(callee.object, depth + 1);
      if (obj?.kind === "client") return { ...obj, withOptions: [...obj.withOptions, node] };
      return undefined;
    }
    if (callee.type === "Identifier") {
      // A local factory: every return value must be a client of the same package.
      const fn = this.evaluator.localFunction(callee);
      return fn ? this.functionResult(fn, depth) : undefined;
    }
    return undefined;
  }

  private identifier(node: TSESTree.Identifier, depth: number): Entity | undefined {
    const variable = this.evaluator.variableOf(node);
    if (!variable || variable.defs.length === 0) return undefined;
    return this.variable(variable, depth);
  }

  private variable(variable: Variable, depth: number): Entity | undefined {
    const entity = this.variableEntity(variable, depth);
    // A client whose methods or resources are replaced (a test mock: `client.messages.create =
    // vi.fn()`, `vi.spyOn(client.messages, "create")`) sends nothing to the API.
    if ((entity?.kind === "client" || entity?.kind === "resource") && this.overwritten(variable)) return undefined;
    return entity;
  }

  /** `isOverwritten`, once per variable (a client is referenced by every one of its calls). */
  private overwritten(variable: Variable): boolean {
    let result = this.overwrittenCache.get(variable);
    if (result === undefined) {
      result = isOverwritten(variable);
      this.overwrittenCache.set(variable, result);
    }
    return result;
  }

  private variableEntity(variable: Variable, depth: number): Entity | undefined {
    const def = variable.defs[variable.defs.length - 1];
    switch (def.type) {
      case "ImportBinding": {
        const spec = def.node as Node;
        if (spec.type === "TSImportEqualsDeclaration") {
          const ref = spec.moduleReference;
          if (ref.type !== "TSExternalModuleReference") return undefined;
          const pkg = stringLiteral(ref.expression);
          return pkg && this.isRealSdk(pkg) ? { kind: "module", pkg, viaRequire: true } : undefined;
        }
        const decl = def.parent as TSESTree.ImportDeclaration | null;
        const pkg = decl?.source.value;
        const info = pkg && this.isRealSdk(pkg) ? SDK_PACKAGES.get(pkg) : undefined;
        if (!pkg || !info) return undefined;
        if (spec.type === "ImportDefaultSpecifier") return { kind: "class", pkg, name: info.defaultClass };
        if (spec.type === "ImportNamespaceSpecifier") return { kind: "module", pkg, viaRequire: false };
        if (spec.type === "ImportSpecifier") {
          const imported = spec.imported.type === "Identifier" ? spec.imported.name : String(spec.imported.value);
          if (imported === "default") return { kind: "class", pkg, name: info.defaultClass };
          if (info.classes.has(imported)) return { kind: "class", pkg, name: imported };
        }
        return undefined;
      }
      case "Variable": {
        if (variable.defs.length !== 1) return undefined;
        const id = def.name as TSESTree.Identifier;
        // A type annotation on the binding is checked by TypeScript: trust it first.
        if (id.typeAnnotation) {
          const fromType = this.type(id.typeAnnotation.typeAnnotation, depth + 1);
          if (fromType) return fromType;
        }
        const single = singleAssignmentDeclarator(variable);
        if (!single || !single.init) return undefined;
        if (single.id === id) return this.resolve(single.init, depth + 1);
        return this.destructured(single, id, depth);
      }
      case "ClassName": {
        // A class of this file: its instances' members are looked up in its body.
        if (variable.defs.length !== 1 || writtenAfterInit(variable)) return undefined;
        const cls = def.node as Node;
        return cls.type === "ClassDeclaration" || cls.type === "ClassExpression" ? { kind: "localClass", cls } : undefined;
      }
      case "Parameter": {
        const id = def.name as TSESTree.Identifier;
        if (writtenAfterInit(variable)) return undefined;
        return id.typeAnnotation ? this.type(id.typeAnnotation.typeAnnotation, depth + 1) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `const { messages } = client`, `const { Anthropic } = require(pkg)`. */
  private destructured(decl: TSESTree.VariableDeclarator, target: TSESTree.Identifier, depth: number): Entity | undefined {
    const keys = destructuringPath(decl.id, target);
    if (!keys) return undefined;
    let e = this.resolve(decl.init!, depth + 1);
    for (const k of keys) e = e ? this.memberOf(e, k) : undefined;
    return e;
  }

  /** The entity a type annotation names: an instance of a client class, or a client resource. */
  type(node: TSESTree.TypeNode, depth: number): Entity | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (node.type) {
      case "TSTypeReference": {
        const name = node.typeName;
        if (name.type === "Identifier" && name.name === "InstanceType" && node.typeArguments?.params.length === 1) {
          const arg = node.typeArguments.params[0];
          if (arg.type === "TSTypeQuery" && arg.exprName.type === "Identifier") {
            const cls = this.resolve(arg.exprName, depth + 1);
            return cls?.kind === "class" ? this.instance(cls) : undefined;
          }
          return undefined;
        }
        if (name.type === "Identifier" && TYPE_WRAPPERS.has(name.name) && node.typeArguments?.params.length) {
          // `Pick<Anthropic["messages"], "create">`, `Readonly<Anthropic>`: the members that remain are the SDK's.
          if (this.evaluator.variableOf(name)?.defs.length) return undefined;
          return this.type(node.typeArguments.params[0], depth + 1);
        }
        const e = this.typeName(name, depth);
        if (e?.kind === "class") return this.instance(e);
        if (e?.kind === "localClass") return { kind: "instance", cls: e.cls };
        return e?.kind === "client" || e?.kind === "resource" ? e : undefined;
      }
      case "TSIndexedAccessType": {
        // `Anthropic["messages"]`, `Anthropic["beta"]["messages"]`
        const index = node.indexType;
        if (index.type !== "TSLiteralType" || index.literal.type !== "Literal" || typeof index.literal.value !== "string") return undefined;
        const obj = this.type(node.objectType, depth + 1);
        return obj ? this.memberOf(obj, index.literal.value) : undefined;
      }
      case "TSUnionType": {
        const parts = node.types.filter((t) => t.type !== "TSNullKeyword" && t.type !== "TSUndefinedKeyword");
        if (parts.length === 0) return undefined;
        const resolved = parts.map((t) => this.type(t, depth + 1));
        const first = resolved[0];
        if (first?.kind !== "client") return undefined;
        return resolved.every((r) => r?.kind === "client" && r.pkg === first.pkg) ? first : undefined;
      }
      default:
        return undefined;
    }
  }

  private typeName(name: TSESTree.EntityName, depth: number): Entity | undefined {
    if (name.type === "Identifier") {
      const variable = this.evaluator.variableOf(name);
      if (!variable || variable.defs.length === 0) return undefined;
      const def = variable.defs[0];
      if (def.type === "Type" && def.node.type === "TSTypeAliasDeclaration") {
        return this.type(def.node.typeAnnotation, depth + 1);
      }
      return this.variable(variable, depth + 1);
    }
    if (name.type === "TSQualifiedName") {
      const left = this.typeName(name.left, depth + 1);
      return left ? this.memberOf(left, name.right.name) : undefined;
    }
    return undefined;
  }

  private instance(cls: { pkg: string; name: string }): ClientRef {
    return { kind: "client", pkg: cls.pkg, platform: platformOf(cls.pkg), className: cls.name, withOptions: [] };
  }

  /**
   * A member of a class of this file (`this.client`, `service.client`): from its field declaration
   * (initializer or SDK type annotation), a getter's returns, a constructor parameter property, and
   * every `this.x = …` in the class's own methods; when the class itself says nothing about it, from
   * its base class if that is a class of this file too. A client only when every source is one.
   */
  private classMember(cls: ClassNode, name: string, depth: number): Entity | undefined {
    if (depth > MAX_DEPTH) return undefined;
    // Every `this.client` of a class asks the same question: answered once (near the top of the
    // depth budget, where no answer is cut short).
    if (depth > MEMO_DEPTH) return this.computeClassMember(cls, name, depth);
    let byName = this.classMembers.get(cls);
    if (!byName) this.classMembers.set(cls, (byName = new Map()));
    let member = byName.get(name);
    if (member === undefined) {
      member = this.computeClassMember(cls, name, depth) ?? null;
      byName.set(name, member);
    }
    return member ?? undefined;
  }

  private computeClassMember(cls: ClassNode, name: string, depth: number): Entity | undefined {
    let annotated: Entity | undefined;
    const sources: Node[] = [];
    let declared = false;
    for (const member of cls.body.body) {
      if (member.type === "PropertyDefinition" && !member.static && propertyKeyName(member) === name) {
        declared = true;
        if (member.typeAnnotation) annotated = this.type(member.typeAnnotation.typeAnnotation, depth + 1);
        if (member.value) sources.push(member.value);
      }
      if (member.type === "MethodDefinition" && !member.static && member.kind === "get" && propertyKeyName(member) === name) {
        declared = true;
        const getter = this.functionResult(member.value, depth);
        if (!getter) return undefined;
        annotated = getter;
      }
      if (member.type === "MethodDefinition" && member.kind === "constructor") {
        for (const p of member.value.params) {
          if (p.type === "TSParameterProperty" && p.parameter.type === "Identifier" && p.parameter.name === name) {
            declared = true;
            if (p.parameter.typeAnnotation) annotated = this.type(p.parameter.typeAnnotation.typeAnnotation, depth + 1);
          }
        }
      }
    }
    const assignments = this.assignmentsIn(cls).get(name) ?? [];
    sources.push(...assignments.map((a) => a.right));
    if (!declared && sources.length === 0) {
      const base = this.localBase(cls, depth);
      return base ? this.classMember(base, name, depth + 1) : undefined;
    }
    if (sources.length > 0) {
      const client = this.sameClient(sources, depth);
      if (client) return client;
      if (sources.length === 1) {
        const only = this.resolve(sources[0], depth + 1);
        if (only?.kind === "instance") return only;
      }
    }
    return annotated?.kind === "client" || annotated?.kind === "resource" || annotated?.kind === "instance" ? annotated : undefined;
  }

  /** What a method of a class of this file returns (`this.makeClient()`), through its base classes. */
  private methodResult(cls: ClassNode, name: string, depth: number): Entity | undefined {
    if (depth > MAX_DEPTH) return undefined;
    for (const member of cls.body.body) {
      if (member.type === "MethodDefinition" && !member.static && member.kind === "method" && propertyKeyName(member) === name) {
        return this.functionResult(member.value, depth);
      }
      if (member.type === "PropertyDefinition" && !member.static && propertyKeyName(member) === name) {
        // `make = () => new Anthropic()`: only an arrow/function written here.
        const fn = member.value && unwrapExpression(member.value);
        return fn && (fn.type === "ArrowFunctionExpression" || fn.type === "FunctionExpression") ? this.functionResult(fn, depth) : undefined;
      }
    }
    if (this.assignmentsIn(cls).has(name)) return undefined;
    const base = this.localBase(cls, depth);
    return base ? this.methodResult(base, name, depth + 1) : undefined;
  }

  /** A function's result: its return type annotation (`Promise<T>` → T), else every return when all agree. */
  private functionResult(fn: TSESTree.FunctionLike, depth: number): Entity | undefined {
    const returnType = fn.returnType?.typeAnnotation;
    if (returnType) {
      const unwrapped =
        returnType.type === "TSTypeReference" &&
        returnType.typeName.type === "Identifier" &&
        returnType.typeName.name === "Promise" &&
        returnType.typeArguments?.params.length === 1
          ? returnType.typeArguments.params[0]
          : returnType;
      return this.type(unwrapped, depth + 1);
    }
    const returns = this.evaluator.returnsOf(fn);
    if (!returns || returns.hasBareReturn) return undefined;
    return this.sameClient(returns.values, depth);
  }

  /**
   * The client every one of these expressions certainly is (same package), or undefined. With
   * several sources, which construction applies is not known, so none is kept.
   */
  private sameClient(sources: readonly Node[], depth: number): ClientRef | undefined {
    if (sources.length === 0) return undefined;
    const resolved = sources.map((src) => this.resolve(src, depth + 1));
    const first = resolved[0];
    if (first?.kind !== "client") return undefined;
    if (!resolved.every((r) => r?.kind === "client" && r.pkg === first.pkg)) return undefined;
    return resolved.length === 1 ? first : { ...first, construction: undefined, withOptions: [] };
  }

  /** The base class, when it is a class of this file (`class Sub extends Base`). */
  private localBase(cls: ClassNode, depth: number): ClassNode | undefined {
    if (!cls.superClass) return undefined;
    const base = this.resolve(cls.superClass, depth + 1);
    return base?.kind === "localClass" && base.cls !== cls ? base.cls : undefined;
  }

  /**
   * Every `this.x = …` in a class's own methods (not in nested classes or plain functions), in
   * source order. Found from each `this` in the class's text (one descent to its node each), not
   * by walking the whole class body.
   */
  private assignmentsIn(cls: ClassNode): Map<string, TSESTree.AssignmentExpression[]> {
    let map = this.classAssignments.get(cls);
    if (map) return map;
    map = new Map<string, TSESTree.AssignmentExpression[]>();
    const { text, visitorKeys } = this.evaluator;
    const [start, end] = cls.body.range;
    THIS_USE.lastIndex = start;
    for (let m = THIS_USE.exec(text); m && m.index < end; m = THIS_USE.exec(text)) {
      if (m[1] !== undefined) continue;
      const self = nodeAt(cls.body, m.index, visitorKeys);
      if (self.type !== "ThisExpression" || self.range[0] !== m.index) continue;
      let object: Node = self;
      while (object.parent && isTsWrapper(object.parent)) object = object.parent;
      const member = object.parent;
      if (member?.type !== "MemberExpression" || member.object !== object) continue;
      const assignment = member.parent;
      if (assignment?.type !== "AssignmentExpression" || assignment.left !== member || !inOwnMethods(assignment, cls.body)) continue;
      const key = memberName(member);
      if (key === undefined) continue;
      const list = map.get(key) ?? [];
      list.push(assignment);
      map.set(key, list);
    }
    this.classAssignments.set(cls, map);
    return map;
  }
}

/**
 * A `this`, and when `.name` follows it, what comes after that name when it rules out an
 * assignment to `this.name`: one of `.(,;]}:!` (`this.a.b`, `this.a(…)`, `[this.a] = …`,
 * `this.a!`), or a comparison or logical operator that is not a compound assignment (`==`, `&&`
 * but not `&&=`, `||`, `?` but not `??=`). Most uses of `this` are such reads and need no look at
 * the tree.
 */
const THIS_USE = /\bthis\b(?:\s*\.\s*[\w$]+\s*([.(,;\]}:!]|==|&&(?!=)|\|\|(?!=)|\?(?!\?=)))?/g;

/** True when no nested class, function declaration or non-method function stands between a node and its class body. */
function inOwnMethods(node: Node, body: TSESTree.ClassBody): boolean {
  for (let n = node.parent; n && n !== body; n = n.parent) {
    if (n.type === "ClassDeclaration" || n.type === "ClassExpression" || n.type === "FunctionDeclaration") return false;
    if (n.type === "FunctionExpression" && n.parent?.type !== "MethodDefinition") return false;
  }
  return true;
}

/** Calls that replace a whole module with a test double: `vi.mock(pkg)`, `jest.mock(pkg)`, `mock.module(pkg)`, …. */
const MODULE_MOCKS: ReadonlySet<string> = new Set(["mock", "doMock", "unstable_mockModule", "module"]);
/** The objects those calls are made on (vitest, jest, node:test's `mock`, bun's `mock`). */
const MOCK_OBJECTS: ReadonlySet<string> = new Set(["vi", "jest", "mock"]);

/**
 * The SDK packages a program mocks at module level (`vi.mock("@anthropic-ai/sdk", …)`): found
 * from where the packages' names are written.
 */
export function mockedPackages(program: TSESTree.Program, text: string, visitorKeys: Record<string, readonly string[] | undefined>): Set<string> {
  const out = new Set<string>();
  for (const at of nodesAtWord(program, text, SDK_PACKAGE_PREFIX, visitorKeys)) {
    const literal = at.type === "TemplateElement" ? at.parent : at;
    const call = literal?.parent;
    if (call?.type !== "CallExpression" || call.arguments[0] !== literal) continue;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier" || !MOCK_OBJECTS.has(callee.object.name)) continue;
    const name = memberName(callee);
    const pkg = stringLiteral(call.arguments[0]);
    if (name !== undefined && MODULE_MOCKS.has(name) && pkg !== undefined && SDK_PACKAGES.has(pkg)) out.add(pkg);
  }
  return out;
}

/** Calls that replace members of their argument: mocking and property definition. */
const OVERWRITING_CALLS: ReadonlySet<string> = new Set(["spyOn", "defineProperty", "defineProperties", "assign", "set", "replaceProperty", "stub", "mock"]);

/**
 * True when some use of the variable writes through it: `x.a.b = …`, `x.a++`, `delete x.a`, or
 * hands it (or a part) to a call that replaces members (`vi.spyOn(x.messages, "create")`).
 */
function isOverwritten(variable: Variable): boolean {
  for (const ref of variable.references) {
    if (ref.init) continue;
    let n: Node = ref.identifier as Node;
    for (;;) {
      const parent: Node | undefined = n.parent;
      if (!parent) break;
      if ((parent.type === "MemberExpression" && parent.object === n) || unwrapExpression(parent) !== parent) {
        n = parent;
        continue;
      }
      if (n !== ref.identifier) {
        if (parent.type === "AssignmentExpression" && parent.left === n) return true;
        if (parent.type === "UpdateExpression") return true;
        if (parent.type === "UnaryExpression" && parent.operator === "delete") return true;
      }
      // The target is the first argument of each of these calls (`Object.assign(x, …)`, `spyOn(x.messages, "create")`).
      if (parent.type === "CallExpression" && parent.arguments[0] === n) {
        const callee = unwrapExpression(parent.callee);
        const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : undefined;
        if (name !== undefined && OVERWRITING_CALLS.has(name)) return true;
      }
      break;
    }
  }
  return false;
}

/** The class whose `this` a node sees (arrow functions pass `this` through; other functions do not). */
function enclosingClass(node: Node): ClassNode | undefined {
  let n: Node | undefined = node.parent;
  while (n) {
    if (n.type === "FunctionDeclaration") return undefined;
    if (n.type === "FunctionExpression" && n.parent?.type !== "MethodDefinition") return undefined;
    // In a static method, field or block, `this` is the class itself, not an instance.
    if (n.type === "StaticBlock") return undefined;
    if ((n.type === "MethodDefinition" || n.type === "PropertyDefinition") && n.static) return undefined;
    if (n.type === "ClassBody") {
      const cls = n.parent;
      return cls && (cls.type === "ClassDeclaration" || cls.type === "ClassExpression") ? cls : undefined;
    }
    n = n.parent;
  }
  return undefined;
}
