import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { U, k, obj, probe, sitesOf, toPlain } from "../helpers/engine-harness";

const CALL = 'client.messages.create({ model: "m", max_tokens: 1, messages: [] });';

/** `[description, source]` rows that must hold exactly one site, a `….messages.create` call. */
type Row = readonly [string, string];

function oneSite(rows: readonly Row[]): void {
  it.each(rows)("%s", (_name, code) => {
    const sites = sitesOf(code);
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatch(/client\W*\.messages\.create$/);
  });
}

function noSite(rows: readonly Row[]): void {
  it.each(rows)("%s", (_name, code) => {
    expect(sitesOf(code)).toEqual([]);
  });
}

describe("import forms", () => {
  oneSite([
    ["default import", `import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic(); ${CALL}`],
    ["named import", `import { Anthropic } from "@anthropic-ai/sdk"; const client = new Anthropic(); ${CALL}`],
    ["aliased import", `import { Anthropic as SDKAnthropic } from "@anthropic-ai/sdk"; const client = new SDKAnthropic(); ${CALL}`],
    ["default imported by name", `import { default as A } from "@anthropic-ai/sdk"; const client = new A(); ${CALL}`],
    ["default and named together", `import A, { type Message } from "@anthropic-ai/sdk"; const client = new A(); ${CALL}`],
    ["BaseAnthropic", `import { BaseAnthropic } from "@anthropic-ai/sdk"; const client = new BaseAnthropic(); ${CALL}`],
    ["namespace import", `import * as sdk from "@anthropic-ai/sdk"; const client = new sdk.Anthropic(); ${CALL}`],
    ["namespace import, default", `import * as sdk from "@anthropic-ai/sdk"; const client = new sdk.default(); ${CALL}`],
    ["require", `const Anthropic = require("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL}`],
    ["require().default", `const Anthropic = require("@anthropic-ai/sdk").default; const client = new Anthropic(); ${CALL}`],
    ["require().Anthropic", `const client = new (require("@anthropic-ai/sdk").Anthropic)(); ${CALL}`],
    ["destructured require", `const { Anthropic } = require("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL}`],
    ["destructured require, renamed", `const { Anthropic: A } = require("@anthropic-ai/sdk"); const client = new A(); ${CALL}`],
    ["destructured require of default", `const { default: A } = require("@anthropic-ai/sdk"); const client = new A(); ${CALL}`],
    ["import = require", `import Anthropic = require("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL}`],
    [
      "dynamic import, default",
      `async function main() { const { default: Anthropic } = await import("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL} }`,
    ],
    [
      "dynamic import, module object",
      `async function main() { const sdk = await import("@anthropic-ai/sdk"); const client = new sdk.Anthropic(); ${CALL} }`,
    ],
    [
      "dynamic import, .default",
      `async function main() { const Anthropic = (await import("@anthropic-ai/sdk")).default; const client = new Anthropic(); ${CALL} }`,
    ],
    ["import in a template without expressions", "import Anthropic from \"@anthropic-ai/sdk\"; const client = new (require(`@anthropic-ai/sdk`))(); " + CALL],
  ]);
  noSite([
    ["a type-only import used as a value is not built here", `import type Anthropic from "@anthropic-ai/sdk"; declare const client: object; ${CALL}`],
    ["require of another package", `const Anthropic = require("@anthropic-ai/sdk-but-not"); const client = new Anthropic(); ${CALL}`],
    ["a local require function", `import "@anthropic-ai/sdk"; function require(x: string): any { return x; } const Anthropic = require("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL}`],
    ["a subpath of the SDK", `import Anthropic from "@anthropic-ai/sdk/resources"; const client = new Anthropic(); ${CALL}`],
    ["an unknown named export", `import { Messages } from "@anthropic-ai/sdk"; const client = new Messages(); ${CALL}`],
    ["require of a non-constructor package", `const B = require("@anthropic-ai/bedrock-sdk"); const client = new B(); ${CALL}`],
    ["dynamic import of a computed name", `async function main(p: string) { const { default: A } = await import(p + "@anthropic-ai/sdk"); const client = new A(); ${CALL} }`],
  ]);
});

