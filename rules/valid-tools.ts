/**
 * `tools[]` entries the API refuses: custom tool names outside `^[a-zA-Z0-9_-]{1,128}$`, custom
 * tools without `name` or `input_schema`, an `input_schema` whose root is not `type: "object"`,
 * two tools with the same name, a `type` tag no version of the tool union knows, and OpenAI's
 * `{ type: "function", function: { … } }` form.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isWrittenInPlace } from "../src/kit/ast";
import { createRequestRule } from "../src/kit/create-rule";
import type { Engine } from "../src/engine/engine";
import { BETA_SERVER_TOOL_TYPES } from "../src/knowledge/server-tools";
import { alternatives, every, get, nodeOf, strings, type ArrayValue, type Element, type ObjectValue, type Value } from "../src/engine/value";

/** The tool name pattern of the API (`tools.N.custom.name`). Linear: one character class, bounded. */
const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/;
const NAME_PATTERN_TEXT = "^[a-zA-Z0-9_-]{1,128}$";
const MAX_NAME_LENGTH = 128;

/** The newest `_YYYYMMDD` version among the known tags: a later one may come from a newer SDK. */
const NEWEST_KNOWN_VERSION = Math.max(
  ...Object.keys(BETA_SERVER_TOOL_TYPES).map((t) => Number(/_(\d{8})$/.exec(t)?.[1] ?? 0)),
);

/** Keys people write instead of `input_schema` (OpenAI, MCP). */
const INPUT_SCHEMA_ALIASES = ["parameters", "inputSchema", "schema"];

type MessageIds =
  | "invalidName"
  | "missingName"
  | "missingInputSchema"
  | "inputSchemaNotObject"
  | "inputSchemaMissingType"
  | "duplicateName"
  | "unknownType"
  | "openAIStyle"
  | "renameTool"
  | "renameToInputSchema"
  | "addObjectType";

type Options = [{ additionalServerToolTypes?: string[] }];

/** One report that a `tools` alternative certainly fails with. */
type Failure = TSESLint.ReportDescriptor<MessageIds>;

/** What an element of `tools` certainly is, from its `type`. */
type Kind =
  | { readonly kind: "custom" }
  | { readonly kind: "openai" }
  | { readonly kind: "unknownType"; readonly types: readonly string[] }
  /** Server tools (known tags), mixed alternatives, or a `type` that is not known statically. */
  | { readonly kind: "other"; readonly named: boolean };

/**
 * A sanitized tool name: every character outside `[a-zA-Z0-9_-]` becomes `_`, cut to 128
 * characters; `tool` when nothing is left.
 */
export function sanitizeToolName(name: string): string {
  const out = name.replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, MAX_NAME_LENGTH);
  return out === "" ? "tool" : out;
}

/** Why a name fails the pattern, in words. */
function nameProblem(name: string): string {
  if (name === "") return "it is empty";
  const bad = [...new Set(name.replace(/[a-zA-Z0-9_-]/g, ""))];
  if (bad.length > 0) {
    const shown = bad.slice(0, 5).map((c) => (c === " " ? "space" : JSON.stringify(c)));
    return `it contains ${shown.join(", ")}${bad.length > 5 ? ", …" : ""}`;
  }
  return `it has ${name.length} characters (at most ${MAX_NAME_LENGTH})`;
}

