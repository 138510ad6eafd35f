/** What an id that no source lists is: newer than everything known, or certainly wrong. */
import { describe, expect, it } from "vitest";
import { classifyUnlisted, indexFamilies, parseModern } from "../../src/knowledge/model-ids";
import { MODELS } from "../../src/knowledge/models";

const all = MODELS.flatMap((m) => [m.id, ...m.aliases]);
const live = MODELS.filter((m) => m.status !== "retired").flatMap((m) => [m.id, ...m.aliases]);
const index = indexFamilies(all, live);
const verdict = (id: string) => classifyUnlisted(id, index);

describe("classifyUnlisted (the tables as of SDK 1.17.0)", () => {
  it.each([
    ["claude-opus-5-6", "version"],
    ["claude-sonnet-6", "version"],
    ["claude-haiku-6-20270301", "version"],
    ["claude-fable-7", "version"],
    ["claude-haiku-4-5-20260301", "snapshot"],
    ["claude-lyric-1", "family"],
    ["claude-aria-2-5-20270101", "family"],
  ])("%s is newer than everything known (%s)", (id, why) => {
    expect(verdict(id)).toEqual({ kind: "newer", why });
  });

  it.each([
    // the wrong form
    ["claude-3.5-sonnet", "form"],
    ["claude-sonnet-4.5", "form"],
    ["claude-3-5-sonnet", "form"],
    ["claude-4-5-sonnet", "form"],
    ["claude-code", "form"],
    ["claude-opus-latest", "form"],
    // a snapshot date that does not exist for a known version
    ["claude-sonnet-4-5-20250514", "snapshot"],
    ["claude-opus-4-5-20250101", "snapshot"],
    // versions only ever served undated
    ["claude-opus-4-6-20260205", "snapshot"],
    ["claude-sonnet-5-5-20261101", "snapshot"],
    // a version between known ones that never existed
    ["claude-haiku-4-6", "version"],
    ["claude-opus-4-9", "version"],
    ["claude-sonnet-4-7", "version"],
    // a known version under a name it never had
    ["claude-sonnet-4", "name"],
    ["claude-opus-5-0", "name"],
    // a misspelt family
    ["claude-sonet-4-5", "family"],
    ["claude-opsu-5", "family"],
    ["claude-haikuu-5-5", "family"],
    // a family no longer served has no newer versions
    ["claude-instant-2", "version"],
  ])("%s is certainly wrong (%s)", (id, why) => {
    expect(verdict(id)).toEqual({ kind: "wrong", why });
  });

  it("parses the modern form only", () => {
    expect(parseModern("claude-opus-4-5-20251101")).toEqual({ family: "opus", major: 4, minor: 5, date: "20251101" });
    expect(parseModern("claude-sonnet-5")).toEqual({ family: "sonnet", major: 5, minor: undefined, date: undefined });
    expect(parseModern("claude-3-5-sonnet-20241022")).toBeUndefined();
    expect(parseModern("claude-sonnet-4.5")).toBeUndefined();
  });

  it("learns families and versions from the ids it is given (an installed SDK's)", () => {
    const withOpus6 = indexFamilies([...all, "claude-opus-6", "claude-lyric-1"], [...live, "claude-opus-6", "claude-lyric-1"]);
    expect(classifyUnlisted("claude-opus-5-9", withOpus6)).toEqual({ kind: "wrong", why: "version" });
    expect(classifyUnlisted("claude-opus-6-1", withOpus6)).toEqual({ kind: "newer", why: "version" });
    expect(classifyUnlisted("claude-lyric-2", withOpus6)).toEqual({ kind: "newer", why: "version" });
    expect(classifyUnlisted("claude-lyrc-1", withOpus6)).toEqual({ kind: "wrong", why: "family" });
  });
});
