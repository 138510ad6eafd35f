import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { REQUEST_CALL_SELECTOR, WRAPPER_CALL_SELECTOR, createRule, dedupedReporter } from "../src/kit/create-rule";
import type { RetryFacts } from "../src/sources/wrapper";
import { engineFor } from "../src/engine/engine";
import { appendProperty } from "../src/kit/fixes";
import { guard } from "../src/kit/guard";
import { SDK_DEFAULT_MAX_RETRIES } from "../src/knowledge/sdk-limits";
import { alternatives, get, isNullish, nodeOf, numbers, propOf, type Value } from "../src/engine/value";

type MessageIds = "missing" | "tooFew" | "tooFewPerRequest" | "libraryDefault" | "libraryTooFew" | "setMaxRetries";
type Options = [{ minimum?: number; checkRequestOptions?: boolean }];

const DEFAULT_MINIMUM = 3;

export default createRule<Options, MessageIds>({
  name: "require-max-retries",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require Anthropic clients and requests to retry transient failures at least a minimum number of times",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          minimum: {
            type: "integer",
            minimum: 0,
            description: "The lowest `maxRetries` accepted. The SDK's default is 2.",
          },
          checkRequestOptions: {
            type: "boolean",
            description: "Also check `maxRetries` in per-request options and `withOptions()`.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missing:
        "`new {{className}}()` sets no `maxRetries`, so the SDK retries only {{sdkDefault}} times: transient 500 (api_error), 529 (overloaded_error) and 429 answers then fail the call. Set `maxRetries` to at least {{minimum}}.",
      tooFew:
        "`maxRetries: {{value}}` retries transient 500 (api_error), 529 (overloaded_error) and 429 answers fewer than {{minimum}} times. Set it to at least {{minimum}}.",
      tooFewPerRequest:
        "This request's `maxRetries: {{value}}` retries transient 500 (api_error), 529 and 429 answers fewer than {{minimum}} times. Raise it to at least {{minimum}}, or drop it to use the client's setting.",
      libraryDefault:
        "{{what}} sets no `{{option}}`, so {{library}} retries a failed model call only {{libraryDefault}} times: transient 500 (api_error), 529 (overloaded_error) and 429 answers then fail the call. Set `{{option}}` to at least {{minimum}}.",
      libraryTooFew:
        "`{{option}}: {{value}}` makes {{library}} retry transient 500 (api_error), 529 (overloaded_error) and 429 answers fewer than {{minimum}} times. Set it to at least {{minimum}}.",
      setMaxRetries: "Set `maxRetries: {{minimum}}`.",
    },
  },
  defaultOptions: [{ minimum: DEFAULT_MINIMUM, checkRequestOptions: true }],
  create(context, [options]) {
    const engine = engineFor(context);
    if (!engine.active) return {};
    const minimum = options.minimum ?? DEFAULT_MINIMUM;
    const checkRequests = options.checkRequestOptions ?? true;
    const { report } = dedupedReporter(context);

    /** Report when every possible `maxRetries` of these options is below the minimum. Never throws. */
    function check(
      optionsNode: TSESTree.Node | undefined,
      site: TSESTree.Node,
      className: string | undefined,
      perRequest: boolean,
    ): void {
      // A rule must never break the user's lint run: an unforeseen shape is silence (and a test failure).
      guard(() => checkOptions(optionsNode, site, className, perRequest), undefined);
    }

    function checkOptions(optionsNode: TSESTree.Node | undefined, site: TSESTree.Node, className: string | undefined, perRequest: boolean): void {
      const value: Value = optionsNode ? engine.valueOf(optionsNode) : { kind: "known", value: undefined };
      if (perRequest) {
        // A request without maxRetries uses the client's: only an explicit value counts.
        const own = get(value, "maxRetries");
        if (own.kind !== "known" || typeof own.value !== "number" || own.value >= minimum) return;
        // Its own middleware or a patched request path may retry regardless.
        if (!isNullish(get(value, "middleware")) || engine.patchesSdk()) return;
        report({
          node: nodeOf(own, optionsNode ?? site),
          messageId: "tooFewPerRequest",
          data: { value: String(own.value), minimum: String(minimum) },
          suggest: suggestions(value, optionsNode, site),
        });
        return;
      }
      const counts = engine.maxRetriesOf(value);
      if (!counts || counts.length === 0 || !counts.every((n) => n < minimum)) return;
      const own = get(value, "maxRetries");
      const explicit = alternatives(own).some((a) => a.kind === "known" && typeof a.value === "number");
      report({
        node: explicit ? nodeOf(own, site) : site,
        messageId: explicit ? "tooFew" : "missing",
        data: {
          className: className ?? "Anthropic",
          value: [...new Set(counts)].join(" or "),
          minimum: String(minimum),
          sdkDefault: String(SDK_DEFAULT_MAX_RETRIES),
        },
        suggest: suggestions(value, optionsNode, site),
      });
    }

    function suggestions(
      value: Value,
      optionsNode: TSESTree.Node | undefined,
      site: TSESTree.Node,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const data = { minimum: String(minimum) };
      const fix = insertFix(value, optionsNode, site);
      return fix ? [{ messageId: "setMaxRetries", data, fix }] : [];
    }

    function insertFix(value: Value, optionsNode: TSESTree.Node | undefined, site: TSESTree.Node): TSESLint.ReportFixFunction | undefined {
      const text = `maxRetries: ${minimum}`;
      if (!optionsNode) {
        // `new Anthropic()` → `new Anthropic({ maxRetries: 3 })`
        if (site.type !== "NewExpression" && site.type !== "CallExpression") return undefined;
        if (site.arguments.length > 0) return undefined;
        const close = context.sourceCode.getLastToken(site);
        if (!close || close.value !== ")") return undefined;
        return (fixer) => fixer.insertTextBefore(close, `{ ${text} }`);
      }
      if (value.kind !== "object" || value.node !== optionsNode || optionsNode.type !== "ObjectExpression") return undefined;
      const existing = propOf(value, "maxRetries")?.node;
      if (existing?.type === "Property" && existing.parent === optionsNode) {
        return (fixer) => fixer.replaceText(existing.value, String(minimum));
      }
      return appendProperty(context.sourceCode, optionsNode, text);
    }

    /** A wrapper call or construction (AI SDK call, Mastra `Agent`, LangChain `ChatAnthropic`) that retries too few times. */
    function checkWrapper(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const facts = engine.wrapperRetriesOf(node);
      if (!facts) return;
      guard(() => reportWrapper(node, facts), undefined);
    }

    function reportWrapper(node: TSESTree.CallExpression | TSESTree.NewExpression, facts: RetryFacts): void {
      const { counts } = facts;
      if (!counts || counts.length === 0 || !counts.every((n) => n < minimum)) return;
      if (!facts.explicit && !facts.defaultIsLow) return;
      const value: Value = facts.options ? engine.valueOf(facts.options) : { kind: "known", value: undefined };
      const data = {
        what: `\`${node.type === "NewExpression" ? "new " : ""}${context.sourceCode.getText(node.callee)}(…)\``,
        option: facts.option,
        library: facts.library,
        libraryDefault: String(facts.libraryDefault),
        value: [...new Set(counts)].join(" or "),
        minimum: String(minimum),
      };
      report({
        node: facts.node,
        messageId: facts.explicit ? "libraryTooFew" : "libraryDefault",
        data,
        suggest: facts.options ? suggestions(value, facts.options, node) : [],
      });
    }

    return {
      ...(engine.wrappers ? { [WRAPPER_CALL_SELECTOR]: (node: TSESTree.CallExpression) => checkWrapper(node) } : {}),
      NewExpression(node) {
        const client = engine.clientOfNew(node);
        if (!client) {
          checkWrapper(node);
          return;
        }
        // `new Anthropic().withOptions({ maxRetries: 5 })`: only the copy is used, and it retries enough.
        const member = node.parent;
        const copy = member?.parent;
        if (member?.type === "MemberExpression" && member.object === node && copy?.type === "CallExpression" && copy.callee === member) {
          const first = copy.arguments[0];
          const counts = first && first.type !== "SpreadElement" ? numbers(get(engine.valueOf(first), "maxRetries")) : undefined;
          if (counts && counts.every((n) => n >= minimum) && engine.clientOfWithOptions(copy)) return;
        }
        const arg = node.arguments[0];
        if (arg?.type === "SpreadElement") return;
        check(arg, node, client.className, false);
      },
      [REQUEST_CALL_SELECTOR](node: TSESTree.CallExpression) {
        if (!checkRequests) return;
        const arg = node.arguments[0];
        if (engine.clientOfWithOptions(node)) {
          if (arg && arg.type !== "SpreadElement") check(arg, node, undefined, true);
          return;
        }
        const site = engine.siteOf(node);
        if (site?.options) check(site.options, node, undefined, true);
      },
    };
  },
});
