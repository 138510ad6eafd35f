/**
 * Claude on Amazon Bedrock through `@anthropic-ai/bedrock-sdk`: the same rules apply to the
 * Bedrock, Vertex and Foundry clients, and model ids are read in their platform forms.
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";

const bedrock = new AnthropicBedrock({ awsRegion: "us-east-1" }); // ✗ anthropic/require-max-retries

const MODEL = "us.anthropic.claude-opus-4-8-v1:0";

/** Filled in per tenant at deploy time; empty in this deployment. */
const TENANT_PREAMBLE = ""; // ✗ anthropic/valid-messages

const CONTRACT_REVIEW_PROMPT = "You review supplier contracts and list every clause that deviates from our standard terms.";

export async function reviewContract(contractText: string) {
  return bedrock.messages.create({
    model: MODEL,
    max_tokens: 2048,
    system: [
      { type: "text", text: CONTRACT_REVIEW_PROMPT, cache_control: { type: "ephemeral", ttl: "24h" } }, // ✗ anthropic/valid-cache-control
    ],
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: TENANT_PREAMBLE, cache_control: { type: "ephemeral" } }, // ✗ anthropic/valid-cache-control
          { type: "text", text: contractText },
        ],
      },
    ],
  });
}

/** A slower second pass with extended thinking, for contracts above the approval threshold. */
export async function reviewContractThoroughly(contractText: string) {
  return bedrock.messages.create({
    model: MODEL,
    max_tokens: 32_000, // ✗ anthropic/valid-max-tokens
    thinking: { type: "enabled", budget_tokens: 24_000 }, // ✗ anthropic/valid-thinking
    system: CONTRACT_REVIEW_PROMPT,
    messages: [{ role: "user", content: contractText }],
  });
}
