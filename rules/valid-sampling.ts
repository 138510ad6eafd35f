import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRequestRule, type RequestCheck } from "../src/kit/create-rule";
import { removeProperty } from "../src/kit/fixes";
import { orList, truncate } from "../src/kit/text";
import type { Request } from "../src/engine/request";
import type { ModelInfo } from "../src/knowledge/models";
import { get, isNullish, isPresent, nodeOf, numbers, strings, type Value } from "../src/engine/value";

type MessageIds =
  | "temperatureOutOfRange"
  | "topPOutOfRange"
  | "topKInvalid"
  | "temperatureRestricted"
  | "topPRestricted"
  | "topKRestricted"
  | "temperatureWithTopP"
  | "removeProperty";

type SamplingKey = "temperature" | "top_p" | "top_k";

/** `thinking.type` values under which `valid-thinking` owns the temperature and top_k checks. */
const THINKING_ON = new Set(["enabled", "adaptive"]);

/** Lowest `top_p` that models with restricted sampling accept (SDK 0.137.0 `top_p` doc: ">= 0.99"). */
const RESTRICTED_MIN_TOP_P = 0.99;

/**
 * The numbers a field certainly is: every alternative a known finite number. Non-finite numbers
 * are left out on purpose: `JSON.stringify` sends them as `null`, which the API reads as unset.
 */
function finiteNumbers(value: Value): number[] | undefined {
  const list = numbers(value);
  if (!list || list.length === 0 || !list.every((n) => Number.isFinite(n))) return undefined;
  return list;
}

/** The numbers as the message shows them: `0.5`, `0.5 or 2`. */
function show(list: readonly number[]): string {
  return orList(list.map(String));
}

/** True when every model of the request has the given sampling rule. */
function allModels(models: readonly ModelInfo[] | undefined, sampling: ModelInfo["sampling"]): models is ModelInfo[] {
  return models !== undefined && models.length > 0 && models.every((m) => m.sampling === sampling);
}

export default createRequestRule<[], MessageIds>({
  name: "valid-sampling",
  wrappers: true,
  requiresText: ["temperature", "top_p", "top_k", "topP", "topK", "@langchain/anthropic"],
  meta: {
    type: "problem",
    docs: {
      description: "Require `temperature`, `top_p` and `top_k` values that the API accepts for the request's model",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      temperatureOutOfRange:
        "`temperature` {{value}} is outside the range 0.0–1.0: the API answers 400 invalid_request_error. Use a value from 0.0 to 1.0, or remove `temperature`.",
      topPOutOfRange:
        "`top_p` {{value}} is outside the range 0.0–1.0: the API answers 400 invalid_request_error. Use a value from 0.0 to 1.0, or remove `top_p`.",
      topKInvalid:
        "`top_k` {{value}} is not a non-negative integer: the API answers 400 invalid_request_error. Use a whole number of at least 0, or remove `top_k`.",
      temperatureRestricted:
        "`temperature` {{value}} is not accepted by {{model}}, which (like every model released after Claude Opus 4.6) takes only 1.0: the API answers 400 \"`temperature` is deprecated for this model.\" Remove `temperature`.",
      topPRestricted:
        "`top_p` {{value}} is not accepted by {{model}}, which (like every model released after Claude Opus 4.6) takes only values >= 0.99: the API answers 400 invalid_request_error. Remove `top_p`.",
      topKRestricted:
        "`top_k` ({{value}}) is not accepted by {{model}}, which (like every model released after Claude Opus 4.6) rejects any `top_k`: the API answers 400 invalid_request_error. Remove `top_k`.",
      temperatureWithTopP:
        "`temperature` ({{temperature}}) and `top_p` ({{topP}}) are both set, which {{model}} refuses: the API answers 400 \"`temperature` and `top_p` cannot both be specified for this model. Please use only one.\" Remove one of them.",
      removeProperty: "Remove `{{key}}`.",
    },
  },
  defaultOptions: [],
  create(context) {
    return (check) => {
      // `countTokens` takes no sampling parameters: nothing here applies to it.
      if (check.request.site.method === "countTokens") return;
      checkRequest(check, context.sourceCode);
    };
  },
});

