import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff.js";

describe("wordDiff", () => {
  it("keeps common words and marks the changed ones", () => {
    expect(
      wordDiff(
        "Battery fires do not behave like ordinary fires.",
        "Battery fires don’t act like normal fires.",
      ),
    ).toEqual([
      { kind: "same", text: "Battery fires " },
      { kind: "del", text: "do not behave " },
      { kind: "ins", text: "don’t act " },
      { kind: "same", text: "like " },
      { kind: "del", text: "ordinary " },
      { kind: "ins", text: "normal " },
      { kind: "same", text: "fires." },
    ]);
  });

  it("gives back each wording when its parts are joined", () => {
    const before = "We have contained the fire to one building, and crews will stay";
    const after = "We contained the blaze to a single building and the crews will stay overnight";
    const parts = wordDiff(before, after);
    const join = (kinds: string[]) =>
      parts
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.text)
        .join("")
        .trim();
    expect(join(["same", "del"])).toBe(before);
    expect(join(["same", "ins"])).toBe(after);
    // punctuation is part of a quotation's words
    expect(parts.some((p) => p.kind === "del" && p.text.includes("building,"))).toBe(true);
    expect(parts.some((p) => p.kind === "ins" && p.text.includes("building "))).toBe(true);
  });

  it("finds no change between equal wordings, and all of it between unrelated ones", () => {
    expect(wordDiff("a b c", "a b c")).toEqual([{ kind: "same", text: "a b c" }]);
    expect(wordDiff("one two", "three")).toEqual([
      { kind: "del", text: "one two" },
      { kind: "ins", text: "three" },
    ]);
    expect(wordDiff("", "")).toEqual([]);
  });
});
