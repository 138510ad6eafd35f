/**
 * Requests that reach the Messages API without the SDK's request methods:
 *
 * - a raw `fetch(url, { body: JSON.stringify({...}) })` or `axios.post(url, {...})` whose URL is
 *   certainly the Anthropic API's `/v1/messages` (or `/count_tokens`, `/batches`);
 * - an object whose type annotation or `satisfies` names an SDK request type
 *   (`MessageCreateParams`, `Anthropic.Messages.MessageCreateParams`, the beta and batch forms),
 *   which is a request even when it is posted by hand (real projects post an SDK-typed body with
 *   `fetch`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, stringLiteral, unwrapExpression } from "../kit/ast";
import type { Evaluator } from "../engine/evaluate";
import { hostOf, isAnthropicHost, requestMethodOfPath, requestMethodOfType, SDK_PACKAGE_PREFIX, type RequestMethod } from "./sdk";
import { alternatives, get, single, strings } from "../engine/value";

type Node = TSESTree.Node;

export interface HttpRequestInfo {
  readonly method: RequestMethod;
  /** The object sent as the body. */
  readonly body: Node;
  /** The headers object node, when one is given. */
  readonly headers: Node | undefined;
  /** The node to report a missing header at. */
  readonly call: TSESTree.CallExpression;
}

