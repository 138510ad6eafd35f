/**
 * Rule factories. `createRule` adds the docs URL; `createRequestRule` wires a rule to the engine so
 * that the rule itself only says what to check on one request body.
 */
import { ESLintUtils, type TSESLint } from "@typescript-eslint/utils";
import type { RequestSite } from "./call-sites";
import { engineFor, type Engine, type Request } from "./engine";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-anthropic/eslint-plugin-anthropic";

export interface PluginDocs {
  description: string;
  /** In the `recommended` config. */
  recommended?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

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
      const check = spec.create(context, options);
      const report = dedupedReporter(context);
      const run = (site: RequestSite | null): void => {
        if (!site) return;
        if (!spec.thirdParty && engine.isThirdPartyEndpoint(site.client)) return;
        for (const request of engine.requestsOf(site)) {
          try {
            check({ engine, request, report });
          } catch {
            // A rule must never break the user's lint run; an unforeseen shape is silence.
          }
        }
      };
      const listeners: TSESLint.RuleListener = {
        CallExpression: (node) => run(engine.siteOf(node)),
      };
      // Objects typed as SDK request types (trap 9): every SDK request type name ends in "Params".
      if (context.sourceCode.text.includes("Params")) {
        listeners.VariableDeclarator = (node) => run(engine.typedSiteOf(node));
        listeners.TSSatisfiesExpression = (node) => run(engine.typedSiteOf(node));
        listeners.TSAsExpression = (node) => run(engine.typedSiteOf(node));
      }
      return listeners;
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
