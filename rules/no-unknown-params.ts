import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRequestRule } from "../src/kit/create-rule";
import { FOREIGN_FIELDS as HABITS, OPTIONS_IN_BODY } from "../src/knowledge/foreign-fields";
import { describeValue, editDistance, truncate } from "../src/kit/text";
import { removeProperty, renameKey } from "../src/kit/fixes";
import type { RequestSite } from "../src/engine/call-sites";
import {
  PLATFORM_BODY_FIELDS,
  UNCONFIRMED_FIELDS,
  acceptedFields,
  betaOnlyFields,
  createOnlyFields,
} from "../src/knowledge/request-fields";
import { alternatives, every, get, type Prop, type Value } from "../src/engine/value";

type MessageIds =
  | "otherApiField"
  | "requestOption"
  | "betaOnly"
  | "betasOnGA"
  | "notForCountTokens"
  | "unknownField"
  | "removeField"
  | "useBeta"
  | "renameField";

type Options = [{ allow?: string[] }];

/** Fixes that rename a field in place, when the target is not there yet. */
const RENAMES: ReadonlyMap<string, string> = new Map([
  ["stop", "stop_sequences"],
  ["max_completion_tokens", "max_tokens"],
]);

const MAX_VALUE_TEXT = 40;

export default createRequestRule<Options, MessageIds>({
  name: "no-unknown-params",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow top-level request fields the Messages method does not take",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Top-level fields to accept although neither this plugin nor your installed SDK declares them.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      otherApiField:
        '`{{field}}` ({{value}}) is {{origin}} parameter, which `{{method}}` does not take: the API answers 400 invalid_request_error "{{field}}: Extra inputs are not permitted". {{advice}}',
      requestOption:
        '`{{field}}` ({{value}}) is not a request field: the SDK sends it in the body and the API answers 400 invalid_request_error "{{field}}: Extra inputs are not permitted". {{advice}}',
      betaOnly:
        '`{{field}}` ({{value}}) is a beta field that `{{method}}` does not take: the API answers 400 invalid_request_error "{{field}}: Extra inputs are not permitted". Call `{{betaMethod}}` and list the beta in `betas`.',
      betasOnGA:
        '`betas` ({{value}}) becomes the `anthropic-beta` header only on `{{betaMethod}}`: `{{method}}` sends it in the body and the API answers 400 invalid_request_error "betas: Extra inputs are not permitted". Call `{{betaMethod}}`.',
      notForCountTokens:
        '`{{field}}` ({{value}}) is not a field of `{{method}}`, which only counts the prompt: the API answers 400 invalid_request_error "{{field}}: Extra inputs are not permitted". Remove it from the token-counting request.',
      unknownField:
        '`{{field}}` ({{value}}) is not a field of `{{method}}`: the API answers 400 invalid_request_error "{{field}}: Extra inputs are not permitted". {{hint}}',
      removeField: "Remove `{{field}}`.",
      useBeta: "Call `{{betaMethod}}`.",
      renameField: "Rename `{{field}}` to `{{target}}`.",
    },
  },
  defaultOptions: [{ allow: [] }],
  create(context, [options]) {
    const allow = new Set(options.allow ?? []);
    const sourceCode =
      context.sourceCode ?? (context as unknown as { getSourceCode(): TSESLint.SourceCode }).getSourceCode();

    return ({ request, report }) => {
      const { site } = request;
      // The tool runner takes its own loop settings besides the request fields.
      if (site.method === "toolRunner") return;
      const accepted = acceptedFields(site.method, site.beta);
      const declared = (): ReadonlySet<string> | undefined => request.declaredFields;

      for (const field of candidateKeys(request.value)) {
        if (accepted.has(field) || allow.has(field) || UNCONFIRMED_FIELDS.has(field) || PLATFORM_BODY_FIELDS.has(field)) continue;
        if (declared()?.has(field)) continue;
        const fieldValue = get(request.value, field);
        if (!certainlySent(fieldValue)) continue;
        const method = methodLabel(site, site.beta);
        const betaMethod = methodLabel(site, true);
        const own = ownObject(request.value);

        for (const prop of propsOf(request.value, field)) {
          const node = prop.node ?? request.node;
          const inPlace = own !== undefined && prop.node?.type === "Property" && prop.node.parent === own.node ? prop.node : undefined;
          const data = { field, value: valueText(prop, sourceCode), method, betaMethod };
          const remove = inPlace ? removeSuggestion(inPlace, field, sourceCode) : [];

          if (site.method === "countTokens" && createOnlyFields().has(field)) {
            report({ node, messageId: "notForCountTokens", data, suggest: remove });
            continue;
          }
          if (!site.beta && betaOnlyFields(site.method).has(field)) {
            if (site.client.platform !== "anthropic") continue;
            // An `anthropic-beta` header may let the GA endpoint take the field.
            if (field !== "betas" && request.betas.header) continue;
            report({ node, messageId: field === "betas" ? "betasOnGA" : "betaOnly", data, suggest: betaSuggestion(site, betaMethod) });
            continue;
          }
          if (site.method === "batches.create" && isBetaCreateField(field)) continue;

          const habit = HABITS.get(field);
          if (habit) {
            const usable = habit.replacement === undefined || accepted.has(habit.replacement);
            const advice = usable ? habit.advice : `Remove it: \`${method}\` takes no such setting.`;
            const target = RENAMES.get(field);
            const fix = usable && target !== undefined && inPlace && own ? renameFix(inPlace, field, target, own, sourceCode) : null;
            report({ node, messageId: "otherApiField", data: { ...data, origin: habit.origin, advice }, fix, suggest: fix ? [] : remove });
            continue;
          }
          const optionAdvice = OPTIONS_IN_BODY.get(field);
          if (optionAdvice !== undefined) {
            report({ node, messageId: "requestOption", data: { ...data, advice: optionAdvice }, suggest: remove });
            continue;
          }
          const near = nearestField(field, new Set([...accepted, ...(declared() ?? [])]));
          const hint =
            near !== undefined
              ? `Did you mean \`${near}\`?`
              : "Remove it; if a newer API version takes it, list it in this rule's `allow` option.";
          const rename =
            near !== undefined && inPlace && own && !own.props.has(near) && !own.open
              ? [{ messageId: "renameField" as const, data: { field, target: near }, fix: renameKey(sourceCode, inPlace, near) }]
              : [];
          report({ node, messageId: "unknownField", data: { ...data, hint }, suggest: [...rename, ...remove] });
        }
      }
    };
  },
});

