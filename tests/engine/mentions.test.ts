/**
 * `kit/mentions`: one scan of a file's text answers every declared word, overlapping and nested
 * words included; undeclared words are answered too.
 */
import { describe, expect, it } from "vitest";
import { declareWords, mentions } from "../../src/kit/mentions";

const file = (text: string) => ({ text });

describe("mentions", () => {
  declareWords(["ab", "bc", "@scope/pkg", "@scope/", "tools", "bindTools"]);

  it("finds overlapping words (one scan, no occurrence consumed by another)", () => {
    const f = file("xabcx");
    expect(mentions(f, "ab")).toBe(true);
    expect(mentions(f, "bc")).toBe(true);
  });

  it("finds a word inside a longer declared word", () => {
    const f = file('import x from "@scope/pkg"; m.bindTools([])');
    expect(mentions(f, "@scope/pkg")).toBe(true);
    expect(mentions(f, "@scope/")).toBe(true);
    expect(mentions(f, "bindTools")).toBe(true);
    // "tools" is not in "bindTools" (case), and not elsewhere
    expect(mentions(f, "tools")).toBe(false);
  });

  it("answers absent, undeclared and special-character words", () => {
    const f = file("fn.bind(this); a|b (c)");
    expect(mentions(f, "ab")).toBe(false);
    expect(mentions(f, ".bind(")).toBe(true);
    expect(mentions(f, "a|b")).toBe(true);
    expect(mentions(f, "zzz")).toBe(false);
  });

  it("a word declared after a file was scanned is still found in it", () => {
    const f = file("late_word here");
    expect(mentions(f, "ab")).toBe(false);
    declareWords(["late_word"]);
    expect(mentions(f, "late_word")).toBe(true);
  });
});
