import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isWrittenInPlace } from "../src/kit/ast";
import { appendProperty } from "../src/kit/fixes";
import { createRequestRule } from "../src/kit/create-rule";
import { describeValue } from "../src/kit/text";
import type { Request } from "../src/engine/request";
import { MODEL_NONSTREAMING_TOKENS, NONSTREAMING_LIMIT, exceedsNonstreamingTime } from "../src/knowledge/sdk-limits";
import { alternatives, get, getOptional, isNullish, propOf, strings, truthiness, type Alternative, type Value } from "../src/engine/value";

type MessageIds =
  | "missing"
  | "notInteger"
  | "negative"
  | "aboveModelLimit"
  | "streamingRequired"
  | "addMaxTokens"
  | "useInteger"
  | "useModelLimit"
  | "useStream";

/** A string the user certainly meant as a whole number: `"1024"`. */
const INTEGER_STRING = /^(?:0|[1-9][0-9]{0,14})$/;

/** The suggested value when `max_tokens` is missing (what the SDK's own examples use). */
const DEFAULT_SUGGESTION = 1024;

type Kind = "missing" | "notInteger" | "negative" | "valid" | "unknown";

/** What one alternative of `max_tokens` is, as far as the API is concerned. */
function kindOf(alt: Alternative): Kind {
  if (alt.kind !== "known") return alt.kind === "unknown" ? "unknown" : "notInteger";
  const v = alt.value;
  if (v === undefined) return "missing";
  // `null` is sent as null; NaN and ±Infinity are sent as null by JSON.stringify.
  if (v === null || typeof v === "string") return "notInteger";
  if (typeof v === "number") {
    if (!Number.isInteger(v)) return "notInteger";
    return v < 0 ? "negative" : "valid";
  }
  // booleans and bigints: what the server (or JSON.stringify) does with them is not confirmed.
  return "unknown";
}

/** The single node every alternative was written as, when there is one. */
function singleNode(value: Value): TSESTree.Node | undefined {
  const alts = alternatives(value);
  if (alts.length !== 1) return undefined;
  const a = alts[0];
  return a.kind === "unknown" ? undefined : a.node;
}

