/**
 * Fuzzing: random programs for every rule of the plugin, and the checks run on each of them.
 *
 * Two generators, both driven by a seeded PRNG (one seed reproduces one program exactly):
 *
 * - `eslumpProgram(seed)`: a random JavaScript program from eslump (as ESLint fuzzes its own
 *   rules), either alone or wrapped in an SDK import and requests built from the names it declares;
 * - `requestProgram(seed)`: a random program that sends Anthropic-shaped requests — every import
 *   form of the SDK and its cloud clients, every request method, raw `fetch`, typed objects — with
 *   bodies mixing real fields, OpenAI-style fields, spreads, conditionals, calls, cycles, odd keys,
 *   getters, holes, casts and deep nesting.
 *
 * `checkProgram()` lints one program with every rule on and returns what went wrong: a rule that
 * throws, a fix whose output does not parse, a fix that a second pass changes again, a suggestion
 * whose output does not parse. It takes the `Linter`, the plugin and the TypeScript parser as
 * arguments, so `tests/fuzz/fuzz.test.ts` runs it on the sources and `scripts/fuzz.mjs` on the
 * built plugin.
 */
import type { Linter } from "eslint";
// @ts-expect-error eslump ships no type declarations
import { generateRandomJS } from "eslump";
import { MODEL_IDS } from "../../src/knowledge/models";

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** The seed of the `index`-th program of a run seeded `base` (a 32-bit mix, so neighbours differ). */
export function programSeed(base: number, index: number): number {
  let h = (Math.imul(base >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Programs
// ---------------------------------------------------------------------------------------------

export type ProgramKind = "eslump" | "request";

export interface Program {
  readonly kind: ProgramKind;
  readonly seed: number;
  readonly code: string;
  /** `fuzz.ts` (typescript-eslint parser) or `fuzz.js` / `fuzz.cjs` (espree). */
  readonly filename: string;
  readonly sourceType: "module" | "script" | "commonjs";
}

/** The program of a kind and seed (what `--replay kind:seed` runs). */
export function generateProgram(kind: ProgramKind, seed: number): Program {
  return kind === "eslump" ? eslumpProgram(seed) : requestProgram(seed);
}

// ---------------------------------------------------------------------------------------------
// eslump programs
// ---------------------------------------------------------------------------------------------

/** Names the eslump program declares (a loose scan: an unresolved name is just a global). */
const DECLARED = /\b(?:var|let|const|function\*?|class)\s+([A-Za-z_$][\w$]*)/g;

/**
 * A random JavaScript program from eslump. eslump draws from `Math.random`, so the seeded PRNG
 * stands in for it while it generates. Half of the programs stay as eslump made them (the
 * engine's quick exit and its scope walk over odd syntax); the other half import the SDK and send
 * requests built from the names the program declares, so the evaluator follows random
 * initializers, functions and classes.
 */
export function eslumpProgram(seed: number): Program {
  const rng = new Rng(seed);
  const sourceType = rng.chance(0.6) ? "module" : "script";
  const options = {
    sourceType,
    maxDepth: rng.range(3, 7),
    comments: rng.chance(0.2),
    whitespace: rng.chance(0.2),
  };
  const saved = Math.random;
  let code: string;
  try {
    Math.random = () => rng.next();
    code = generateRandomJS(options) as string;
  } finally {
    Math.random = saved;
  }
  const filename = sourceType === "module" ? "fuzz.js" : "fuzz.cjs";
  const programType = sourceType === "module" ? "module" : "script";
  if (rng.chance(0.5)) return { kind: "eslump", seed, code, filename, sourceType: programType };

  const names = [...new Set([...code.matchAll(DECLARED)].map((m) => m[1]))].filter((n) => !/^(?:async|let|yield|await|static)$/.test(n));
  const ref = (fallback: string): string => (names.length > 0 && rng.chance(0.8) ? rng.pick(names) : fallback);
  const head =
    sourceType === "module"
      ? rng.pick([
          'import SDK$ from "@anthropic-ai/sdk";\n',
          'import { Anthropic as SDK$ } from "@anthropic-ai/sdk";\n',
          'import SDK$ from "@anthropic-ai/bedrock-sdk";\n',
        ])
      : rng.pick(['var SDK$ = require("@anthropic-ai/sdk");\n', 'var { default: SDK$ } = require("@anthropic-ai/vertex-sdk");\n']);
  const client = `new SDK$({ maxRetries: ${ref("3")} })`;
  const body = (): string => {
    if (rng.chance(0.3)) return ref("{}");
    const parts = [
      `model: ${ref('"claude-opus-4-8"')}`,
      `max_tokens: ${ref("1024")}`,
      `messages: ${ref("[]")}`,
      `...${ref("{}")}`,
      `tools: [${ref("{}")}, { name: ${ref('"t"')}, input_schema: ${ref("{}")} }]`,
      `tool_choice: ${ref("{}")}`,
      `thinking: ${ref("{}")}`,
      `output_config: { format: { type: "json_schema", schema: ${ref("{}")} } }`,
      `[${ref('"model"')}]: ${ref("0")}`,
      `temperature: ${ref("0.5")}`,
    ];
    return `{ ${parts.filter(() => rng.chance(0.6)).join(", ")} }`;
  };
  const tail: string[] = [`;var client$ = ${client};`];
  const calls = rng.range(1, 3);
  for (let i = 0; i < calls; i++) {
    tail.push(
      rng.pick([
        `;client$.messages.create(${body()});`,
        `;client$.messages.stream(${body()}, ${ref("{}")});`,
        `;client$.beta.messages.create(${body()});`,
        `;client$.messages.countTokens(${body()});`,
        `;client$.messages.batches.create({ requests: [{ custom_id: "a", params: ${body()} }, ${ref("{}")}] });`,
        `;fetch("https://api.anthropic.com/v1/messages", { method: "POST", headers: ${ref("{}")}, body: JSON.stringify(${body()}) });`,
      ]),
    );
  }
  // The tail goes after the program (a trailing line comment ends at the newline).
  return { kind: "eslump", seed, code: `${head}${code}\n${tail.join("\n")}\n`, filename, sourceType: programType };
}

// ---------------------------------------------------------------------------------------------
// Request programs
// ---------------------------------------------------------------------------------------------

const SERVER_TOOL_TYPES = [
  "bash_20250124",
  "bash_20241022",
  "code_execution_20250825",
  "computer_20250124",
  "computer_20241022",
  "memory_20250818",
  "text_editor_20250124",
  "text_editor_20250728",
  "web_search_20250305",
  "web_fetch_20250910",
  "tool_search_tool_regex_20251119",
  "mcp_toolset",
  "custom",
  "function",
  "web_search_20990101",
];

const SERVER_TOOL_NAMES = ["bash", "str_replace_editor", "str_replace_based_edit_tool", "web_search", "computer", "memory", "code_execution", "web_fetch"];

const OPENAI_FIELDS: readonly (readonly [string, string])[] = [
  ["n", "1"],
  ["presence_penalty", "0.5"],
  ["frequency_penalty", "0"],
  ["response_format", '{ type: "json_object" }'],
  ["functions", "[]"],
  ["function_call", '"auto"'],
  ["max_completion_tokens", "512"],
  ["logit_bias", "{}"],
  ["user", '"u-1"'],
  ["seed", "42"],
  ["stop", '["\\n"]'],
  ["stream_options", "{ include_usage: true }"],
  ["parallel_tool_calls", "false"],
  ["reasoning_effort", '"high"'],
  ["maxTokens", "100"],
  ["topP", "0.9"],
  ["stopSequences", "[]"],
  ["anthropic_version", '"bedrock-2023-05-31"'],
  ["anthropic_beta", '["x"]'],
];

const EXTRA_FIELDS: readonly (readonly [string, string])[] = [
  ["stop_sequences", '["END", ""]'],
  ["metadata", '{ user_id: "u" }'],
  ["service_tier", '"auto"'],
  ["stream", "true"],
  ["stream", "false"],
  ["container", '"c-1"'],
  ["betas", '["interleaved-thinking-2025-05-14"]'],
  ["mcp_servers", '[{ type: "url", url: "https://example.com/mcp", name: "m" }]'],
  ["context_management", '{ edits: [{ type: "clear_tool_uses_20250919" }] }'],
  ["output_format", '{ type: "json_schema", schema: { type: "object", properties: {}, additionalProperties: false } }'],
  ["speed", '"fast"'],
  ["inference_geo", '"us"'],
  ["cache_control", '{ type: "ephemeral" }'],
];


interface Ctx {
  readonly rng: Rng;
  readonly ts: boolean;
  readonly module: boolean;
  /** Declarations emitted before the code that uses them (cycles come from forward references). */
  readonly decls: string[];
  /** Names declared so far (consts, lets, functions), to refer back and forward to. */
  readonly names: string[];
  /** Names that will be declared later: referring to them makes forward references and cycles. */
  readonly pending: string[];
  counter: number;
  depth: number;
  /** Imports (or requires) of the wrapper libraries the statements use. */
  readonly imports: string[];
}

function fresh(ctx: Ctx, base: string): string {
  ctx.counter++;
  return `${base}${ctx.counter}`;
}

/** `x as const`, `x satisfies …`, `x!`, parens, `(0, x)`: wrappers the evaluator sees through (or not). */
function wrap(ctx: Ctx, expr: string): string {
  const { rng } = ctx;
  if (!rng.chance(0.12)) return expr;
  const options = [`(${expr})`, `(0, ${expr})`];
  if (ctx.ts) {
    options.push(`(${expr} as const)`, `(${expr} as any)`, `(${expr} as unknown as Record<string, unknown>)`, `(${expr})!`, `(${expr} satisfies unknown)`);
  }
  return rng.pick(options);
}

function str(rng: Rng, values: readonly string[]): string {
  const v = rng.pick(values);
  const quoted = JSON.stringify(v);
  switch (rng.int(8)) {
    case 0:
      return `\`${v.replace(/[`\\$]/g, "\\$&")}\``;
    case 1:
      return `'${v.replace(/['\\]/g, "\\$&").replace(/\n/g, "\\n")}'`;
    default:
      return quoted;
  }
}

