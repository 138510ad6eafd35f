/**
 * Calls that look like Anthropic requests but are not: OpenAI's chat and Assistants APIs, Twilio's
 * `messages.create`, LlamaIndex's `Anthropic` class and a hand-made test double — in a file that
 * also imports the Anthropic SDK. The plugin resolves every receiver to its import, so
 * `npm run demo` reports nothing here.
 */
import Anthropic from "@anthropic-ai/sdk";
import { Anthropic as LlamaIndexAnthropic } from "@llamaindex/anthropic";
import OpenAI from "openai";
import twilio from "twilio";

const anthropic = new Anthropic({ maxRetries: 3 });
const openai = new OpenAI();
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const llm = new LlamaIndexAnthropic({ model: "claude-sonnet-4-6" });

/** OpenAI's own dialect: `tool_choice: "required"` and `response_format` are right here. */
export async function openAIAnswer(question: string) {
  return openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: question }],
    tools: [{ type: "function", function: { name: "lookup_order", parameters: { type: "object", properties: {} } } }],
    tool_choice: "required",
    response_format: {
      type: "json_schema",
      json_schema: { name: "answer", schema: { type: "object", properties: { score: { type: "integer", minimum: 0 } } } },
    },
  });
}

/** The Assistants API also has `beta.threads.messages.create`. */
export async function addToThread(threadId: string, text: string) {
  return openai.beta.threads.messages.create(threadId, { role: "user", content: text });
}

/** Twilio's `messages.create` sends an SMS. */
export async function notify(to: string, body: string) {
  return sms.messages.create({ to, from: "+15005550006", body });
}

/** LlamaIndex's class named `Anthropic` is not the SDK's client. */
export async function llamaIndexAnswer(question: string) {
  return llm.chat({ messages: [{ role: "user", content: question }] });
}

/** A test double with the same shape as the client. */
export const fakeClient = {
  messages: { create: async (params: unknown) => ({ params, content: [] }) },
};
void fakeClient.messages.create({ model: "claude-opus-4-8", tool_choice: "required", cache_control: { type: "persistent" } });

/** The real client, used correctly, in the same file. */
export async function anthropicAnswer(question: string) {
  return anthropic.messages.create({
    model: "claude-opus-4-8",
    max_tokens: 1024,
    messages: [{ role: "user", content: question }],
  });
}
