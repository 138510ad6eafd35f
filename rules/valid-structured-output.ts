import type { TSESLint } from "@typescript-eslint/utils";
import { createRequestRule } from "../src/kit/create-rule";
import { appendProperty, removeProperty } from "../src/kit/fixes";
import {
  SCHEMA_MESSAGES,
  checkSchema,
  intersectIssues,
  joinPath,
  type SchemaFix,
  type SchemaIssue,
  type SchemaMessageId,
} from "../src/engine/json-schema";
import { alternatives, every, get, isNullish, nodeOf, propOf, single, truthiness, type ArrayValue, type Value } from "../src/engine/value";

type MessageIds =
  | SchemaMessageId
  | "formatType"
  | "missingSchema"
  | "bothFormats"
  | "removeKeyword"
  | "addAdditionalProperties"
  | "setAdditionalPropertiesFalse"
  | "removeOutputFormat";

type SourceCode = Readonly<TSESLint.SourceCode>;

export default createRequestRule<[], MessageIds>({
  name: "valid-structured-output",
  wrappers: true,
  requiresText: ["output_config", "output_format", "strict"],
  meta: {
    type: "problem",
    docs: {
      description: "Require structured-output formats and strict tool schemas the API accepts",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...SCHEMA_MESSAGES,
      formatType:
        '`{{field}}.type` is {{value}}, not "json_schema" (the only format type): the API answers 400 invalid_request_error.{{hint}} Use { type: "json_schema", schema: { … } }.',
      missingSchema:
        "`{{field}}` has no `schema`: the API answers 400 invalid_request_error (`schema` is required). Add the JSON Schema the answer must match.",
      bothFormats:
        'This beta request sets both `output_format` and `output_config.format`: the SDK throws AnthropicError "Both output_format and output_config.format were provided. Please use only output_config.format (output_format is deprecated)." before sending it. Keep only `output_config.format`.',
      removeKeyword: "Remove `{{keyword}}`.",
      addAdditionalProperties: "Add `additionalProperties: false`.",
      setAdditionalPropertiesFalse: "Set `additionalProperties` to `false`.",
      removeOutputFormat: "Remove `output_format`.",
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    /** The strict tools' schema issues of each `tools` list, once per list (a constant is sent by many requests). */
    const strictIssuesOf = new WeakMap<ArrayValue, SchemaIssue[]>();
    const strictIssues = (list: ArrayValue): SchemaIssue[] => {
      let issues = strictIssuesOf.get(list);
      if (issues) return issues;
      issues = [];
      const found = issues;
      list.elements.forEach((el, i) => {
        const strict = single(get(el.value, "strict"));
        if (!strict.ok || strict.value !== true) return;
        const prefix = `tools[${list.open ? "?" : i}].input_schema`;
        for (const issue of checkSchema(get(el.value, "input_schema"), el.node)) {
          found.push({ ...issue, data: { ...issue.data, path: joinPath(prefix, issue.data.path) } });
        }
      });
      strictIssuesOf.set(list, issues);
      return issues;
    };
    return ({ request, report }) => {
      const body = request.value;
      const beta = request.site.beta;

      const reportIssues = (issues: readonly SchemaIssue[], prefix: string): void => {
        for (const issue of issues) {
          report({
            node: issue.node,
            messageId: issue.messageId,
            data: { ...issue.data, path: joinPath(prefix, issue.data.path) },
            suggest: suggestionsFor(issue.fix, issue.data.keyword, sourceCode),
          });
        }
      };

      // The output format: GA `output_config.format`; beta methods also take the deprecated `output_format`.
      const formats: { field: string; value: Value }[] = [{ field: "output_config.format", value: get(get(body, "output_config"), "format") }];
      if (beta) formats.push({ field: "output_format", value: get(body, "output_format") });
      for (const { field, value } of formats) {
        // A format that is not an object on every path (absent, unknown, conditional) is left alone.
        if (!every(value, (a) => a.kind === "object")) continue;
        const node = nodeOf(value, request.node);
        const type = get(value, "type");
        if (every(type, (a) => a.kind === "known" && a.value !== "json_schema")) {
          const types = alternatives(type).map((a) => (a.kind === "known" ? a.value : undefined));
          report({
            node: nodeOf(type, node),
            messageId: "formatType",
            data: {
              field,
              value: types.map((t) => (t === undefined ? "missing" : JSON.stringify(t))).join(" or "),
              hint: types.includes("json_object") ? ' "json_object" is OpenAI\'s JSON mode.' : "",
            },
          });
          continue;
        }
        const schema = get(value, "schema");
        if (isNullish(schema)) {
          report({ node, messageId: "missingSchema", data: { field } });
          continue;
        }
        reportIssues(checkSchema(schema, node), `${field}.schema`);
      }

      // `strict: true` tools are held to the same schema subset.
      const tools = get(body, "tools");
      const perAlternative: SchemaIssue[][] = [];
      let anyIssue = false;
      for (const alt of alternatives(tools)) {
        const issues = alt.kind === "array" ? strictIssues(alt) : [];
        anyIssue ||= issues.length > 0;
        perAlternative.push(issues);
      }
      // Only an issue found on every path of `tools` is certain.
      if (anyIssue) reportIssues(intersectIssues(perAlternative, nodeOf(tools, request.node)), "");

      // Beta methods (not batches, which send the body as written) refuse both fields at once.
      if (beta && request.site.method !== "batches.create") {
        const outputFormat = get(body, "output_format");
        if (truthiness(outputFormat) === true && truthiness(get(get(body, "output_config"), "format")) === true) {
          const prop = propOf(body, "output_format");
          const property = prop?.node?.type === "Property" ? prop.node : undefined;
          const removable = request.removableProperty("output_format");
          report({
            node: property ?? nodeOf(outputFormat, request.node),
            messageId: "bothFormats",
            suggest: removable ? [{ messageId: "removeOutputFormat", fix: removeProperty(sourceCode, removable) }] : [],
          });
        }
      }
    };
  },
});

/** The suggestions that carry out a schema fix. */
function suggestionsFor(
  fix: SchemaFix | undefined,
  keyword: string,
  sourceCode: SourceCode,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (!fix) return [];
  switch (fix.kind) {
    case "removeProperty":
      return [{ messageId: "removeKeyword", data: { keyword }, fix: removeProperty(sourceCode, fix.property) }];
    case "setAdditionalPropertiesFalse":
      return [
        {
          messageId: "setAdditionalPropertiesFalse",
          fix: (fixer) => fixer.replaceText(fix.property, "additionalProperties: false"),
        },
      ];
    case "addAdditionalPropertiesFalse":
      return [{ messageId: "addAdditionalProperties", fix: appendProperty(sourceCode, fix.object, "additionalProperties: false") }];
  }
}
