/**
 * Rule factories. `createRule` adds the docs URL; `createRequestRule` wires a rule to the engine so
 * that the rule itself only says what to check on one request body.
 */
import { ESLintUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { RequestSite } from "../engine/call-sites";
import { engineFor, type Engine } from "../engine/engine";
import type { Request } from "../engine/request";
import { guard } from "./guard";
import { ENDPOINT_NAMES } from "../sources/sdk";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-anthropic/eslint-plugin-anthropic";

export interface PluginDocs {
  description: string;
  /** In the `recommended` config. */
  recommended?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/** Names a request-sending call's callee can end in (SDK methods, `fetch`, `axios.post`, `withOptions`). */
const CALLEE_NAMES = `^(?:${[...ENDPOINT_NAMES, "post", "fetch", "withOptions", "call", "apply"].join("|")})$`;

/**
 * The calls that can send a request, chosen by ESLint's selector engine so that rules are not
 * called for every other call: a member callee with one of the names (also computed with a string
 * key), a plain `fetch(…)`, or a callee behind a TS cast (`(client.messages.create as Fn)(…)`).
 */
export const REQUEST_CALL_SELECTOR = [
  `CallExpression[callee.property.name=/${CALLEE_NAMES}/]`,
  `CallExpression[callee.property.value=/${CALLEE_NAMES}/]`,
  `CallExpression[callee.name="fetch"]`,
  "CallExpression[callee.type=/^TS/]",
].join(", ");

/** Calls whose callee is a plain name or another call (a bound method), for files that use `.bind(`. */
const BOUND_CALL_SELECTOR = 'CallExpression[callee.type="Identifier"][callee.name!="fetch"], CallExpression[callee.type="CallExpression"]';

/** Declarations and casts that may carry an SDK request type. */
const TYPED_REQUEST_SELECTOR = [
  "VariableDeclarator[id.typeAnnotation]",
  "TSSatisfiesExpression",
  'TSAsExpression[typeAnnotation.type="TSTypeReference"]',
].join(", ");

type Context<M extends string, O extends readonly unknown[]> = Readonly<TSESLint.RuleContext<M, O>>;

export interface RequestCheck<M extends string> {
  readonly engine: Engine;
  readonly request: Request;
  /** Report once per node and message, however many calls share the same object. */
  report(descriptor: TSESLint.ReportDescriptor<M>): void;
}

interface RequestRuleSpec<O extends readonly unknown[], M extends string> {
  name: string;
  meta: ESLintUtils.NamedCreateRuleMeta<M, PluginDocs, O>;
  defaultOptions: Readonly<O>;
  /**
   * Called once per file; returns the check to run on each request body. `thirdParty: true` also
   * runs it for clients whose `baseURL` is another vendor's endpoint (default: skipped).
   */
  create(context: Context<M, O>, options: Readonly<O>): (check: RequestCheck<M>) => void;
  thirdParty?: boolean;
  /**
   * Words one of which the file's text must contain for the rule to have anything to check (the
   * field it is about: `"cache_control"`, `"tool_choice"`, …). Request objects are written in the
   * file itself (type information only ever supplies primitives), so a file without the word
   * cannot hold the field, and the rule costs nothing there.
   */
  requiresText?: readonly string[];
}

/** A rule about the request bodies of Anthropic SDK calls. */
export function createRequestRule<O extends readonly unknown[], M extends string>(spec: RequestRuleSpec<O, M>) {
  return createRule<O, M>({
    name: spec.name,
    meta: spec.meta,
    defaultOptions: spec.defaultOptions,
    create(context, options) {
      const engine = engineFor(context);
      if (!engine.active) return {};
      const text = context.sourceCode.text;
      if (spec.requiresText && !spec.requiresText.some((word) => text.includes(word))) return {};
      const check = spec.create(context, options);
      const report = dedupedReporter(context);
      const run = (site: RequestSite | null): void => {
        if (!site) return;
        if (!spec.thirdParty && engine.isThirdPartyEndpoint(site.client)) return;
        for (const request of engine.requestsOf(site)) {
          // A rule must never break the user's lint run: an unforeseen shape is silence (and a test failure).
          guard(() => check({ engine, request, report }), undefined);
        }
      };
      const listeners: Record<string, (node: never) => void> = {
        [REQUEST_CALL_SELECTOR]: (node: TSESTree.CallExpression) => run(engine.siteOf(node)),
      };
      // A method bound to its resource (`const create = client.messages.create.bind(client.messages)`)
      // is called by another name: only files that bind anything listen to such calls.
      if (text.includes(".bind(")) {
        listeners[BOUND_CALL_SELECTOR] = (node: TSESTree.CallExpression) => run(engine.siteOf(node));
      }
      // Objects typed as SDK request types (trap 9): every SDK request type name ends in "Params".
      if (context.sourceCode.text.includes("Params")) {
        listeners[TYPED_REQUEST_SELECTOR] = (node: TSESTree.VariableDeclarator | TSESTree.TSSatisfiesExpression | TSESTree.TSAsExpression) =>
          run(engine.typedSiteOf(node));
      }
      return listeners as TSESLint.RuleListener;
    },
  });
}

/** `context.report`, once per (node, messageId). */
export function dedupedReporter<M extends string>(
  context: Context<M, readonly unknown[]>,
): (descriptor: TSESLint.ReportDescriptor<M>) => void {
  const seen = new Set<string>();
  return (descriptor) => {
    const node = "node" in descriptor ? descriptor.node : undefined;
    const key = `${descriptor.messageId}:${node ? `${node.range[0]}:${node.range[1]}` : ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    context.report(descriptor);
  };
}