/** An unknown value: a parameter, a call, an environment variable, a member of an import. */
function unknownExpr(ctx: Ctx): string {
  const { rng } = ctx;
  return rng.pick([
    "input",
    "opts.value",
    "process.env.VALUE",
    "getValue()",
    "settings?.get?.('x')",
    "load()",
    "config[key]",
    "Math.random() > 0.5 ? 1 : 2",
    "this?.value",
    "new Date().getTime()",
  ]);
}

function numberExpr(ctx: Ctx, typical: readonly number[]): string {
  const { rng } = ctx;
  switch (rng.int(14)) {
    case 0:
      return unknownExpr(ctx);
    case 1:
      return `${rng.pick(typical)} * ${rng.pick([1, 2, 1024, 0.5])}`;
    case 2:
      return `"${rng.pick(typical)}"`;
    case 3:
      return rng.pick(["NaN", "Infinity", "-Infinity", "-0", "1e999", "0x10", "1_024", "2n", "null", "undefined", "void 0", "-1", "1.5", "Number.MAX_SAFE_INTEGER"]);
    case 4:
      return cond(ctx, () => numberExpr(ctx, typical));
    default:
      return String(rng.pick(typical));
  }
}

function cond(ctx: Ctx, gen: () => string): string {
  const { rng } = ctx;
  const test = rng.pick(["flag", "input", "process.env.DEBUG", "opts.on", "Math.random() < 0.5", "!flag", "flag && input"]);
  switch (rng.int(5)) {
    case 0:
      return `(${gen()} ?? ${gen()})`;
    case 1:
      return `(${gen()} || ${gen()})`;
    case 2:
      return `(${test} && ${gen()})`;
    default:
      return `(${test} ? ${gen()} : ${gen()})`;
  }
}

function modelExpr(ctx: Ctx): string {
  const { rng } = ctx;
  const id = rng.pick(MODEL_IDS);
  switch (rng.int(16)) {
    case 0:
      return str(rng, [`anthropic.${id}-v1:0`, `us.anthropic.${id}-v1:0`, `global.anthropic.${id}`, `arn:aws:bedrock:us-east-1::foundation-model/anthropic.${id}-v1:0`]);
    case 1:
      return str(rng, [`${id}@20250101`, `${id.replace(/-\d{8}$/, "")}@${id.match(/\d{8}$/)?.[0] ?? "2025"}`, `projects/p/locations/l/publishers/anthropic/models/${id}`]);
    case 2:
      return str(rng, ["gpt-4o", "claude-nonexistent-9", "claude-", "claude-3-opus", "CLAUDE-OPUS-4-8", "", " claude-opus-4-8", "claude-opus-4-8\n", "claude-opus-4.8", "mistral-large"]);
    case 3:
      return `\`claude-\${${rng.pick(["tier", "input", '"opus-4-8"', "VERSION"])}}\``;
    case 4:
      return cond(ctx, () => modelExpr(ctx));
    case 5:
      return unknownExpr(ctx);
    case 6:
      return rng.pick(["42", "null", "undefined", "{}", "[]", "true", 'Symbol("m")', "MODELS[0]", "MODELS.opus"]);
    case 7:
      return ctx.ts ? `"${id}" as const` : `"${id}"`;
    case 8:
      return `"claude-" + "${id.slice(7)}"`;
    default:
      return str(rng, [id]);
  }
}

/** A JSON schema for `input_schema` / `output_config.format.schema`: the supported subset and what lies outside it. */
function schemaExpr(ctx: Ctx, depth = 0): string {
  const { rng } = ctx;
  if (depth > 4 || rng.chance(0.1)) {
    return rng.pick(['{ type: "string" }', "{}", "true", "false", "null", '{ $ref: "#" }', '{ $ref: "#/$defs/node" }', "undefined", unknownExpr(ctx)]);
  }
  const type = rng.pick(["object", "object", "object", "string", "number", "integer", "array", "boolean", "null", "enum", "anyOf", "allOf", "oneOf", "tuple", "bogus"]);
  const parts: string[] = [];
  const extra = (k: string, v: string) => {
    if (rng.chance(0.35)) parts.push(`${k}: ${v}`);
  };
  switch (type) {
    case "object": {
      parts.push('type: "object"');
      const n = rng.range(0, 4);
      const props: string[] = [];
      const names: string[] = [];
      for (let i = 0; i < n; i++) {
        const key = rng.pick(["name", "id", "city", "items", "value", "__proto__", "0", "a b", "nested", "when"]);
        if (key === "__proto__" && names.includes(key)) continue;
        names.push(key);
        props.push(`${JSON.stringify(key)}: ${schemaExpr(ctx, depth + 1)}`);
      }
      if (rng.chance(0.2)) props.push(`...${pickName(ctx, "{}")}`);
      parts.push(`properties: { ${props.join(", ")} }`);
      if (rng.chance(0.6)) parts.push(`required: [${[...names, ...(rng.chance(0.2) ? ["missing"] : [])].map((x) => JSON.stringify(x)).join(", ")}]`);
      if (rng.chance(0.6)) parts.push(`additionalProperties: ${rng.pick(["false", "true", "{}", '{ type: "string" }', "flag"])}`);
      extra("minProperties", "1");
      extra("patternProperties", '{ "^x": { type: "string" } }');
      extra("$defs", `{ node: ${depth < 2 ? schemaExpr(ctx, depth + 2) : "{}"} }`);
      extra("definitions", "{}");
      break;
    }
    case "string":
      parts.push(`type: ${rng.pick(['"string"', '["string", "null"]', '"String"'])}`);
      extra("format", str(rng, ["date-time", "date", "email", "uri", "uuid", "ipv4", "hostname", "regex", "credit-card"]));
      extra("pattern", str(rng, ["^[a-z]+$", "(a+)+$", "^(?=x)", "\\1", "(?<n>a)\\k<n>", "[", "\\p{L}", "a{2,}", "^\\d{3}-\\d{4}$"]));
      extra("minLength", numberExpr(ctx, [0, 1, 5]));
      extra("maxLength", numberExpr(ctx, [10, 100]));
      extra("enum", '["a", "b", 1, null]');
      extra("const", '"x"');
      break;
    case "number":
    case "integer":
      parts.push(`type: "${type}"`);
      extra("minimum", numberExpr(ctx, [0, 1, -5]));
      extra("maximum", numberExpr(ctx, [10, 100]));
      extra("exclusiveMinimum", "0");
      extra("multipleOf", "2");
      break;
    case "array":
      parts.push('type: "array"');
      if (rng.chance(0.8)) parts.push(`items: ${schemaExpr(ctx, depth + 1)}`);
      extra("minItems", rng.pick(["0", "1", "2", "-1", '"1"']));
      extra("maxItems", "3");
      extra("uniqueItems", "true");
      extra("prefixItems", `[${schemaExpr(ctx, depth + 1)}]`);
      break;
    case "boolean":
    case "null":
      parts.push(`type: "${type}"`);
      break;
    case "enum":
      parts.push(`enum: ${rng.pick(['["a", "b"]', "[]", "[1, 2, 1]", '[{ a: 1 }, ["x"]]', "ENUM_VALUES"])}`);
      break;
    case "tuple":
      parts.push('type: "array"', `prefixItems: [${schemaExpr(ctx, depth + 1)}, ${schemaExpr(ctx, depth + 1)}]`, "items: false");
      break;
    case "bogus":
      parts.push(`type: ${rng.pick(['"obj"', "42", "[]", '["object", "array"]', "undefined"])}`);
      break;
    default:
      parts.push(`${type}: [${schemaExpr(ctx, depth + 1)}, ${schemaExpr(ctx, depth + 1)}]`);
  }
  extra("description", str(rng, ["A field.", "", "x".repeat(rng.range(1, 40))]));
  extra("default", rng.pick(['"x"', "0", "null", "{}"]));
  extra("title", '"T"');
  return objectOf(ctx, parts);
}

