/**
 * Request parameters built the way larger applications build them: shared defaults and a schema
 * kept in module constants, spread into a `params` variable that is then sent.
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`. The plugin follows the
 * constants and spreads of this file; it stays silent on what it cannot know (the `messages`
 * parameter, anything another module passes in).
 */
import Anthropic from "@anthropic-ai/sdk";
import type { MessageParam } from "@anthropic-ai/sdk/resources/messages";

const client = new Anthropic({ maxRetries: 4 });

const KNOWLEDGE_BASE_POLICY = "Answer only from the knowledge base. Quote the article id of every fact you use.";

/** Defaults shared by every request of this module (ported from an OpenAI integration). */
const DEFAULTS = {
  model: "claude-sonnet-4-6",
  max_tokens: 4096,
  tool_choice: "required", // ✗ anthropic/valid-tool-choice
};

/** Every tool is marked for caching — one breakpoint too many with the system prompt's. */
const TOOLS = [
  { name: "search_articles", description: "Full-text search of the knowledge base.", input_schema: { type: "object" as const, properties: { query: { type: "string" } } }, cache_control: { type: "ephemeral" as const } },
  { name: "get_article", description: "Fetch one article by id.", input_schema: { type: "object" as const, properties: { id: { type: "string" } } }, cache_control: { type: "ephemeral" as const } },
  { name: "list_categories", description: "List the categories.", input_schema: { type: "object" as const, properties: {} }, cache_control: { type: "ephemeral" as const } },
  { name: "open_ticket", description: "Escalate to a human.", input_schema: { type: "object" as const, properties: { summary: { type: "string" } } }, cache_control: { type: "ephemeral" as const } },
];

export async function answer(messages: MessageParam[]) {
  const params = {
    ...DEFAULTS,
    system: [
      { type: "text" as const, text: KNOWLEDGE_BASE_POLICY, cache_control: { type: "ephemeral" as const } }, // ✗ anthropic/valid-cache-control
    ],
    tools: TOOLS,
    messages,
  };
  // `as any`: the OpenAI-style `tool_choice` above does not type-check against the SDK's types.
  return client.messages.create(params as any);
}

/** The structured-output schema of an invoice extraction. */
const INVOICE_SCHEMA = {
  type: "object",
  properties: {
    invoice_number: { type: "string" },
    issued_on: { type: "string", format: "date" },
    total: { type: "number", minimum: 0 }, // ✗ anthropic/valid-structured-output
    billing_address: { type: "object", properties: { city: { type: "string" }, country: { type: "string" } }, required: ["city", "country"] }, // ✗ anthropic/valid-structured-output
  },
  required: ["invoice_number", "issued_on", "total"],
  additionalProperties: false,
};

const EXTRACTION_DEFAULTS = { model: "claude-opus-4-8", max_tokens: 2048 } as const;

export async function extractInvoice(text: string) {
  const request = {
    ...EXTRACTION_DEFAULTS,
    messages: [{ role: "user" as const, content: `Extract the invoice fields:\n\n${text}` }],
    output_config: { format: { type: "json_schema" as const, schema: INVOICE_SCHEMA } },
  };
  return client.messages.create(request);
}