type ObjectAlt = Extract<Value, { kind: "object" }>;

/** `client.messages.create`, `client.beta.messages.countTokens`, … as a message names it. */
function methodLabel(site: RequestSite, beta: boolean): string {
  const prefix = beta ? "client.beta.messages." : "client.messages.";
  return site.method === "batches.create" ? `${prefix}batches.create` : `${prefix}${site.method}`;
}

/** The request's own object literal, when the request is one object value. */
function ownObject(value: Value): ObjectAlt | undefined {
  return value.kind === "object" && value.node.type === "ObjectExpression" ? value : undefined;
}

/** The keys written in any alternative of the request (a key must then be on every path). */
function candidateKeys(value: Value): Set<string> {
  const keys = new Set<string>();
  for (const alt of alternatives(value)) if (alt.kind === "object") for (const k of alt.props.keys()) keys.add(k);
  return keys;
}

/** The property records of `field` across the alternatives of the request. */
function propsOf(value: Value, field: string): Prop[] {
  const out: Prop[] = [];
  for (const alt of alternatives(value)) {
    const prop = alt.kind === "object" ? alt.props.get(field) : undefined;
    if (prop && !out.some((p) => p.node !== undefined && p.node === prop.node)) out.push(prop);
  }
  return out;
}

/**
 * True when the key is serialised on every path: present and never `undefined` (which
 * `JSON.stringify` drops). `null` is sent, so it counts. An unknown value may be `undefined`.
 */
function certainlySent(value: Value): boolean {
  return every(value, (a) => a.kind !== "known" || a.value !== undefined);
}

/** A short rendering of the value for the message: its source text, else its known values. */
function valueText(prop: Prop, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = prop.node?.type === "Property" ? sourceCode.getText(prop.node.value) : describeValue(prop.value);
  return truncate(text, MAX_VALUE_TEXT);
}

/** True for a field of the beta create params (beta batch params are typed GA; not confirmed). */
function isBetaCreateField(field: string): boolean {
  return betaOnlyFields("create").has(field);
}

/** `x.messages.create` → `x.beta.messages.create`, when the callee is that member chain in source. */
function betaSuggestion(site: RequestSite, betaMethod: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (site.kind !== "sdk") return [];
  const callee = site.node.callee;
  if (callee.type !== "MemberExpression" || callee.computed || callee.optional) return [];
  const messages = callee.object;
  if (messages.type !== "MemberExpression" || messages.computed || messages.optional) return [];
  if (messages.property.type !== "Identifier" || messages.property.name !== "messages") return [];
  const property = messages.property;
  return [{ messageId: "useBeta", data: { betaMethod }, fix: (fixer) => fixer.insertTextBefore(property, "beta.") }];
}

/** A suggestion that deletes a property together with one separating comma. */
function removeSuggestion(
  prop: TSESTree.Property,
  field: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  return [{ messageId: "removeField", data: { field }, fix: removeProperty(sourceCode, prop) }];
}

/**
 * The certain rename of `stop` / `max_completion_tokens`: only when the target field is not in the
 * object (and nothing unknown could put it there), and for `stop` only when the value is an array
 * literal or a string literal written in place (a string is wrapped in an array).
 */
function renameFix(
  prop: TSESTree.Property,
  field: string,
  target: string,
  own: ObjectAlt,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.ReportFixFunction | null {
  if (own.open || own.props.has(target) || prop.shorthand || prop.method || prop.kind !== "init") return null;
  const value = prop.value;
  if (field === "stop") {
    if (value.type === "Literal" && typeof value.value === "string") {
      const text = sourceCode.getText(value);
      return (fixer) => fixer.replaceTextRange([prop.range[0], value.range[1]], `${target}: [${text}]`);
    }
    if (value.type !== "ArrayExpression") return null;
  }
  return renameKey(sourceCode, prop, target);
}

/**
 * The accepted field a misspelt one most likely means: the snake_case form of a camelCase key, or
 * the one field within edit distance 2 (1 for short keys).
 */
function nearestField(field: string, accepted: ReadonlySet<string>): string | undefined {
  const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (snake !== field && accepted.has(snake)) return snake;
  if (field.length < 3) return undefined;
  const limit = field.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of accepted) {
    if (Math.abs(candidate.length - field.length) > limit) continue;
    const d = editDistance(field.toLowerCase(), candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}
