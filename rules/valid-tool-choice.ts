import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isWrittenInPlace } from "../src/kit/ast";
import { createRequestRule } from "../src/kit/create-rule";
import { alternatives, every, get, isNullish, nodeOf, strings, type Value } from "../src/engine/value";

const VALID_TYPES = new Set(["auto", "any", "tool", "none"]);
const FORCING = new Set(["any", "tool"]);
/**
 * Thinking that certainly refuses forced tool use: the API's text ("Thinking may not be enabled when
 * tool_choice forces tool use.") is confirmed for `enabled`. Adaptive thinking is on by default on
 * models that take forced tool use (Opus 5, Sonnet 5), so it is not reported.
 */
const THINKING_ON = new Set(["enabled"]);

/** The Anthropic form of an OpenAI `tool_choice` string. */
const OPENAI_STRINGS: Record<string, string> = {
  required: '{ type: "any" }',
  auto: '{ type: "auto" }',
  none: '{ type: "none" }',
};

type MessageIds =
  | "openAIStyle"
  | "invalidType"
  | "missingToolName"
  | "forcedWithoutTools"
  | "unknownToolName"
  | "forcedWithThinking"
  | "forcedOnModel"
  | "useAuto";

/** The `type`s of a tool_choice, when every alternative is an object with a known type. */
function choiceTypes(choice: Value): string[] | undefined {
  if (!every(choice, (a) => a.kind === "object")) return undefined;
  return strings(get(choice, "type"));
}

export default createRequestRule<[], MessageIds>({
  name: "valid-tool-choice",
  wrappers: true,
  requiresText: ["tool_choice", "toolChoice"],
  meta: {
    type: "problem",
    docs: {
      description: "Require a `tool_choice` the API accepts with the request's tools, thinking and model",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    messages: {
      openAIStyle:
        "`tool_choice` {{value}} is the OpenAI form: the Anthropic API answers 400 invalid_request_error. Use {{replacement}}.",
      invalidType:
        '`tool_choice.type` "{{type}}" is not "auto", "any", "tool" or "none": the API answers 400 invalid_request_error.',
      missingToolName:
        '`tool_choice` { type: "tool" } has no `name`: the API answers 400 invalid_request_error. Add the name of the tool to force.',
      forcedWithoutTools:
        '`tool_choice` { type: "{{type}}" } forces tool use, but the request sends no `tools`: the API answers 400 "tool_choice may only be specified while providing tools". Send the tools, or drop `tool_choice`.',
      unknownToolName:
        "`tool_choice` forces the tool \"{{name}}\", which `tools` does not define ({{available}}): the API answers 400 \"Tool '{{name}}' not found in provided tools\".",
      forcedWithThinking:
        '`tool_choice` { type: "{{type}}" } forces tool use while `thinking` is "{{thinking}}": the API answers 400 "Thinking may not be enabled when tool_choice forces tool use." Use { type: "auto" }, or turn thinking off for this request.',
      forcedOnModel:
        '`tool_choice` { type: "{{type}}" } forces tool use, which the model ({{model}}) refuses: the API answers 400 invalid_request_error. Use { type: "auto" } (with `strict` tools) or structured outputs.',
      useAuto: 'Replace with { type: "auto" }.',
    },
  },
  defaultOptions: [],
  create() {
    return ({ request, report }) => {
      const choice = get(request.value, "tool_choice");
      if (isNullish(choice)) return;
      const node = nodeOf(choice, request.node);

      // OpenAI habits: a string. Each string alternative fails whenever it is sent (like a retired
      // model id), so each is reported where it is written, also when other paths send an object.
      const stringAlternatives = alternatives(choice).filter((a) => a.kind === "known" && typeof a.value === "string");
      if (stringAlternatives.length > 0) {
        for (const alt of stringAlternatives) {
          const value = String((alt as { value: string }).value);
          const at = alt.kind === "known" && alt.node ? alt.node : node;
          const replacement = OPENAI_STRINGS[value];
          const fixable = replacement !== undefined && at.type === "Literal" && isWrittenInPlace(at);
          report({
            node: at,
            messageId: "openAIStyle",
            data: { value: JSON.stringify(value), replacement: replacement ?? '{ type: "auto" | "any" | "none" } or { type: "tool", name }' },
            fix: fixable ? (fixer) => fixer.replaceText(at, replacement) : null,
          });
        }
        return;
      }
      const types = choiceTypes(choice);
      if (!types) return;
      if (types.every((t) => t === "function" || t === "required")) {
        report({ node, messageId: "openAIStyle", data: openAIObjectData(choice), fix: openAIObjectFix(choice, node) });
        return;
      }
      if (types.every((t) => !VALID_TYPES.has(t))) {
        report({ node, messageId: "invalidType", data: { type: types.join('" or "') } });
        return;
      }
      if (types.every((t) => t === "tool") && isNullish(get(choice, "name"))) {
        report({ node, messageId: "missingToolName" });
        return;
      }
      if (!types.every((t) => FORCING.has(t))) return;
      const type = types.join('" | "');
      const autoSuggestion = suggestAuto(node);

      const tools = request.tools;
      if (tools.elsewhere) {
        // nothing certain about which tools exist
      } else if (tools.none) {
        report({ node, messageId: "forcedWithoutTools", data: { type } });
      } else if (types.every((t) => t === "tool")) {
        const wanted = strings(get(choice, "name"));
        const defined = tools.names;
        if (wanted && defined && wanted.every((w) => !defined.has(w))) {
          report({
            node,
            messageId: "unknownToolName",
            data: {
              name: wanted.join('" or "'),
              available: defined.size > 0 ? [...defined].map((d) => `"${d}"`).join(", ") : "none",
            },
          });
        }
      }

      // Whether token counting validates thinking and models against tool_choice is not confirmed.
      if (request.site.method === "countTokens") return;
      const thinking = strings(get(get(request.value, "thinking"), "type"));
      if (thinking && thinking.every((t) => THINKING_ON.has(t))) {
        report({ node, messageId: "forcedWithThinking", data: { type, thinking: thinking.join('" or "') }, suggest: autoSuggestion });
      }

      const models = request.models;
      if (models && models.every((m) => m.forcedToolChoice === false)) {
        report({ node, messageId: "forcedOnModel", data: { type, model: request.modelLabel }, suggest: autoSuggestion });
      }
    };
  },
});

function openAIObjectData(choice: Value): Record<string, string> {
  const fnName = strings(get(get(choice, "function"), "name"));
  const type = strings(get(choice, "type")) ?? [];
  const replacement =
    type.every((t) => t === "required")
      ? '{ type: "any" }'
      : fnName && fnName.length === 1
        ? `{ type: "tool", name: ${JSON.stringify(fnName[0])} }`
        : '{ type: "tool", name }';
  return { value: type.map((t) => `{ type: "${t}" }`).join(" or "), replacement };
}

function openAIObjectFix(choice: Value, node: TSESTree.Node): TSESLint.ReportFixFunction | null {
  if (choice.kind !== "object" || choice.open || node.type !== "ObjectExpression" || !isWrittenInPlace(node)) return null;
  const { replacement } = openAIObjectData(choice);
  if (replacement.endsWith("name }")) return null;
  return (fixer) => fixer.replaceText(node, replacement);
}

function suggestAuto(node: TSESTree.Node): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (node.type !== "ObjectExpression" || !isWrittenInPlace(node)) return [];
  return [{ messageId: "useAuto", fix: (fixer) => fixer.replaceText(node, '{ type: "auto" }') }];
}
