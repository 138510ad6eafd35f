/**
 * Claude through Mastra (`@mastra/core`). Model strings `"anthropic/<id>"` are sent by the AI SDK
 * provider Mastra bundles, model objects by your own `@ai-sdk/anthropic`; an Agent retries a failed
 * model call only as often as its `maxRetries` says (0 by default).
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
import { Agent } from "@mastra/core/agent";

export const supportAgent = new Agent({ // ✗ anthropic/require-max-retries
  id: "support",
  name: "Support",
  instructions: "You answer questions about orders, shipping and returns.",
  model: "anthropic/claude-sonnet-4-6",
});

export const researchAgent = new Agent({
  id: "research",
  name: "Research",
  instructions: "You research a topic and write a sourced brief.",
  model: "anthropic/claude-opus-4-7",
  maxRetries: 3,
  defaultOptions: {
    providerOptions: {
      anthropic: { thinking: { type: "enabled", budgetTokens: 10000 } }, // ✗ anthropic/valid-thinking
    },
  },
});

export async function brief(topic: string) {
  return researchAgent.generate(`Write a brief on ${topic}.`);
}
