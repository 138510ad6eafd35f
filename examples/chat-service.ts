/**
 * A support chat service, written the way applications usually are: the client lives in a class
 * field and each method builds its own request.
 *
 * Every line marked `// ✗ anthropic/<rule>` is a request the API (or the SDK's retry policy) will
 * fail on; `npm run demo` reports each of them.
 */
import Anthropic from "@anthropic-ai/sdk";
import type { MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages";

const MODEL = "claude-opus-4-8";

const SYSTEM_PROMPT = "You are the support agent of an online shop. Answer briefly and look orders up before you answer.";

const TOOLS: Tool[] = [
  {
    name: "lookup_order",
    description: "Look an order up by its id.",
    input_schema: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] },
  },
  {
    name: "refund_order",
    description: "Refund an order that has not shipped yet.",
    input_schema: { type: "object", properties: { order_id: { type: "string" }, reason: { type: "string" } }, required: ["order_id"] },
  },
];

export class ChatService {
  private readonly client: Anthropic;

  constructor(apiKey: string) {
    this.client = new Anthropic({ apiKey }); // ✗ anthropic/require-max-retries
  }

  /** Answers the next turn; the first step must always be an order lookup. */
  async answer(history: MessageParam[]): Promise<Anthropic.Message> {
    return this.client.messages.create({
      model: MODEL,
      max_tokens: 1024,
      system: SYSTEM_PROMPT,
      messages: history,
      tools: TOOLS,
      tool_choice: { type: "tool", name: "lookup_orders" }, // ✗ anthropic/valid-tool-choice
    });
  }

  /** Streams a considered answer with extended thinking (Opus 4.6 still takes a budget). */
  streamAnswer(history: MessageParam[]) {
    return this.client.messages.stream({
      model: "claude-opus-4-6",
      max_tokens: 16_000,
      thinking: { type: "enabled", budget_tokens: 8_000 },
      system: SYSTEM_PROMPT,
      messages: history,
      tools: TOOLS,
      tool_choice: { type: "any" }, // ✗ anthropic/valid-tool-choice
    });
  }

  /** Sorts a ticket into a queue with the (deprecated) beta `output_format`. */
  async classify(ticket: string): Promise<string> {
    const response = await this.client.beta.messages.create({
      model: MODEL,
      max_tokens: 256,
      messages: [{ role: "user", content: ticket }],
      output_format: {
        type: "json_schema",
        schema: { type: "object", properties: { queue: { type: "string", enum: ["billing", "shipping", "other"] } }, required: ["queue"] }, // ✗ anthropic/valid-structured-output
      },
    });
    const block = response.content[0];
    return block?.type === "text" ? (JSON.parse(block.text) as { queue: string }).queue : "other";
  }

  /** Summarizes the conversation for the human agent who takes it over, with a faster model. */
  async summarizeForHandoff(transcript: string): Promise<string> {
    const response = await this.client.messages.create({
      model: "claude-sonnet-4-5-20250514", // ✗ anthropic/valid-model
      max_tokens: 512,
      messages: [{ role: "user", content: `Summarize this support conversation in three bullet points:\n\n${transcript}` }],
    });
    const block = response.content[0];
    return block?.type === "text" ? block.text : "";
  }

  /** Answers a question about an order the caller has already fetched from the order service. */
  async answerAboutOrder(order: unknown, question: string): Promise<Anthropic.Message> {
    return this.client.messages.create({
      model: MODEL,
      max_tokens: 1024,
      system: SYSTEM_PROMPT,
      tools: TOOLS,
      messages: [
        {
          role: "user",
          content: [
            // The order handed over as if `lookup_order` had run, but no assistant `tool_use` asked for it.
            { type: "tool_result", tool_use_id: "lookup_order", content: JSON.stringify(order) }, // ✗ anthropic/valid-messages
            { type: "text", text: question },
          ],
        },
      ],
    });
  }
}