describe("the four packages", () => {
  const cases = [
    ["@anthropic-ai/sdk", "Anthropic", "anthropic"],
    ["@anthropic-ai/bedrock-sdk", "AnthropicBedrock", "bedrock"],
    ["@anthropic-ai/bedrock-sdk", "AnthropicBedrockMantle", "bedrock"],
    ["@anthropic-ai/vertex-sdk", "AnthropicVertex", "vertex"],
    ["@anthropic-ai/foundry-sdk", "AnthropicFoundry", "foundry"],
  ] as const;
  it.each(cases)("%s %s (named)", (pkg, cls, platform) => {
    const p = probe(`import { ${cls} } from "${pkg}"; const client = new ${cls}(); ${CALL}`);
    expect(p.sites).toHaveLength(1);
    expect(p.sites[0].site.client).toMatchObject({ pkg, className: cls, platform });
  });
  it.each(cases.filter((c) => c[1] !== "AnthropicBedrockMantle"))("%s %s (default)", (pkg, cls, platform) => {
    const p = probe(`import X from "${pkg}"; const client = new X(); ${CALL}`);
    expect(p.sites[0]?.site.client).toMatchObject({ pkg, className: cls, platform });
  });
  it.each(cases)("%s %s (destructured require)", (pkg, cls) => {
    expect(sitesOf(`const { ${cls}: C } = require("${pkg}"); const client = new C(); ${CALL}`)).toEqual(["client.messages.create"]);
  });
  it("the construction is recorded", () => {
    const p = probe(`import Anthropic from "@anthropic-ai/sdk"; const client = new Anthropic({ maxRetries: 5 }); ${CALL}`);
    const construction = p.sites[0].site.client.construction;
    expect(construction?.type).toBe("NewExpression");
    expect(toPlain(p.engine.evaluator.evaluate(construction?.arguments[0]))).toEqual(obj({ maxRetries: k(5) }));
  });
});

const IMPORT = 'import Anthropic from "@anthropic-ai/sdk";\n';

