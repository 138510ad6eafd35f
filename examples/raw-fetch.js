"use strict";
/**
 * Calling the Messages API without the SDK: a small translation helper that posts to
 * https://api.anthropic.com/v1/messages with `fetch` (plain CommonJS JavaScript). The SDK sends
 * the `anthropic-version` header for you; code that posts by hand must send it itself. The body of
 * such a request is checked like the argument of `client.messages.create`.
 *
 * Lines marked `// ✗ anthropic/<rule>` are reported by `npm run demo`.
 */
const API_URL = "https://api.anthropic.com/v1/messages";

async function translate(text, targetLanguage) {
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { // ✗ anthropic/require-version-header
      "content-type": "application/json",
      "x-api-key": process.env.ANTHROPIC_API_KEY,
    },
    body: JSON.stringify({
      model: "claude-opus-4-8",
      max_tokens: 2048,
      system: "You translate customer messages. Reply with the translation only, as JSON: {\"translation\": \"...\"}.",
      messages: [
        { role: "user", content: `Translate into ${targetLanguage}:\n\n${text}` },
        // Prefilling "{" to force JSON: Claude Opus 4.8 refuses a final assistant message.
        { role: "assistant", content: "{" }, // ✗ anthropic/valid-messages
      ],
    }),
  });
  if (!response.ok) throw new Error(`Anthropic API answered ${response.status}: ${await response.text()}`);
  const message = await response.json();
  return JSON.parse(`{${message.content[0].text}`).translation;
}

module.exports = { translate };
