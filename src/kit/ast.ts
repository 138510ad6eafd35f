/** Small AST helpers shared by the engine. */
import type { TSESTree } from "@typescript-eslint/utils";

type Node = TSESTree.Node;

/** Strip TS-only wrappers and optional chains: `(x as T)!` → `x`. */
export function unwrapExpression(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSInstantiationExpression":
      case "ChainExpression":
        n = n.expression;
        continue;
      default:
        return n;
    }
  }
}

function staticKey(key: Node): string | undefined {
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
  if (key.type === "TemplateLiteral" && key.expressions.length === 0) return key.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** The static name of a member access (`a.b`, `a["b"]`), if it has one. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === "Identifier" ? node.property.name : undefined;
  return staticKey(node.property);
}

/** The static name of a property key. */
export function propertyKeyName(
  prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
): string | undefined {
  const k = prop.key;
  if (!prop.computed) {
    if (k.type === "Identifier") return k.name;
    if (k.type === "Literal") return String(k.value);
    return undefined;
  }
  return staticKey(k);
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
