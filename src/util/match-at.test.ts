import { describe, expect, it } from "vitest";
import { matchAt, matchEnd, matchesAt } from "./match-at.js";

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
