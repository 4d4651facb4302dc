import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import {
  countMatches,
  evaluateConll,
  mentionsToTokenSpans,
  parseConll,
  prf,
  scoreSentences,
  spansFromTags,
  type Counts,
} from "./conll.js";

const TEST_SET = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../shared/datasets/conll2003/test.txt",
);

describe("parseConll", () => {
  it("reads one token a line, a blank line between sentences", () => {
    const source = "EU B-ORG 0\nrejects O 0\n\nPeter B-PER 0\nBlackburn I-PER 0\n";
    expect(parseConll(source)).toEqual([
      { tokens: ["EU", "rejects"], tags: ["B-ORG", "O"] },
      { tokens: ["Peter", "Blackburn"], tags: ["B-PER", "I-PER"] },
    ]);
  });
});

describe("spansFromTags", () => {
  it("joins B- and I- tags of one type and splits at a new B-", () => {
    expect(spansFromTags(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
      { start: 4, end: 5, type: "LOC" },
      { start: 5, end: 6, type: "ORG" },
    ]);
  });
});

describe("mentionsToTokenSpans", () => {
  it("maps character mentions onto the space-joined tokens", () => {
    // "Bank of England 's Mark Carney" → tokens 0-2 and 4-5
    const tokens = ["Bank", "of", "England", "'s", "Mark", "Carney"];
    expect(
      mentionsToTokenSpans(tokens, [
        { start: 0, end: 15, type: "organization" },
        { start: 19, end: 30, type: "person" },
      ]),
    ).toEqual([
      { start: 0, end: 3, type: "ORG" },
      { start: 4, end: 6, type: "PER" },
    ]);
  });
});

describe("scoring", () => {
  it("counts exact span and type only, like conlleval", () => {
    const counts = new Map<string, Counts>();
    countMatches(
      [
        { start: 0, end: 2, type: "PER" },
        { start: 3, end: 4, type: "LOC" },
        { start: 5, end: 6, type: "ORG" },
      ],
      [
        { start: 0, end: 2, type: "PER" }, // right
        { start: 3, end: 4, type: "ORG" }, // wrong type
        { start: 5, end: 7, type: "ORG" }, // wrong span
      ],
      counts,
    );
    expect(counts.get("PER")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get("ORG")).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(counts.get("LOC")).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("computes precision, recall and F1", () => {
    expect(prf({ tp: 1, fp: 1, fn: 3 })).toEqual({ p: 0.5, r: 0.25, f1: 1 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it("scores detectMentions on a hand-built sentence", () => {
    const [sentence] = parseConll(
      ["Talks O 0", "in O 0", "Geneva B-LOC 0", "ended O 0", ". O 0"].join("\n"),
    );
    const score = scoreSentences([sentence!]);
    expect(score.overall.f1).toBe(1);
    expect(score.byType.LOC).toEqual({ p: 1, r: 1, f1: 1 });
    expect(score.sentences).toBe(1);
  });
});

describe.skipIf(!existsSync(TEST_SET))(
  "CoNLL-2003 test set (skipped when ../shared/datasets/conll2003 is absent)",
  () => {
    it("finds names well above chance", async () => {
      const score = await evaluateConll(TEST_SET);
      expect(score.sentences).toBe(3453);
      expect(score.overall.f1).toBeGreaterThan(0.3);
    }, 60_000);
  },
);
