import rule from "../../rules/require-version-header";
import { ruleTester } from "../helpers/rule-tester";

const URL = '"https://api.anthropic.com/v1/messages"';
const BODY = 'JSON.stringify({ model: "claude-opus-4-8", max_tokens: 1024, messages: [{ role: "user", content: "hi" }] })';

ruleTester().run("require-version-header", rule, {
  valid: [
    `await fetch(${URL}, { method: "POST", headers: { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: ${BODY} });`,
    // header names are case-insensitive
    `await fetch(${URL}, { method: "POST", headers: { "Anthropic-Version": "2023-06-01" }, body: ${BODY} });`,
    // headers that cannot be known: silent
    `declare const headers: Record<string, string>; await fetch(${URL}, { method: "POST", headers, body: ${BODY} });`,
    `await fetch(${URL}, { method: "POST", headers: new Headers({ "x-api-key": key }), body: ${BODY} });`,
    `declare const extra: object; await fetch(${URL}, { method: "POST", headers: { ...extra, "x-api-key": key }, body: ${BODY} });`,
    // other hosts and paths
    `await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", headers: {}, body: ${BODY} });`,
    `await fetch("https://api.anthropic.com/v1/models", { method: "GET", headers: {} });`,
    `declare const base: string; await fetch(base + "/v1/messages", { method: "POST", headers: {}, body: ${BODY} });`,
    // a body that is not JSON.stringify({...})
    `declare const body: string; await fetch(${URL}, { method: "POST", headers: {}, body });`,
    // a local function called fetch
    `function fetch(u: string, i: object) { return [u, i]; } fetch(${URL}, { method: "POST", headers: {}, body: ${BODY} });`,
    // SDK calls are not raw HTTP
    `import Anthropic from "@anthropic-ai/sdk"; const c = new Anthropic({ maxRetries: 3 }); c.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [] });`,
    // axios without a config: axios defaults may carry the header
    `import axios from "axios"; await axios.post(${URL}, { model: "claude-opus-4-8", max_tokens: 1, messages: [] });`,
  ],
  invalid: [
    {
      code: `await fetch(${URL}, { method: "POST", headers: { "x-api-key": key, "content-type": "application/json" }, body: ${BODY} });`,
      errors: [{ messageId: "missingVersionHeader", data: { method: "`fetch`" } }],
    },
    {
      code: `const headers = { "x-api-key": key };\nawait fetch(${URL}, { method: "POST", headers, body: ${BODY} });`,
      errors: [{ messageId: "missingVersionHeader", line: 1 }],
    },
    {
      code: `await fetch(${URL}, { method: "POST", body: ${BODY} });`,
      errors: [{ messageId: "missingVersionHeader" }],
    },
    {
      code: `await fetch("https://api.anthropic.com/v1/messages/count_tokens", { method: "POST", headers: { "x-api-key": key }, body: JSON.stringify({ model: "m", messages: [] }) });`,
      errors: [{ messageId: "missingVersionHeader" }],
    },
    {
      code: `import axios from "axios";\nawait axios.post(${URL}, { model: "claude-opus-4-8", max_tokens: 1, messages: [] }, { headers: { "x-api-key": key } });`,
      errors: [{ messageId: "missingVersionHeader", data: { method: "`axios.post`" } }],
    },
  ],
});