function cacheControl(ctx: Ctx): string {
  const { rng } = ctx;
  return rng.pick([
    '{ type: "ephemeral" }',
    '{ type: "ephemeral", ttl: "1h" }',
    '{ type: "ephemeral", ttl: "5m" }',
    '{ type: "ephemeral", ttl: "2h" }',
    '{ type: "persistent" }',
    "{}",
    "null",
    "CACHE",
    ctx.ts ? '{ type: "ephemeral" as const }' : '{ type: "ephemeral" }',
    unknownExpr(ctx),
  ]);
}

function maybeCache(ctx: Ctx, parts: string[]): void {
  if (ctx.rng.chance(0.25)) parts.push(`cache_control: ${cacheControl(ctx)}`);
}

function toolExpr(ctx: Ctx): string {
  const { rng } = ctx;
  const parts: string[] = [];
  if (rng.chance(0.2)) {
    const type = rng.pick(SERVER_TOOL_TYPES);
    parts.push(`type: ${str(rng, [type])}`, `name: ${str(rng, SERVER_TOOL_NAMES)}`);
    if (type.startsWith("computer")) parts.push("display_width_px: 1024", "display_height_px: 768");
    if (type.startsWith("web_search")) parts.push(`max_uses: ${numberExpr(ctx, [1, 5])}`, 'allowed_domains: ["example.com"]');
  } else {
    if (rng.chance(0.95)) parts.push(`name: ${rng.chance(0.1) ? unknownExpr(ctx) : str(rng, ["get_weather", "lookup_order", "search", "get.weather", "a b", "", "x".repeat(129), "tool-1", "ünïcode", "get_weather", "search"])}`);
    if (rng.chance(0.7)) parts.push(`description: ${str(rng, ["Looks things up.", "", "Weather"])}`);
    const schemaKey = rng.pick(["input_schema", "input_schema", "input_schema", "input_schema", "parameters", "inputSchema", "schema"]);
    if (rng.chance(0.9)) parts.push(`${schemaKey}: ${rng.chance(0.2) ? pickName(ctx, "{}") : schemaExpr(ctx)}`);
    if (rng.chance(0.2)) parts.push(`strict: ${rng.pick(["true", "false", "flag"])}`);
    if (rng.chance(0.05)) parts.push('type: "custom"');
    if (rng.chance(0.05)) parts.push('input_examples: [{ city: "Paris" }]');
  }
  maybeCache(ctx, parts);
  return objectOf(ctx, parts);
}

function toolsExpr(ctx: Ctx): string {
  const { rng } = ctx;
  if (rng.chance(0.1)) return rng.pick(["[]", "undefined", "null", unknownExpr(ctx), "TOOLS.map((t) => t)", "Object.values(TOOL_MAP)"]);
  if (rng.chance(0.1)) return `{ ${toolExpr(ctx).slice(1, -1)} }`;
  return arrayOf(ctx, rng.range(0, 5), () => toolExpr(ctx));
}

function toolChoiceExpr(ctx: Ctx): string {
  const { rng } = ctx;
  switch (rng.int(12)) {
    case 0:
      return str(rng, ["required", "auto", "any", "none", "get_weather"]);
    case 1:
      return rng.pick(['{ type: "function", function: { name: "get_weather" } }', "null", "undefined", unknownExpr(ctx)]);
    case 2:
      return cond(ctx, () => toolChoiceExpr(ctx));
    default: {
      const type = rng.pick(["auto", "any", "tool", "none", "tool", "bogus"]);
      const parts = [`type: ${str(rng, [type])}`];
      if (type === "tool" || rng.chance(0.1)) parts.push(`name: ${str(rng, ["get_weather", "lookup_order", "search", "missing_tool", "web_search", ""])}`);
      if (rng.chance(0.3)) parts.push(`disable_parallel_tool_use: ${rng.pick(["true", "false", '"yes"'])}`);
      return objectOf(ctx, parts);
    }
  }
}

function thinkingExpr(ctx: Ctx): string {
  const { rng } = ctx;
  switch (rng.int(10)) {
    case 0:
      return rng.pick(["true", '"enabled"', "null", "undefined", "{}", unknownExpr(ctx)]);
    case 1:
      return cond(ctx, () => thinkingExpr(ctx));
    default: {
      const type = rng.pick(["enabled", "enabled", "adaptive", "disabled", "between_tools", "on"]);
      const parts = [`type: ${str(rng, [type])}`];
      if (type === "enabled" || rng.chance(0.2)) parts.push(`budget_tokens: ${numberExpr(ctx, [1024, 1023, 2048, 16000, 32000, 64000, 0])}`);
      if (rng.chance(0.15)) parts.push(`display: ${str(rng, ["summarized", "omitted", "full"])}`);
      return objectOf(ctx, parts);
    }
  }
}

function contentBlock(ctx: Ctx, role: string): string {
  const { rng } = ctx;
  const parts: string[] = [];
  const type = rng.pick(
    role === "assistant"
      ? ["text", "text", "tool_use", "thinking", "redacted_thinking", "server_tool_use", "image"]
      : ["text", "text", "text", "image", "tool_result", "document", "search_result", "tool_use", "bogus"],
  );
  parts.push(`type: ${str(rng, [type])}`);
  switch (type) {
    case "text":
      parts.push(`text: ${rng.chance(0.1) ? str(rng, ["", " ", "\n"]) : rng.chance(0.1) ? unknownExpr(ctx) : str(rng, ["Hello", "What is the weather?", "{"])}`);
      if (rng.chance(0.05)) parts.push("citations: []");
      break;
    case "image":
      parts.push(
        `source: ${rng.pick([
          '{ type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" }',
          '{ type: "base64", media_type: "image/bmp", data: "" }',
          '{ type: "url", url: "https://example.com/a.png" }',
          '{ type: "file", file_id: "file_1" }',
          "{}",
          "source",
        ])}`,
      );
      break;
    case "tool_use":
    case "server_tool_use":
      parts.push(`id: ${str(rng, ["toolu_01", "toolu_02", ""])}`, `name: ${str(rng, ["get_weather", "web_search", "lookup_order"])}`, `input: ${rng.pick(["{}", '{ city: "Paris" }', '"x"', "null", "args"])}`);
      break;
    case "tool_result":
      parts.push(`tool_use_id: ${str(rng, ["toolu_01", "toolu_02", "toolu_99"])}`);
      if (rng.chance(0.8)) parts.push(`content: ${rng.pick(['"ok"', '[{ type: "text", text: "ok" }]', "[]", '""', "result", '[{ type: "image", source: {} }]'])}`);
      if (rng.chance(0.2)) parts.push("is_error: true");
      break;
    case "document":
      parts.push(`source: ${rng.pick(['{ type: "text", media_type: "text/plain", data: "doc" }', '{ type: "base64", media_type: "application/pdf", data: "JVBERi0=" }', '{ type: "url", url: "https://example.com/a.pdf" }', "{}"])}`);
      if (rng.chance(0.3)) parts.push("citations: { enabled: true }", 'title: "T"');
      break;
    case "thinking":
      parts.push(`thinking: ${str(rng, ["Let me think.", ""])}`, `signature: ${str(rng, ["sig", ""])}`);
      break;
    case "redacted_thinking":
      parts.push('data: "abc"');
      break;
    case "search_result":
      parts.push('source: "https://example.com"', 'title: "R"', 'content: [{ type: "text", text: "r" }]');
      break;
    default:
      parts.push('value: "?"');
  }
  maybeCache(ctx, parts);
  return objectOf(ctx, parts);
}

