/**
 * Request sites beyond SDK method calls: raw HTTP posts, objects typed as SDK request types, the
 * beta tool runner. valid-tool-choice serves as the probe: a forcing tool_choice without tools.
 */
import rule from "../../rules/valid-tool-choice";
import { ruleTester } from "../helpers/rule-tester";

const BAD = '{ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" } }';
const OK = '{ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "auto" } }';
const URL = '"https://api.anthropic.com/v1/messages"';
const H = '{ "x-api-key": key, "anthropic-version": "2023-06-01" }';

ruleTester().run("request sites", rule, {
  valid: [
    // raw HTTP to another host, or with an unknown URL
    `await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", headers: ${H}, body: JSON.stringify(${BAD}) });`,
    `declare const url: string; await fetch(url, { method: "POST", headers: ${H}, body: JSON.stringify(${BAD}) });`,
    // a GET, or a body that is not JSON.stringify of an object
    `await fetch(${URL}, { method: "GET", headers: ${H}, body: JSON.stringify(${BAD}) });`,
    `await fetch(${URL}, { method: "POST", headers: ${H}, body: ${BAD} as any });`,
    // a shadowing fetch
    `const fetch = (u: string, i: object) => [u, i]; fetch(${URL}, { method: "POST", body: JSON.stringify(${BAD}) });`,
    `await fetch(${URL}, { method: "POST", headers: ${H}, body: JSON.stringify(${OK}) });`,
    // typed objects that are changed, or sent elsewhere where they are checked once
    `import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nconst body: MessageCreateParams = ${BAD};\nbody.tools = [];`,
    `import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\ndeclare function send(p: MessageCreateParams): void;\nconst body: MessageCreateParams = ${BAD};\nsend(body);`,
    // typed objects that may still be completed before they are sent: exported, returned, spread, stored
    `import Anthropic from "@anthropic-ai/sdk";\nexport const body = ${BAD} satisfies Anthropic.Messages.MessageCreateParams;`,
    `import type * as SDK from "@anthropic-ai/sdk";\nexport default ${BAD} as SDK.Beta.Messages.BetaMessageCreateParams;`,
    `import type { MessageCreateParams as P } from "@anthropic-ai/sdk/resources/messages";\nexport const body: P = ${BAD};`,
    `import type { MessageCreateParams as P } from "@anthropic-ai/sdk/resources/messages";\nexport function make() { return ${BAD} satisfies P; }`,
    `import type { MessageCreateParams as P } from "@anthropic-ai/sdk/resources/messages";\nconst b = ${BAD} satisfies P;\nawait post(JSON.stringify({ ...b, tools: [] }));`,
    `import type { MessageCreateParams as P } from "@anthropic-ai/sdk/resources/messages";\nconst reqs = [${BAD} satisfies P];\nawait post(JSON.stringify(reqs[0]));`,
    `import type { MessageCreateParams as P } from "@anthropic-ai/sdk/resources/messages";\nawait post(JSON.stringify(${BAD} satisfies P, (k, v) => v));`,
    // a type of the same name from another package
    `import type { MessageCreateParams } from "openai-like";\nconst body: MessageCreateParams = ${BAD};`,
    // a typed object that is fine
    `import type Anthropic from "@anthropic-ai/sdk";\nconst body: Anthropic.MessageCreateParams = ${OK};`,
  ],
  invalid: [
    {
      code: `await fetch(${URL}, { method: "POST", headers: ${H}, body: JSON.stringify(${BAD}) });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `const params = ${BAD};\nawait fetch(${URL}, { method: "POST", headers: ${H}, body: JSON.stringify(params) });`,
      errors: [{ messageId: "forcedWithoutTools", line: 1 }],
    },
    {
      code: `const URL_ = "https://api.anthropic.com" + "/v1/messages";\nawait fetch(URL_, { method: "POST", headers: ${H}, body: JSON.stringify(${BAD}) });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import axios from "axios";\nawait axios.post(${URL}, ${BAD}, { headers: ${H} });`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `const axios = require("axios");\nconst params = ${BAD};\nawait axios.post(${URL}, params, { headers: ${H} });`,
      errors: [{ messageId: "forcedWithoutTools", line: 2 }],
    },
    // typed objects: annotation, satisfies, as; GA and beta names; namespace forms
    {
      code: `import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";\nconst body: MessageCreateParams = ${BAD};\nawait post(JSON.stringify(body));`,
      errors: [{ messageId: "forcedWithoutTools", line: 2 }],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst body = ${BAD} satisfies Anthropic.Messages.MessageCreateParams;\nawait post(JSON.stringify(body));`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import type * as SDK from "@anthropic-ai/sdk";\nawait post(JSON.stringify(${BAD} as SDK.Beta.Messages.BetaMessageCreateParams));`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `import type { MessageCreateParamsNonStreaming as P } from "@anthropic-ai/sdk/resources/messages";\nconst body: P = ${BAD};\nconsole.log(body.model);\nawait post(JSON.stringify(body));`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // typed and sent by the SDK: one report, not two
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\nconst body: Anthropic.MessageCreateParams = ${BAD};\nclient.messages.create(body);`,
      errors: [{ messageId: "forcedWithoutTools", line: 3 }],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\nclient.messages.create(${BAD} satisfies Anthropic.MessageCreateParams);`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // the beta tool runner
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\nawait client.beta.messages.toolRunner(${BAD});`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
  ],
});

/** Clients reached through classes of the same file (patterns found in real code: see tests/corpus/FINDINGS.md). */
const IMPORT = 'import Anthropic from "@anthropic-ai/sdk";\n';
ruleTester().run("clients in classes", rule, {
  valid: [
    // a subclass that replaces the field with something else
    `${IMPORT}class Base { client = new Anthropic({ maxRetries: 3 }); }\nclass Sub extends Base { other = 1; run() { return this.client.messages.create(${OK}); } }`,
    // a method that may return something else
    `${IMPORT}declare const c: boolean;\nclass S { make() { if (c) return new Anthropic({ maxRetries: 3 }); return { messages: { create(x: unknown) { return x; } } }; } run() { return this.make().messages.create(${BAD}); } }`,
    // a field typed as a local class whose member is not a client
    `class Session { sdk = { messages: { create(x: unknown) { return x; } } }; }\nclass S { session = new Session(); run() { return this.session.sdk.messages.create(${BAD}); } }`,
    // Pick of something that is not the SDK
    `interface Fake { messages: { create(x: unknown): void } }\nclass S { constructor(private c: Pick<Fake, "messages">) {} run() { return this.c.messages.create(${BAD}); } }`,
  ],
  invalid: [
    // M3: a field typed as a class of this file, whose field is typed as the SDK client
    {
      code: `${IMPORT}class Session { sdk: Anthropic; constructor() { this.sdk = new Anthropic({ maxRetries: 3 }); } }\nclass S { constructor(private session: Session) {} run() { return this.session.sdk.messages.create(${BAD}); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // M4: a getter returning the client field
    {
      code: `${IMPORT}class S { private _c = new Anthropic({ maxRetries: 3 }); get client() { return this._c; } run() { return this.client.messages.create(${BAD}); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // M5: a method whose every return is a client, with and without a return type, awaited
    {
      code: `${IMPORT}class S { init() { return new Anthropic({ maxRetries: 3 }); } run() { return this.init().messages.create(${BAD}); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    {
      code: `${IMPORT}class S { async init(): Promise<Anthropic> { return new Anthropic({ maxRetries: 3 }); } async run() { const c = await this.init(); return c.messages.create(${BAD}); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // M6: a field typed through indexed access and Pick
    {
      code: `${IMPORT}class S { constructor(private m: Pick<Anthropic["beta"]["messages"], "create">) {} run() { return this.m.create(${BAD}); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // M8: a client field of a base class of this file, used in a subclass
    {
      code: `${IMPORT}class Base { protected client = new Anthropic({ maxRetries: 3 }); }\nclass Sub extends Base { run() { return this.client.messages.create(${BAD}); } }`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
    // an instance of a class of this file, used from outside
    {
      code: `${IMPORT}class Llm { client = new Anthropic({ maxRetries: 3 }); }\nconst llm = new Llm();\nllm.client.messages.create(${BAD});`,
      errors: [{ messageId: "forcedWithoutTools" }],
    },
  ],
});

/** Found in review: shapes where a request is not what the code literally shows. */
ruleTester().run("not what it looks like", rule, {
  valid: [
    // test doubles replace the client's methods: nothing reaches the API
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nclient.messages.create = (() => undefined) as never;\nclient.messages.create(${BAD});`,
    `${IMPORT}declare const vi: { spyOn(o: object, k: string): void };\nconst client = new Anthropic({ maxRetries: 3 });\nvi.spyOn(client.messages, "create");\nclient.messages.create(${BAD});`,
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nObject.defineProperty(client, "messages", { value: {} });\nclient.messages.create(${BAD});`,
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nconst m = client.messages;\nm.create = (() => undefined) as never;\nm.create(${BAD});`,
    // a fetch init that a spread or computed key may change, a replacer, toJSON
    `declare const init: RequestInit;\nawait fetch(${URL}, { method: "POST", headers: ${H}, body: JSON.stringify(${BAD}), ...init });`,
    `declare const m: string;\nawait fetch(${URL}, { ["method"]: m, headers: ${H}, body: JSON.stringify(${BAD}) });`,
    `await fetch(${URL}, { method: "POST", headers: ${H}, body: JSON.stringify(${BAD}, (k, v) => v) });`,
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nclient.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tool_choice: { type: "any" }, toJSON() { return {}; } } as never);`,
    // static members: \`this\` is the class
    `${IMPORT}class S { client = new Anthropic({ maxRetries: 3 }); static client = { messages: { create(x: unknown) { return x; } } }; static run() { return this.client.messages.create(${BAD}); } }`,
    // an exported object may be completed by importers
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nexport const base = ${BAD};\nclient.messages.create({ ...base });`,
    `${IMPORT}const client = new Anthropic({ maxRetries: 3 });\nconst base = ${BAD};\nexport { base };\nclient.messages.create({ ...base });`,
  ],
  invalid: [],
});
