/**
 * Self- and mutually-referencing code: objects that spread or contain themselves, members read
 * from the object being built, recursive local functions and recursive schemas. None of these
 * values can be known (most throw a ReferenceError at run time, or never return), so every rule
 * must stay silent, and nothing may throw or loop. The one certain report here is a JSON Schema
 * whose `$ref` makes it recursive, which structured outputs reject.
 */
import { afterAll, describe, expect, it } from "vitest";
import { SDK_HEADER, brief, lint, printTimings } from "./lint";

afterAll(() => printTimings("cycles: time per case"));

const MESSAGES = '[{ role: "user", content: "hi" }]';
const REQUEST = `model: "claude-sonnet-4-6", max_tokens: 1024, messages: ${MESSAGES}`;

/** `[title, code]`: each must lint without a throw and without a report. */
const SILENT: readonly (readonly [string, string])[] = [
  ["mutual spreads", `const a = { ...b }; const b = { ...a };\nclient.messages.create({ ...a, ${REQUEST} });`],
  ["mutual spreads as the whole body", `const a = { ...b, ${REQUEST} }; const b = { ...a };\nclient.messages.create(b);`],
  ["a three-way cycle of spreads", `const a = { ...c }; const b = { ...a }; const c = { ...b, ${REQUEST} };\nclient.messages.create(c);`],
  ["an object containing itself", `const o = { self: o, ${REQUEST} };\nclient.messages.create(o);`],
  ["an object whose field is itself", `const o = { ${REQUEST}, tools: o };\nclient.messages.create(o);`],
  ["a field read from the object being built", `const x = { tools: x.tools, ${REQUEST} };\nclient.messages.create(x);`],
  ["a field read from the object being built, nested", `const x = { ${REQUEST}, metadata: { user_id: x.metadata.user_id } };\nclient.messages.create(x);`],
  ["a model read from itself", `const x = { model: x.model, max_tokens: 1024, messages: ${MESSAGES} };\nclient.messages.create(x);`],
  ["messages that contain the request", `const p = { model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: p.messages }] };\nclient.messages.create(p);`],
  ["a self-referencing const chain", `const m = n; const n = m;\nclient.messages.create({ model: m, max_tokens: n, messages: ${MESSAGES} });`],
  ["a recursive function as the body", `function f(): any { return { ${REQUEST}, metadata: f() }; }\nclient.messages.create(f());`],
  ["mutually recursive functions", `function f(): any { return { ...g() }; }\nfunction g(): any { return { ...f(), ${REQUEST} }; }\nclient.messages.create(f());`],
  ["a recursive arrow function", `const f = (): any => ({ ...f(), ${REQUEST} });\nclient.messages.create(f());`],
  ["a recursive function for max_tokens", `function t(n: number): number { return n > 0 ? t(n - 1) : 1024; }\nclient.messages.create({ model: "claude-sonnet-4-6", max_tokens: t(3), messages: ${MESSAGES} });`],
  ["a recursive schema object", `const node = { type: "object", properties: { child: node }, additionalProperties: false };
client.messages.create({ ${REQUEST}, tools: [{ name: "t", input_schema: node, strict: true }], output_config: { format: { type: "json_schema", schema: node } } });`],
  ["a schema built by a recursive function", `function schema(depth: number): any {
  return { type: "object", properties: { child: depth > 0 ? schema(depth - 1) : { type: "string" } }, additionalProperties: false };
}
client.messages.create({ ${REQUEST}, tools: [{ name: "t", input_schema: schema(3), strict: true }], output_config: { format: { type: "json_schema", schema: schema(3) } } });`],
  ["tools that contain themselves", `const tools = [{ name: "t", input_schema: { type: "object" } }, ...tools];\nclient.messages.create({ ${REQUEST}, tools, tool_choice: { type: "tool", name: "t" } });`],
  ["a tool_choice read from itself", `const p = { ${REQUEST}, tools: [], tool_choice: p.tool_choice };\nclient.messages.create(p);`],
  ["a client built from itself", `const c: any = new Anthropic({ ...c.options });\nc.messages.create({ ${REQUEST} });`],
  ["a cyclic batch", `const r = { custom_id: "a", params: r };\nclient.messages.batches.create({ requests: [r, ...r.params] });`],
  ["a cyclic thinking config", `const t = { type: "enabled", budget_tokens: t.budget_tokens };\nclient.messages.create({ ${REQUEST}, thinking: t });`],
  ["a cyclic cache_control", `const b = { type: "text", text: "x", cache_control: b.cache_control };\nclient.messages.create({ model: "claude-sonnet-4-6", max_tokens: 1024, messages: [{ role: "user", content: [b, b, b, b, b, b] }] });`],
];

