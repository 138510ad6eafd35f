/** Small AST helpers shared by the engine and the rules. */
import { getPropertyName, getStringIfConstant } from "@eslint-community/eslint-utils";
import type { TSESTree } from "@typescript-eslint/utils";

type Node = TSESTree.Node;

/** The TypeScript-only wrappers around an expression: they change nothing at run time. */
export const TS_WRAPPERS: ReadonlySet<string> = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "TSInstantiationExpression",
]);

/** `x as T`, `x satisfies T`, `x!`, `<T>x`, `f<T>`. */
export function isTsWrapper(node: Node): node is
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSInstantiationExpression {
  return TS_WRAPPERS.has(node.type);
}

/** Strip TS-only wrappers and optional chains: `(x as T)!` → `x`. */
export function unwrapExpression(node: Node): Node {
  let n = node;
  while (isTsWrapper(n) || n.type === "ChainExpression") n = n.expression;
  return n;
}

/** The static name of a member access (`a.b`, `a["b"]`, ``a[`b`]``), if it has one. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  // The common case first (`a.b`), as eslint-utils answers it.
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  return getPropertyName(node as never) ?? undefined;
}

/** The static name of a property key (`a`, `"a"`, `1`, `["a"]`). */
export function propertyKeyName(prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  // The common case first (`{ a: … }`), as eslint-utils answers it.
  if (!prop.computed && prop.key.type === "Identifier") return prop.key.name;
  return getPropertyName(prop as never) ?? undefined;
}

/**
 * The keys from a destructuring pattern down to one of its names: `{ a: { b: [, x] } }` gives
 * `["a", "b", "1"]` for `x`. Undefined through a default, a rest or a key that is not static.
 */
export function destructuringPath(pattern: Node, name: TSESTree.Identifier): string[] | undefined {
  const keys: string[] = [];
  let n: Node = name;
  while (n !== pattern) {
    const parent: Node | undefined = n.parent;
    if (parent?.type === "Property" && parent.value === n && parent.parent?.type === "ObjectPattern") {
      const key = propertyKeyName(parent);
      if (key === undefined) return undefined;
      keys.unshift(key);
      n = parent.parent;
    } else if (parent?.type === "ArrayPattern") {
      const i = parent.elements.indexOf(n as TSESTree.DestructuringPattern);
      if (i < 0) return undefined;
      keys.unshift(String(i));
      n = parent;
    } else return undefined;
  }
  return keys;
}

/** A string written as a literal (`"a"`, `` `a` ``), else undefined. */
export function stringLiteral(node: Node | undefined): string | undefined {
  if (!node || node.type === "SpreadElement") return undefined;
  if (node.type !== "Literal" && node.type !== "TemplateLiteral") return undefined;
  return getStringIfConstant(node as never) ?? undefined;
}

/**
 * The property whose value `node` is written as (`{ key: node }`), looking through TS wrappers
 * (`{ key: node as T }`) and, with `branches`, through the branches of `?:` and the operands of
 * `||`, `??`, `&&`: replacing `node` then changes only that field (on the paths where it is the
 * value). Undefined when `node` is anything else (a constant's initializer may serve other code).
 */
export function propertyOfValue(node: Node, options: { branches?: boolean } = {}): TSESTree.Property | undefined {
  const home = valueHome(node, options);
  return home?.type === "Property" ? home : undefined;
}

/**
 * The field `node` is written as the value of: a property (`{ key: node }`), a property write
 * (`obj.key = node`) or a default (`function f(key = node)`, `({ key = node }) => …`), through TS
 * wrappers (and, with `branches`, conditional branches): its key.
 */
export function fieldOfValue(node: Node, options: { branches?: boolean } = {}): string | undefined {
  const home = valueHome(node, options);
  if (home?.type === "Property") return propertyKeyName(home);
  if (home?.type === "AssignmentExpression" && home.left.type === "MemberExpression") return memberName(home.left);
  if (home?.type === "AssignmentPattern") {
    if (home.parent?.type === "Property" && home.parent.value === home) return propertyKeyName(home.parent);
    return home.left.type === "Identifier" ? home.left.name : undefined;
  }
  return undefined;
}

function valueHome(node: Node, options: { branches?: boolean }): TSESTree.Property | TSESTree.AssignmentExpression | TSESTree.AssignmentPattern | undefined {
  let n: Node = node;
  for (let p = n.parent; p; n = p, p = p.parent) {
    if (isTsWrapper(p)) continue;
    if (options.branches && p.type === "LogicalExpression") continue;
    if (options.branches && p.type === "ConditionalExpression" && p.test !== n) continue;
    if (p.type === "Property" && p.value === n && p.parent?.type === "ObjectExpression") return p;
    if (p.type === "AssignmentExpression" && p.operator === "=" && p.right === n && p.left.type === "MemberExpression") return p;
    if (p.type === "AssignmentPattern" && p.right === n) return p;
    return undefined;
  }
  return undefined;
}

