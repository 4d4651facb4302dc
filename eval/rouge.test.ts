import { describe, expect, it } from "vitest";
import { lcsLength, rouge, rougeTokens } from "./rouge.js";

describe("rouge", () => {
  it("tokenises lower-cased words", () => {
    expect(rougeTokens("The Quay, reopened!")).toEqual(["the", "quay", "reopened"]);
  });

  it("scores identical texts 1 and disjoint texts 0", () => {
    expect(rouge("the quay reopened", "The quay reopened.")).toEqual({ r1: 1, r2: 1, rl: 1 });
    expect(rouge("harbour fire", "quay closed")).toEqual({ r1: 0, r2: 0, rl: 0 });
  });

  it("computes F1 of clipped n-gram overlap and of the longest common subsequence", () => {
    // candidate 4 words, reference 3; shared unigrams: the, quay (clipped: "the" once) → 2.
    const r = rouge("the the quay closed", "the quay reopened");
    expect(r.r1).toBeCloseTo((2 * 2) / (4 + 3));
    // bigrams: cand {the the, the quay, quay closed}, ref {the quay, quay reopened} → 1 shared.
    expect(r.r2).toBeCloseTo((2 * 1) / (3 + 2));
    expect(lcsLength(["a", "b", "c", "d"], ["b", "d", "c"])).toBe(2);
  });
});