/** Shorten a long name for a message. */
function shown(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 57)}…` : name);
}

/** True when `value` is certainly `undefined` (an absent property included): JSON omits it. */
function isUndefined(value: Value): boolean {
  return every(value, (a) => a.kind === "known" && a.value === undefined);
}

export default createRequestRule<Options, MessageIds>({
  name: "valid-tools",
  wrappers: true,
  requiresText: ["tools", "bindTools"],
  meta: {
    type: "problem",
    docs: {
      description: "Require `tools` entries the API accepts: valid and unique names, an object `input_schema`, known tool types",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          additionalServerToolTypes: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Server tool `type` tags to accept besides those of the SDK the rule was built with.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      invalidName:
        "Tool name {{name}} in {{where}} does not match {{pattern}} ({{problem}}): the API answers 400 \"tools.{{index}}.custom.name: String should match pattern '{{pattern}}'\". Rename the tool (letters, digits, `_` and `-`, at most 128 characters), e.g. to {{suggestion}}, and every `tool_choice` / `tool_use` that names it.",
      missingName:
        "The custom tool {{where}} has no `name`: the API answers 400 invalid_request_error (`name` is required). Add a `name` matching {{pattern}}.",
      missingInputSchema:
        "The custom tool {{name}} ({{where}}) has no `input_schema`{{alias}}: the API answers 400 \"tools.{{index}}.custom.input_schema: Field required\". Add `input_schema: { type: \"object\", properties: { … } }`.",
      inputSchemaNotObject:
        "`input_schema.type` of the tool {{name}} ({{where}}) is {{type}}: the API answers 400 \"tools.{{index}}.custom.input_schema.type: Input should be 'object'\". A tool's input is always an object: wrap the value in a property, e.g. `{ type: \"object\", properties: { items: <this schema> } }`.",
      inputSchemaMissingType:
        "`input_schema` of the tool {{name}} ({{where}}) has no `type`: the API answers 400 \"tools.{{index}}.custom.input_schema.type: Field required\". Add `type: \"object\"` (a root `anyOf` / `oneOf` must be wrapped in an object property).",
      duplicateName:
        "{{where}} is a second tool named {{name}} (the first is {{first}}): the API answers 400 \"tools: Tool names must be unique.\" Rename one of them, or remove the duplicate.",
      unknownType:
        "{{where}} has `type` {{type}}, which is in neither tool union of the Anthropic SDK{{hint}}: the API answers 400 \"tools.{{index}}: Input tag {{tag}} found using 'type' does not match any of the expected tags\". Drop `type` (or use \"custom\") for your own tool, or use a server tool type the SDK lists.",
      openAIStyle:
        "{{where}} is an OpenAI function tool (`type: \"function\"`): the Anthropic API answers 400 \"tools.{{index}}: Input tag 'function' found using 'type' does not match any of the expected tags\". Write it as `{ name, description, input_schema }`, with the JSON Schema of `parameters` as `input_schema`.",
      renameTool: "Rename the tool to {{suggestion}} (update `tool_choice` and your tool_use handling to match).",
      renameToInputSchema: "Rename `{{key}}` to `input_schema`.",
      addObjectType: 'Add `type: "object"` to the schema.',
    },
  },
  defaultOptions: [{ additionalServerToolTypes: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const extraTypes = new Set(options.additionalServerToolTypes ?? []);

    /** The engine of the file (set by each check): it knows the installed SDK. */
    let fileEngine: Engine | undefined;
    /** The server tools the user's installed SDK declares (a release newer than the tables may add some); read when first needed. */
    let installed: Readonly<Record<string, string | null>> | undefined;
    const installedHas = (type: string): boolean => {
      installed ??= fileEngine?.knowledge.declaredServerTools(true) ?? {};
      return Object.prototype.hasOwnProperty.call(installed, type);
    };

    /** A server tool tag this rule accepts: the SDK's unions (GA ⊂ beta), the installed SDK's, the option, or a newer version. */
    function isKnownType(type: string): boolean {
      if (isSdkType(type) || extraTypes.has(type) || installedHas(type)) return true;
      const version = /_(\d{8})$/.exec(type);
      return version !== null && Number(version[1]) > NEWEST_KNOWN_VERSION;
    }

    /** The fixed name of a known server tool type, or null for a toolset / an unknown tag. */
    function serverName(type: string): string | null {
      if (isSdkType(type)) return BETA_SERVER_TOOL_TYPES[type];
      return installedHas(type) ? (installed?.[type] ?? null) : null;
    }

    function kindOf(tool: Value): Kind {
      if (!every(tool, (a) => a.kind === "object")) return { kind: "other", named: false };
      let custom = 0;
      let named = true;
      const tags: string[] = [];
      const alts = alternatives(get(tool, "type"));
      for (const alt of alts) {
        if (alt.kind !== "known") return { kind: "other", named: false };
        if (alt.value === undefined || alt.value === null || alt.value === "custom") {
          custom++;
        } else if (typeof alt.value === "string") {
          tags.push(alt.value);
          if (!isKnownType(alt.value) || serverName(alt.value) === null) named = false;
        } else {
          return { kind: "other", named: false };
        }
      }
      if (custom === alts.length) return { kind: "custom" };
      if (custom === 0 && tags.every((t) => t === "function")) return { kind: "openai" };
      if (custom === 0 && tags.every((t) => !isKnownType(t))) return { kind: "unknownType", types: tags };
      return { kind: "other", named };
    }

    /** Custom-tool checks of one element. */
    function checkCustom(tool: Value, el: Element, where: string, index: string, out: Failure[]): void {
      const nameValue = get(tool, "name");
      const names = distinct(strings(nameValue));
      if (isUndefined(nameValue)) {
        out.push({ node: el.node, messageId: "missingName", data: { where, pattern: NAME_PATTERN_TEXT } });
      } else if (names && names.every((n) => !NAME_PATTERN.test(n))) {
        const node = nodeOf(nameValue, el.node);
        const suggestion = JSON.stringify(sanitizeToolName(names[0]));
        const editable = names.length === 1 && node.type === "Literal" && isWrittenInPlace(node);
        out.push({
          node,
          messageId: "invalidName",
          data: {
            name: names.map(shown).join(" or "),
            where,
            index,
            pattern: NAME_PATTERN_TEXT,
            problem: names.length === 1 ? nameProblem(names[0]) : "none of them does",
            suggestion,
          },
          suggest: editable ? [{ messageId: "renameTool", data: { suggestion }, fix: (fixer) => fixer.replaceText(node, suggestion) }] : [],
        });
      }

      const toolLabel = (): string => (names && names.length === 1 ? shown(names[0]) : "without a known name");
      const schema = get(tool, "input_schema");
      if (isUndefined(schema)) {
        const aliasKey = tool.kind === "object" ? aliasOf(tool) : undefined;
        out.push({
          node: el.node,
          messageId: "missingInputSchema",
          data: { name: toolLabel(), where, index, alias: aliasKey ? ` (it has \`${aliasKey.key}\`)` : "" },
          suggest: aliasKey
            ? [{ messageId: "renameToInputSchema", data: { key: aliasKey.key }, fix: (fixer) => fixer.replaceText(aliasKey.node, "input_schema") }]
            : [],
        });
        return;
      }
      if (!every(schema, (a) => a.kind === "object")) return;
      const typeValue = get(schema, "type");
      const schemaNode = nodeOf(schema, el.node);
      if (isUndefined(typeValue)) {
        const fix = addTypeFix(schema);
        out.push({
          node: schemaNode,
          messageId: "inputSchemaMissingType",
          data: { name: toolLabel(), where, index },
          suggest: fix ? [{ messageId: "addObjectType", fix }] : [],
        });
        return;
      }
      const types = strings(typeValue);
      if (types && types.every((t) => t !== "object")) {
        out.push({
          node: nodeOf(typeValue, schemaNode),
          messageId: "inputSchemaNotObject",
          data: { name: toolLabel(), where, index, type: types.map((t) => JSON.stringify(t)).join(" or ") },
        });
      }
    }

    /** `{ type: "function", … }`: the report, with a fix when the literal can be rewritten in place. */
    function checkOpenAI(tool: Value, el: Element, where: string, index: string, out: Failure[]): void {
      const rewrite = tool.kind === "object" ? openAIRewrite(tool, el) : undefined;
      out.push({
        node: el.node,
        messageId: "openAIStyle",
        data: { where, index },
        fix: rewrite ? (fixer) => fixer.replaceText(el.node, rewrite) : null,
      });
    }

    /** The Anthropic form of an in-place OpenAI tool literal, or undefined when it cannot be certain. */
    function openAIRewrite(tool: ObjectValue, el: Element): string | undefined {
      const node = el.node;
      if (tool.open || tool.node !== node || node.type !== "ObjectExpression") return undefined;
      // Only a literal written in the `tools` array of a request-like object: a shared constant may
      // also feed an OpenAI call.
      const array = node.parent;
      if (array?.type !== "ArrayExpression" || !isToolsProperty(array.parent)) return undefined;
      if (sourceCode.getCommentsInside(node).length > 0) return undefined;
      const outer = ownProps(tool, ["type", "function", "name", "description", "parameters"]);
      if (!outer) return undefined;
      let parts: Map<string, TSESTree.Property> | undefined;
      if (outer.has("function")) {
        if (outer.size !== 2) return undefined;
        const fn = get(tool, "function");
        if (fn.kind !== "object" || fn.open || fn.node.type !== "ObjectExpression") return undefined;
        parts = ownProps(fn, ["name", "description", "parameters"]);
      } else {
        parts = outer; // the flat form of the Responses API
      }
      if (!parts) return undefined;
      const nameProp = parts.get("name");
      if (!nameProp) return undefined;
      const fields = [`name: ${sourceCode.getText(nameProp.value)}`];
      const description = parts.get("description");
      if (description) fields.push(`description: ${sourceCode.getText(description.value)}`);
      const parameters = parts.get("parameters");
      fields.push(`input_schema: ${parameters ? sourceCode.getText(parameters.value) : '{ type: "object" }'}`);
      return `{ ${fields.join(", ")} }`;
    }

    /**
     * The properties of a closed object literal keyed by name, when each is written directly in it
     * (no spread, no computed key, no method) and every key is allowed; otherwise undefined.
     */
    function ownProps(obj: ObjectValue, allowed: readonly string[]): Map<string, TSESTree.Property> | undefined {
      if (obj.open || obj.node.type !== "ObjectExpression") return undefined;
      const literal = obj.node;
      if (literal.properties.length !== obj.props.size) return undefined;
      const out = new Map<string, TSESTree.Property>();
      for (const [key, prop] of obj.props) {
        const p = prop.node;
        if (!allowed.includes(key) || prop.presence !== "always" || p?.type !== "Property" || p.parent !== literal) return undefined;
        if (p.computed || p.kind !== "init" || p.method || p.value.type === "AssignmentPattern") return undefined;
        out.set(key, p);
      }
      return out;
    }

    /** A key written in place of `input_schema`, with the key node to rename. */
    function aliasOf(tool: ObjectValue): { key: string; node: TSESTree.Node } | undefined {
      if (tool.props.has("input_schema")) return undefined;
      for (const key of INPUT_SCHEMA_ALIASES) {
        const p = tool.props.get(key)?.node;
        if (p?.type === "Property" && p.parent === tool.node && !p.computed && !p.shorthand && p.kind === "init" && !p.method) {
          return { key, node: p.key };
        }
      }
      return undefined;
    }

    /** A fix inserting `type: "object"` into a schema object literal written directly. */
    function addTypeFix(schema: Value): TSESLint.ReportFixFunction | undefined {
      if (schema.kind !== "object" || schema.node.type !== "ObjectExpression") return undefined;
      const literal = schema.node;
      const open = sourceCode.getFirstToken(literal);
      if (!open) return undefined;
      const text = literal.properties.length > 0 ? ' type: "object",' : ' type: "object" ';
      return (fixer) => fixer.insertTextAfter(open, text);
    }

    /** What each `tools` list of this file fails with, once per list (a constant is sent by many requests). */
    const failuresOfList = new WeakMap<ArrayValue, Failure[]>();

    function listFailures(alt: ArrayValue): Failure[] {
      let failures = failuresOfList.get(alt);
      if (!failures) failuresOfList.set(alt, (failures = computeListFailures(alt)));
      return failures;
    }

    function computeListFailures(alt: ArrayValue): Failure[] {
      const failures: Failure[] = [];
      const seen = new Map<string, string>();
      alt.elements.forEach((el, i) => {
        const index = alt.open ? "N" : String(i);
        const where = alt.open ? "a `tools` entry" : `\`tools[${i}]\``;
        const tool = el.value;
        const kind = kindOf(tool);
        if (kind.kind === "custom") checkCustom(tool, el, where, index, failures);
        else if (kind.kind === "openai") checkOpenAI(tool, el, where, index, failures);
        else if (kind.kind === "unknownType") {
          const typeValue = get(tool, "type");
          const tag = kind.types.map((t) => `'${t}'`).join(" or ");
          failures.push({
            node: nodeOf(typeValue, el.node),
            messageId: "unknownType",
            data: { where, index, type: kind.types.map((t) => JSON.stringify(t)).join(" or "), tag, hint: hintFor(kind.types) },
          });
        }
        // Duplicate names: only tools that are certainly there (not each of a mapped list) and certainly carry a `name` field.
        if (!el.repeated && (kind.kind === "custom" || (kind.kind === "other" && kind.named))) {
          const names = distinct(strings(get(tool, "name")));
          if (names && names.length === 1) {
            const first = seen.get(names[0]);
            if (first !== undefined) {
              const nameNode = nodeOf(get(tool, "name"), el.node);
              failures.push({
                node: within(nameNode, el.node) ? nameNode : el.node,
                messageId: "duplicateName",
                data: { where: capitalize(where), name: shown(names[0]), first },
              });
            } else {
              seen.set(names[0], where);
            }
          }
        }
      });
      return failures;
    }

    return ({ engine, request, report }) => {
      fileEngine = engine;
      // The request fails only when every alternative of `tools` fails.
      const perAlternative: Failure[][] = [];
      for (const alt of alternatives(get(request.value, "tools"))) {
        if (alt.kind !== "array") return;
        const failures = listFailures(alt);
        if (failures.length === 0) return;
        perAlternative.push(failures);
      }
      for (const failures of perAlternative) for (const f of failures) report(f);
    };
  },
});

