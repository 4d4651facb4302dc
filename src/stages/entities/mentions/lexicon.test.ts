import { describe, expect, it } from "vitest";

import { isCommonWord } from "./lexicon.js";

describe("isCommonWord", () => {
  it("knows English words and not names", () => {
    expect(["trade", "said", "harbour", "minister"].map(isCommonWord)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["varnholt", "kestrova", "qzxjvwkq"].map(isCommonWord)).toEqual([false, false, false]);
  });

  it("reads a word joined by a slash or an apostrophe by its first part, as wink's tokenizer does", () => {
    expect(isCommonWord("harbour's")).toBe(true);
    expect(isCommonWord("euro/varnholt")).toBe(true);
    expect(isCommonWord("varnholt/euro")).toBe(false);
  });

  it("keeps hyphened words, initials and letters run into digits whole", () => {
    expect(isCommonWord("harbour-varnholt")).toBe(false);
    expect(isCommonWord("q.z.")).toBe(false);
    expect(isCommonWord("harbour11")).toBe(false);
  });
});
