/**
 * What type information adds, when the user's config provides it (`parserServices.program`):
 *
 * - values: an identifier or member read the syntax cannot resolve (a constant imported from
 *   another module) is known when its type is a literal type, or `oneOf` when it is a union of
 *   literal types; a wide type (`string`) stays unknown;
 * - clients: an expression whose type is an SDK client class (or a `messages` / `batches`
 *   resource) declared in an `@anthropic-ai/` package is a client, wherever it came from.
 *
 * No `typescript` import: the checker's own objects answer everything asked here.
 */
import type { ParserServices, TSESTree } from "@typescript-eslint/utils";
import type { TypedSdk } from "../knowledge/knowledge";
import { SDK_FILES, readSdkFacts } from "../knowledge/sdk-facts";
import { RESOURCE_CLASSES, SDK_PACKAGES } from "../sources/sdk";
import { guard } from "../kit/guard";
import { known, oneOf, type Value } from "./value";

/** The parts of the TypeScript API used here (structural, so no `typescript` import is needed). */
interface TsType {
  flags: number;
  isUnion(): boolean;
  isStringLiteral(): boolean;
  isNumberLiteral(): boolean;
  types?: TsType[];
  value?: unknown;
  intrinsicName?: string;
  getSymbol(): TsSymbol | undefined;
  aliasSymbol?: TsSymbol;
}
interface TsSymbol {
  getName(): string;
  declarations?: { getSourceFile(): { fileName: string } }[];
}
interface TsChecker {
  getTypeAtLocation(node: unknown): TsType;
  getContextualType(node: unknown): TsType | undefined;
  getPropertiesOfType(type: TsType): TsSymbol[];
}

export type TypedEntity =
  | { kind: "client"; pkg: string; className: string }
  | { kind: "resource"; pkg: string; className: string; path: readonly string[] };

const MAX_UNION = 16;
/** The SDK's Messages declarations as a program compiles them (GA, then beta). */
const SDK_MESSAGES_FILE = /[\\/]@anthropic-ai[\\/]sdk[\\/]resources[\\/](beta[\\/])?messages[\\/]messages\.d\.[cm]?ts$/;
/** Per program: what its SDK declarations say (undefined when it compiles no SDK). */
const declarationsByProgram = new WeakMap<object, TypedSdk | undefined>();
const SDK_FILE = /[\\/]@anthropic-ai[\\/](sdk|bedrock-sdk|vertex-sdk|foundry-sdk)[\\/]/;

export class TypeInfo {
  private readonly checker: TsChecker;

  private constructor(private readonly services: ParserServices & { program: object }) {
    this.checker = (services.program as unknown as { getTypeChecker(): TsChecker }).getTypeChecker();
  }

  /** Type information for a file, or undefined when the config provides none. */
  static from(services: Partial<ParserServices> | undefined): TypeInfo | undefined {
    if (!services || !services.program || !services.esTreeNodeToTSNodeMap) return undefined;
    return new TypeInfo(services as ParserServices & { program: object });
  }

  private typeOf(node: TSESTree.Node): TsType | undefined {
    return guard(() => {
      const tsNode = this.services.esTreeNodeToTSNodeMap.get(node as never);
      return tsNode ? this.checker.getTypeAtLocation(tsNode) : undefined;
    }, undefined);
  }

  /**
   * The `Model` union and request interfaces of the SDK the program compiles against, read from the
   * program's own declaration files (no file is read from disk). Once per program.
   */
  sdkDeclarations(): TypedSdk | undefined {
    const program = this.services.program as unknown as { getSourceFiles?(): readonly { fileName: string; text: string }[] };
    if (declarationsByProgram.has(program)) return declarationsByProgram.get(program);
    let result: TypedSdk | undefined;
    const texts = new Map<string, string>();
    for (const file of program.getSourceFiles?.() ?? []) {
      const m = SDK_MESSAGES_FILE.exec(file.fileName);
      if (!m) continue;
      const key = m[1] ? SDK_FILES.betaMessages[0] : SDK_FILES.messages[0];
      if (!texts.has(key)) texts.set(key, file.text);
    }
    if (texts.size > 0) {
      const facts = readSdkFacts((relative) => texts.get(relative));
      result = { models: facts.models, fields: facts.fields };
    }
    declarationsByProgram.set(program, result);
    return result;
  }

  /**
   * The property names of the SDK request type an expression is passed as (its contextual type:
   * the parameter of `messages.create`, a batch request's `params`), when that type is declared in
   * an `@anthropic-ai/` package. Undefined when there is none.
   */
  requestFieldsAt(node: TSESTree.Node): ReadonlySet<string> | undefined {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node as never);
    if (!tsNode) return undefined;
    const type = this.checker.getContextualType(tsNode);
    if (!type) return undefined;
    const parts = type.isUnion() ? (type.types ?? []) : [type];
    const names = new Set<string>();
    for (const part of parts) {
      const symbol = part.getSymbol() ?? part.aliasSymbol;
      const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replace(/\\/g, "/");
      if (!file || !SDK_FILE.test(file)) return undefined;
      for (const property of this.checker.getPropertiesOfType(part)) names.add(property.getName());
    }
    return names.size > 0 ? names : undefined;
  }

  /** The value a literal (or union of literals) type gives the expression, else undefined. */
  valueOf(node: TSESTree.Node): Value | undefined {
    const type = this.typeOf(node);
    if (!type) return undefined;
    const parts = type.isUnion() ? (type.types ?? []) : [type];
    if (parts.length === 0 || parts.length > MAX_UNION) return undefined;
    const values: Value[] = [];
    for (const t of parts) {
      const v = literalOf(t);
      if (v === NOT_LITERAL) return undefined;
      values.push(known(v as string | number | boolean | null | undefined, node));
    }
    return oneOf(values, node);
  }

  /** The SDK client or resource an expression's type names, else undefined. */
  entityOf(node: TSESTree.Node): TypedEntity | undefined {
    const type = this.typeOf(node);
    if (!type) return undefined;
    const parts = (type.isUnion() ? (type.types ?? []) : [type]).filter(
      (t) => t.intrinsicName !== "undefined" && t.intrinsicName !== "null",
    );
    if (parts.length !== 1) return undefined;
    const symbol = parts[0].getSymbol() ?? parts[0].aliasSymbol;
    if (!symbol) return undefined;
    const file = symbol.declarations?.[0]?.getSourceFile().fileName.replace(/\\/g, "/");
    const m = file ? SDK_FILE.exec(file) : null;
    if (!file || !m) return undefined;
    const pkg = `@anthropic-ai/${m[1]}`;
    const name = symbol.getName();
    if (SDK_PACKAGES.get(pkg)?.classes.has(name)) return { kind: "client", pkg, className: name };
    const resource = RESOURCE_CLASSES.find((r) => r.className === name && r.file.test(file));
    return resource ? { kind: "resource", pkg, className: name, path: resource.path } : undefined;
  }
}

const NOT_LITERAL = Symbol("not a literal");

function literalOf(t: TsType): unknown {
  if (t.isStringLiteral() || t.isNumberLiteral()) return t.value;
  switch (t.intrinsicName) {
    case "true":
      return true;
    case "false":
      return false;
    case "null":
      return null;
    case "undefined":
      return undefined;
    default:
      return NOT_LITERAL;
  }
}
