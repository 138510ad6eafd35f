/**
 * The lifecycle of model ids from the three sources (types, installed SDK, tables) and the date,
 * on hand-made installed facts, and `settings.anthropic.today`.
 */
import { describe, expect, it } from "vitest";
import { Knowledge, todayFromSettings, type TypedSdk } from "../../src/knowledge/knowledge";
import type { SdkFacts } from "../../src/knowledge/sdk-facts";
import { SDK_SNAPSHOT } from "../../src/knowledge/sdk-snapshot";

function knowledge(today: number, installed?: Partial<SdkFacts>, typed?: TypedSdk): Knowledge {
  return new Knowledge({
    installed: () => (installed ? ({ fields: {}, serverTools: {}, ...installed } as SdkFacts) : undefined),
    typed: () => typed,
    today,
  });
}

describe("lifecycle from the tables alone", () => {
  it("a deprecated id is deprecated before its end-of-life date and retired from that day", () => {
    expect(knowledge(20270121).lifecycle("claude-opus-4-5")).toMatchObject({ kind: "deprecated", endOfLife: "January 22nd, 2027" });
    expect(knowledge(20270122).lifecycle("claude-opus-4-5")).toMatchObject({ kind: "retired", endOfLife: "January 22nd, 2027", byDate: true });
    expect(knowledge(20280101).lifecycle("claude-opus-4-5-20251101")).toMatchObject({ kind: "retired", byDate: true });
  });

  it("an id an SDK released well after its date still lists is only deprecated (not certainly retired)", () => {
    // claude-mythos-preview: end of life June 30th, 2026, still listed by SDK 1.17.0 (2026-12-03)
    expect(knowledge(20261206).lifecycle("claude-mythos-preview")).toMatchObject({
      kind: "deprecated",
      stillListedBy: { version: SDK_SNAPSHOT.version, released: SDK_SNAPSHOT.released },
    });
  });

  it("retired and active ids, whatever the date", () => {
    expect(knowledge(20200101).lifecycle("claude-sonnet-4-5")).toMatchObject({ kind: "retired", endOfLife: "November 30th, 2026" });
    expect(knowledge(20300101).lifecycle("claude-opus-4-8")).toMatchObject({ kind: "active" });
  });

  it("unlisted ids are classified", () => {
    expect(knowledge(20261206).lifecycle("claude-opus-6")).toEqual({ kind: "unlisted", verdict: { kind: "newer", why: "version" } });
    expect(knowledge(20261206).lifecycle("claude-sonnet-4-5-20250514")).toEqual({ kind: "unlisted", verdict: { kind: "wrong", why: "snapshot" } });
  });
});

describe("lifecycle with an installed SDK", () => {
  const newer = { version: "1.18.0", released: "2026-12-05", models: [...(SDK_SNAPSHOT.models ?? []), "claude-opus-6"] };

  it("an id it declares exists, and widens the family index", () => {
    const k = knowledge(20261206, newer);
    expect(k.lifecycle("claude-opus-6")).toMatchObject({ kind: "active", model: undefined });
    expect(k.lifecycle("claude-opus-5-9")).toEqual({ kind: "unlisted", verdict: { kind: "wrong", why: "version" } });
  });

  it("its deprecation dates win when it is at least as new as the tables", () => {
    const k = knowledge(20261206, { ...newer, deprecated: { ...SDK_SNAPSHOT.deprecated, "claude-opus-4-5": "March 1st, 2027" } });
    expect(k.lifecycle("claude-opus-4-5")).toMatchObject({ kind: "deprecated", endOfLife: "March 1st, 2027" });
    expect(k.lifecycle("claude-opus-4-5-20251101")).toMatchObject({ kind: "deprecated", endOfLife: "January 22nd, 2027" });
  });

  it("an older SDK's dates do not override the tables'", () => {
    const k = knowledge(20261206, { version: "1.2.0", released: "2026-10-30", models: SDK_SNAPSHOT.models, deprecated: { "claude-opus-4-5": "December 1st, 2026" } });
    expect(k.lifecycle("claude-opus-4-5")).toMatchObject({ kind: "deprecated", endOfLife: "January 22nd, 2027" });
  });

  it("a deprecated id a newer SDK dropped is retired; an active one it dropped is left alone", () => {
    const models = (SDK_SNAPSHOT.models ?? []).filter((m) => m !== "claude-opus-4-5" && m !== "claude-opus-4-8");
    const k = knowledge(20261206, { version: "1.20.0", models });
    expect(k.lifecycle("claude-opus-4-5")).toMatchObject({ kind: "retired", byDate: true, endOfLife: "January 22nd, 2027" });
    expect(k.lifecycle("claude-opus-4-8")).toMatchObject({ kind: "active" });
  });

  it("a date it gives, passed, and listed by a release within a week after: retired", () => {
    const deprecated = { "claude-opus-4-6": "December 1st, 2026" };
    expect(knowledge(20261206, { ...newer, deprecated }).lifecycle("claude-opus-4-6")).toMatchObject({ kind: "retired", byDate: true });
    // listed by a release more than a week after the date: not certain
    expect(knowledge(20261220, { ...newer, released: "2026-12-19", deprecated }).lifecycle("claude-opus-4-6")).toMatchObject({
      kind: "deprecated",
      stillListedBy: { version: "1.18.0", released: "2026-12-19" },
    });
    // without a release date nothing says it is still listed
    expect(knowledge(20261220, { ...newer, released: undefined, deprecated }).lifecycle("claude-opus-4-6")).toMatchObject({ kind: "retired" });
  });
});

describe("type information", () => {
  it("an id the program's SDK declares exists; its fields are declared", () => {
    const k = knowledge(20261206, undefined, { models: ["claude-opus-7"], fields: { create: ["new_field"] } });
    expect(k.lifecycle("claude-opus-7")).toMatchObject({ kind: "active" });
    expect(k.declaredFields("create")?.has("new_field")).toBe(true);
    expect(k.declaredFields("betaCreate")).toBeUndefined();
  });
});

describe("settings.anthropic.today", () => {
  it("reads YYYY-MM-DD and defaults to the real date", () => {
    expect(todayFromSettings({ anthropic: { today: "2027-01-22" } })).toBe(20270122);
    expect(todayFromSettings({}, new Date(Date.UTC(2026, 11, 6)))).toBe(20261206);
    expect(todayFromSettings(undefined, new Date(Date.UTC(2026, 0, 2)))).toBe(20260102);
  });

  it.each([["2026-13-01"], ["December 6th, 2026"], [20261206], ["2026-2-1"], [""]])("refuses %j, naming the setting and the value", (value) => {
    expect(() => todayFromSettings({ anthropic: { today: value } })).toThrow(/settings\.anthropic\.today must be a date written YYYY-MM-DD/);
    expect(() => todayFromSettings({ anthropic: { today: value } })).toThrow(JSON.stringify(value));
  });
});
