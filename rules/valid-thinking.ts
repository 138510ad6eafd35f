import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isWrittenInPlace } from "../src/kit/ast";
import { createRequestRule } from "../src/kit/create-rule";
import { removeProperty } from "../src/kit/fixes";
import { orList, quotedOr } from "../src/kit/text";
import type { Request } from "../src/engine/request";
import type { ModelInfo, ThinkingMode } from "../src/knowledge/models";
import {
  alternatives,
  every,
  get,
  isNullish,
  isPresent,
  nodeOf,
  numbers,
  path,
  strings,
  type Value,
} from "../src/engine/value";

type MessageIds =
  | "unknownType"
  | "enabledRejected"
  | "adaptiveRejected"
  | "disabledRejected"
  | "disabledRejectedAtEffort"
  | "typeRejected"
  | "budgetTooSmall"
  | "budgetNotBelowMaxTokens"
  | "temperatureWithThinking"
  | "topKWithThinking"
  | "useAdaptive"
  | "useType"
  | "useMinimumBudget"
  | "removeField";

/** Every `thinking.type` the API knows (SDK 1.17.0 `ThinkingConfigParam`, GA and beta). */
const THINKING_TYPES: ReadonlySet<string> = new Set<ThinkingMode>(["enabled", "adaptive", "disabled", "between_tools"]);
/**
 * Thinking under which the sampling limits are confirmed ("`temperature` may only be set to 1 when
 * thinking is enabled", "`top_k` must be unset when thinking is enabled"): `enabled`. Adaptive
 * thinking is not reported (its models are covered by valid-sampling where they restrict sampling).
 */
const THINKING_ON: ReadonlySet<string> = new Set(["enabled"]);
/** The smallest `budget_tokens` the API accepts. */
const MIN_BUDGET = 1024;
/** The beta (header value prefix) under which `budget_tokens` may exceed `max_tokens` (unconfirmed today: stay silent). */
const INTERLEAVED_BETA = "interleaved-thinking";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The `thinking.type` values of a request when every alternative is a known string. */
function thinkingTypes(thinking: Value): string[] | undefined {
  if (!every(thinking, (a) => a.kind === "object")) return undefined;
  const types = strings(get(thinking, "type"));
  return types && types.length > 0 ? types : undefined;
}

/** True when `model` answers 400 to `type`, given the request's possible efforts (undefined: not known). */
function rejects(model: ModelInfo, type: string, efforts: readonly string[] | undefined): boolean {
  if (model.rejectedThinking === undefined) return false;
  if (model.rejectedThinking.includes(type as ThinkingMode)) return true;
  if (type !== "disabled" || !efforts || efforts.length === 0) return false;
  const atEffort = model.disabledThinkingRejectedAtEffort;
  return atEffort !== undefined && efforts.every((e) => (atEffort as readonly string[]).includes(e));
}

/** The valid `thinking.type` a misspelt one most likely meant (`"Enabled"`, `"enable"`, `"between-tools"`), if any. */
function closestType(type: string): string | undefined {
  const norm = type.trim().toLowerCase().replace(/-/g, "_");
  if (THINKING_TYPES.has(norm)) return norm;
  if (THINKING_TYPES.has(`${norm}d`)) return `${norm}d`;
  return undefined;
}

/**
 * True when the request certainly runs without the interleaved thinking beta, under which
 * `budget_tokens` was documented to may exceed `max_tokens` (whether it still may is not confirmed).
 */
function withoutInterleaved(request: Request): boolean {
  const { betas } = request;
  return !betas.open && ![...betas.values].some((b) => b.includes(INTERLEAVED_BETA));
}

