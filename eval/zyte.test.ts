import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateZyte, sameTokens, scoreCounts, shingleCounts, tokenize } from "./zyte.js";

describe("tokenize", () => {
  it("splits on anything that is not a letter, digit or underscore, like Python's \\w", () => {
    expect(tokenize("It's 3.5 km—via snake_case, 中文!")).toEqual([
      "It",
      "s",
      "3",
      "5",
      "km",
      "via",
      "snake_case",
      "中文",
    ]);
  });

  it("breaks words at combining marks, as the reference scorer does", () => {
    // Python: re.findall(r"\w+", "cafe\u0301") == ["cafe"]
    expect(tokenize("cafe\u0301 x²")).toEqual(["cafe", "x²"]);
  });
});

describe("shingleCounts", () => {
  it("normalises the counts of identical texts to tp = 1", () => {
    expect(shingleCounts("a b c d e", "a b c d e")).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts missing shingles as false negatives", () => {
    // truth: "a b c d", "b c d e"; predicted: "a b c d"
    const c = shingleCounts("a b c d e", "a b c d");
    expect(c).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(scoreCounts([c])).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it("counts extra shingles as false positives, as multisets", () => {
    // predicted has "a b c d" twice; the truth has it once.
    const c = shingleCounts("a b c d", "a b c d x a b c d");
    // tp 1, fp 5 (4 new shingles + the repeated one), fn 0
    expect(c.tp).toBeCloseTo(1 / 6);
    expect(c.fp).toBeCloseTo(5 / 6);
    expect(c.fn).toBe(0);
  });

  it("makes one shingle of a text shorter than four tokens", () => {
    expect(shingleCounts("hello world", "Hello, world!").tp).toBe(0); // case matters
    expect(shingleCounts("hello world", "hello world.")).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("gives all zeros when both texts are empty", () => {
    expect(shingleCounts("", "  ...  ")).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("scoreCounts", () => {
  it("averages per page and takes F1 of the averages", () => {
    const perfect = shingleCounts("a b c d e", "a b c d e");
    const half = shingleCounts("a b c d e", "a b c d"); // P 1, R 0.5
    const s = scoreCounts([perfect, half]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.75);
    expect(s.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });

  it("leaves an empty prediction out of precision but counts it in recall", () => {
    const perfect = shingleCounts("a b c d e", "a b c d e");
    const nothing = shingleCounts("a b c d e", "");
    expect(scoreCounts([perfect, nothing])).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it("leaves a page where both texts are empty out of both averages", () => {
    const perfect = shingleCounts("a b c d e", "a b c d e");
    const empty = shingleCounts("", "");
    expect(scoreCounts([perfect, empty])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("counts text predicted for an empty truth against precision only", () => {
    const s = scoreCounts([shingleCounts("", "a b c d"), shingleCounts("a b c d", "a b c d")]);
    expect(s).toMatchObject({ precision: 0.5, recall: 1 });
  });
});

describe("sameTokens", () => {
  it("compares token sequences, not punctuation or layout", () => {
    expect(sameTokens("One, two.\n\nThree!", "One two Three")).toBe(true);
    expect(sameTokens("One two three", "One two")).toBe(false);
  });
});

const DATASET = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "shared",
  "datasets",
  "zyte-extraction",
);

// The benchmark lives outside the repository (../shared/datasets); checkouts without it skip
// this run rather than fail.
describe.skipIf(!existsSync(DATASET))("evaluateZyte on the benchmark", () => {
  it("scores the first 20 pages above F1 0.85", async () => {
    const score = await evaluateZyte(DATASET, { limit: 20 });
    expect(score.pages).toBe(20);
    expect(score.f1).toBeGreaterThan(0.85);
  });
});