describe("self- and mutually-referencing code: no throw, no report", () => {
  it.each(SILENT)("%s", (title, code) => {
    const out = lint(SDK_HEADER + code, title);
    expect(brief(out)).toEqual([]);
  });
});

/**
 * `f` never returns (every return calls `f` again): its result must be unknown, not an object
 * with a key `x` that no-unknown-params would report. The engine treats every self-referencing
 * local function's calls as unknown.
 */
describe("recursive local functions", () => {
  it("a recursive function whose only return calls itself: no report", () => {
    const out = lint(`${SDK_HEADER}function f(): any { return { x: f() }; }\nclient.messages.create({ ...f(), ${REQUEST} });`, "a recursive function");
    expect(brief(out)).toEqual([]);
  });
});

describe("recursive JSON Schemas", () => {
  it("a $ref to the root is the one certain report (recursiveRef)", () => {
    const code = `${SDK_HEADER}const schema = {
  type: "object",
  properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#" } } },
  required: ["name", "children"],
  additionalProperties: false,
};
client.messages.create({ ${REQUEST}, output_config: { format: { type: "json_schema", schema } } });
`;
    const out = lint(code, "$ref to the root");
    expect(out.reports.map((m) => `${m.ruleId}/${m.messageId}:${m.line}`)).toEqual(["anthropic/valid-structured-output/recursiveRef:5"]);
  });

  it("$defs that reference each other in a cycle of 50 lint without a throw", () => {
    const defs = Array.from({ length: 50 }, (_, i) => `d${i}: { type: "object", properties: { next: { $ref: "#/$defs/d${(i + 1) % 50}" } }, additionalProperties: false }`).join(",\n    ");
    const code = `${SDK_HEADER}const schema = {
  type: "object",
  properties: { head: { $ref: "#/$defs/d0" } },
  additionalProperties: false,
  $defs: {
    ${defs}
  },
};
client.messages.create({ ${REQUEST}, output_config: { format: { type: "json_schema", schema } } });
`;
    const out = lint(code, "cycle of 50 $defs");
    // Recursive: at most one report per closed cycle, all from valid-structured-output.
    expect(out.reports.length).toBeGreaterThanOrEqual(1);
    expect(new Set(out.reports.map((m) => `${m.ruleId}/${m.messageId}`))).toEqual(new Set(["anthropic/valid-structured-output/recursiveRef"]));
  });

  it("a $defs graph where every definition references every other one (50 × 50 edges)", () => {
    const n = 50;
    const defs = Array.from({ length: n }, (_, i) => {
      const props = Array.from({ length: n }, (_, j) => `p${j}: { $ref: "#/$defs/d${j}" }`).join(", ");
      return `d${i}: { type: "object", properties: { ${props} }, additionalProperties: false }`;
    }).join(",\n    ");
    const code = `${SDK_HEADER}const schema = { $ref: "#/$defs/d0", $defs: {\n    ${defs}\n  } };
client.messages.create({ ${REQUEST}, output_config: { format: { type: "json_schema", schema } } });
`;
    const out = lint(code, "complete graph of 50 $defs");
    expect(new Set(out.reports.map((m) => `${m.ruleId}/${m.messageId}`))).toEqual(new Set(["anthropic/valid-structured-output/recursiveRef"]));
  });
});