/** True when `node` is written directly as a field's value (see `fieldOfValue`): safe to rewrite in place. */
export function isWrittenInPlace(node: Node | undefined, options: { branches?: boolean } = {}): boolean {
  return node !== undefined && fieldOfValue(node, options) !== undefined;
}

export function isFunctionOrClass(n: Node): boolean {
  return (
    n.type === "FunctionDeclaration" ||
    n.type === "FunctionExpression" ||
    n.type === "ArrowFunctionExpression" ||
    n.type === "ClassDeclaration" ||
    n.type === "ClassExpression"
  );
}

/**
 * The deepest node under `root` whose range holds the character at `index` (`root` itself when no
 * child does): one descent, not a walk of the whole tree.
 */
export function nodeAt(root: Node, index: number, keys: Record<string, readonly string[] | undefined>): Node {
  let n = root;
  descend: for (;;) {
    const childKeys = keys[n.type];
    if (!childKeys) return n;
    for (const key of childKeys) {
      const child = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        // Children in source order: a binary search finds the one that holds the index.
        let lo = 0;
        let hi = child.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const c = child[mid] as Node | null;
          if (!c || typeof c.type !== "string") {
            // A hole (`[, x]`) or something else: fall back to a scan of this list.
            const found = child.find((x: Node | null) => x && typeof x.type === "string" && x.range[0] <= index && index < x.range[1]) as Node | undefined;
            if (found) {
              n = found;
              continue descend;
            }
            break;
          }
          if (index < c.range[0]) hi = mid - 1;
          else if (index >= c.range[1]) lo = mid + 1;
          else {
            n = c;
            continue descend;
          }
        }
      } else if (child && typeof child === "object" && typeof (child as Node).type === "string") {
        const c = child as Node;
        if (c.range[0] <= index && index < c.range[1]) {
          n = c;
          continue descend;
        }
      }
    }
    return n;
  }
}

/**
 * The node at each place `word` is written in `root`'s text (the deepest node holding its first
 * character), in source order: finding a rare name's uses costs a text search and one descent per
 * use, not a walk of the whole tree. Comments and strings that contain the word give nodes too;
 * callers check what they get.
 */
export function nodesAtWord(root: Node, text: string, word: string, keys: Record<string, readonly string[] | undefined>): Node[] {
  const out: Node[] = [];
  const end = root.range[1];
  for (let i = text.indexOf(word, root.range[0]); i >= 0 && i < end; i = text.indexOf(word, i + word.length)) {
    out.push(nodeAt(root, i, keys));
  }
  return out;
}

/** Iterative pre-order walk (no recursion, so any depth is safe); `enter` returns false to skip children. */
export function walk(root: Node, keys: Record<string, readonly string[] | undefined>, enter: (n: Node) => boolean): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!enter(n)) continue;
    const childKeys = keys[n.type];
    if (!childKeys) continue;
    for (let i = childKeys.length - 1; i >= 0; i--) {
      const child = (n as unknown as Record<string, unknown>)[childKeys[i]];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const c: unknown = child[j];
          if (c && typeof c === "object" && typeof (c as Node).type === "string") stack.push(c as Node);
        }
      } else if (child && typeof child === "object" && typeof (child as Node).type === "string") {
        stack.push(child as Node);
      }
    }
  }
}

/**
 * The return points of a function: its expression body, or the arguments of every `return` in
 * its body (not in nested functions). `hasBareReturn` is true when some path returns `undefined`
 * (a bare `return`, or a body whose last statement is neither `return` nor `throw`). Undefined
 * when the function is not a plain function with a body.
 */
export function returnsOf(
  fn: TSESTree.FunctionLike,
  keys: Record<string, readonly string[] | undefined>,
): { values: Node[]; hasBareReturn: boolean } | undefined {
  if (fn.type === "ArrowFunctionExpression" && fn.expression) return { values: [fn.body as Node], hasBareReturn: false };
  if (!fn.body || fn.body.type !== "BlockStatement") return undefined;
  const values: Node[] = [];
  let hasBareReturn = false;
  const body = fn.body;
  walk(body, keys, (n) => {
    if (n.type === "ReturnStatement") {
      if (n.argument) values.push(n.argument);
      else hasBareReturn = true;
      return false;
    }
    return n === body || !isFunctionOrClass(n);
  });
  const last = body.body[body.body.length - 1];
  if (!last || (last.type !== "ReturnStatement" && last.type !== "ThrowStatement")) hasBareReturn = true;
  return { values, hasBareReturn };
}