describe("where clients live", () => {
  oneSite([
    ["const", `${IMPORT}const client = new Anthropic(); ${CALL}`],
    ["let never reassigned", `${IMPORT}let client = new Anthropic(); ${CALL}`],
    ["var never reassigned", `${IMPORT}var client = new Anthropic(); ${CALL}`],
    ["alias of an alias", `${IMPORT}const a = new Anthropic(); const b = a; const client = b; ${CALL}`],
    ["a cast on the way", `${IMPORT}const client = new Anthropic() as unknown as Anthropic; ${CALL}`],
    ["reassigned let with a type annotation", `${IMPORT}let client: Anthropic = new Anthropic(); client = new Anthropic(); ${CALL}`],
    ["declared with a type", `${IMPORT}declare const client: Anthropic; ${CALL}`],
    ["typed parameter", `${IMPORT}function f(client: Anthropic) { ${CALL} }`],
    ["optional typed parameter", `${IMPORT}function f(client?: Anthropic) { client!.messages.create({}); }`],
    ["typed parameter | null", `${IMPORT}function f(client: Anthropic | null) { client!.messages.create({}); }`],
    ["typed parameter | undefined | null", `${IMPORT}const f = (client: Anthropic | undefined | null) => client?.messages.create({});`],
    ["type alias", `${IMPORT}type Client = Anthropic; function f(client: Client) { ${CALL} }`],
    ["type alias of a union", `${IMPORT}type Client = Anthropic | undefined; function f(client: Client) { client!.messages.create({}); }`],
    ["InstanceType<typeof Anthropic>", `${IMPORT}function f(client: InstanceType<typeof Anthropic>) { ${CALL} }`],
    ["namespace type", `import * as sdk from "@anthropic-ai/sdk"; function f(client: sdk.Anthropic) { ${CALL} }`],
    ["type-only import as a type", `import type Anthropic from "@anthropic-ai/sdk"; function f(client: Anthropic) { ${CALL} }`],
    ["class field", `${IMPORT}class S { client = new Anthropic(); run() { return this.${CALL} } }`],
    ["private class field", `${IMPORT}class S { private readonly client = new Anthropic(); run() { return this.${CALL} } }`],
    ["class field with a type", `${IMPORT}class S { client!: Anthropic; run() { return this.${CALL} } }`],
    ["assigned in the constructor", `${IMPORT}class S { client; constructor() { this.client = new Anthropic(); } run() { return this.${CALL} } }`],
    ["read in comparisons and conditions, assigned once", `${IMPORT}class S { client: any = new Anthropic(); ok(o: any) { return this.client === o || this.client !== o || (this.client && o) || (this.client ? 1 : 2) || this.client! || (this.client ?? o); } run() { return this.${CALL} } }`],
    ["assigned with parentheses around the member", `${IMPORT}class S { client; constructor() { (this.client) = new Anthropic(); } run() { return this.${CALL} } }`],
    ["assigned through a cast, after comments and strings that say this", `${IMPORT}class S { // this.client = other\n  note = "this.client = other"; constructor() { (this as any).client = new Anthropic(); } run() { return this.${CALL} } }`],
    ["assigned in the constructor without a declaration", `${IMPORT}class S { constructor() { (this as any).client = new Anthropic(); } run() { return (this as any).${CALL} } }`],
    ["assigned in the constructor from a typed parameter", `${IMPORT}class S { client: any; constructor(c: Anthropic) { this.client = c; } run() { return this.${CALL} } }`],
    ["constructor parameter property", `${IMPORT}class S { constructor(private client: Anthropic) {} run() { return this.${CALL} } }`],
    ["readonly parameter property", `${IMPORT}class S { constructor(public readonly client: Anthropic) {} run() { return this.${CALL} } }`],
    ["arrow function field", `${IMPORT}class S { client = new Anthropic(); run = () => this.${CALL} }`],
    ["class expression", `${IMPORT}const S = class { client = new Anthropic(); run() { return this.${CALL} } };`],
    ["factory function", `${IMPORT}function make() { return new Anthropic(); } const client = make(); ${CALL}`],
    ["arrow factory", `${IMPORT}const make = () => new Anthropic({ maxRetries: 3 }); const client = make(); ${CALL}`],
    ["factory with two returns", `${IMPORT}declare const k: string; function make() { if (k) return new Anthropic({ apiKey: k }); return new Anthropic(); } const client = make(); ${CALL}`],
    ["async factory, awaited", `${IMPORT}async function make() { return new Anthropic(); } async function main() { const client = await make(); ${CALL} }`],
    ["withOptions", `${IMPORT}const client = new Anthropic().withOptions({ timeout: 1 }); ${CALL}`],
    ["withOptions on a variable", `${IMPORT}const base = new Anthropic(); const client = base.withOptions({ maxRetries: 5 }); ${CALL}`],
    ["chained withOptions", `${IMPORT}const client = new Anthropic().withOptions({}).withOptions({}); ${CALL}`],
    ["conditional of two clients", `${IMPORT}declare const c: boolean; const client = c ? new Anthropic() : new Anthropic({ maxRetries: 5 }); ${CALL}`],
    ["injected ?? new", `${IMPORT}function f(injected?: Anthropic) { const client = injected ?? new Anthropic(); ${CALL} }`],
  ]);
  it("destructured messages and beta", () => {
    expect(sitesOf(`${IMPORT}const { messages } = new Anthropic(); messages.create({});`)).toEqual(["messages.create"]);
    expect(sitesOf(`${IMPORT}const { beta: { messages } } = new Anthropic(); messages.stream({});`)).toEqual(["messages.stream"]);
    expect(sitesOf(`${IMPORT}const client = new Anthropic(); const m = client.messages; m.countTokens({});`)).toEqual(["m.countTokens"]);
  });
  it("the withOptions calls are recorded", () => {
    const p = probe(`${IMPORT}const client = new Anthropic().withOptions({ maxRetries: 1 }); ${CALL}`);
    expect(p.sites[0].site.client.withOptions).toHaveLength(1);
    expect(p.sites[0].site.client.construction?.type).toBe("NewExpression");
  });
  noSite([
    ["reassigned let", `${IMPORT}let client = new Anthropic(); client = other(); declare function other(): any; ${CALL}`],
    ["reassigned let, later in a function", `${IMPORT}let client = new Anthropic(); function reset() { client = {} as any; } ${CALL}`],
    ["let assigned after its declaration", `${IMPORT}let client; client = new Anthropic(); ${CALL}`],
    ["var declared twice", `${IMPORT}var client = new Anthropic(); var client = new Anthropic(); ${CALL}`],
    ["untyped parameter", `${IMPORT}function f(client) { ${CALL} }`],
    ["any parameter", `${IMPORT}function f(client: any) { ${CALL} }`],
    ["typed parameter that is reassigned", `${IMPORT}function f(client: Anthropic) { client = {} as any; ${CALL} }`],
    ["a union with another class", `${IMPORT}import OpenAI from "openai"; function f(client: Anthropic | OpenAI) { ${CALL} }`],
    ["InstanceType of a local class", `class Anthropic {} function f(client: InstanceType<typeof Anthropic>) { (client as any).messages.create({}); }`],
    ["a field assigned two different things", `${IMPORT}import OpenAI from "openai"; class S { client: any; constructor(c: boolean) { this.client = c ? 1 : 2; this.client = new Anthropic(); this.client = new OpenAI(); } run() { return this.${CALL} } }`],
    ["a field assigned something unknown", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { this.client = c; } run() { return this.${CALL} } }`],
    ["a field assigned something unknown, with spaces and a comment", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { this . client /* next */ = c; } run() { return this.${CALL} } }`],
    ["a field assigned something unknown by a compound operator", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { this.client ||= c; } run() { return this.${CALL} } }`],
    ["a field assigned something unknown by ??=", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { this.client ??= c; } run() { return this.${CALL} } }`],
    ["a field assigned something unknown by &&=", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { this.client &&= c; } run() { return this.${CALL} } }`],
    ["a field assigned something unknown with a computed key", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { this["client"] = c; } run() { return this.${CALL} } }`],
    ["a field assigned something unknown in an arrow of a method", `${IMPORT}class S { client: any = new Anthropic(); set(c: any) { [1].forEach(() => { this.client = c; }); } run() { return this.${CALL} } }`],
    ["a static field used through this in an instance method", `${IMPORT}class S { static client = new Anthropic(); run() { return (this as any).${CALL} } }`],
    ["this in a plain function inside a method", `${IMPORT}class S { client = new Anthropic(); run() { return function (this: any) { return this.${CALL} }; } }`],
    ["this in an object literal method", `${IMPORT}const o = { client: new Anthropic(), run() { return this.${CALL} } };`],
    ["a factory with a path that returns nothing", `${IMPORT}declare const k: string; function make() { if (k) return new Anthropic(); } const client = make()!; ${CALL}`],
    ["a factory returning something else on one path", `${IMPORT}declare const k: string; function make() { if (k) return new Anthropic(); return {} as any; } const client = make(); ${CALL}`],
    ["a conditional with a non-client branch", `${IMPORT}declare const c: boolean; const client: any = c ? new Anthropic() : {}; ${CALL}`],
    ["a logical && of a client", `${IMPORT}declare const c: boolean; const client: any = c && new Anthropic(); ${CALL}`],
    ["withOptions on something else", `${IMPORT}declare const other: any; const client = other.withOptions({}); ${CALL}`],
    ["a nested class's own field", `${IMPORT}import OpenAI from "openai"; class A { client = new Anthropic(); m() { return class B { client = new OpenAI(); n() { return this.${CALL} } }; } }`],
    ["a parameter shadowing the class", `${IMPORT}function f(Anthropic: any) { const client = new Anthropic(); ${CALL} }`],
    ["a class field overwritten through a cast", `${IMPORT}class S { client = new Anthropic(); reset(c: any) { (this as any).client = c; } run() { return this.${CALL} } }`],
  ]);
});

