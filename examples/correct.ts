/**
 * The same kinds of requests as the other examples, written correctly: `npm run demo` reports
 * nothing in this file. Use it as a reference for the fixes.
 */
import Anthropic from "@anthropic-ai/sdk";
import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";
import type { MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages";

const client = new Anthropic({ maxRetries: 4 });
const vertex = new AnthropicVertex({ region: "us-east5", projectId: "my-project", maxRetries: 5 });

const TOOLS: Tool[] = [
  {
    name: "lookup_order",
    description: "Look an order up by its id.",
    input_schema: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] },
    cache_control: { type: "ephemeral", ttl: "1h" },
  },
];

const SYSTEM = [{ type: "text" as const, text: "You are the support agent of an online shop.", cache_control: { type: "ephemeral" as const } }];

/** Forcing a tool the request defines, without thinking. */
export function lookupFirst(history: MessageParam[]) {
  return client.messages.create({
    model: "claude-opus-4-8",
    max_tokens: 1024,
    system: SYSTEM,
    messages: history,
    tools: TOOLS,
    tool_choice: { type: "tool", name: "lookup_order" },
  });
}

/** With thinking on, let the model choose: `auto`. Thinking and forcing on different paths is fine too. */
export function think(history: MessageParam[], deep: boolean) {
  return client.messages.stream(
    {
      model: "claude-opus-4-8",
      max_tokens: 16_000,
      thinking: deep ? { type: "adaptive" } : undefined,
      messages: history,
      tools: TOOLS,
      tool_choice: deep ? { type: "auto" } : { type: "any" },
    },
    { maxRetries: 5 },
  );
}

/** Structured outputs: every object closes with `additionalProperties: false`, no numeric bounds. */
export function extractInvoice(text: string) {
  return client.messages.create({
    model: "claude-opus-4-8",
    max_tokens: 2048,
    messages: [{ role: "user", content: `Extract the invoice fields:\n\n${text}` }],
    output_config: {
      format: {
        type: "json_schema",
        schema: {
          type: "object",
          properties: {
            invoice_number: { type: "string" },
            issued_on: { type: "string", format: "date" },
            total: { type: "number", description: "Non-negative, in the invoice currency." },
            billing_address: {
              type: "object",
              properties: { city: { type: "string" }, country: { type: "string" } },
              required: ["city", "country"],
              additionalProperties: false,
            },
          },
          required: ["invoice_number", "issued_on", "total"],
          additionalProperties: false,
        },
      },
    },
  });
}

/** Four breakpoints at most; `1h` ones (tools) come before `5m` ones (system, messages). */
export function cachedReview(contractText: string) {
  return vertex.messages.create({
    model: "claude-sonnet-4-6",
    max_tokens: 2048,
    tools: TOOLS,
    system: SYSTEM,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: contractText, cache_control: { type: "ephemeral" } },
          { type: "text", text: "List the deviating clauses." },
        ],
      },
    ],
  });
}