/** "Did you mean" for an unknown tag: the known tags of the same tool family, newest first. */
function hintFor(types: readonly string[]): string {
  if (types.length !== 1) return "";
  const family = types[0].replace(/_\d{8}$/, "");
  const same = Object.keys(BETA_SERVER_TOOL_TYPES)
    .filter((t) => t !== family && t.replace(/_\d{8}$/, "") === family)
    .sort()
    .reverse()
    .slice(0, 3);
  return same.length > 0 ? ` (did you mean ${same.map((t) => `"${t}"`).join(", ")}?)` : "";
}

/** True when the SDK's tool unions list the tag (own keys only: `"constructor"` is no tool). */
function isSdkType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(BETA_SERVER_TOOL_TYPES, type);
}

/** True when `node` is a `tools: [...]` property. */
function isToolsProperty(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== "Property" || node.computed) return false;
  const key = node.key;
  return (key.type === "Identifier" && key.name === "tools") || (key.type === "Literal" && key.value === "tools");
}

/** True when `inner` lies inside `outer` in the source. */
function within(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The values without repeats. */
function distinct(values: string[] | undefined): string[] | undefined {
  return values && [...new Set(values)];
}

function capitalize(s: string): string {
  return s.startsWith("a ") ? `A ${s.slice(2)}` : s;
}