describe("methods", () => {
  const methods = [
    ["messages.create", "create", false],
    ["messages.stream", "stream", false],
    ["messages.parse", "parse", false],
    ["messages.countTokens", "countTokens", false],
    ["messages.batches.create", "batches.create", false],
    ["beta.messages.create", "create", true],
    ["beta.messages.stream", "stream", true],
    ["beta.messages.parse", "parse", true],
    ["beta.messages.countTokens", "countTokens", true],
    ["beta.messages.batches.create", "batches.create", true],
  ] as const;
  it.each(methods)("client.%s", (member, method, beta) => {
    const p = probe(`${IMPORT}const client = new Anthropic(); client.${member}({ a: 1 }, { maxRetries: 4 });`);
    expect(p.sites).toHaveLength(1);
    expect(p.sites[0].site).toMatchObject({ method, beta });
    expect(toPlain(p.engine.evaluator.evaluate(p.sites[0].site.body))).toEqual(obj({ a: k(1) }));
    expect(toPlain(p.engine.evaluator.evaluate(p.sites[0].site.options))).toEqual(obj({ maxRetries: k(4) }));
  });
  it("the body and options are unwrapped of casts", () => {
    const p = probe(`${IMPORT}const client = new Anthropic(); client.messages.create({ a: 1 } as any, {} satisfies object);`);
    expect(p.sites[0].site.body?.type).toBe("ObjectExpression");
    expect(p.sites[0].site.options?.type).toBe("ObjectExpression");
  });
  it("a spread argument is no body", () => {
    const p = probe(`${IMPORT}const client = new Anthropic(); declare const args: [any]; client.messages.create(...args);`);
    expect(p.sites).toHaveLength(1);
    expect(p.sites[0].site.body).toBeUndefined();
    expect(toPlain(p.body())).toBe(U);
  });
  const C = `${IMPORT}const client = new Anthropic();\n`;
  it.each([
    ["computed member", `${C}client["messages"]["create"]({});`, ["client[\"messages\"][\"create\"]"]],
    ["optional chain", `${C}client?.messages?.create({});`, ["client?.messages?.create"]],
    ["cast around the callee", `${C}(client.beta.messages.create as unknown as (x: unknown) => void)({});`, ["client.beta.messages.create as unknown as (x: unknown) => void"]],
    ["non-null on the way", `${C}client!.messages!.create({});`, ["client!.messages!.create"]],
    ["awaited", `${C}async function f() { await client.messages.create({}); }`, ["client.messages.create"]],
    // the method called through call, apply or bind
    ["call", `${C}client.messages.create.call(client.messages, {} as any);`, ["client.messages.create.call"]],
    ["apply", `${C}client.messages.create.apply(client.messages, [{} as any]);`, ["client.messages.create.apply"]],
    ["bound", `${C}const create = client.messages.create.bind(client.messages); create({} as any);`, ["create"]],
    ["bound and called at once", `${C}client.messages.create.bind(client.messages)({} as any);`, ["client.messages.create.bind(client.messages)"]],
  ])("%s", (_name, code, expected) => {
    expect(sitesOf(code)).toEqual(expected);
  });
  it.each([
    ["client.models.list", `${C}client.models.list();`],
    ["client.messages.foo", `${C}(client.messages as any).foo({});`],
    ["client.completions.create", `${C}(client as any).completions.create({});`],
    ["client.create", `${C}(client as any).create({});`],
    ["client.messages.batches.list", `${C}client.messages.batches.list();`],
    ["client.messages.batches.stream", `${C}(client.messages.batches as any).stream({});`],
    ["client.batches.messages.create", `${C}(client as any).batches.messages.create({});`],
    ["client.beta.beta.messages.create", `${C}(client.beta as any).beta.messages.create({});`],
    ["client.beta.threads.messages.create", `${C}(client.beta as any).threads.messages.create({});`],
    ["a bound method of another object", `${C}declare const other: { create(x: object): void };\nconst create = other.create.bind(other); create({});`],
    ["apply with an argument list not written in place", `${C}declare const args: [any]; client.messages.create.apply(client.messages, args);`],
    ["a computed method name", `${C}declare const m: "create"; client.messages[m]({} as any);`],
    ["new client.messages.create", `${C}new (client.messages.create as any)({});`],
    ["client.withOptions", `${C}client.withOptions({});`],
  ])("not a site: %s", (_name, code) => {
    expect(sitesOf(code)).toEqual([]);
  });
});