/** Every check of the rule on one request body. */
function checkRequest({ request, report }: RequestCheck<MessageIds>, sourceCode: Readonly<TSESLint.SourceCode>): void {
  const body = request.value;
  const temperature = get(body, "temperature");
  const topP = get(body, "top_p");
  const topK = get(body, "top_k");
  if (isNullish(temperature) && isNullish(topP) && isNullish(topK)) return;

  // With thinking certainly on, `valid-thinking` reports any temperature other than 1 and any
  // top_k ("`temperature` may only be set to 1 when thinking is enabled", "`top_k` must be unset
  // when thinking is enabled"); this rule leaves both fields to it then.
  const thinking = strings(get(get(body, "thinking"), "type"));
  const thinkingOn = thinking !== undefined && thinking.length > 0 && thinking.every((t) => THINKING_ON.has(t));

  const models = request.models;
  const model = request.modelLabel;
  const restricted = allModels(models, "restricted");
  const removal = (key: SamplingKey): TSESLint.SuggestionReportDescriptor<MessageIds>[] => removeSuggestion(request, key, sourceCode);

  // temperature
  const temps = finiteNumbers(temperature);
  if (!thinkingOn && temps) {
    const node = nodeOf(temperature, request.node);
    if (temps.every((t) => t < 0 || t > 1)) {
      report({ node, messageId: "temperatureOutOfRange", data: { value: show(temps) }, suggest: removal("temperature") });
    } else if (restricted && temps.every((t) => t !== 1)) {
      report({ node, messageId: "temperatureRestricted", data: { value: show(temps), model }, suggest: removal("temperature") });
    }
  }

  // top_p
  const topPs = finiteNumbers(topP);
  if (topPs) {
    const node = nodeOf(topP, request.node);
    if (topPs.every((p) => p < 0 || p > 1)) {
      report({ node, messageId: "topPOutOfRange", data: { value: show(topPs) }, suggest: removal("top_p") });
    } else if (restricted && topPs.every((p) => p < RESTRICTED_MIN_TOP_P)) {
      report({ node, messageId: "topPRestricted", data: { value: show(topPs), model }, suggest: removal("top_p") });
    }
  }

  // top_k
  if (!thinkingOn) {
    const topKs = finiteNumbers(topK);
    const node = nodeOf(topK, request.node);
    if (topKs && topKs.every((k) => k < 0 || !Number.isInteger(k))) {
      report({ node, messageId: "topKInvalid", data: { value: show(topKs) }, suggest: removal("top_k") });
    } else if (restricted && isPresent(topK)) {
      report({ node, messageId: "topKRestricted", data: { value: describe(topK, node, sourceCode), model }, suggest: removal("top_k") });
    }
  }

  // temperature together with top_p
  if (allModels(models, "no-temperature-with-top-p") && isPresent(temperature) && isPresent(topP)) {
    const node = nodeOf(topP, request.node);
    report({
      node,
      messageId: "temperatureWithTopP",
      data: {
        temperature: describe(temperature, nodeOf(temperature, request.node), sourceCode),
        topP: describe(topP, node, sourceCode),
        model,
      },
      suggest: [...removal("top_p"), ...removal("temperature")],
    });
  }
}

/** Longest source text a message quotes for a value that is not a known number. */
const MAX_QUOTED = 40;

/** A present value as the message shows it: its numbers when known, else its source text. */
function describe(value: Value, node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const list = finiteNumbers(value);
  return list ? show(list) : truncate(sourceCode.getText(node), MAX_QUOTED);
}

/**
 * A suggestion to delete the property `key`, offered only when it is written directly in the
 * request's own object literal and deleting it certainly leaves the key unset.
 */
function removeSuggestion(request: Request, key: SamplingKey, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const prop = request.removableProperty(key);
  return prop ? [{ messageId: "removeProperty", data: { key }, fix: removeProperty(sourceCode, prop) }] : [];
}