/** The request a URL posts, when it is certainly an Anthropic API path (see `ENDPOINTS`). */
function methodOfUrl(url: string): RequestMethod | undefined {
  const host = hostOf(url);
  if (!host || !isAnthropicHost(host)) return undefined;
  // Plain string operations (no backtracking): strip the origin, the query/fragment, trailing slashes.
  let path = url.replace(/^https?:\/\/[^/?#]+/i, "");
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return requestMethodOfPath(path.slice(0, end));
}

/** Text a file must contain to post to the API by hand (the API's host in a URL). */
const API_HOST_TEXT = "anthropic.com";

/** Quick test: can this file contain a raw HTTP request to the API at all? (Asked once per file.) */
export function mayPostToApi(text: string): boolean {
  return text.includes(API_HOST_TEXT);
}

/** The raw HTTP request a call sends to the Messages API, or undefined. */
export function httpRequestOf(call: TSESTree.CallExpression, evaluator: Evaluator): HttpRequestInfo | undefined {
  const callee = unwrapExpression(call.callee);
  const [urlArg, second, third] = call.arguments;
  if (!urlArg || urlArg.type === "SpreadElement") return undefined;
  let kind: "fetch" | "axios" | undefined;
  if (callee.type === "Identifier" && callee.name === "fetch" && evaluator.isGlobal(callee)) kind = "fetch";
  if (
    callee.type === "MemberExpression" &&
    memberName(callee) === "post" &&
    callee.object.type === "Identifier" &&
    isAxios(callee.object, evaluator)
  ) {
    kind = "axios";
  }
  if (!kind) return undefined;
  const urls = strings(evaluator.evaluate(urlArg));
  if (!urls || urls.length === 0) return undefined;
  const methods = new Set(urls.map(methodOfUrl));
  if (methods.size !== 1) return undefined;
  const method = [...methods][0];
  if (!method) return undefined;
  if (kind === "axios") {
    if (!second || second.type === "SpreadElement") return undefined;
    const config = third && third.type !== "SpreadElement" ? third : undefined;
    return { method, body: unwrapExpression(second), headers: config ? headersNode(config, evaluator) : undefined, call };
  }
  if (!second || second.type === "SpreadElement") return undefined;
  const init = unwrapExpression(second);
  if (init.type !== "ObjectExpression") return undefined;
  let bodyNode: Node | undefined;
  let headers: Node | undefined;
  for (const p of init.properties) {
    // A spread or a computed key may replace `body`, `method` or `headers`.
    if (p.type !== "Property" || p.computed) return undefined;
    if (p.key.type !== "Identifier") continue;
    if (p.key.name === "body") bodyNode = p.value;
    if (p.key.name === "headers") headers = p.value;
    if (p.key.name === "method") {
      const m = single(evaluator.evaluate(p.value));
      if (!m.ok || typeof m.value !== "string" || m.value.toUpperCase() !== "POST") return undefined;
    }
  }
  const stringified = bodyNode ? jsonStringifyArgument(bodyNode, evaluator) : undefined;
  if (!stringified) return undefined;
  return { method, body: stringified, headers, call };
}

/** `JSON.stringify(x)` → x. */
function jsonStringifyArgument(node: Node, evaluator: Evaluator): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrapExpression(n.callee);
  if (
    callee.type !== "MemberExpression" ||
    callee.object.type !== "Identifier" ||
    callee.object.name !== "JSON" ||
    memberName(callee) !== "stringify" ||
    !evaluator.isGlobal(callee.object)
  ) {
    return undefined;
  }
  // A replacer (second argument) may rewrite the body.
  if (n.arguments.length !== 1) return undefined;
  const arg = n.arguments[0];
  return arg.type !== "SpreadElement" ? unwrapExpression(arg) : undefined;
}

function headersNode(config: Node, evaluator: Evaluator): Node | undefined {
  for (const alt of alternatives(evaluator.evaluate(config))) {
    if (alt.kind !== "object") return undefined;
    const h = get(alt, "headers");
    if (h.kind === "object") return h.node;
  }
  return undefined;
}

function isAxios(id: TSESTree.Identifier, evaluator: Evaluator): boolean {
  const variable = evaluator.variableOf(id);
  const def = variable?.defs[0];
  if (!def || variable?.defs.length !== 1) return false;
  if (def.type === "ImportBinding") {
    const decl = def.parent as TSESTree.ImportDeclaration | null;
    return decl?.source.value === "axios" && def.node.type === "ImportDefaultSpecifier";
  }
  if (def.type === "Variable") {
    const init = (def.node as TSESTree.VariableDeclarator).init;
    if (!init || def.node.id !== def.name) return false;
    const call = unwrapExpression(init);
    return (
      call.type === "CallExpression" &&
      call.callee.type === "Identifier" &&
      call.callee.name === "require" &&
      call.arguments[0]?.type === "Literal" &&
      call.arguments[0].value === "axios"
    );
  }
  return false;
}

/** The module an import binding comes from: `import … from "x"` or `import x = require("x")`. */
function importSource(node: TSESTree.Node, parent: TSESTree.Node | null): string | undefined {
  if (parent?.type === "ImportDeclaration") return parent.source.value;
  if (node.type === "TSImportEqualsDeclaration" && node.moduleReference.type === "TSExternalModuleReference") {
    return stringLiteral(node.moduleReference.expression);
  }
  return undefined;
}

/**
 * The request kind an SDK request type annotation names (`MessageCreateParams`,
 * `Anthropic.Messages.MessageCreateParams`, `Anthropic.Beta.Messages.MessageCreateParams`, …),
 * when its leftmost name is imported from an `@anthropic-ai/` package.
 */
export function requestTypeOf(
  type: TSESTree.TypeNode,
  evaluator: Evaluator,
): { method: RequestMethod; beta: boolean } | undefined {
  if (type.type !== "TSTypeReference") return undefined;
  const names: string[] = [];
  let n: TSESTree.EntityName = type.typeName;
  while (n.type === "TSQualifiedName") {
    names.unshift(n.right.name);
    n = n.left;
  }
  if (n.type !== "Identifier") return undefined;
  names.unshift(n.name);
  const variable = evaluator.variableOf(n);
  const def = variable?.defs[0];
  if (!def || def.type !== "ImportBinding") return undefined;
  const source = importSource(def.node as TSESTree.Node, def.parent as TSESTree.Node | null);
  if (source === undefined || !source.startsWith(SDK_PACKAGE_PREFIX)) return undefined;
  let last = names[names.length - 1];
  if (def.node.type === "ImportSpecifier" && names.length === 1) {
    const imported = def.node.imported;
    last = imported.type === "Identifier" ? imported.name : String(imported.value);
  }
  const found = requestMethodOfType(last);
  if (!found) return undefined;
  const beta = found.beta || names.includes("Beta") || source.includes("/beta");
  return { method: found.method, beta };
}