describe("look-alikes", () => {
  noSite([
    ["OpenAI chat completions", `${IMPORT}import OpenAI from "openai"; const openai = new OpenAI(); openai.chat.completions.create({ model: "gpt-4o", messages: [] });`],
    ["OpenAI responses", `${IMPORT}import OpenAI from "openai"; const openai = new OpenAI(); openai.responses.create({ model: "gpt-4o", input: "" });`],
    ["OpenAI threads", `${IMPORT}import OpenAI from "openai"; const openai = new OpenAI(); openai.beta.threads.messages.create("t", { role: "user", content: "" });`],
    ["OpenAI named client", `${IMPORT}import OpenAI from "openai"; const client = new OpenAI(); client.messages.create({});`],
    ["Twilio", `${IMPORT}import twilio from "twilio"; const client = twilio("sid", "token"); client.messages.create({ body: "hi", from: "+1", to: "+2" });`],
    ["Twilio with new", `${IMPORT}import { Twilio } from "twilio"; const client = new Twilio(); client.messages.create({ body: "hi" });`],
    ["a local class named Anthropic", `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); ${CALL}`],
    ["a local class named Anthropic in a file that imports the SDK", `import type { Message } from "@anthropic-ai/sdk"; class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); ${CALL}`],
    ["a local class shadowing the import", `${IMPORT}function f() { class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); ${CALL} }`],
    ["@llamaindex/anthropic", `${IMPORT}import { Anthropic as LlamaAnthropic } from "@llamaindex/anthropic"; const client = new LlamaAnthropic(); ${CALL}`],
    ["@llamaindex/anthropic's own Anthropic", `import { Anthropic } from "@llamaindex/anthropic"; const client = new Anthropic(); ${CALL}`],
    ["@langchain/anthropic", `import { ChatAnthropic } from "@langchain/anthropic"; const client = new ChatAnthropic(); (client as any).messages.create({});`],
    ["a parameter shadowing the client", `${IMPORT}const client = new Anthropic(); function g(client: { messages: { create(x: unknown): void } }) { ${CALL} }`],
    ["an untyped parameter shadowing the client", `${IMPORT}const client = new Anthropic(); const g = (client: any) => ${CALL}`],
    ["a local variable shadowing the client", `${IMPORT}const client = new Anthropic(); { const client = { messages: { create(x: unknown) {} } }; ${CALL} }`],
    ["a catch parameter shadowing the client", `${IMPORT}const client = new Anthropic(); try {} catch (client: any) { ${CALL} }`],
    ["a for-of variable", `${IMPORT}declare const clients: Anthropic[]; for (const client of clients) { ${CALL} }`],
    ["the class itself", `${IMPORT}(Anthropic as any).messages.create({});`],
    ["an interface named Anthropic", `${IMPORT}function f() { interface Anthropic { messages: { create(x: unknown): void } } function g(client: Anthropic) { ${CALL} } }`],
    ["a client returned from an unknown function", `${IMPORT}declare function getClient(): any; const client = getClient(); ${CALL}`],
    ["a comment and a string", `${IMPORT}/** client.messages.create({ model: "x" }) */\nconst s = "client.messages.create({})"; const t = \`anthropic.messages.create(\${s})\`;`],
    // a file that replaces the SDK module with a test double has no real client of it
    ["vi.mock of the SDK", `${IMPORT}vi.mock("@anthropic-ai/sdk", () => ({ default: class { messages = { create: vi.fn() } } }));\nconst client = new Anthropic(); ${CALL}`],
    ["jest.mock of the SDK", `jest.mock("@anthropic-ai/sdk");\nconst Anthropic = require("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL}`],
    ["jest.unstable_mockModule", `jest.unstable_mockModule("@anthropic-ai/sdk", () => ({}));\nconst { default: Anthropic } = await import("@anthropic-ai/sdk"); const client = new Anthropic(); ${CALL}`],
    ["node:test mock.module", `import { mock } from "node:test";\nmock.module("@anthropic-ai/sdk", {});\n${IMPORT}const client = new Anthropic(); ${CALL}`],
    ["vi.mock inside a describe", `${IMPORT}describe("x", () => { vi.doMock("@anthropic-ai/sdk"); });\nconst client = new Anthropic(); ${CALL}`],
    ["vi.mock with a template literal", `${IMPORT}vi.mock(\`@anthropic-ai/sdk\`);\nconst client = new Anthropic(); ${CALL}`],
  ]);
  // the package named in a comment, a string, or another call of a mock object is no mock of it
  oneSite([
    ["a comment naming vi.mock", `${IMPORT}// vi.mock("@anthropic-ai/sdk")\nconst client = new Anthropic(); ${CALL}`],
    ["a string naming vi.mock", `${IMPORT}const s = 'vi.mock("@anthropic-ai/sdk")';\nconst client = new Anthropic(); ${CALL}`],
    ["vi.importActual of the SDK", `${IMPORT}const real = vi.importActual("@anthropic-ai/sdk");\nconst client = new Anthropic(); ${CALL}`],
  ]);
  // a mock of another package changes nothing
  oneSite([["vi.mock of another package", `${IMPORT}vi.mock("openai");\nconst client = new Anthropic(); ${CALL}`]]);
  it("a comment or string never yields a call", () => {
    const p = probe(`${IMPORT}// client.messages.create({})\nconst s = "new Anthropic().messages.create({})";`);
    expect(p.calls).toEqual([]);
    expect(p.sites).toEqual([]);
  });
});

