import rule from "../../rules/valid-structured-output";
import { HEAD, ruleTester } from "../helpers/rule-tester";

/** A GA request whose `output_config.format` is `format`. */
const req = (format: string, method = "messages.create"): string =>
  `${HEAD}client.${method}({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], output_config: { format: ${format} } });`;
/** A json_schema format around `schema`. */
const fmt = (schema: string): string => `{ type: "json_schema", schema: ${schema} }`;
/** A closed object schema with the given `properties` literal. */
const obj = (props: string): string => `{ type: "object", properties: ${props}, additionalProperties: false }`;
/** A request whose schema is one closed object with one property `x` of schema `x`. */
const withX = (x: string): string => req(fmt(obj(`{ x: ${x} }`)));

/** A schema nested `n` levels deep; the outermost object lacks `additionalProperties` unless `closed`. */
function deep(n: number, closed: boolean): string {
  let s = '{ type: "string" }';
  for (let i = 0; i < n; i++) s = `{ type: "object", additionalProperties: false, properties: { a: ${s} } }`;
  return closed ? s : s.replace('{ type: "object", additionalProperties: false,', '{ type: "object",');
}

const P = "output_config.format.schema";
const kw = (path: string, keyword: string, value: string, type: string) => ({ path, keyword, value, type });
const apData = (path: string, detail = "is missing") => ({ path, detail });
const patData = (value: string, detail: string) => ({ path: `${P}.properties.x.pattern`, value, detail });
const fmtData = (value: string, field = "output_config.format", hint = "") => ({ field, value, hint });
const OPENAI_HINT = ' "json_object" is OpenAI\'s JSON mode.';

/** `n` schemas chained through variables: `s{n}` holds `s{n-1}` under `properties.a`. */
function chain(n: number, closedTop: boolean): string {
  const lines = ['const s0 = { type: "string" };'];
  for (let i = 1; i <= n; i++) {
    const closed = i < n || closedTop ? " additionalProperties: false," : "";
    lines.push(`const s${i} = { type: "object",${closed} properties: { a: s${i - 1} } };`);
  }
  return lines.join("\n");
}

const strictTool = (schema: string): string =>
  `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], tools: [{ name: "get_weather", strict: true, input_schema: ${schema} }] });`;

// The TypeScript parser overflows its stack below 200 nested object literals (100 schema levels):
// literal nesting is tested at 90 levels (past the walker's 64), and 1,000 levels through variables.
const deepOpenCode = req(fmt(deep(90, false)));
const TWO_OPEN = `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: c ? { type: "object", properties: {} } : { type: "object", properties: { a: { type: "string" } } } } } });`;
const chainOpen = `${HEAD}${chain(1000, false)}\n${req(fmt("s1000")).slice(HEAD.length)}`;

