/**
 * Claude through LangChain.js (`@langchain/anthropic`). `ChatAnthropic` sends what its fields say
 * (with its own default `maxTokens` per model), and `bindTools` adds the tools and `tool_choice`.
 * LangChain retries 6 times unless `maxRetries` says otherwise.
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
import { ChatAnthropic } from "@langchain/anthropic";

export const writer = new ChatAnthropic({
  model: "claude-sonnet-4-6",
  temperature: 0.7,
  topP: 0.9, // ✗ anthropic/valid-sampling
});

export const planner = new ChatAnthropic({
  model: "claude-sonnet-4-6",
  maxTokens: 8000,
  thinking: { type: "enabled", budget_tokens: 10000 }, // ✗ anthropic/valid-thinking
  maxRetries: 1, // ✗ anthropic/require-max-retries
});

export const answer = (question: string) => writer.invoke(question);