describe("odd syntax", () => {
  it("never throws and finds nothing where nothing is", () => {
    const code = `${IMPORT}
      class Base { messages: any; }
      class Sub extends Base { run() { return super.messages?.create({}); } }
      new (class { messages = { create() {} }; })().messages.create();
      (0, eval)("client.messages.create({})");
      declare const x: any;
      x?.[0]?.messages?.create?.({});
      x\`tag\`.messages.create({});
      (() => new Anthropic())().messages.create({});
      new Anthropic().messages[\`create\`]({});
      new Anthropic().messages["crea" + "te"]({});
      import("@anthropic-ai/sdk").then((m) => new m.default().messages.create({}));
    `;
    const p = probe(code);
    // direct on a fresh client, with a static template key or a constant-folded one; the rest is not followed
    expect(p.sites.map((s) => s.callee)).toEqual(["new Anthropic().messages[`create`]", 'new Anthropic().messages["crea" + "te"]']);
  });
});

describe("files without an Anthropic import", () => {
  it.each([
    ["no import at all", `class Anthropic { messages = { create(x: unknown) { return x; } }; } const client = new Anthropic(); ${CALL}`],
    ["OpenAI only", `import OpenAI from "openai"; const client = new OpenAI(); client.chat.completions.create({ model: "gpt-4o", messages: [] });`],
    ["an empty file", ""],
  ])("%s: inactive", (_name, code) => {
    const p = probe(code);
    expect(p.engine.active).toBe(false);
    expect(p.sites).toEqual([]);
  });
  it("a file importing any @anthropic-ai/ package is active", () => {
    expect(probe(`import type { Message } from "@anthropic-ai/sdk/resources/messages";`).engine.active).toBe(true);
    expect(probe(`${IMPORT}`).engine.active).toBe(true);
  });
  it("the engine is shared by every rule of one file", () => {
    const p = probe(`${IMPORT}const client = new Anthropic(); ${CALL}`);
    expect(p.engine.siteOf(p.sites[0].site.node as TSESTree.CallExpression)).toBe(p.sites[0].site);
  });
});

