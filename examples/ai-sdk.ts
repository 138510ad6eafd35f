/**
 * Claude through the Vercel AI SDK (`ai` with `@ai-sdk/anthropic`). The plugin checks the request
 * the provider sends after what it fixes on its own — it drops `topP` next to `temperature` and
 * sampling next to thinking, caps `maxOutputTokens`, leaves out a `toolChoice` when there are no
 * tools — and reports what still fails, in the AI SDK's option names.
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
import { generateText, streamText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";

export async function summarize(text: string) {
  return generateText({ // ✗ anthropic/require-max-retries
    model: anthropic("claude-3-5-sonnet-20241022"), // ✗ anthropic/valid-model
    prompt: `Summarize in three bullet points:\n\n${text}`,
  });
}

export function reviewDiff(diff: string) {
  return streamText({
    model: anthropic("claude-opus-4-8"),
    maxRetries: 4,
    system: "You review pull requests for correctness and security.",
    prompt: diff,
    // Dropped by the provider (sampling is not sent with thinking): not reported.
    temperature: 0.2,
    topP: 0.9,
    providerOptions: {
      anthropic: { thinking: { type: "enabled", budgetTokens: 8000 } }, // ✗ anthropic/valid-thinking
    },
  });
}