export default createRequestRule<[], MessageIds>({
  name: "valid-thinking",
  wrappers: true,
  requiresText: ["thinking", "@langchain/anthropic"],
  meta: {
    type: "problem",
    docs: {
      description: "Require a `thinking` configuration the API accepts with the request's model, `max_tokens` and sampling",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownType:
        '`thinking.type` {{type}} is not "enabled", "adaptive", "disabled" or "between_tools": the API answers 400 invalid_request_error. Use one of those.',
      enabledRejected:
        "`thinking.type` \"enabled\" (manual extended thinking) is rejected by the model ({{model}}): the API answers 400 ('\"thinking.type.enabled\" is not supported for this model. Use \"thinking.type.adaptive\" and \"output_config.effort\"…'). Use { type: \"adaptive\" } and set `output_config.effort` instead of `budget_tokens`.",
      adaptiveRejected:
        '`thinking.type` "adaptive" is not supported by the model ({{model}}) (extended thinking only): the API answers 400 "adaptive thinking is not supported on this model". Use { type: "enabled", budget_tokens } with a budget of at least 1024 and below `max_tokens`.',
      disabledRejected:
        "`thinking.type` \"disabled\" is rejected by the model ({{model}}), which always thinks: the API answers 400 ('\"thinking.type.disabled\" is not supported for this model…'). Remove `thinking` (or use { type: \"adaptive\" } with a low `output_config.effort`).",
      disabledRejectedAtEffort:
        "`thinking.type` \"disabled\" is rejected by the model ({{model}}) at `output_config.effort` {{effort}}: the API answers 400 ('\"thinking.type.disabled\" is not supported for this model…'). Use effort \"high\" or lower to turn thinking off, or remove `thinking`.",
      typeRejected:
        "`thinking.type` {{type}} is rejected by the model ({{model}}) on every path: the API answers 400 invalid_request_error. Use a thinking mode the model supports.",
      budgetTooSmall:
        '`thinking.budget_tokens` {{budget}} is below 1024: the API answers 400 "budget_tokens: Input should be greater than or equal to 1024". Set it to at least 1024.',
      budgetNotBelowMaxTokens:
        "`thinking.budget_tokens` {{budget}} is not below `max_tokens` {{maxTokens}}: the API answers 400 \"`max_tokens` must be greater than `thinking.budget_tokens`\". Raise `max_tokens` above the budget or lower the budget (thinking tokens count toward `max_tokens`).",
      temperatureWithThinking:
        "`temperature` {{value}} is sent while `thinking` is {{thinking}}: the API answers 400 \"`temperature` may only be set to 1 when thinking is enabled\". Remove `temperature` (or set it to 1).",
      topKWithThinking:
        "`top_k` is sent while `thinking` is {{thinking}}: the API answers 400 \"`top_k` must be unset when thinking is enabled\". Remove `top_k`.",
      useAdaptive: 'Replace with { type: "adaptive" } (then set `output_config.effort` to control how much Claude thinks).',
      useType: 'Replace with "{{type}}".',
      useMinimumBudget: "Set `budget_tokens` to 1024.",
      removeField: "Remove `{{field}}`.",
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode: SourceCode = context.sourceCode;

    /**
     * A suggestion removing a request's own top-level property, when it is written in the request
     * literal and removing it certainly leaves the field unset.
     */
    function removeSuggestion(request: Request, field: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const prop = request.removableProperty(field);
      return prop ? [{ messageId: "removeField", data: { field }, fix: removeProperty(sourceCode, prop) }] : [];
    }

    /** A suggestion replacing an in-place `{ type: "enabled", … }` by `{ type: "adaptive" }` (keeping `display`). */
    function adaptiveSuggestion(thinking: Value): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (thinking.kind !== "object" || thinking.open) return [];
      const node = thinking.node;
      if (node.type !== "ObjectExpression" || !isWrittenInPlace(node)) return [];
      // Only a plain literal of known keys: a spread, a computed key, a method or a getter could
      // carry more than this rewrite keeps.
      const plain = node.properties.every(
        (p) =>
          p.type === "Property" &&
          p.kind === "init" &&
          !p.method &&
          !p.computed &&
          p.key.type === "Identifier" &&
          ["type", "budget_tokens", "display"].includes(p.key.name),
      );
      if (!plain) return [];
      const display = node.properties.find(
        (p): p is TSESTree.Property => p.type === "Property" && p.key.type === "Identifier" && p.key.name === "display",
      );
      const displayText = display ? `, ${sourceCode.getText(display)}` : "";
      return [{ messageId: "useAdaptive", fix: (fixer) => fixer.replaceText(node, `{ type: "adaptive"${displayText} }`) }];
    }

    return ({ request, report }) => {
      const thinking = get(request.value, "thinking");
      if (isNullish(thinking)) return;
      const types = thinkingTypes(thinking);
      if (!types) return;
      const typeValue = get(thinking, "type");
      const typeNode = nodeOf(typeValue, nodeOf(thinking, request.node));

      // (0) A type the API does not know.
      if (types.every((t) => !THINKING_TYPES.has(t))) {
        const only = new Set(types).size === 1 ? types[0] : undefined;
        const guess = only !== undefined ? closestType(only) : undefined;
        const fixable = guess !== undefined && typeNode.type === "Literal" && isWrittenInPlace(typeNode);
        report({
          node: typeNode,
          messageId: "unknownType",
          data: { type: quotedOr(types) },
          suggest: fixable
            ? [{ messageId: "useType", data: { type: guess }, fix: (fixer) => fixer.replaceText(typeNode, JSON.stringify(guess)) }]
            : [],
        });
        return;
      }
      if (!types.every((t) => THINKING_TYPES.has(t))) return;
      const distinct = [...new Set(types)];

      // (1) A type the model rejects, on every (type, model) combination.
      const models = request.models;
      if (models) {
        const efforts = strings(path(request.value, "output_config", "effort"));
        if (distinct.every((t) => models.every((m) => rejects(m, t, efforts)))) {
          const model = request.modelLabel;
          const type = distinct.length === 1 ? distinct[0] : undefined;
          const always = type !== undefined && models.every((m) => rejects(m, type, undefined));
          if (type === "enabled") {
            const adaptiveOk = models.every((m) => !rejects(m, "adaptive", efforts));
            report({
              node: typeNode,
              messageId: "enabledRejected",
              data: { model },
              suggest: adaptiveOk ? adaptiveSuggestion(thinking) : [],
            });
          } else if (type === "adaptive") {
            report({ node: typeNode, messageId: "adaptiveRejected", data: { model } });
          } else if (type === "disabled" && always) {
            report({ node: typeNode, messageId: "disabledRejected", data: { model } });
          } else if (type === "disabled") {
            report({ node: typeNode, messageId: "disabledRejectedAtEffort", data: { model, effort: quotedOr(efforts ?? []) } });
          } else {
            report({ node: typeNode, messageId: "typeRejected", data: { type: quotedOr(distinct), model } });
          }
        }
      }

      // (2) budget_tokens, when every alternative is `enabled` with known budgets.
      if (distinct.length === 1 && distinct[0] === "enabled") {
        const budgetValue = get(thinking, "budget_tokens");
        const budgets = numbers(budgetValue);
        if (budgets && budgets.length > 0) {
          const budgetNode = nodeOf(budgetValue, nodeOf(thinking, request.node));
          const countOnly = request.site.method === "countTokens";
          const maxTokens = countOnly ? undefined : numbers(get(request.value, "max_tokens"));
          if (budgets.every((b) => b < MIN_BUDGET)) {
            const canRaise = countOnly || (maxTokens !== undefined && maxTokens.every((m) => m > MIN_BUDGET));
            const fixable = canRaise && budgetNode.type === "Literal" && isWrittenInPlace(budgetNode);
            report({
              node: budgetNode,
              messageId: "budgetTooSmall",
              data: { budget: orList(budgets.map(String)) },
              suggest: fixable ? [{ messageId: "useMinimumBudget", fix: (fixer) => fixer.replaceText(budgetNode, String(MIN_BUDGET)) }] : [],
            });
          }
          if (
            maxTokens &&
            maxTokens.length > 0 &&
            Math.min(...budgets) >= Math.max(...maxTokens) &&
            withoutInterleaved(request)
          ) {
            report({
              node: budgetNode,
              messageId: "budgetNotBelowMaxTokens",
              data: { budget: orList(budgets.map(String)), maxTokens: orList(maxTokens.map(String)) },
            });
          }
        }
      }

      // (3) Sampling with thinking on (count_tokens takes no sampling fields at all).
      if (request.site.method === "countTokens" || !distinct.every((t) => THINKING_ON.has(t))) return;
      const thinkingText = quotedOr(distinct);
      const temperature = get(request.value, "temperature");
      const temps = numbers(temperature);
      if (temps && temps.length > 0 && temps.every((t) => t !== 1)) {
        report({
          node: nodeOf(temperature, request.node),
          messageId: "temperatureWithThinking",
          data: { value: orList(temps.map(String)), thinking: thinkingText },
          suggest: removeSuggestion(request, "temperature"),
        });
      }
      const topK = get(request.value, "top_k");
      if (alternatives(topK).every((a) => a.kind !== "unknown") && isPresent(topK)) {
        report({
          node: nodeOf(topK, request.node),
          messageId: "topKWithThinking",
          data: { thinking: thinkingText },
          suggest: removeSuggestion(request, "top_k"),
        });
      }
    };
  },
});