describe("the SDK call keeps its body known", () => {
  it("a body passed to the call only", () => {
    const p = probe(`${IMPORT}const client = new Anthropic();\nconst body = { model: "m", max_tokens: 1, messages: [] };\nclient.messages.create(body);\nclient.messages.countTokens(body);`);
    expect(p.sites).toHaveLength(2);
    expect(toPlain(p.body(0))).toEqual(obj({ model: k("m"), max_tokens: k(1), messages: { array: [], open: false } }));
  });
  it("a body passed to an OpenAI call is unknown", () => {
    const p = probe(`${IMPORT}import OpenAI from "openai";\nconst client = new Anthropic();\nconst openai = new OpenAI();\nconst body = { model: "m", max_tokens: 1, messages: [] };\nopenai.chat.completions.create(body as any);\nclient.messages.create(body);`);
    expect(toPlain(p.body(0))).toBe(U);
  });
  it("batch bodies", () => {
    const p = probe(`${IMPORT}const client = new Anthropic();\nclient.messages.batches.create({ requests: [{ custom_id: "a", params: { model: "m" } }, { custom_id: "b", params: { model: "n" } }] });`);
    const requests = p.engine.requestsOf(p.sites[0].site);
    expect(requests.map((r) => toPlain(r.value))).toEqual([obj({ model: k("m") }), obj({ model: k("n") })]);
  });
});
