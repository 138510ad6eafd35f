"use strict";
/**
 * Reply suggestions for support agents, ported from OpenAI's SDK to Anthropic's: the client and the
 * method were switched, the OpenAI habits stayed. Plain CommonJS JavaScript, so no type error
 * points at them (in TypeScript they hide behind `as any`).
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
const Anthropic = require("@anthropic-ai/sdk");

const anthropic = new Anthropic({ maxRetries: 3 });

/** The tool kept its OpenAI shape: `type: "function"`, the schema under `function.parameters`. */
const ORDER_STATUS_TOOL = {
  type: "function",
  function: {
    name: "get_order_status",
    description: "Get the shipping status of an order by its id.",
    parameters: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] },
  },
};

/** Drafts a reply to a customer email, with the sampling settings of the old OpenAI call. */
async function suggestReply(email) {
  const response = await anthropic.messages.create({
    model: "claude-sonnet-4-6",
    max_tokens: 1024,
    temperature: 0.7,
    top_p: 1, // ✗ anthropic/valid-sampling
    stop: ["\n\nCustomer:"], // ✗ anthropic/no-unknown-params
    tools: [ORDER_STATUS_TOOL], // ✗ anthropic/valid-tools
    messages: [{ role: "user", content: `Draft a reply to this customer email:\n\n${email}` }],
  });
  const text = response.content.find((block) => block.type === "text");
  return text ? text.text : "";
}

/** Tags an email with its sentiment and topic, as JSON (OpenAI's JSON mode, and no `max_tokens`). */
async function tagEmail(email) {
  const response = await anthropic.messages.create({ // ✗ anthropic/valid-max-tokens
    model: "claude-haiku-4-5",
    messages: [{ role: "user", content: `Return {"sentiment": ..., "topic": ...} for this email:\n\n${email}` }],
    response_format: { type: "json_object" }, // ✗ anthropic/no-unknown-params
  });
  return JSON.parse(response.content[0].text);
}

module.exports = { suggestReply, tagEmail };