function messageExpr(ctx: Ctx, role: string): string {
  const { rng } = ctx;
  if (rng.chance(0.05)) return rng.pick(["msg", "history[0]", "null", "undefined", "{}", unknownExpr(ctx), '"hi"']);
  const parts = [`role: ${rng.chance(0.05) ? unknownExpr(ctx) : str(rng, [role])}`];
  switch (rng.int(6)) {
    case 0:
      parts.push(`content: ${str(rng, ["Hello", "", " ", "{", "Explain."])}`);
      break;
    case 1:
      parts.push(`content: ${rng.pick(["text", "input", "[]", "null", "prompt.trim()", "`Question: ${input}`"])}`);
      break;
    default:
      parts.push(`content: ${arrayOf(ctx, rng.range(0, 3), () => contentBlock(ctx, role))}`);
  }
  if (rng.chance(0.05)) parts.push(rng.pick(['name: "bob"', "tool_calls: []", 'tool_call_id: "x"']));
  return objectOf(ctx, parts);
}

function messagesExpr(ctx: Ctx): string {
  const { rng } = ctx;
  if (rng.chance(0.12)) return rng.pick(["history", "[...history]", "messages", "[]", "input.messages", "toMessages(input)", "null"]);
  const n = rng.range(0, 5);
  let roles: string[];
  if (rng.chance(0.75)) {
    roles = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? "user" : "assistant"));
    if (rng.chance(0.2)) roles.push("assistant");
  } else {
    roles = Array.from({ length: n }, () => rng.pick(["user", "assistant", "system", "tool", "developer", "User"]));
  }
  return arrayOf(ctx, roles.length, (i) => messageExpr(ctx, roles[i] ?? "user"));
}

function systemExpr(ctx: Ctx): string {
  const { rng } = ctx;
  if (rng.chance(0.5)) return rng.chance(0.2) ? unknownExpr(ctx) : str(rng, ["You are helpful.", "", "Be brief."]);
  return arrayOf(ctx, rng.range(0, 3), () => {
    const parts = [rng.chance(0.9) ? 'type: "text"' : 'type: "image"', `text: ${str(rng, ["Policy.", "", "x"])}`];
    maybeCache(ctx, parts);
    return objectOf(ctx, parts);
  });
}

function outputConfigExpr(ctx: Ctx): string {
  const { rng } = ctx;
  if (rng.chance(0.1)) return rng.pick(["{}", "null", "undefined", unknownExpr(ctx)]);
  const parts: string[] = [];
  if (rng.chance(0.5)) parts.push(`effort: ${str(rng, ["low", "medium", "high", "xhigh", "max", "extreme"])}`);
  if (rng.chance(0.7)) {
    const f = rng.int(8);
    if (f === 0) parts.push(`format: ${rng.pick(['{ type: "json_object" }', '{ type: "text" }', "{}", "zodOutputFormat(schema)", "FORMAT"])}`);
    else parts.push(`format: { type: ${str(rng, ["json_schema"])}, schema: ${rng.chance(0.15) ? pickName(ctx, "{}") : schemaExpr(ctx)} }`);
  }
  return objectOf(ctx, parts);
}

/** A request field and its value, or an odd key. */
function fieldEntries(ctx: Ctx, method: string): string[] {
  const { rng } = ctx;
  const out: string[] = [];
  const add = (key: string, value: string, p: number) => {
    if (rng.chance(p)) out.push(`${key}: ${wrap(ctx, value)}`);
  };
  add("model", modelExpr(ctx), 0.9);
  if (method !== "countTokens" || rng.chance(0.2)) add("max_tokens", numberExpr(ctx, [1024, 4096, 8192, 16000, 32000, 64000, 128000, 200000, 1, 0, 21333, 21334]), 0.85);
  add("messages", messagesExpr(ctx), 0.9);
  add("system", systemExpr(ctx), 0.3);
  add("tools", toolsExpr(ctx), 0.45);
  add("tool_choice", toolChoiceExpr(ctx), 0.35);
  add("thinking", thinkingExpr(ctx), 0.3);
  add("output_config", outputConfigExpr(ctx), 0.25);
  add("temperature", numberExpr(ctx, [0, 0.2, 0.7, 1, 1.5, 2, -0.1]), 0.25);
  add("top_p", numberExpr(ctx, [0.9, 0.95, 0.99, 1, 0, 1.1]), 0.15);
  add("top_k", numberExpr(ctx, [1, 5, 40, 0, -1]), 0.12);
  for (const [k, v] of EXTRA_FIELDS) add(k, v, 0.04);
  for (const [k, v] of OPENAI_FIELDS) add(k, v, 0.03);
  return out;
}

/** A name to spread or refer to: one declared so far, one declared later (cycles), or an unknown. */
function pickName(ctx: Ctx, fallback: string): string {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.45 && ctx.names.length > 0) return rng.pick(ctx.names);
  if (r < 0.6 && ctx.pending.length > 0) return rng.pick(ctx.pending);
  if (r < 0.7) return rng.pick(["input", "opts", "base", "this.defaults", "getDefaults()", "props.request"]);
  return fallback;
}

/**
 * An object literal from entries, with the odd things real code (and fuzz) puts in one:
 * spreads of names, calls, conditionals and `&&`; computed, numeric, string, template and
 * `__proto__` keys; shorthand, getters, setters and methods; duplicates; trailing commas.
 */