/** `en-US` grouping without depending on the runtime's locale data. */
function group(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

/** Betas that raise a model's output limit (`output-128k-2025-02-19`, `output-300k-2026-03-24`). */
const OUTPUT_BETA = /^output-/;

/**
 * True when the request may be sent with a beta that raises the model's output limit: through the
 * body's `betas`, a batch's `betas`, the request options' `headers`, or the client's
 * `defaultHeaders` (when the client's construction is known; `ANTHROPIC_CUSTOM_HEADERS` is not
 * something a linter can see).
 */
function mayRaiseOutputLimit(request: Request): boolean {
  const { betas } = request;
  return betas.open || [...betas.values].some((b) => OUTPUT_BETA.test(b));
}

/**
 * True when the SDK certainly applies its long-request guard to this call: a non-streaming
 * `create`/`parse` (GA or beta), no `timeout` in the request options, and a client whose
 * construction is known, sets no `timeout`, and is not a `withOptions()` copy (a copy always
 * carries the parent's resolved timeout, which turns the guard off).
 */
function guardApplies(request: Request): boolean {
  const { site } = request;
  // Only the SDK's own create/parse run the guard.
  if (site.kind !== "sdk" || (site.method !== "create" && site.method !== "parse")) return false;
  if (truthiness(get(request.value, "stream")) !== false) return false;
  const clientOptions = request.clientOptions;
  if (!clientOptions || clientOptions.length !== 1) return false;
  return isNullish(getOptional(clientOptions[0], "timeout")) && isNullish(getOptional(request.options, "timeout"));
}

/** The written name of the method a site calls, for messages. */
function methodName(request: Request): string {
  const { site } = request;
  const base = site.method === "batches.create" ? "messages.batches.create" : `messages.${site.method}`;
  return site.beta ? `beta.${base}` : base;
}

export default createRequestRule<[], MessageIds>({
  name: "valid-max-tokens",
  wrappers: true,
  meta: {
    type: "problem",
    docs: {
      description: "Require a `max_tokens` the API and the SDK accept: present, a non-negative integer, within the model's output limit, and streamed when large",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    messages: {
      missing:
        'The request has no `max_tokens`: the API answers 400 invalid_request_error "max_tokens: Field required". Add `max_tokens`, the most output tokens to generate{{limitHint}}.',
      notInteger:
        '`max_tokens` is {{value}}, not an integer: the API answers 400 invalid_request_error "max_tokens: Input should be a valid integer". Pass a whole number of tokens.',
      negative:
        "`max_tokens` is {{value}}: the API answers 400 invalid_request_error (it must be 0 or more; 0 only pre-warms the prompt cache). Pass a positive number of tokens.",
      aboveModelLimit:
        '`max_tokens` {{value}} is above the {{limit}} output tokens of {{model}}: the API answers 400 invalid_request_error "max_tokens: {{value}} > {{limit}}, which is the maximum allowed number of output tokens for {{model}}". Lower it to {{limit}} or less.',
      streamingRequired:
        '`max_tokens` {{value}} on a non-streaming `{{method}}` call with no `timeout` on the client or the request: the SDK throws before sending "Streaming is required for operations that may take longer than 10 minutes" (it allows at most {{threshold}} without streaming). Stream the request (`messages.stream(…)` and `await stream.finalMessage()`), set a `timeout`, or lower `max_tokens`.',
      addMaxTokens: "Add `max_tokens: {{value}}`.",
      useInteger: "Use {{value}}.",
      useModelLimit: "Lower `max_tokens` to {{value}}.",
      useStream: "Use `{{stream}}(…).finalMessage()` instead of `{{create}}(…)`.",
    },
  },
  defaultOptions: [],
  // The long-request guard runs in the SDK whatever server it talks to; the API checks are skipped
  // below for other vendors' endpoints.
  thirdParty: true,
  create(context) {
    const { sourceCode } = context;
    return ({ request, report }) => {
      const { site } = request;
      if (site.method === "countTokens") return;
      const apiChecks = !request.thirdParty;
      const maxTokens = get(request.value, "max_tokens");
      const kinds = alternatives(maxTokens).map(kindOf);
      if (kinds.includes("unknown")) return;

      const models = request.models;
      const valueNode = singleNode(maxTokens);
      const reportNode = valueNode ?? request.node;
      // The value as a message shows it, built only for a report.
      const value = (): string => describeValue(maxTokens);

      // 1. missing
      if (kinds.every((k) => k === "missing")) {
        if (!apiChecks) return;
        const limits = models?.map((m) => m.maxOutputTokens);
        const limit = limits && limits.every((l) => l !== undefined) ? Math.min(...(limits as number[])) : undefined;
        report({
          node: request.node,
          messageId: "missing",
          data: { limitHint: limit !== undefined ? `; at most ${limit} for ${request.modelLabel}` : "" },
          suggest: addSuggestion(request, sourceCode),
        });
        return;
      }
      if (kinds.includes("missing")) return;

      // 2. not a non-negative integer
      if (kinds.every((k) => k === "negative")) {
        if (apiChecks) report({ node: reportNode, messageId: "negative", data: { value: value() } });
        return;
      }
      if (kinds.every((k) => k === "notInteger" || k === "negative")) {
        if (!apiChecks) return;
        const only = alternatives(maxTokens).length === 1 && maxTokens.kind === "known" ? maxTokens.value : undefined;
        const node = valueNode;
        let fix: TSESLint.ReportFixFunction | null = null;
        let suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
        if (node?.type === "Literal" && isWrittenInPlace(node)) {
          if (typeof only === "string" && INTEGER_STRING.test(only)) {
            fix = (fixer) => fixer.replaceText(node, String(Number(only)));
          } else if (typeof only === "number" && Number.isFinite(only) && only >= 1) {
            const whole = String(Math.floor(only));
            suggest = [{ messageId: "useInteger", data: { value: whole }, fix: (fixer) => fixer.replaceText(node, whole) }];
          }
        }
        report({ node: reportNode, messageId: "notInteger", data: { value: value() }, fix, suggest });
        return;
      }
      if (!kinds.every((k) => k === "valid")) return;
      const numbers = alternatives(maxTokens).map((a) => (a as { value: number }).value);
      const smallest = Math.min(...numbers);

      // 3. above the model's output limit
      if (apiChecks && models) {
        const limits = models.map((m) => m.maxOutputTokens);
        if (limits.every((l): l is number => l !== undefined)) {
          const highest = Math.max(...limits);
          if (smallest > highest && !mayRaiseOutputLimit(request)) {
            const text = String(highest);
            report({
              node: reportNode,
              messageId: "aboveModelLimit",
              data: { value: value(), limit: text, model: request.modelLabel },
              suggest:
                valueNode?.type === "Literal" && isWrittenInPlace(valueNode)
                  ? [{ messageId: "useModelLimit", data: { value: text }, fix: (fixer) => fixer.replaceText(valueNode, text) }]
                  : [],
            });
          }
        }
      }

      // 4. the SDK's non-streaming long-request guard
      if (!guardApplies(request)) return;
      const threshold = guardThreshold(numbers, strings(get(request.value, "model")));
      if (threshold === undefined) return;
      report({
        node: reportNode,
        messageId: "streamingRequired",
        data: { value: value(), method: methodName(request), threshold },
        suggest: streamSuggestion(request),
      });
    };
  },
});

/**
 * The limit every combination of (`max_tokens`, model) breaks in the SDK's guard, as text for the
 * message; undefined when some combination passes.
 */
function guardThreshold(numbers: readonly number[], ids: readonly string[] | undefined): string | undefined {
  if (numbers.every(exceedsNonstreamingTime)) return group(NONSTREAMING_LIMIT);
  if (!ids || ids.length === 0) return undefined;
  const caps = ids.map((id) => MODEL_NONSTREAMING_TOKENS.get(id));
  for (const n of numbers) {
    if (exceedsNonstreamingTime(n)) continue;
    if (!caps.every((cap) => cap !== undefined && n > cap)) return undefined;
  }
  const capText = [...new Set(caps as number[])].map(group).join(" / ");
  return `${capText} for ${ids.join(" / ")}`;
}

/**
 * `{ …, max_tokens: 1024 }` for a request object written inside the call (a shared object built
 * elsewhere may also feed `countTokens`, which refuses `max_tokens`).
 */
function addSuggestion(request: Request, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const { value } = request;
  if (value.kind !== "object" || value.node.type !== "ObjectExpression") return [];
  const node = value.node;
  const call = request.site.node;
  if (node.range[0] < call.range[0] || node.range[1] > call.range[1]) return [];
  const text = `max_tokens: ${DEFAULT_SUGGESTION}`;
  const data = { value: String(DEFAULT_SUGGESTION) };
  // `max_tokens: undefined` written in this object: replace the value.
  const own = propOf(value, "max_tokens")?.node;
  if (own?.type === "Property" && own.parent === node) {
    return [{ messageId: "addMaxTokens", data, fix: (fixer) => fixer.replaceText(own.value, String(DEFAULT_SUGGESTION)) }];
  }
  return [{ messageId: "addMaxTokens", data, fix: appendProperty(sourceCode, node, text) }];
}

/**
 * `await client.messages.create(body)` → `await client.messages.stream(body).finalMessage()`:
 * offered only when that is trivially the same call (awaited directly, `create` written as a
 * plain member, no `stream` key in the body). The awaited result is the same `Message`.
 */
function streamSuggestion(request: Request): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const { site } = request;
  if (site.kind !== "sdk") return [];
  const call = site.node;
  if (site.method !== "create" || call.optional || call.parent?.type !== "AwaitExpression") return [];
  const callee = call.callee;
  if (callee.type !== "MemberExpression" || callee.computed || callee.optional || callee.property.type !== "Identifier") return [];
  if (callee.property.name !== "create") return [];
  if (!alternatives(get(request.value, "stream")).every((a) => a.kind === "known" && a.absent === true)) return [];
  const property = callee.property;
  const prefix = site.beta ? "beta.messages" : "messages";
  return [
    {
      messageId: "useStream",
      data: { stream: `${prefix}.stream`, create: `${prefix}.create` },
      fix: (fixer) => [fixer.replaceText(property, "stream"), fixer.insertTextAfter(call, ".finalMessage()")],
    },
  ];
}
