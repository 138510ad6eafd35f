"use strict";
/**
 * A nightly job (plain CommonJS JavaScript) that summarizes the day's support tickets with the
 * Message Batches API: every `requests[].params` is checked like a request of its own.
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
const Anthropic = require("@anthropic-ai/sdk");

const client = new Anthropic({ maxRetries: 1 }); // ✗ anthropic/require-max-retries

const MODEL = "claude-haiku-4-5";

const CATEGORIZE_TOOL = {
  name: "set_category",
  description: "Record the ticket's category.",
  input_schema: {
    type: "object",
    properties: { category: { type: "string", enum: ["billing", "shipping", "product", "other"] } },
    required: ["category"],
  },
  cache_control: { type: "ephemeral" },
};

const SUMMARY_SYSTEM = [
  { type: "text", text: "You summarize customer support tickets for the morning report.", cache_control: { type: "ephemeral", ttl: "1h" } }, // ✗ anthropic/valid-cache-control
];

async function submitNightlyBatch(tickets) {
  const batch = await client.messages.batches.create({
    requests: [
      {
        custom_id: "summary",
        params: {
          model: MODEL,
          max_tokens: 1024,
          system: SUMMARY_SYSTEM,
          tools: [CATEGORIZE_TOOL],
          messages: [{ role: "user", content: tickets.join("\n\n") }],
        },
      },
      {
        custom_id: "headline",
        params: {
          model: MODEL,
          max_tokens: 64,
          messages: [
            { role: "user", content: `One headline for today's tickets:\n${tickets.join("\n")}` },
            { role: "assistant", content: "Headline: " }, // ✗ anthropic/valid-messages
          ],
          tool_choice: { type: "any" }, // ✗ anthropic/valid-tool-choice
        },
      },
    ],
  });
  return batch.id;
}

module.exports = { submitNightlyBatch };
