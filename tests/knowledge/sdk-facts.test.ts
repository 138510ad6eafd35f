/**
 * The reader of SDK packages, on declaration text written to be awkward (comments and strings with
 * braces, quoted keys, unions over several lines, generic arguments), and on its edge cases.
 */
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  dayNumber,
  interfaceKeys,
  numberRecord,
  readSdkFacts,
  releaseDate,
  serverToolTypes,
  stringList,
  stringRecord,
  stringUnion,
  today,
} from "../../src/knowledge/sdk-facts";

const DECLARATIONS = `
/** A comment with { braces } and a fake interface MessageCreateParamsBase { nope: 1 } */
export type Model = 'claude-b' | "claude-a"
  | (string & {});
export type ModelInfo = 'not-this';
export interface MessageCreateParamsBase {
    /** max_tokens doc: "quoted { brace" */
    max_tokens: number;
    // a line comment: fake_field: string;
    messages: Array<MessageParam>;
    readonly model: Model;
    'quoted-key'?: string;
    metadata?: { user_id?: string | null; nested: { deep: 1 } };
    callback?: (x: number) => void;
    tools?: Array<ToolUnion>;
}
export type ToolUnion = Tool | WebTool | Toolset | SearchTool;
export interface Tool { name: string; type?: 'custom' | null; }
export interface WebTool {
    name: 'web';
    type: 'web_20250101';
}
export interface Toolset { type: 'toolset_20260101'; configs?: Array<string>; }
export interface SearchTool { name: 'search'; type: 'search_20250101' | 'search'; }
`;

describe("declaration scanner", () => {
  it("reads a string union, and only the declaration named", () => {
    expect(stringUnion(DECLARATIONS, "Model")).toEqual(["claude-b", "claude-a"]);
    expect(stringUnion(DECLARATIONS, "ModelInfo")).toEqual(["not-this"]);
    expect(stringUnion(DECLARATIONS, "Missing")).toBeUndefined();
  });

  it("reads the top-level keys of an interface, skipping comments and nested types", () => {
    expect(interfaceKeys(DECLARATIONS, "MessageCreateParamsBase")).toEqual([
      "max_tokens",
      "messages",
      "model",
      "quoted-key",
      "metadata",
      "callback",
      "tools",
    ]);
    expect(interfaceKeys(DECLARATIONS, "Nope")).toBeUndefined();
  });

  it("reads the server tools of a tool union", () => {
    expect(serverToolTypes(DECLARATIONS, "ToolUnion")).toEqual({
      web_20250101: "web",
      toolset_20260101: null,
      search_20250101: "search",
      search: "search",
    });
  });

  it("reads data modules", () => {
    const js = `exports.DEPRECATED_MODELS = {\n    'a': 'June 30th, 2026',\n    "b": "May 1, 2027",\n};\nconst CAPS = { 'x@1': 8192, 'y': 16 };\nconst FORMATS = new Set([\n  'date', 'uuid',\n]);\nexports.LIST = ['p', 'q'];`;
    expect(stringRecord(js, "DEPRECATED_MODELS")).toEqual({ a: "June 30th, 2026", b: "May 1, 2027" });
    expect(numberRecord(js, "CAPS")).toEqual({ "x@1": 8192, y: 16 });
    expect(stringList(js, "FORMATS")).toEqual(["date", "uuid"]);
    expect(stringList(js, "LIST")).toEqual(["p", "q"]);
    expect(stringRecord(js, "MISSING")).toBeUndefined();
  });

  it("never throws on text that is not a declaration file", () => {
    for (const text of ["", "{", "export type Model =", "interface X {", "'unterminated", "/* open comment", "x".repeat(10_000)]) {
      expect(() => stringUnion(text, "Model")).not.toThrow();
      expect(() => interfaceKeys(text, "X")).not.toThrow();
      expect(() => serverToolTypes(text, "ToolUnion")).not.toThrow();
    }
  });

  it("reads a whole package through a file callback; missing files leave parts undefined", () => {
    const files: Record<string, string> = {
      "package.json": JSON.stringify({ version: "9.1.0" }),
      "CHANGELOG.md": "# Changelog\n\n## [9.1.0](https://x) (2027-02-03)\n\n## [9.0.0](https://x) (2027-01-01)\n",
      "resources/messages/messages.d.ts": DECLARATIONS,
    };
    const facts = readSdkFacts((rel) => files[rel], { tools: true, helpers: true });
    expect(facts.version).toBe("9.1.0");
    expect(facts.released).toBe("2027-02-03");
    expect(facts.models).toEqual(["claude-b", "claude-a"]);
    expect(facts.deprecated).toBeUndefined();
    expect(facts.fields.create).toContain("max_tokens");
    expect(facts.fields.betaCreate).toBeUndefined();
    expect(facts.serverTools.ga).toEqual({ web_20250101: "web", toolset_20260101: null, search_20250101: "search", search: "search" });
    expect(facts.serverTools.beta).toBeUndefined();
    expect(facts.nonStreamingCaps).toBeUndefined();
    expect(readSdkFacts(() => undefined).version).toBeUndefined();
  });
});

describe("versions and dates", () => {
  it("finds the release date of the installed version only", () => {
    const log = "# Changelog\n\n## [1.18.0](https://x/compare/a...b) (2026-12-09)\n\n## 1.17.0 (2026-12-03)\n";
    expect(releaseDate(log, "1.18.0")).toBe("2026-12-09");
    expect(releaseDate(log, "1.17.0")).toBe("2026-12-03");
    expect(releaseDate(log, "1.1.0")).toBeUndefined();
  });

  it("compares versions numerically, pre-releases below releases", () => {
    expect(compareVersions("1.17.0", "1.14.0")).toBeGreaterThan(0);
    expect(compareVersions("1.9.0", "1.14.0")).toBeLessThan(0);
    expect(compareVersions("0.137.0", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("1.18.0-beta.1", "1.18.0")).toBeLessThan(0);
    expect(compareVersions("1.18.0", "1.18")).toBe(0);
  });

  it("reads the SDK's end-of-life wording and ISO dates", () => {
    expect(dayNumber("November 30th, 2026")).toBe(20261130);
    expect(dayNumber("October 22, 2025")).toBe(20251022);
    expect(dayNumber("January 1st, 2027")).toBe(20270101);
    expect(dayNumber("2026-12-06")).toBe(20261206);
    expect(dayNumber("February 30th, 2026")).toBeUndefined();
    expect(dayNumber("2026-13-01")).toBeUndefined();
    expect(dayNumber("soon")).toBeUndefined();
    expect(today(new Date(Date.UTC(2026, 11, 6, 23, 59)))).toBe(20261206);
  });
});
