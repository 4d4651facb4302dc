import { describe, expect, it } from "vitest";
import { matchAt, matchEnd, matchesAt, searchFrom } from "./match-at.js";

describe("matchAt", () => {
  const WORD = /[a-z]+/y;

  it("matches only at the given position, whatever an earlier call left", () => {
    const text = "one two three";
    expect(matchAt(WORD, text, 8)?.[0]).toBe("three");
    // The previous call left the regex past the text's end; the next one starts where it is told.
    const m = matchAt(WORD, text, 4);
    expect(m?.[0]).toBe("two");
    expect(matchEnd(m!)).toBe(7);
    expect(matchAt(WORD, text, 3)).toBeNull(); // a space there: no search onwards
  });

  it("tests at a position without searching onwards", () => {
    expect(matchesAt(WORD, " ab", 0)).toBe(false);
    expect(matchesAt(WORD, " ab", 1)).toBe(true);
  });

  it("refuses a regex that is not sticky", () => {
    expect(() => matchAt(/[a-z]+/g, "ab", 0)).toThrow(/sticky/);
  });
});

describe("searchFrom", () => {
  const WORD = /[a-z]+/g;

  it("searches on from the given position, whatever an earlier call left", () => {
    const text = "one, two";
    const first = searchFrom(WORD, text, 0)!;
    expect(searchFrom(WORD, text, 6)?.[0]).toBe("wo");
    expect(searchFrom(WORD, text, matchEnd(first))?.[0]).toBe("two");
    expect(searchFrom(WORD, text, 8)).toBeNull();
  });

  it("refuses a regex that is not global", () => {
    expect(() => searchFrom(/[a-z]+/y, "ab", 0)).toThrow(/global/);
  });
});