ruleTester().run("valid-structured-output", rule, {
  valid: [
    // A schema inside the subset.
    req(fmt(obj('{ name: { type: "string" }, age: { type: "integer" }, tags: { type: "array", items: { type: "string" }, minItems: 1 } }'))),
    // Supported formats, primitive enums, const, anyOf, simple patterns, nullable types.
    withX('{ type: "string", format: "date-time" }'),
    withX('{ type: ["string", "null"], format: "email" }'),
    withX('{ enum: ["a", 1, true, null] }'),
    withX('{ const: "fixed" }'),
    withX(`{ anyOf: [${obj("{}")}, { type: "null" }] }`),
    withX('{ type: "string", pattern: "^[a-z]+-\\\\d{3}$" }'),
    withX('{ type: "string", pattern: "^\\\\\\\\b$" }'), // an escaped backslash, then a literal b
    withX('{ type: "string", pattern: "^[\\\\b]$" }'), // backspace inside a class
    withX('{ type: "string", pattern: "^(?:ab)+(?<word>x)$" }'), // non-capturing and named groups are fine
    withX('{ type: "string", pattern: "^\\\\1$" }'), // no group to refer to: not certainly a backreference
    withX('{ type: "array", items: { type: "integer" }, minItems: 0, uniqueItems: false }'),
    withX('{ type: "number", exclusiveMinimum: false }'),
    // Property NAMES that look like keywords are not keywords.
    req(fmt(obj('{ minimum: { type: "integer" }, format: { type: "string" }, additionalProperties: { type: "boolean" }, $ref: { type: "string" } }'))),
    // Keywords on a schema of another type, or with no type: not certain.
    withX('{ type: "string", minimum: 1 }'),
    withX("{ minimum: 1 }"),
    withX('{ type: "integer", format: "int32" }'),
    // An object schema that also composes: not certain.
    withX(`{ type: "object", anyOf: [${obj("{}")}, ${obj("{ a: { type: \"string\" } }")}] }`),
    withX('{ type: "string", not: { type: "object" } }'),
    // A local, non-recursive $ref.
    req(fmt(`{ type: "object", additionalProperties: false, properties: { a: { $ref: "#/$defs/A" } }, $defs: { A: ${obj('{ n: { type: "string" } }')} } }`)),
    // Siblings of a $ref are not checked (the SDK and API treat them apart).
    withX('{ $ref: "#/$defs/A", type: "integer", minimum: 0 }'),
    // A $defs entry nothing certainly refers to.
    req(fmt(`{ type: "object", additionalProperties: false, properties: {}, $defs: { Unused: { type: "object" } } }`)),
    // Fails on one path only.
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: { type: "object", properties: {}, additionalProperties: c ? false : undefined } } } });`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: c ? { type: "object", properties: {} } : ${obj("{}")} } } });`,
    `${HEAD}declare const c: boolean;\n${withX('{ type: "integer", ...(c ? { minimum: 1 } : {}) }').slice(HEAD.length)}`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: c ? { format: { type: "json_object" } } : undefined } as any);`,
    `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [{ name: "t", strict: true, input_schema: { type: "object" } }] : [] });`,
    // Unknown parts: a parameter, an unknown spread that could add `additionalProperties`, a mutated object.
    `${HEAD}function f(schema: any) { return client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } }); }`,
    `${HEAD}declare const extra: object; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: { type: "object", properties: {}, ...extra } } } });`,
    `${HEAD}const schema: any = { type: "object", properties: {} }; schema.additionalProperties = false;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });`,
    `${HEAD}const schema = { type: "object", additionalProperties: false, properties: { a: { type: "object", properties: {} } } };\n(schema.properties.a as any).additionalProperties = false;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });`,
    // a write that may not run, to a valid format: silent
    `${HEAD}declare const json: boolean; const params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: [] }; if (json) params.output_config = { format: { type: "json_schema", schema: { type: "object", additionalProperties: false } } };\nclient.messages.create(params);`,
    // SDK helpers produce the format: calls of imported functions are unknown.
    `${HEAD}import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";\nimport { z } from "zod";\nclient.messages.parse({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: zodOutputFormat(z.object({ age: z.number().int().min(0) })) } });`,
    `${HEAD}import { jsonSchemaOutputFormat } from "@anthropic-ai/sdk/helpers/json-schema";\nclient.messages.parse({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: jsonSchemaOutputFormat({ type: "object", properties: { age: { type: "integer", minimum: 0 } } }) } });`,
    `${HEAD}import { betaZodOutputFormat } from "@anthropic-ai/sdk/helpers/beta/zod";\nimport { z } from "zod";\nclient.beta.messages.parse({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: betaZodOutputFormat(z.object({ a: z.string().max(3) })) });`,
    `${HEAD}import { betaJSONSchemaOutputFormat } from "@anthropic-ai/sdk/helpers/beta/json-schema";\nconst schema = { type: "object", properties: { a: { type: "string", maxLength: 3 } } } as const;\nclient.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: betaJSONSchemaOutputFormat(schema) });`,
    `${HEAD}import { z } from "zod";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: z.toJSONSchema(z.object({ a: z.number().min(1) })) } } });`,
    // Tools: not strict (or not certainly strict), so the subset does not apply.
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "t", input_schema: { type: "object", properties: { n: { type: "integer", minimum: 0 } } } }] });`,
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "t", strict: false, input_schema: { type: "object" } }] });`,
    `${HEAD}declare const strict: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ name: "t", strict, input_schema: { type: "object" } }] });`,
    strictTool(obj('{ city: { type: "string" } }')),
    // `output_format` is only a beta field: on a GA method this rule leaves it alone.
    `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: { type: "json_object" } } as any);`,
    // Only one of the two beta fields set.
    `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: ${fmt(obj("{}"))} });`,
    // A beta batch sends the body as written: the SDK does not throw for both fields there.
    `${HEAD}client.beta.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: ${fmt(obj("{}"))}, output_config: { format: ${fmt(obj("{}"))} } } }] });`,
    // Look-alikes: OpenAI's response_format, a client that is not the SDK, another vendor's endpoint.
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [], response_format: { type: "json_object" } });`,
    `${HEAD}import OpenAI from "openai"; const openai = new OpenAI(); openai.responses.create({ model: "gpt-4o", input: "x", text: { format: { type: "json_schema", name: "x", schema: { type: "object" } } } } as any);`,
    `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); client.messages.create({ output_config: { format: { type: "json_object" } } });`,
    `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" }); client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_object" } } } as any);`,
    // Deep and cyclic schemas terminate without throwing.
    req(fmt(deep(90, true))),
    `${HEAD}${chain(1000, true)}\n${req(fmt("s1000")).slice(HEAD.length)}`,
    `${HEAD}var a: any = { type: "object", additionalProperties: false, properties: { x: b } };\nvar b: any = { type: "object", additionalProperties: false, properties: { y: a } };\n${req(fmt("a")).slice(HEAD.length)}`,
    `${HEAD}function make(): any { return { type: "object", additionalProperties: false, properties: { child: make() } }; }\n${req(fmt("make()")).slice(HEAD.length)}`,
    // A self-calling function never returns: its value is unknown, whatever it would build.
    `${HEAD}function make(): any { return { type: "object", properties: { child: make() } }; }\n${req(fmt("make()")).slice(HEAD.length)}`,
    // Wide sharing: 2^40 paths, one object each level.
    `${HEAD}const s0 = { type: "string" };\n${Array.from({ length: 40 }, (_, i) => `const s${i + 1} = { anyOf: [s${i}, s${i}] };`).join("\n")}\n${req(fmt(obj("{ x: s40 }"))).slice(HEAD.length)}`,
  ],
  invalid: [
    // a property written before the call: reported at the write
    {
      code: `${HEAD}const params: any = { model: "claude-opus-4-8", max_tokens: 1, messages: [] }; params.output_config = { format: { type: "json_object" } };\nclient.messages.create(params);`,
      errors: [{ messageId: "formatType", line: 3 }],
    },
    // ---- Unsupported keywords, with a suggestion that removes them --------------------------------
    {
      code: withX('{ type: "integer", minimum: 0, description: "age" }'),
      errors: [
        {
          messageId: "unsupportedKeyword",
          line: 3,
          data: kw(`${P}.properties.x.minimum`, "minimum", "0", "integer"),
          suggestions: [{ messageId: "removeKeyword", data: { keyword: "minimum" }, output: withX('{ type: "integer", description: "age" }') }],
        },
      ],
    },
    {
      code: withX('{ type: "number", minimum: 0, maximum: 1 }'),
      errors: [
        { messageId: "unsupportedKeyword", data: kw(`${P}.properties.x.minimum`, "minimum", "0", "number"), suggestions: [{ messageId: "removeKeyword", output: withX('{ type: "number", maximum: 1 }') }] },
        { messageId: "unsupportedKeyword", data: kw(`${P}.properties.x.maximum`, "maximum", "1", "number"), suggestions: [{ messageId: "removeKeyword", output: withX('{ type: "number", minimum: 0 }') }] },
      ],
    },
    ...[
      ["exclusiveMinimum", "0", "integer", '{ type: "integer", exclusiveMinimum: 0 }', '{ type: "integer" }'],
      ["exclusiveMaximum", "9", "number", '{ type: ["number", "null"], exclusiveMaximum: 9 }', '{ type: ["number", "null"] }'],
      ["multipleOf", "0.5", "number", '{ type: "number", multipleOf: 0.5 }', '{ type: "number" }'],
      ["minLength", "1", "string", '{ type: "string", minLength: 1 }', '{ type: "string" }'],
      ["maxLength", "280", "string", '{ type: "string", maxLength: 280 }', '{ type: "string" }'],
      ["maxItems", "3", "array", '{ type: "array", items: { type: "string" }, maxItems: 3 }', '{ type: "array", items: { type: "string" } }'],
      ["uniqueItems", "true", "array", '{ type: "array", items: { type: "string" }, uniqueItems: true }', '{ type: "array", items: { type: "string" } }'],
    ].map(([keyword, value, type, schema, fixed]) => ({
      code: withX(schema),
      errors: [
        {
          messageId: "unsupportedKeyword" as const,
          data: kw(`${P}.properties.x.${keyword}`, keyword, value, type),
          suggestions: [{ messageId: "removeKeyword" as const, output: withX(fixed) }],
        },
      ],
    })),
    {
      code: withX('{ type: "array", items: { type: "string" }, minItems: 2 }'),
      errors: [
        {
          messageId: "unsupportedMinItems",
          data: { path: "output_config.format.schema.properties.x.minItems", value: "2" },
          suggestions: [{ messageId: "removeKeyword", output: withX('{ type: "array", items: { type: "string" } }') }],
        },
      ],
    },
    // Multi-line: the removal keeps the layout.
    {
      code: `${HEAD}client.messages.create({\n  model: "claude-opus-4-8",\n  max_tokens: 1024,\n  messages: [],\n  output_config: {\n    format: {\n      type: "json_schema",\n      schema: {\n        type: "object",\n        additionalProperties: false,\n        properties: {\n          score: {\n            type: "integer",\n            maximum: 10,\n          },\n        },\n      },\n    },\n  },\n});`,
      errors: [
        {
          messageId: "unsupportedKeyword",
          line: 16,
          suggestions: [
            {
              messageId: "removeKeyword",
              output: `${HEAD}client.messages.create({\n  model: "claude-opus-4-8",\n  max_tokens: 1024,\n  messages: [],\n  output_config: {\n    format: {\n      type: "json_schema",\n      schema: {\n        type: "object",\n        additionalProperties: false,\n        properties: {\n          score: {\n            type: "integer",\n          },\n        },\n      },\n    },\n  },\n});`,
            },
          ],
        },
      ],
    },

    // ---- additionalProperties ------------------------------------------------------------------
    {
      code: req(fmt('{ type: "object", properties: { a: { type: "string" } } }')),
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          data: apData(P),
          suggestions: [{ messageId: "addAdditionalProperties", output: req(fmt('{ type: "object", properties: { a: { type: "string" } }, additionalProperties: false }')) }],
        },
      ],
    },
    {
      code: req(fmt('{ type: "object" }')),
      errors: [{ messageId: "additionalPropertiesNotFalse", suggestions: [{ messageId: "addAdditionalProperties", output: req(fmt('{ type: "object", additionalProperties: false }')) }] }],
    },
    // a multi-line schema: a line of its own, in the object's trailing-comma style
    {
      code: `${HEAD}const schema = {\n  type: "object",\n  properties: { a: { type: "string" } },\n};\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], output_config: { format: ${fmt("schema")} } });`,
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          suggestions: [
            {
              messageId: "addAdditionalProperties",
              output: `${HEAD}const schema = {\n  type: "object",\n  properties: { a: { type: "string" } },\n  additionalProperties: false,\n};\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], output_config: { format: ${fmt("schema")} } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${HEAD}const schema = {\n  type: "object",\n  properties: {} // none yet\n};\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], output_config: { format: ${fmt("schema")} } });`,
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          suggestions: [
            {
              messageId: "addAdditionalProperties",
              output: `${HEAD}const schema = {\n  type: "object",\n  properties: {}, // none yet\n  additionalProperties: false\n};\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1024, messages: [], output_config: { format: ${fmt("schema")} } });`,
            },
          ],
        },
      ],
    },
    {
      code: req(fmt('{ type: "object", properties: {}, additionalProperties: true }')),
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          data: apData(P, "is true"),
          suggestions: [{ messageId: "setAdditionalPropertiesFalse", output: req(fmt('{ type: "object", properties: {}, additionalProperties: false }')) }],
        },
      ],
    },
    // A record (`z.record` style) and a nullable object.
    {
      code: withX('{ type: "object", additionalProperties: { type: "number" } }'),
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          data: apData(`${P}.properties.x`, "is {…}"),
          suggestions: [{ messageId: "setAdditionalPropertiesFalse", output: withX('{ type: "object", additionalProperties: false }') }],
        },
      ],
    },
    {
      code: withX('{ type: ["object", "null"], properties: { a: { type: "string" } } }'),
      errors: [{ messageId: "additionalPropertiesNotFalse", suggestions: [{ messageId: "addAdditionalProperties", output: withX('{ type: ["object", "null"], properties: { a: { type: "string" } }, additionalProperties: false }') }] }],
    },
    // Trailing comma, multi-line literal.
    {
      code: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: {\n  type: "object",\n  properties: {},\n} } } });`,
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          line: 4,
          suggestions: [
            {
              messageId: "addAdditionalProperties",
              output: `${HEAD}client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: {\n  type: "object",\n  properties: {},\n  additionalProperties: false,\n} } } });`,
            },
          ],
        },
      ],
    },
    // Inside `not`, keyword checks still apply.
    {
      code: withX('{ not: { type: "string", maxLength: 0 } }'),
      errors: [{ messageId: "unsupportedKeyword", data: kw(`${P}.properties.x.not.maxLength`, "maxLength", "0", "string"), suggestions: [{ messageId: "removeKeyword", output: withX('{ not: { type: "string" } }') }] }],
    },
    // An empty-but-closed object literal nested in anyOf; an item schema.
    {
      code: withX('{ anyOf: [{ type: "object", properties: {} }, { type: "null" }] }'),
      errors: [{ messageId: "additionalPropertiesNotFalse", data: apData(`${P}.properties.x.anyOf[0]`), suggestions: [{ messageId: "addAdditionalProperties", output: withX('{ anyOf: [{ type: "object", properties: {}, additionalProperties: false }, { type: "null" }] }') }] }],
    },
    {
      code: withX('{ type: "array", items: { type: "object", properties: {} } }'),
      errors: [{ messageId: "additionalPropertiesNotFalse", data: apData(`${P}.properties.x.items`), suggestions: [{ messageId: "addAdditionalProperties", output: withX('{ type: "array", items: { type: "object", properties: {}, additionalProperties: false } }') }] }],
    },

    // ---- format, enum, $ref, pattern -------------------------------------------------------------
    {
      code: withX('{ type: "string", format: "url" }'),
      errors: [
        {
          messageId: "unsupportedFormat",
          data: { path: "output_config.format.schema.properties.x.format", value: '"url"' },
          suggestions: [{ messageId: "removeKeyword", data: { keyword: "format" }, output: withX('{ type: "string" }') }],
        },
      ],
    },
    {
      code: withX('{ enum: ["a", { b: 1 }] }'),
      errors: [{ messageId: "complexEnum", data: { path: "output_config.format.schema.properties.x.enum", value: "an object" } }],
    },
    {
      code: withX('{ $ref: "https://example.com/address.json" }'),
      errors: [{ messageId: "externalRef", data: { path: "output_config.format.schema.properties.x.$ref", value: '"https://example.com/address.json"' } }],
    },
    {
      code: withX('{ $ref: "#" }'),
      errors: [{ messageId: "recursiveRef", data: { path: "output_config.format.schema.properties.x.$ref", value: '"#"' } }],
    },
    {
      code: `${HEAD}const Node = { type: "object", additionalProperties: false, properties: { children: { type: "array", items: { $ref: "#/$defs/Node" } } } };\n${req(fmt('{ type: "object", additionalProperties: false, properties: { tree: { $ref: "#/$defs/Node" } }, $defs: { Node } }')).slice(HEAD.length)}`,
      errors: [{ messageId: "recursiveRef", line: 3, data: { path: `${P}.$defs.Node.properties.children.items.$ref`, value: '"#/$defs/Node"' } }],
    },
    // A cycle through two definitions.
    {
      code: req(fmt(`{ type: "object", additionalProperties: false, properties: { a: { $ref: "#/definitions/A" } }, definitions: { A: ${obj('{ b: { $ref: "#/definitions/B" } }')}, B: ${obj('{ a: { $ref: "#/definitions/A" } }')} } }`)),
      errors: [{ messageId: "recursiveRef", data: { path: `${P}.definitions.B.properties.a.$ref`, value: '"#/definitions/A"' } }],
    },
    // Issues inside a definition that the root reaches.
    {
      code: req(fmt('{ type: "object", additionalProperties: false, properties: { home: { $ref: "#/$defs/Address" } }, $defs: { Address: { type: "object", properties: { zip: { type: "string", maxLength: 5 } } } } }')),
      errors: [
        { messageId: "additionalPropertiesNotFalse", data: apData(`${P}.$defs.Address`), suggestions: [{ messageId: "addAdditionalProperties", output: req(fmt('{ type: "object", additionalProperties: false, properties: { home: { $ref: "#/$defs/Address" } }, $defs: { Address: { type: "object", properties: { zip: { type: "string", maxLength: 5 } }, additionalProperties: false } } }')) }] },
        { messageId: "unsupportedKeyword", data: kw(`${P}.$defs.Address.properties.zip.maxLength`, "maxLength", "5", "string"), suggestions: [{ messageId: "removeKeyword", output: req(fmt('{ type: "object", additionalProperties: false, properties: { home: { $ref: "#/$defs/Address" } }, $defs: { Address: { type: "object", properties: { zip: { type: "string" } } } } }')) }] },
      ],
    },
    ...[
      ["^(?=.*\\\\d).{8,}$", '"^(?=.*\\\\d).{8,}$"', "a lookahead ((?=…) / (?!…))"],
      ["^(?<!x)y$", '"^(?<!x)y$"', "a lookbehind ((?<=…) / (?<!…))"],
      ["^(a+)-\\\\1$", '"^(a+)-\\\\1$"', "a backreference (\\1)"],
      ["^(?<q>[ab]).*\\\\k<q>$", '"^(?<q>[ab]).*\\\\k<q>$"', "a named backreference (\\k<…>)"],
      ["\\\\bword\\\\b", '"\\\\bword\\\\b"', "a word boundary (\\b)"],
    ].map(([pattern, value, detail]) => ({
      code: withX(`{ type: "string", pattern: "${pattern}" }`),
      errors: [{ messageId: "unsupportedPattern" as const, data: patData(value, detail), suggestions: [{ messageId: "removeKeyword" as const, output: withX('{ type: "string" }') }] }],
    })),

    // ---- The format object ---------------------------------------------------------------------
    {
      code: req('{ type: "json_object" }'),
      errors: [{ messageId: "formatType", data: { field: "output_config.format", value: '"json_object"', hint: ' "json_object" is OpenAI\'s JSON mode.' } }],
    },
    {
      code: req('{ schema: { type: "object", additionalProperties: false } }'),
      errors: [{ messageId: "formatType", data: { field: "output_config.format", value: "missing", hint: "" } }],
    },
    // OpenAI's json_schema shape: the schema sits under `json_schema`, so `schema` is missing.
    {
      code: req('{ type: "json_schema", json_schema: { name: "person", strict: true, schema: { type: "object" } } }'),
      errors: [{ messageId: "missingSchema", data: { field: "output_config.format" } }],
    },

    // ---- Strict tools --------------------------------------------------------------------------
    {
      code: strictTool('{ type: "object", properties: { days: { type: "integer", minimum: 1 } }, additionalProperties: false }'),
      errors: [
        {
          messageId: "unsupportedKeyword",
          data: kw("tools[0].input_schema.properties.days.minimum", "minimum", "1", "integer"),
          suggestions: [{ messageId: "removeKeyword", output: strictTool('{ type: "object", properties: { days: { type: "integer" } }, additionalProperties: false }') }],
        },
      ],
    },
    {
      code: strictTool('{ type: "object", properties: { city: { type: "string" } } }'),
      errors: [{ messageId: "additionalPropertiesNotFalse", data: apData("tools[0].input_schema"), suggestions: [{ messageId: "addAdditionalProperties", output: strictTool('{ type: "object", properties: { city: { type: "string" } }, additionalProperties: false }') }] }],
    },
    // The same strict tool on both paths of a conditional `tools`.
    {
      code: `${HEAD}declare const c: boolean;\nconst weather = { name: "w", strict: true, input_schema: { type: "object", properties: {} } };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [weather] : [weather, { name: "x", input_schema: { type: "object" } }] });`,
      errors: [{ messageId: "additionalPropertiesNotFalse", line: 4, suggestions: [{ messageId: "addAdditionalProperties", output: `${HEAD}declare const c: boolean;\nconst weather = { name: "w", strict: true, input_schema: { type: "object", properties: {}, additionalProperties: false } };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? [weather] : [weather, { name: "x", input_schema: { type: "object" } }] });` }] }],
    },
    // A shared list with a strict tool: reported once, where the schema is written; a request that
    // may send no tools (or another list) does not make it certain.
    {
      code: `${HEAD}declare const c: boolean;\nconst TOOLS = [{ name: "w", strict: true, input_schema: { type: "object", properties: {} } }];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? TOOLS : [] });`,
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          line: 4,
          data: apData("tools[0].input_schema"),
          suggestions: [
            {
              messageId: "addAdditionalProperties",
              output: `${HEAD}declare const c: boolean;\nconst TOOLS = [{ name: "w", strict: true, input_schema: { type: "object", properties: {}, additionalProperties: false } }];\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: TOOLS });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: c ? TOOLS : [] });`,
            },
          ],
        },
      ],
    },

    // ---- Beta: both fields -----------------------------------------------------------------------
    {
      code: `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: ${fmt(obj("{}"))}, output_config: { format: ${fmt(obj("{}"))} } });`,
      errors: [
        {
          messageId: "bothFormats",
          suggestions: [{ messageId: "removeOutputFormat", output: `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: ${fmt(obj("{}"))} } });` }],
        },
      ],
    },
    // multi-line, `output_format` first
    {
      code: `${HEAD}client.beta.messages.create({\n  output_format: ${fmt(obj("{}"))},\n  model: "claude-opus-4-8",\n  max_tokens: 1,\n  messages: [],\n  output_config: { format: ${fmt(obj("{}"))} },\n});`,
      errors: [
        {
          messageId: "bothFormats",
          suggestions: [
            {
              messageId: "removeOutputFormat",
              output: `${HEAD}client.beta.messages.create({\n  model: "claude-opus-4-8",\n  max_tokens: 1,\n  messages: [],\n  output_config: { format: ${fmt(obj("{}"))} },\n});`,
            },
          ],
        },
      ],
    },
    // `output_format` in a base object spread into the request (which other calls may share):
    // no removal offered
    {
      code: `${HEAD}const base = { output_format: ${fmt(obj("{}"))} };\nclient.beta.messages.create({ ...base, model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: ${fmt(obj("{}"))} } });`,
      errors: [{ messageId: "bothFormats", line: 3, suggestions: [] }],
    },
    // Beta `output_format` is checked like `output_config.format`.
    {
      code: `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: { type: "json_object" } } as any);`,
      errors: [{ messageId: "formatType", data: { field: "output_format", value: '"json_object"', hint: ' "json_object" is OpenAI\'s JSON mode.' } }],
    },
    {
      code: `${HEAD}client.beta.messages.parse({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: ${fmt('{ type: "object", properties: {} }')} });`,
      errors: [{ messageId: "additionalPropertiesNotFalse", data: apData("output_format.schema"), suggestions: [{ messageId: "addAdditionalProperties", output: `${HEAD}client.beta.messages.parse({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_format: ${fmt('{ type: "object", properties: {}, additionalProperties: false }')} });` }] }],
    },

    // ---- How the request is built ------------------------------------------------------------------
    // In a variable.
    {
      code: `${HEAD}const schema = { type: "object", properties: { n: { type: "integer", maximum: 5 } }, additionalProperties: false } as const;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });`,
      errors: [{ messageId: "unsupportedKeyword", line: 3, suggestions: [{ messageId: "removeKeyword", output: `${HEAD}const schema = { type: "object", properties: { n: { type: "integer" } }, additionalProperties: false } as const;\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });` }] }],
    },
    // Through a spread of a base object (the keyword sits in the base).
    {
      code: `${HEAD}const bounded = { minimum: 0, maximum: 100 };\nconst schema = { type: "object", additionalProperties: false, properties: { pct: { type: "number", ...bounded } } };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });`,
      errors: [
        { messageId: "unsupportedKeyword", line: 3, data: kw(`${P}.properties.pct.minimum`, "minimum", "0", "number"), suggestions: [{ messageId: "removeKeyword", output: `${HEAD}const bounded = { maximum: 100 };\nconst schema = { type: "object", additionalProperties: false, properties: { pct: { type: "number", ...bounded } } };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });` }] },
        { messageId: "unsupportedKeyword", line: 3, data: kw(`${P}.properties.pct.maximum`, "maximum", "100", "number"), suggestions: [{ messageId: "removeKeyword", output: `${HEAD}const bounded = { minimum: 0 };\nconst schema = { type: "object", additionalProperties: false, properties: { pct: { type: "number", ...bounded } } };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });` }] },
      ],
    },
    // A base request spread into the call.
    {
      code: `${HEAD}const base = { model: "claude-opus-4-8", max_tokens: 1, output_config: { format: { type: "json_object" } } } as const;\nclient.messages.create({ ...base, messages: [] } as any);`,
      errors: [{ messageId: "formatType", line: 3 }],
    },
    // Fails on every path of a conditional: the same keyword with two values.
    {
      code: `${HEAD}declare const c: boolean; ${withX('{ type: "integer", minimum: c ? 1 : 2 }').slice(HEAD.length)}`,
      errors: [{ messageId: "unsupportedKeyword", data: kw(`${P}.properties.x.minimum`, "minimum", "1 or 2", "integer"), suggestions: [{ messageId: "removeKeyword", output: `${HEAD}declare const c: boolean; ${withX('{ type: "integer" }').slice(HEAD.length)}` }] }],
    },
    // Two different schemas, both open objects: reported at the conditional, no suggestion.
    {
      code: TWO_OPEN,
      errors: [{ messageId: "additionalPropertiesNotFalse", line: 3, column: TWO_OPEN.split("\n")[2].indexOf("c ? {") + 1, data: apData(P) }],
    },
    {
      code: `${HEAD}declare const c: boolean; client.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: c ? { type: "json_object" } : { type: "text" } } } as any);`,
      errors: [{ messageId: "formatType", data: fmtData('"json_object" or "text"', "output_config.format", OPENAI_HINT) }],
    },
    // `as` / `satisfies`.
    {
      code: `${HEAD}import type { JSONOutputFormat } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: ({ type: "object" }) as Record<string, unknown> } satisfies JSONOutputFormat } });`,
      errors: [{ messageId: "additionalPropertiesNotFalse", suggestions: [{ messageId: "addAdditionalProperties", output: `${HEAD}import type { JSONOutputFormat } from "@anthropic-ai/sdk/resources/messages";\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: ({ type: "object", additionalProperties: false }) as Record<string, unknown> } satisfies JSONOutputFormat } });` }] }],
    },
    // parse, stream, countTokens, batches.
    ...["messages.parse", "messages.stream", "messages.countTokens", "beta.messages.create"].map((m) => ({
      code: req('{ type: "json_object" }', m),
      errors: [{ messageId: "formatType" as const }],
    })),
    {
      code: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [] } }, { custom_id: "b", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: { type: "object", properties: { n: { type: "string", minLength: 2 } }, additionalProperties: false } } } } }] });`,
      errors: [{ messageId: "unsupportedKeyword", data: kw(`${P}.properties.n.minLength`, "minLength", "2", "string"), suggestions: [{ messageId: "removeKeyword", output: `${HEAD}client.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [] } }, { custom_id: "b", params: { model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema: { type: "object", properties: { n: { type: "string" } }, additionalProperties: false } } } } }] });` }] }],
    },
    // Reported once when the same schema is sent twice, and when it is both a format and a strict tool.
    {
      code: `${HEAD}const schema = { type: "object", properties: {} };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } }, tools: [{ name: "t", strict: true, input_schema: schema }] });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });`,
      errors: [{ messageId: "additionalPropertiesNotFalse", line: 3, suggestions: [{ messageId: "addAdditionalProperties", output: `${HEAD}const schema = { type: "object", properties: {}, additionalProperties: false };\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } }, tools: [{ name: "t", strict: true, input_schema: schema }] });\nclient.messages.stream({ model: "claude-opus-4-8", max_tokens: 1, messages: [], output_config: { format: { type: "json_schema", schema } } });` }] }],
    },

    // ---- Deep and cyclic schemas -------------------------------------------------------------------
    {
      code: deepOpenCode,
      errors: [{ messageId: "additionalPropertiesNotFalse", data: apData(P), suggestions: [{ messageId: "addAdditionalProperties", output: req(fmt(deep(90, true).replace('{ type: "object", additionalProperties: false, properties: { a: ', '{ type: "object", properties: { a: ').replace(/ \}$/, ", additionalProperties: false }"))) }] }],
    },
    {
      code: chainOpen,
      errors: [
        {
          messageId: "additionalPropertiesNotFalse",
          line: 1003,
          data: apData(P),
          suggestions: [{ messageId: "addAdditionalProperties", output: chainOpen.replace("const s1000 = { type: \"object\", properties: { a: s999 } };", "const s1000 = { type: \"object\", properties: { a: s999 }, additionalProperties: false };") }],
        },
      ],
    },
    {
      code: `${HEAD}const a: any = { type: "object", properties: { x: a } };\n${req(fmt("a")).slice(HEAD.length)}`,
      errors: [{ messageId: "additionalPropertiesNotFalse", line: 3, suggestions: [{ messageId: "addAdditionalProperties", output: `${HEAD}const a: any = { type: "object", properties: { x: a }, additionalProperties: false };\n${req(fmt("a")).slice(HEAD.length)}` }] }],
    },
  ],
});