function objectOf(ctx: Ctx, entries: readonly string[]): string {
  const { rng } = ctx;
  if (ctx.depth > 40) return "{}";
  ctx.depth++;
  const out = entries.map((e) => oddEntry(ctx, e));
  const extras = rng.chance(0.25) ? rng.range(1, 3) : 0;
  for (let i = 0; i < extras; i++) {
    const at = rng.int(out.length + 1);
    out.splice(at, 0, extraEntry(ctx, entries));
  }
  ctx.depth--;
  // Two `__proto__: …` entries (plain or quoted key) are an early error: keep the first.
  let protos = 0;
  const kept = out.filter((e) => !/^["']?__proto__["']?:/.test(e) || protos++ === 0);
  const trailing = kept.length > 0 && rng.chance(0.2) ? "," : "";
  return `{ ${kept.join(", ")}${trailing} }`;
}

function oddEntry(ctx: Ctx, entry: string): string {
  const { rng } = ctx;
  const colon = entry.indexOf(": ");
  if (colon < 0 || !rng.chance(0.15)) return entry;
  const key = entry.slice(0, colon);
  const value = entry.slice(colon + 2);
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return entry;
  switch (rng.int(9)) {
    case 0:
      return `"${key}": ${value}`;
    case 1:
      return `["${key}"]: ${value}`;
    case 2:
      return `[\`${key}\`]: ${value}`;
    case 3:
      return `[\`${key.slice(0, 1)}\${"${key.slice(1)}"}\`]: ${value}`;
    case 4:
      return `get ${key}() { return ${value}; }`;
    case 5:
      return `${key}() { return ${value}; }`;
    case 6:
      return `[${rng.pick(["KEY", "key", "k + 1", '"mod" + "el"', "Symbol.iterator"])}]: ${value}`;
    case 7:
      return `${entry}, ${key}: ${value}`;
    default:
      return `'${key}': ${value}`;
  }
}

function extraEntry(ctx: Ctx, entries: readonly string[]): string {
  const { rng } = ctx;
  const sample = entries.length > 0 ? rng.pick(entries) : "a: 1";
  switch (rng.int(16)) {
    case 0:
      return `...${pickName(ctx, "{}")}`;
    case 1:
      return `...${rng.pick(["getDefaults()", "makeParams(input)", "fetchDefaults()", "this.defaults"])}`;
    case 2:
      return `...(${rng.pick(["flag", "input", "opts.on"])} ? { ${sample} } : {})`;
    case 3:
      return `...(${rng.pick(["flag", "input", "opts.on"])} && { ${sample} })`;
    case 4:
      return `...${rng.pick(["null", "undefined", '"str"', "[1, 2]", "0", "true", "{}"])}`;
    case 5:
      return `__proto__: ${rng.pick(["null", "{ model: \"claude-opus-4-8\" }", "Object.prototype", pickName(ctx, "{}")])}`;
    case 6:
      return `"__proto__": ${rng.pick(["{}", "null"])}`;
    case 7:
      return `["__proto__"]: {}`;
    case 8:
      return `${rng.pick(["0", "1", "1.5", "-0", "1e3", "0x1f", "10n"]).replace("-0", '"-0"')}: ${rng.pick(['"x"', "1", "{}"])}`;
    case 9:
      return `[\`\${${rng.pick(["KEY", "input", "1 + 1"])}}_suffix\`]: 1`;
    case 10:
      return `get ${rng.pick(["model", "max_tokens", "tools", "extra"])}() { return ${rng.pick(['"claude-opus-4-8"', "1024", "[]", "this"])}; }`;
    case 11:
      return `set ${rng.pick(["model", "extra"])}(v) { this._v = v; }`.replace("(v)", ctx.ts ? "(v: unknown)" : "(v)").replace("this._v = v;", ctx.ts ? "void v;" : "this._v = v;");
    case 12:
      return `${rng.pick(["async ", "*", ""])}${rng.pick(["model", "build", "toJSON"])}() { return 1; }`;
    case 13:
      return `[${rng.pick(["KEY", "key", "`model`", "Symbol.iterator", "k"])}]: ${rng.pick(['"claude-opus-4-8"', "1", "{}"])}`;
    case 14:
      return rng.pick(["model", "messages", "tools", "flag", "input"]).replace(/^(model|messages|tools)$/, (m) => (ctx.names.includes(m) ? m : `${m}: ${m}Value`));
    default:
      return `...${wrap(ctx, pickName(ctx, "{}"))}`;
  }
}

/** An array literal: holes, spreads of names, conditional elements. */
function arrayOf(ctx: Ctx, n: number, gen: (i: number) => string): string {
  const { rng } = ctx;
  if (ctx.depth > 40) return "[]";
  ctx.depth++;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(gen(i));
  if (rng.chance(0.15)) out.splice(rng.int(out.length + 1), 0, `...${pickName(ctx, "[]")}`);
  if (rng.chance(0.05)) out.splice(rng.int(out.length + 1), 0, "");
  if (rng.chance(0.05)) out.splice(rng.int(out.length + 1), 0, `...(flag ? [${out[0] ?? "1"}] : [])`);
  const plain = out.filter((e) => e !== "" && !e.startsWith("..."));
  if (rng.chance(0.04)) out.push(cond(ctx, () => (plain.length > 0 ? rng.pick(plain) : "1")));
  ctx.depth--;
  const trailing = rng.chance(0.1) ? "," : "";
  return `[${out.join(", ")}${trailing}]`;
}

/** The request body: built inline, or through consts, spreads, helper calls and mutations. */
function bodyExpr(ctx: Ctx, method: string): string {
  const { rng } = ctx;
  const entries = fieldEntries(ctx, method);
  const style = rng.int(10);
  if (style <= 3) return objectOf(ctx, entries);
  // Split the fields over a base const (or several) spread into the body.
  const split = rng.int(entries.length + 1);
  const baseName = fresh(ctx, rng.pick(["DEFAULTS", "base", "common", "shared"]));
  ctx.pending.push(baseName);
  const own = entries.slice(split);
  const baseEntries = entries.slice(0, split);
  const baseExpr = objectOf(ctx, baseEntries);
  ctx.pending.splice(ctx.pending.indexOf(baseName), 1);
  declare(ctx, baseName, baseExpr);
  if (style === 4) {
    // A deep spread chain: const a1 = {...a0, x}, a2 = {...a1}, …
    let prev = baseName;
    const depth = rng.pick([2, 5, 12, 30, 55]);
    for (let i = 0; i < depth; i++) {
      const next = fresh(ctx, "layer");
      declare(ctx, next, `{ ...${prev}${rng.chance(0.1) ? `, k${i}: ${i}` : ""} }`);
      prev = next;
    }
    return objectOf(ctx, [`...${prev}`, ...own]);
  }
  if (style === 5) {
    // A factory function that returns the base, called with or without arguments.
    const fn = fresh(ctx, "make");
    ctx.decls.push(
      rng.pick([
        `function ${fn}(${ctx.ts ? "x?: unknown" : "x"}) { return ${rng.chance(0.5) ? `{ ...${baseName}, extra: x }` : baseName}; }`,
        `const ${fn} = (${ctx.ts ? "x?: unknown" : "x"}) => (${rng.chance(0.5) ? `{ ...${baseName} }` : "x"});`,
        `const ${fn} = () => { if (flag) return ${baseName}; return { ...${baseName}, model: "claude-haiku-4-5" }; };`,
      ]),
    );
    ctx.names.push(fn);
    return objectOf(ctx, [`...${fn}(${rng.pick(["", "1", baseName])})`, ...own]);
  }
  if (style === 6) {
    // A variable that is modified after it is built.
    const name = fresh(ctx, "params");
    declare(ctx, name, objectOf(ctx, [`...${baseName}`, ...own]), rng.pick(["const", "let", "var"]));
    ctx.decls.push(
      rng.pick([
        `${name}.tools = [];`,
        `Object.assign(${name}, { max_tokens: 1 });`,
        `delete ${name}.model;`,
        `${name}["temperature"] = 2;`,
        `if (flag) ${name}.thinking = { type: "enabled", budget_tokens: 1024 };`,
        `mutate(${name});`,
        `${ctx.ts ? `(${name} as any)` : name}.messages?.push?.({ role: "user", content: "x" });`,
        `void ${name};`,
        `${name}.model += "";`,
      ]),
    );
    return name;
  }
  if (style === 7) {
    // A cycle: two consts spread into each other (TDZ at run time, but valid syntax).
    const a = fresh(ctx, "cycA");
    const b = fresh(ctx, "cycB");
    ctx.decls.push(`const ${a} = { ...${b}, ...${baseName} };`, `const ${b} = { ...${a}, self: ${b} };`);
    ctx.names.push(a, b);
    return objectOf(ctx, [`...${rng.pick([a, b])}`, ...own]);
  }
  if (style === 8) {
    // Deep nesting of the body itself.
    let expr = objectOf(ctx, [`...${baseName}`, ...own]);
    const levels = rng.pick([3, 10, 50]);
    for (let i = 0; i < levels; i++) expr = `{ ...${expr} }`;
    return expr;
  }
  return objectOf(ctx, [`...${baseName}`, ...own]);
}

function declare(ctx: Ctx, name: string, expr: string, kind = "const"): void {
  const { rng } = ctx;
  let annotation = "";
  if (ctx.ts && rng.chance(0.15)) {
    annotation = `: ${rng.pick([
      "Anthropic.MessageCreateParams",
      "Anthropic.Messages.MessageCreateParamsNonStreaming",
      "Record<string, unknown>",
      "any",
      "MessageCreateParams & Record<string, unknown>",
      "Partial<Anthropic.MessageCreateParams>",
    ])}`;
  }
  const suffix = ctx.ts && rng.chance(0.1) ? rng.pick([" as const", " satisfies Record<string, unknown>", " as any"]) : "";
  ctx.decls.push(`${kind} ${name}${annotation} = ${expr}${suffix};`);
  ctx.names.push(name);
}

interface ClientSetup {
  readonly imports: string[];
  readonly setup: string[];
  /** How the code names the client (or the `messages` resource) where requests are sent. */
  readonly receiver: string;
  /** The receiver is `messages` itself (destructured). */
  readonly isMessages: boolean;
  /** Code runs inside a class method (`this.client`). */
  readonly inClass: boolean;
  readonly platform: "anthropic" | "bedrock" | "vertex" | "foundry";
}

function clientOptions(ctx: Ctx): string {
  const { rng } = ctx;
  const parts: string[] = [];
  if (rng.chance(0.5)) parts.push(`maxRetries: ${numberExpr(ctx, [0, 1, 2, 3, 5, 10])}`);
  if (rng.chance(0.2)) parts.push(`baseURL: ${str(rng, ["https://api.anthropic.com", "https://openrouter.ai/api/v1", "https://api.deepseek.com/anthropic", "http://localhost:8080", "not a url"])}`);
  if (rng.chance(0.2)) parts.push("apiKey: process.env.ANTHROPIC_API_KEY");
  if (rng.chance(0.1)) parts.push("timeout: 60_000");
  if (rng.chance(0.1)) parts.push('defaultHeaders: { "anthropic-beta": "x" }');
  if (rng.chance(0.1)) parts.push(`...${pickName(ctx, "{}")}`);
  if (parts.length === 0 && rng.chance(0.5)) return "";
  return objectOf(ctx, parts);
}

function clientSetup(ctx: Ctx): ClientSetup {
  const { rng } = ctx;
  const pkgs = [
    ["@anthropic-ai/sdk", "Anthropic", "anthropic"],
    ["@anthropic-ai/sdk", "Anthropic", "anthropic"],
    ["@anthropic-ai/bedrock-sdk", "AnthropicBedrock", "bedrock"],
    ["@anthropic-ai/vertex-sdk", "AnthropicVertex", "vertex"],
    ["@anthropic-ai/foundry-sdk", "AnthropicFoundry", "foundry"],
  ] as const;
  const [pkg, cls, platform] = rng.pick(pkgs);
  const imports: string[] = [];
  const setup: string[] = [];
  let ctor: string;
  const form = rng.int(ctx.module ? (ctx.ts ? 9 : 7) : 3);
  switch (form) {
    case 0:
      imports.push(`const Anthropic = require("${pkg}")${pkg === "@anthropic-ai/sdk" ? "" : ".default"};`);
      ctor = "Anthropic";
      break;
    case 1:
      imports.push(`const { ${cls}: Client } = require("${pkg}");`);
      ctor = "Client";
      break;
    case 2:
      imports.push(`const sdk = require("${pkg}");`);
      ctor = rng.pick(["sdk.default", `sdk.${cls}`, "sdk"]);
      break;
    case 3:
      imports.push(`import Anthropic from "${pkg}";`);
      ctor = "Anthropic";
      break;
    case 4:
      imports.push(`import { ${cls} as SDKClient } from "${pkg}";`);
      ctor = "SDKClient";
      break;
    case 5:
      imports.push(`import * as sdk from "${pkg}";`);
      ctor = rng.pick(["sdk.default", `sdk.${cls}`]);
      break;
    case 6:
      imports.push(`const { default: Anthropic } = await import("${pkg}");`);
      ctor = "Anthropic";
      break;
    case 7:
      imports.push(`import Anthropic = require("${pkg}");`);
      ctor = "Anthropic";
      break;
    default:
      imports.push(`import Anthropic, { type MessageCreateParams } from "${pkg}";`.replace(", { type MessageCreateParams }", pkg === "@anthropic-ai/sdk" ? ", { type MessageCreateParams }" : ""));
      ctor = "Anthropic";
  }
  if (rng.chance(0.15)) imports.push(ctx.module ? 'import OpenAI from "openai";' : 'const OpenAI = require("openai");', "const openai = new OpenAI();");
  if (ctx.ts && rng.chance(0.3) && pkg === "@anthropic-ai/sdk" && form >= 3) {
    imports.push('import type { MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages";');
  }
  const opts = clientOptions(ctx);
  const construct = `new ${ctor}(${opts})`;
  const shape = rng.int(8);
  if (shape === 0) {
    setup.push(`const client = ${construct};`, `const { messages } = client;`);
    return { imports, setup, receiver: "messages", isMessages: true, inClass: false, platform };
  }
  if (shape === 1) {
    setup.push(`const base = ${construct};`, `const client = base.withOptions({ maxRetries: ${numberExpr(ctx, [0, 3, 6])} });`);
    return { imports, setup, receiver: "client", isMessages: false, inClass: false, platform };
  }
  if (shape === 2) {
    return { imports, setup: [`__CLASS__${construct}`], receiver: "this.client", isMessages: false, inClass: true, platform };
  }
  if (shape === 3) {
    setup.push(`function makeClient() { return ${construct}; }`, "const client = makeClient();");
    return { imports, setup, receiver: "client", isMessages: false, inClass: false, platform };
  }
  if (shape === 7 && ctx.ts && form >= 3) {
    // A parameter typed as a client: no construction in sight.
    const type = rng.pick([ctor, `${ctor} | null`, `InstanceType<typeof ${ctor}>`, `Readonly<${ctor}>`]);
    return { imports, setup: [`__PARAM__${type}`], receiver: "client", isMessages: false, inClass: false, platform };
  }
  if (shape === 4) {
    setup.push(`let client = ${construct};`);
    if (rng.chance(0.3)) setup.push("if (flag) client = other;");
    return { imports, setup, receiver: "client", isMessages: false, inClass: false, platform };
  }
  setup.push(`const client = ${construct};`);
  return { imports, setup, receiver: "client", isMessages: false, inClass: false, platform };
}

/** One request statement (an SDK call, a raw fetch, a typed object), as source text. */
function requestStatement(ctx: Ctx, cs: ClientSetup): string {
  const { rng } = ctx;
  const kind = rng.int(20);
  const resource = (beta: boolean) => (cs.isMessages ? (beta ? "messages" : "messages") : `${cs.receiver}.${beta ? "beta." : ""}messages`);
  if (kind < 2) {
    // Raw HTTP.
    const url = str(rng, [
      "https://api.anthropic.com/v1/messages",
      "https://api.anthropic.com/v1/messages/count_tokens",
      "https://api.anthropic.com/v1/messages/batches",
      "https://api.anthropic.com/v1/messages?beta=true",
      "https://example.com/v1/messages",
    ]);
    const headers = rng.pick([
      '{ "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" }',
      '{ "x-api-key": key }',
      "headers",
      '{ ...headers, "anthropic-version": "2023-06-01" }',
      '{ "Anthropic-Version": "2023-06-01" }',
    ]);
    const body = bodyExpr(ctx, "create");
    const method = rng.pick(['method: "POST", ', "method: 'post', ", "", 'method: "GET", ']);
    return `await fetch(${url}, { ${method}headers: ${headers}, body: JSON.stringify(${body}) });`.replace(/^await /, ctx.module || cs.inClass ? "await " : "");
  }
  if (kind === 3) return wrapperStatement(ctx);
  if (kind === 2 && ctx.ts) {
    // Typed object (no SDK call).
    const name = fresh(ctx, "typed");
    const body = bodyExpr(ctx, "create");
    return rng.pick([
      `const ${name}: Anthropic.MessageCreateParams = ${body};`,
      `const ${name} = ${body} satisfies Anthropic.MessageCreateParams;`,
      `const ${name} = ${body} as Anthropic.Messages.MessageCreateParamsNonStreaming;`,
    ]);
  }
  const beta = rng.chance(0.25);
  const method = rng.pick(["create", "create", "create", "stream", "parse", "countTokens", "batches.create", "toolRunner", "completions.create"]);
  let call: string;
  if (method === "batches.create") {
    const n = rng.range(0, 3);
    const reqs = Array.from({ length: n }, (_, i) => `{ custom_id: ${str(rng, [`req-${i}`, "", "dup"])}, params: ${bodyExpr(ctx, "create")} }`);
    if (rng.chance(0.2)) reqs.push(`...${pickName(ctx, "[]")}`);
    call = `${resource(beta)}.batches.create({ requests: [${reqs.join(", ")}] })`;
  } else if (method === "completions.create") {
    call = `${cs.isMessages ? "messages" : cs.receiver}.completions.create({ model: ${modelExpr(ctx)}, max_tokens_to_sample: 100, prompt: "\\n\\nHuman: hi\\n\\nAssistant:" })`;
  } else if (method === "toolRunner") {
    call = `${cs.isMessages ? "messages" : `${cs.receiver}.beta.messages`}.toolRunner(${bodyExpr(ctx, "create")})`;
  } else {
    const body = rng.chance(0.08) ? rng.pick(["params", "input", "{}", "...args", "undefined"]) : bodyExpr(ctx, method);
    const options = rng.chance(0.2) ? `, ${rng.pick(["{ maxRetries: 0 }", "{ maxRetries: 5, timeout: 1000 }", '{ headers: { "anthropic-beta": "x" } }', "opts", "{ maxRetries: -1 }", "{ signal }"])}` : "";
    call = `${resource(beta)}.${method}(${body}${options})`;
  }
  if (ctx.ts && rng.chance(0.05)) call = call.replace(/^([\w.]+)\(/, "($1 as any)(");
  const awaitable = ctx.module || cs.inClass;
  switch (rng.int(8)) {
    case 0:
      return `const result${ctx.counter++} = ${awaitable ? "await " : ""}${call};`;
    case 1:
      return `${rng.pick(["flag", "input"])} ? ${call} : null;`;
    case 2:
      return `return ${call};`;
    case 3:
      return `${rng.pick(["flag", "input"])} && ${call};`;
    case 4:
      return `void ${call}.then((r${ctx.ts ? ": unknown" : ""}) => r);`;
    default:
      return `${awaitable ? "await " : ""}${call};`;
  }
}

/** A request through a wrapper library: the AI SDK, Mastra or LangChain.js. */
function wrapperStatement(ctx: Ctx): string {
  const { rng } = ctx;
  const use = (names: string, from: string): void => {
    const line = ctx.module ? `import { ${names} } from "${from}";` : `const { ${names} } = require("${from}");`;
    if (!ctx.imports.includes(line)) ctx.imports.push(line);
  };
  const maybe = (p: number, entry: () => string, out: string[]): void => {
    if (rng.chance(p)) out.push(entry());
  };
  const thinking = (budgetKey: string): string =>
    rng.pick([
      `{ type: "enabled", ${budgetKey}: ${numberExpr(ctx, [512, 1024, 4000, 64000, 200000])} }`,
      '{ type: "enabled" }',
      '{ type: "adaptive" }',
      '{ type: "disabled" }',
      `{ type: ${str(rng, ["Enabled", "between_tools", "auto"])} }`,
      unknownExpr(ctx),
      cond(ctx, () => `{ type: "enabled", ${budgetKey}: 2048 }`),
    ]);
  const sampling = (out: string[], topP: string, topK: string): void => {
    maybe(0.4, () => `temperature: ${numberExpr(ctx, [0, 0.3, 1, 1.5])}`, out);
    maybe(0.3, () => `${topP}: ${numberExpr(ctx, [0.9, 0.99, -1])}`, out);
    maybe(0.2, () => `${topK}: ${numberExpr(ctx, [5, -1])}`, out);
  };
  switch (rng.int(3)) {
    case 0: {
      use("generateText, streamText, generateObject, tool, jsonSchema", "ai");
      use("anthropic, createAnthropic", "@ai-sdk/anthropic");
      const model = rng.pick([
        `anthropic(${modelExpr(ctx)})`,
        `anthropic.messages(${modelExpr(ctx)})`,
        `createAnthropic(${rng.pick(["{}", "settings", '{ baseURL: "https://api.minimax.io/anthropic/v1" }', "{ fetch: other }", "{ baseURL: config }"])})(${modelExpr(ctx)})`,
        "input",
        str(rng, ["anthropic/claude-opus-4-8", "openai/gpt-4o"]),
      ]);
      const entries = [`model: ${model}`];
      entries.push(rng.chance(0.7) ? `prompt: ${rng.pick(['"hi"', "prompt", "input"])}` : `messages: ${messagesExpr(ctx).replace(/cache_control: /g, "providerOptions: { anthropic: { cacheControl: ").replace(/(providerOptions: \{ anthropic: \{ cacheControl: [^}]*\})/g, "$1 } }")}`);
      maybe(0.4, () => `maxOutputTokens: ${numberExpr(ctx, [1024, 64000, 500000])}`, entries);
      sampling(entries, "topP", "topK");
      maybe(0.5, () => `maxRetries: ${numberExpr(ctx, [0, 2, 3, 5])}`, entries);
      maybe(0.3, () => `toolChoice: ${rng.pick(['"required"', '"auto"', '"none"', '{ type: "tool", toolName: "t" }', "input"])}`, entries);
      maybe(0.3, () => `tools: { t: tool({ description: "t", ${rng.chance(0.5) ? "strict: true, " : ""}inputSchema: jsonSchema(${schemaExpr(ctx)}), execute: async () => "" }) }`, entries);
      maybe(0.5, () => `providerOptions: { anthropic: { thinking: ${thinking("budgetTokens")}${rng.chance(0.3) ? `, effort: ${str(rng, ["low", "high", "max"])}` : ""} } }`, entries);
      maybe(0.05, () => "prepareStep: () => ({})", entries);
      return `void ${rng.pick(["generateText", "streamText", "generateObject"])}(${objectOf(ctx, entries)});`;
    }
    case 1: {
      use("Agent", "@mastra/core/agent");
      use("anthropic, createAnthropic", "@ai-sdk/anthropic"); // one import line for every use
      const name = fresh(ctx, "agent");
      const model = rng.pick([`"anthropic/${rng.pick(MODEL_IDS)}"`, `anthropic(${modelExpr(ctx)})`, '"openai/gpt-4o"', "input"]);
      const config = [`name: "a"`, `instructions: "i"`, `model: ${model}`];
      maybe(0.5, () => `maxRetries: ${numberExpr(ctx, [0, 1, 3])}`, config);
      maybe(0.3, () => `defaultOptions: { providerOptions: { anthropic: { thinking: ${thinking("budgetTokens")} } } }`, config);
      maybe(0.2, () => "tools: { other }", config);
      maybe(0.1, () => "memory: other", config);
      const options: string[] = [];
      maybe(0.4, () => `modelSettings: { temperature: ${numberExpr(ctx, [0.2, 1])}, topP: 0.9 }`, options);
      maybe(0.4, () => `toolChoice: ${rng.pick(['"required"', '"auto"'])}`, options);
      maybe(0.4, () => `providerOptions: { anthropic: { thinking: ${thinking("budgetTokens")} } }`, options);
      return `const ${name} = new Agent(${objectOf(ctx, config)});
void ${name}.${rng.pick(["generate", "stream"])}(${rng.pick(['"hi"', "history", "input"])}${options.length ? `, ${objectOf(ctx, options)}` : ""});`;
    }
    default: {
      use("ChatAnthropic", "@langchain/anthropic");
      const fields = [`model: ${modelExpr(ctx)}`];
      sampling(fields, "topP", "topK");
      maybe(0.3, () => `maxTokens: ${numberExpr(ctx, [1024, 8000, 200000])}`, fields);
      maybe(0.4, () => `thinking: ${thinking("budget_tokens")}`, fields);
      maybe(0.3, () => `maxRetries: ${numberExpr(ctx, [0, 2, 6])}`, fields);
      maybe(0.1, () => "invocationKwargs: { temperature: 0.2, top_p: 0.9 }", fields);
      maybe(0.1, () => `anthropicApiUrl: ${str(rng, ["https://api.deepseek.com/anthropic", "https://api.anthropic.com"])}`, fields);
      const model = `new ChatAnthropic(${objectOf(ctx, fields)})`;
      if (!rng.chance(0.4)) return `void ${model};`;
      const tools = rng.pick(["[]", "[other]", `[{ name: "get_weather", description: "w", input_schema: ${schemaExpr(ctx)} }]`, "input"]);
      const choice = rng.pick(['"any"', '"auto"', '"get_weather"', '"get_forecast"', "input"]);
      return `void ${model}.${rng.pick(["bindTools", "bindTools", "invoke"])}(${rng.chance(0.5) ? tools : '"hi"'}, { tool_choice: ${choice} });`;
    }
  }
}

/**
 * A random program that sends Anthropic-shaped requests. TypeScript (parsed by typescript-eslint)
 * about two times in three, otherwise JavaScript as an ES module or CommonJS script (espree).
 */
export function requestProgram(seed: number): Program {
  const rng = new Rng(seed);
  const ts = rng.chance(0.65);
  const module = ts || rng.chance(0.6);
  const ctx: Ctx = { rng, ts, module, decls: [], names: [], pending: [], counter: 0, depth: 0, imports: [] };
  const cs = clientSetup(ctx);
  const preamble: string[] = [
    "declare const flag: boolean, input: any, opts: any, key: string, headers: any, other: any, settings: any, config: any, KEY: string, k: string, signal: any, history: any[], text: string, prompt: string;",
  ];
  if (!ts) preamble.length = 0;
  if (rng.chance(0.2)) {
    ctx.decls.push(`const TOOLS = ${toolsExpr(ctx)};`);
    ctx.names.push("TOOLS");
  }
  if (rng.chance(0.15)) ctx.decls.push('const MODELS = ["claude-opus-4-8", "claude-haiku-4-5"];');
  if (rng.chance(0.1)) ctx.decls.push(`const CACHE = ${cacheControl(ctx)};`);
  const statements: string[] = [];
  const n = rng.range(1, 4);
  for (let i = 0; i < n; i++) statements.push(requestStatement(ctx, cs));
  // Declarations may be shuffled a little: a use before its const is declared is valid syntax.
  if (rng.chance(0.1) && ctx.decls.length > 1) ctx.decls.reverse();
  const decls = ctx.decls;

  const lines: string[] = [...cs.imports, ...ctx.imports, ...preamble];
  const wrapIn = rng.int(5);
  const param = ts ? "input: any" : "input";
  const body = (indent: string) => statements.map((s) => indent + s).join("\n");
  if (cs.inClass) {
    const construct = cs.setup[0].slice("__CLASS__".length);
    const field = ts ? rng.pick(["  private readonly client: Anthropic;\n", "  client;\n", "", "  private client = " + construct + ";\n"]) : rng.pick(["  client;\n", ""]);
    lines.push(...decls);
    lines.push(
      `class Service {\n${field}  constructor(${ts ? "opts?: unknown" : "opts"}) {\n    ${field.includes("=") ? "void opts;" : `this.client = ${construct};`}\n  }\n` +
        `  async run(${param}) {\n${body("    ")}\n  }\n}`,
    );
    if (rng.chance(0.3)) lines.push("export default Service;".replace("export default Service;", module ? "export default Service;" : "module.exports = Service;"));
  } else if (cs.setup[0]?.startsWith("__PARAM__")) {
    const type = cs.setup[0].slice("__PARAM__".length);
    lines.push(...decls, `export async function send(client: ${type}, ${param}) {\n${body("  ")}\n}`);
  } else {
    lines.push(...cs.setup);
    if (wrapIn === 0 || !statements.some((s) => s.startsWith("return "))) {
      if (wrapIn === 0) {
        lines.push(...decls, `export async function handler(${param}) {\n${body("  ")}\n}`.replace(/^export /, module ? "export " : ""));
      } else {
        lines.push(...decls, ...statements);
      }
    } else if (wrapIn === 1) {
      lines.push(`const handler = async (${param}) => {\n${decls.map((d) => `  ${d}`).join("\n")}\n${body("  ")}\n};`);
    } else {
      lines.push(...decls, `async function handler(${param}) {\n${body("  ")}\n}`);
    }
  }
  let code = lines.join("\n") + "\n";
  // Top-level statements cannot `return`; such programs wrap their statements in a function above.
  if (!module) code = code.replace(/^await /gm, "");
  const filename = ts ? "fuzz.ts" : module ? "fuzz.mjs" : "fuzz.cjs";
  return { kind: "request", seed, code, filename, sourceType: ts || module ? "module" : "commonjs" };
}

// ---------------------------------------------------------------------------------------------
// Checking one program
// ---------------------------------------------------------------------------------------------

export type FailureKind = "crash" | "fatal" | "fix-parse" | "fix-converge" | "suggestion-parse" | "invalid-program";

export interface Failure {
  readonly kind: FailureKind;
  readonly message: string;
  /** The output of the fix or suggestion that failed, when there is one. */
  readonly output?: string;
}

export interface CheckResult {
  /** false when the generated program itself does not parse (eslump makes some of those). */
  readonly parsed: boolean;
  readonly reports: number;
  /** Reports with a fix. */
  readonly fixes: number;
  readonly suggestions: number;
  /** Report counts by rule id. */
  readonly byRule: Record<string, number>;
  readonly failures: Failure[];
}

export interface FuzzSetup {
  /** ESLint's `Linter` class (flat config). */
  readonly Linter: new (options?: { configType?: "flat" }) => Linter;
  /** The plugin object (`plugins: { anthropic }`). */
  readonly plugin: { rules: Record<string, unknown>; configs: Record<string, unknown> };
  /** `@typescript-eslint/parser`. */
  readonly tsParser: unknown;
}

export interface Fuzzer {
  check(program: Program): CheckResult;
}

const PREFIX = "anthropic/";

interface Suggestion {
  readonly message: Linter.LintMessage;
  readonly suggestion: Linter.LintSuggestion;
}

/** The code with the suggestions' edits applied (their ranges must not overlap). */
function applyAll(code: string, edits: readonly Suggestion[]): string {
  let out = code;
  for (const { suggestion } of [...edits].sort((a, b) => b.suggestion.fix.range[0] - a.suggestion.fix.range[0])) {
    const [from, to] = suggestion.fix.range;
    out = out.slice(0, from) + suggestion.fix.text + out.slice(to);
  }
  return out;
}

/** Suggestions in groups to check together: one each, or as many as touch separate ranges. */
function batches(all: readonly Suggestion[], mode: "each" | "batched"): Suggestion[][] {
  if (mode === "each") return all.map((s) => [s]);
  const sorted = [...all].sort((a, b) => a.suggestion.fix.range[0] - b.suggestion.fix.range[0]);
  const groups: { end: number; items: Suggestion[] }[] = [];
  for (const s of sorted) {
    const [from, to] = s.suggestion.fix.range;
    const group = groups.find((g) => g.end < from);
    if (group) {
      group.items.push(s);
      group.end = to;
    } else {
      groups.push({ end: to, items: [s] });
    }
  }
  return groups.map((g) => g.items);
}

export interface FuzzerOptions {
  /**
   * `each` (default) parses the output of every suggestion on its own; `batched` applies the
   * suggestions that touch separate ranges together and parses once, checking one by one only
   * when that output does not parse (much faster; what the CI test uses).
   */
  readonly suggestionChecks?: "each" | "batched";
}

/** A linter with every rule of the plugin on (`configs.all`), and the checks of one program. */
export function createFuzzer(setup: FuzzSetup, options: FuzzerOptions = {}): Fuzzer {
  const linter = new setup.Linter({ configType: "flat" });
  const all = setup.plugin.configs.all as { rules: Record<string, unknown> };
  const files = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.ts"];
  const languageOptions = (program: Program): Record<string, unknown> =>
    program.filename.endsWith(".ts")
      ? { parser: setup.tsParser, sourceType: "module", ecmaVersion: "latest" }
      : { ecmaVersion: "latest", sourceType: program.sourceType };
  const configs = new Map<string, { lint: Linter.Config[]; parse: Linter.Config[] }>();
  const configFor = (program: Program) => {
    const id = `${program.filename}:${program.sourceType}`;
    let c = configs.get(id);
    if (!c) {
      const lo = languageOptions(program);
      c = {
        lint: [{ files, languageOptions: lo, plugins: { anthropic: setup.plugin }, rules: all.rules } as Linter.Config],
        parse: [{ files, languageOptions: lo } as Linter.Config],
      };
      configs.set(id, c);
    }
    return c;
  };
  const parseError = (text: string, program: Program): string | undefined => {
    const fatal = linter.verify(text, configFor(program).parse, program.filename).find((m) => m.fatal);
    return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : undefined;
  };
  const describe = (error: unknown): string => (error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error));

  return {
    check(program: Program): CheckResult {
      const failures: Failure[] = [];
      const byRule: Record<string, number> = {};
      const config = configFor(program);
      let messages: Linter.LintMessage[];
      try {
        messages = linter.verify(program.code, config.lint, program.filename);
      } catch (error) {
        return { parsed: true, reports: 0, fixes: 0, suggestions: 0, byRule, failures: [{ kind: "crash", message: describe(error) }] };
      }
      const fatal = messages.filter((m) => m.fatal);
      if (fatal.length > 0) {
        // A fatal message that names a rule of ours is a crash; any other is the program's parse error.
        const ours = fatal.find((m) => (m.ruleId ?? "").startsWith(PREFIX) || m.message.includes(PREFIX));
        if (ours) failures.push({ kind: "fatal", message: `${ours.ruleId}: ${ours.message}` });
        else if (program.kind === "request") failures.push({ kind: "invalid-program", message: `${fatal[0].line}:${fatal[0].column} ${fatal[0].message}` });
        return { parsed: false, reports: 0, fixes: 0, suggestions: 0, byRule, failures };
      }
      const ours = messages.filter((m) => (m.ruleId ?? "").startsWith(PREFIX));
      let fixes = 0;
      const suggestions: Suggestion[] = [];
      for (const m of ours) {
        byRule[m.ruleId as string] = (byRule[m.ruleId as string] ?? 0) + 1;
        if (m.fix) fixes++;
        for (const s of m.suggestions ?? []) suggestions.push({ message: m, suggestion: s });
      }
      for (const batch of batches(suggestions, options.suggestionChecks ?? "each")) {
        // A batch of suggestions that touch separate ranges is applied at once; only when its
        // output does not parse is each of them checked on its own.
        if (batch.length > 1 && !parseError(applyAll(program.code, batch), program)) continue;
        for (const { message: m, suggestion: s } of batch) {
          const output = applyAll(program.code, [{ message: m, suggestion: s }]);
          const error = parseError(output, program);
          if (error) failures.push({ kind: "suggestion-parse", message: `${m.ruleId} suggestion "${s.desc}" at ${m.line}:${m.column}: ${error}`, output });
        }
      }
      if (fixes > 0) {
        try {
          const first = linter.verifyAndFix(program.code, config.lint, { filename: program.filename });
          if (first.fixed) {
            const error = parseError(first.output, program);
            if (error) {
              failures.push({ kind: "fix-parse", message: error, output: first.output });
            } else {
              const second = linter.verifyAndFix(first.output, config.lint, { filename: program.filename });
              if (second.fixed || second.output !== first.output) {
                const rules = [...new Set(linter.verify(first.output, config.lint, program.filename).filter((m) => m.fix).map((m) => m.ruleId))];
                failures.push({ kind: "fix-converge", message: `a second fix pass changed the output again (fixable: ${rules.join(", ")})`, output: first.output });
              }
            }
          }
        } catch (error) {
          failures.push({ kind: "crash", message: `while fixing: ${describe(error)}` });
        }
      }
      return { parsed: true, reports: ours.length, fixes, suggestions: suggestions.length, byRule, failures };
    },
  };
}
