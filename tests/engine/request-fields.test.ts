import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BETA_MESSAGE_COUNT_TOKENS_FIELDS,
  BETA_MESSAGE_CREATE_FIELDS,
  MESSAGE_COUNT_TOKENS_FIELDS,
  MESSAGE_CREATE_FIELDS,
  UNCONFIRMED_FIELDS,
  acceptedFields,
  betaOnlyFields,
  createOnlyFields,
} from "../../src/knowledge/request-fields";

/** Root folder of the installed `@anthropic-ai/sdk` (its `exports` map hides package.json). */
const localRequire = createRequire(__filename);
const SDK_ROOT = path.dirname(localRequire.resolve("@anthropic-ai/sdk"));

function readSdk(relative: string): string {
  return readFileSync(path.join(SDK_ROOT, relative), "utf8");
}

/**
 * The top-level field names of `export interface <name> [extends <base>] {…}` in an SDK source file. The interface
 * body runs to the first line that is exactly `}`; its fields are the lines indented by two spaces
 * that start with a name and `:` or `?:` (nested types and doc comments are indented deeper or
 * start with `/`/`*`). Line by line, each regex anchored and linear.
 */
function interfaceFields(source: string, name: string, base?: string): string[] {
  const lines = source.split("\n");
  const head = base ? `export interface ${name} extends ${base} {` : `export interface ${name} {`;
  const start = lines.indexOf(head);
  if (start < 0) throw new Error(`interface ${name} not found`);
  const fields: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "}") return fields;
    const m = /^ {2}([A-Za-z_][A-Za-z0-9_]*)\??:/.exec(line);
    if (m) fields.push(m[1] ?? "");
  }
  throw new Error(`interface ${name} has no end`);
}

const sorted = (list: Iterable<string>): string[] => [...list].sort();

describe("request fields vs installed @anthropic-ai/sdk", () => {
  const ga = readSdk("src/resources/messages/messages.ts");
  const beta = readSdk("src/resources/beta/messages/messages.ts");

  const cases: [string, string, string, readonly string[]][] = [
    ["messages.create", ga, "MessageCreateParamsBase", MESSAGE_CREATE_FIELDS],
    ["messages.countTokens", ga, "MessageCountTokensParams", MESSAGE_COUNT_TOKENS_FIELDS],
    ["beta.messages.create", beta, "MessageCreateParamsBase", BETA_MESSAGE_CREATE_FIELDS],
    ["beta.messages.countTokens", beta, "MessageCountTokensParams", BETA_MESSAGE_COUNT_TOKENS_FIELDS],
  ];

  for (const [label, source, iface, list] of cases) {
    it(`${label}: the list equals the SDK's ${iface}`, () => {
      const fromSdk = interfaceFields(source, iface);
      expect(fromSdk.length).toBeGreaterThan(5);
      expect(fromSdk).toContain("messages");
      expect(sorted(list)).toEqual(sorted(fromSdk));
      expect(new Set(list).size).toBe(list.length);
    });
  }

  it("the non-streaming and streaming create params add only `stream`", () => {
    for (const source of [ga, beta]) {
      expect(interfaceFields(source, "MessageCreateParamsNonStreaming", "MessageCreateParamsBase")).toEqual(["stream"]);
      expect(interfaceFields(source, "MessageCreateParamsStreaming", "MessageCreateParamsBase")).toEqual(["stream"]);
    }
  });

  it("batch params are the GA MessageCreateParamsNonStreaming, also under beta", () => {
    for (const file of ["src/resources/messages/batches.ts", "src/resources/beta/messages/batches.ts"]) {
      expect(readSdk(file)).toMatch(/params: MessagesAPI\.MessageCreateParamsNonStreaming;/);
    }
    expect(acceptedFields("batches.create", true)).toBe(acceptedFields("create", false));
  });

  it("no list holds an unconfirmed sampling field (SDK 1.x types have none)", () => {
    for (const [, , , list] of cases) for (const f of UNCONFIRMED_FIELDS) expect(list).not.toContain(f);
  });

  it("derives the countTokens-only and beta-only sets", () => {
    expect(sorted(createOnlyFields())).toEqual(
      sorted([
        "container",
        "diagnostics",
        "fallback_credit_token",
        "fallbacks",
        "inference_geo",
        "max_tokens",
        "metadata",
        "service_tier",
        "stop_sequences",
        "stream",
        "thread",
      ]),
    );
    expect(sorted(betaOnlyFields("create"))).toEqual(
      sorted([
        "betas",
        "billing_policy",
        "compaction",
        "context_management",
        "fallback_credit_token",
        "fallbacks",
        "mcp_servers",
        "output_format",
        "thread",
      ]),
    );
    expect(sorted(betaOnlyFields("countTokens"))).toEqual(
      sorted(["betas", "billing_policy", "compaction", "context_management", "mcp_servers", "output_format"]),
    );
    expect(betaOnlyFields("batches.create").size).toBe(0);
  });

  it("user_profile_id and workspace_id are accepted everywhere (sent as headers)", () => {
    for (const method of ["create", "stream", "parse", "countTokens", "batches.create"] as const) {
      for (const b of [false, true]) {
        expect(acceptedFields(method, b).has("user_profile_id")).toBe(true);
        expect(acceptedFields(method, b).has("workspace_id")).toBe(true);
      }
    }
  });
});
