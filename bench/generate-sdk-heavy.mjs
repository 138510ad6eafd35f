/**
 * Writes the generated half of the benchmark's SDK-heavy set: realistic application modules that
 * all call the Anthropic SDK (clients, `this.client` in services, shared base params spread into
 * requests, conditionals, tools and `tool_choice`, system prompts with `cache_control`, streaming,
 * batches, token counting, structured outputs, thinking, beta calls), surrounded by the ordinary
 * code such modules have. Deterministic: the same seed writes the same files.
 *
 *   node bench/generate-sdk-heavy.mjs <out-dir> [count=200] [seed=4]
 */
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a small deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODELS = ["claude-opus-4-8", "claude-sonnet-4-5", "claude-haiku-4-5", "claude-3-5-haiku-latest", "claude-sonnet-4-0"];
const DOMAINS = ["order", "invoice", "ticket", "customer", "shipment", "refund", "article", "review", "report", "meeting"];
const VERBS = ["summarize", "classify", "extract", "translate", "triage", "draft", "answer", "review", "plan", "score"];

export function generate(outDir, count = 200, seed = 4) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = [];

  for (let i = 0; i < count; i++) {
    const ts = i % 4 !== 3; // three TypeScript modules for one JavaScript module
    const cjs = !ts && i % 8 === 7;
    const domain = DOMAINS[i % DOMAINS.length];
    const Domain = domain[0].toUpperCase() + domain.slice(1);
    const T = (s) => (ts ? s : "");
    const exp = cjs ? "" : "export ";
    const lines = [];
    const push = (...xs) => lines.push(...xs);

    // Imports.
    if (cjs) {
      push(`"use strict";`, `const Anthropic = require("@anthropic-ai/sdk");`, `const { readFile } = require("node:fs/promises");`, `const path = require("node:path");`, ``);
    } else {
      push(`import Anthropic from "@anthropic-ai/sdk";`);
      if (ts) push(`import type { MessageParam, Tool, TextBlockParam } from "@anthropic-ai/sdk/resources/messages";`);
      push(`import { readFile } from "node:fs/promises";`, `import path from "node:path";`, ``);
    }

    // Ordinary module code: types, constants, helpers.
    if (ts) {
      push(
        `export interface ${Domain}Record {`,
        `  id: string;`,
        `  createdAt: Date;`,
        `  tags: string[];`,
        `  body: string;`,
        `  score?: number;`,
        `}`,
        ``,
        `type Handler<T> = (input: T, attempt: number) => Promise<string | undefined>;`,
        ``,
      );
    }
    const model = pick(MODELS);
    push(`const MODEL = ${JSON.stringify(model)};`, `const MAX_BODY = ${int(2, 40) * 1000};`, ``);
    push(
      `function normalize(text${T(": string")})${T(": string")} {`,
      `  return text.replace(/\\s+/g, " ").trim().slice(0, MAX_BODY);`,
      `}`,
      ``,
      `function chunk${T("<T>")}(items${T(": T[]")}, size${T(": number")})${T(": T[][]")} {`,
      `  const out${T(": T[][]")} = [];`,
      `  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));`,
      `  return out;`,
      `}`,
      ``,
      `async function loadTemplate(name${T(": string")})${T(": Promise<string>")} {`,
      `  const file = path.join(__dirname, "templates", \`\${name}.txt\`);`,
      `  try {`,
      `    return await readFile(file, "utf8");`,
      `  } catch (err) {`,
      `    console.warn("template missing", name, err);`,
      `    return "";`,
      `  }`,
      `}`,
      ``,
    );

    // Client and shared request parts.
    const retries = int(2, 6);
    push(`const client = new Anthropic({ maxRetries: ${retries}${chance(0.3) ? ", timeout: 60_000" : ""} });`, ``);
    const toolNames = [];
    const nTools = int(1, 4);
    push(`const TOOLS${T(": Tool[]")} = [`);
    for (let t = 0; t < nTools; t++) {
      const name = `${pick(VERBS)}_${domain}_${t}`;
      toolNames.push(name);
      push(
        `  {`,
        `    name: ${JSON.stringify(name)},`,
        `    description: "Look up or change a ${domain} (${t}).",`,
        `    input_schema: {`,
        `      type: "object",`,
        `      properties: { id: { type: "string" }, note: { type: "string", description: "free text" }, limit: { type: "integer" } },`,
        `      required: ["id"],`,
        `    },`,
        t === nTools - 1 && chance(0.5) ? `    cache_control: { type: "ephemeral" },` : ``,
        `  },`,
      );
    }
    push(`];`, ``);
    push(
      `const SYSTEM${T(": TextBlockParam[]")} = [`,
      `  { type: "text", text: "You help the ${domain} team. Answer briefly.", cache_control: { type: "ephemeral" } },`,
      `];`,
      ``,
      `const BASE = {`,
      `  model: MODEL,`,
      `  max_tokens: ${pick([512, 1024, 2048, 4096, 8192])},`,
      `  system: SYSTEM,`,
      `}${ts ? " as const" : ""};`,
      ``,
    );

    // A service class using this.client, with several request methods.
    push(`${exp}class ${Domain}Assistant {`);
    if (ts) push(`  private readonly client: Anthropic;`, `  private history: MessageParam[] = [];`, ``);
    else push(`  history = [];`, ``);
    push(
      `  constructor(apiKey${T("?: string")}) {`,
      `    this.client = new Anthropic({ apiKey, maxRetries: ${retries} });`,
      `  }`,
      ``,
    );
    const nMethods = int(3, 7);
    for (let m = 0; m < nMethods; m++) {
      const verb = pick(VERBS);
      const kind = int(0, 8);
      push(`  async ${verb}${m}(record${T(`: ${Domain}Record`)}, deep = false) {`, `    const text = normalize(record.body);`);
      switch (kind) {
        case 0:
          push(
            `    const res = await this.client.messages.create({`,
            `      ...BASE,`,
            `      messages: [...this.history, { role: "user", content: text }],`,
            `      tools: TOOLS,`,
            `      tool_choice: { type: "tool", name: ${JSON.stringify(pick(toolNames))} },`,
            `    });`,
            `    return res.content;`,
          );
          break;
        case 1:
          push(
            `    const stream = this.client.messages.stream({`,
            `      model: MODEL,`,
            `      max_tokens: 16000,`,
            `      thinking: deep ? { type: "enabled", budget_tokens: 8000 } : { type: "disabled" },`,
            `      messages: [{ role: "user", content: [{ type: "text", text }] }],`,
            `    });`,
            `    let out = "";`,
            `    for await (const event of stream) {`,
            `      if (event.type === "content_block_delta" && event.delta.type === "text_delta") out += event.delta.text;`,
            `    }`,
            `    return out;`,
          );
          break;
        case 2:
          push(
            `    const params = {`,
            `      ...BASE,`,
            `      temperature: deep ? 0.2 : 1,`,
            `      messages: [{ role: "user", content: \`${verb} this ${domain}:\\n\\n\${text}\` }],`,
            `    }${ts ? " satisfies Anthropic.MessageCreateParams" : ""};`,
            `    const res = await this.client.messages.create(params, { timeout: 30_000 });`,
            `    return res.content.map((b) => (b.type === "text" ? b.text : "")).join("");`,
          );
          break;
        case 3:
          push(
            `    const batch = await this.client.messages.batches.create({`,
            `      requests: chunk(record.tags, 1).map((tags, n) => ({`,
            `        custom_id: \`\${record.id}-\${n}\`,`,
            `        params: { ...BASE, messages: [{ role: "user", content: tags.join(", ") + text }] },`,
            `      })),`,
            `    });`,
            `    return batch.id;`,
          );
          break;
        case 4:
          push(
            `    const count = await this.client.messages.countTokens({`,
            `      model: MODEL,`,
            `      system: SYSTEM,`,
            `      messages: [{ role: "user", content: text }],`,
            `      tools: TOOLS,`,
            `    });`,
            `    return count.input_tokens;`,
          );
          break;
        case 5:
          push(
            `    const res = await client.messages.create({`,
            `      model: MODEL,`,
            `      max_tokens: 2048,`,
            `      messages: [{ role: "user", content: text }],`,
            `      output_config: {`,
            `        format: {`,
            `          type: "json_schema",`,
            `          schema: {`,
            `            type: "object",`,
            `            properties: { label: { type: "string", enum: ["low", "medium", "high"] }, reason: { type: "string" } },`,
            `            required: ["label", "reason"],`,
            `            additionalProperties: false,`,
            `          },`,
            `        },`,
            `      },`,
            `    });`,
            `    return res.content[0];`,
          );
          break;
        case 6:
          push(
            `    const res = await this.client.beta.messages.create({`,
            `      ...BASE,`,
            `      betas: ["context-management-2025-06-27"],`,
            `      messages: [{ role: "user", content: text }],`,
            `      tools: deep ? TOOLS : [],`,
            `      tool_choice: deep ? { type: "any" } : { type: "auto" },`,
            `    });`,
            `    return res.stop_reason;`,
          );
          break;
        case 7: {
          const handler = ts ? `const handlers: Record<string, Handler<${Domain}Record>> = {` : `const handlers = {`;
          push(
            `    ${handler}`,
            `      quick: async (r) => (await this.client.messages.create({ ...BASE, max_tokens: 256, messages: [{ role: "user", content: r.body }] })).id,`,
            `      slow: async (r, attempt) => (attempt > 2 ? undefined : r.id),`,
            `    };`,
            `    return (handlers[deep ? "slow" : "quick"] ?? handlers.quick)(record, 0);`,
          );
          break;
        }
        default:
          push(
            `    const template = await loadTemplate(${JSON.stringify(verb)});`,
            `    const res = await this.client.messages.create({`,
            `      model: deep ? "claude-opus-4-8" : MODEL,`,
            `      max_tokens: deep ? 8192 : 1024,`,
            `      system: template || SYSTEM,`,
            `      stop_sequences: ["</answer>"],`,
            `      metadata: { user_id: record.id },`,
            `      messages: [`,
            `        { role: "user", content: text },`,
            `        { role: "assistant", content: "<answer>" },`,
            `      ],`,
            `    });`,
            `    this.history.push({ role: "user", content: text });`,
            `    return res;`,
          );
      }
      push(`  }`, ``);
    }
    // Non-SDK methods, as services have.
    push(
      `  stats(records${T(`: ${Domain}Record[]`)}) {`,
      `    const byTag = new Map${T("<string, number>")}();`,
      `    for (const r of records) for (const tag of r.tags) byTag.set(tag, (byTag.get(tag) ?? 0) + 1);`,
      `    const scores = records.map((r) => r.score ?? 0).sort((a, b) => a - b);`,
      `    const median = scores.length ? scores[Math.floor(scores.length / 2)] : 0;`,
      `    return { tags: [...byTag.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10), median };`,
      `  }`,
      ``,
      `  reset() {`,
      `    this.history = [];`,
      `  }`,
      `}`,
      ``,
    );

    // A module-level function with the shared client, and a pipeline.
    push(
      `${exp}async function ${pick(VERBS)}All(records${T(`: ${Domain}Record[]`)}) {`,
      `  const assistant = new ${Domain}Assistant(process.env.ANTHROPIC_API_KEY);`,
      `  const results = [];`,
      `  for (const group of chunk(records, ${int(2, 10)})) {`,
      `    const answers = await Promise.all(group.map((r) => client.messages.create({ ...BASE, messages: [{ role: "user", content: normalize(r.body) }] })));`,
      `    results.push(...answers.map((a) => a.usage.output_tokens));`,
      `  }`,
      `  return { results, stats: assistant.stats(records) };`,
      `}`,
      ``,
    );
    if (cjs) push(`module.exports = { ${Domain}Assistant, chunk };`, ``);

    const name = `${domain}-${verbsFor(i)}${cjs ? ".cjs" : ts ? ".ts" : ".js"}`;
    const file = join(outDir, name);
    writeFileSync(file, lines.join("\n"));
    files.push(file);
  }
  return files;

  function verbsFor(n) {
    return `${VERBS[Math.floor(n / DOMAINS.length) % VERBS.length]}-${n}`;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, count, seed] = process.argv.slice(2);
  if (!out) {
    console.error("usage: node bench/generate-sdk-heavy.mjs <out-dir> [count] [seed]");
    process.exit(2);
  }
  const files = generate(out, Number(count ?? 200), Number(seed ?? 4));
  console.log(`${files.length} files in ${out}`);
}
