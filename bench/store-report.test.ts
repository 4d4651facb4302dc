import { describe, expect, it } from "vitest";
import {
  formatStoreFigures,
  growthRatio,
  median,
  storeMarkdown,
  summariseAddOne,
  timesInMemory,
  type AddOneFigures,
  type IngestFigures,
} from "./store-report.js";

const ingest: IngestFigures = {
  articles: 1000,
  batch: 500,
  steps: [
    {
      engine: "in memory",
      step: "whole pipeline",
      articles: 1000,
      seconds: 2,
      peakRssMB: 300,
      reference: true,
    },
    { engine: "PGlite", step: "ingest + updateCorpus", articles: 1000, seconds: 8, peakRssMB: 700 },
  ],
  leftOut: ["PostgreSQL: no server"],
};

/** Ten times the time at ten times the size: a cost that grows linearly with the store. */
const addOne: AddOneFigures = {
  engine: "PGlite",
  sizes: [
    {
      storeSize: 1000,
      ingestMs: [10, 30, 20],
      updateMs: [90, 70, 80],
      reclustered: [true, false, false],
      buildIngestSeconds: 3,
      buildUpdateSeconds: 2,
    },
    {
      storeSize: 10000,
      ingestMs: [20, 20, 20],
      updateMs: [980, 1980, 480],
      reclustered: [false, true, false],
      buildIngestSeconds: 30,
      buildUpdateSeconds: 40,
    },
  ],
};

describe("store bench reports", () => {
  it("take the median of odd and even counts, NaN of nothing", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("take the median of whole additions, not the sum of the parts' medians", () => {
    const s = summariseAddOne({
      storeSize: 1,
      ingestMs: [0, 0, 30],
      updateMs: [30, 1, 0],
      reclustered: [true, false, true],
      buildIngestSeconds: 0,
      buildUpdateSeconds: 0,
    });
    // Additions took 30, 1 and 30 ms; the parts' medians would sum to 0 + 1.
    expect(s.totalMs).toBe(30);
    expect(s.ingestMs).toBe(0);
    expect(s.updateMs).toBe(1);
    expect(s.repetitions).toBe(3);
    expect(s.meanTotalMs).toBeCloseTo(61 / 3);
    expect(s.reclusterings).toBe(2);
  });

  it("give the largest store's cost over the smallest's", () => {
    expect(growthRatio(addOne)).toBeCloseTo(10);
    expect(growthRatio({ engine: "x", sizes: addOne.sizes.slice(0, 1) })).toBeNull();
  });

  it("divide each step's time per article by the in-memory pipeline's", () => {
    expect(timesInMemory(ingest.steps[1]!, ingest.steps)).toBeCloseTo(4);
    expect(timesInMemory(ingest.steps[1]!, ingest.steps.slice(1))).toBeNull();
  });

  it("write the rates, ratios and the 10k/1k growth as Markdown rows", () => {
    const md = storeMarkdown(ingest, [addOne], "about the run");
    expect(md.startsWith("about the run\n")).toBe(true);
    expect(md).toContain("per batch of 500, as 2 runs of `corroborate ingest` would");
    expect(md).toContain("| PGlite | ingest + updateCorpus | 125 | 8.00 | 700 | 4.0× |");
    expect(md).toContain(
      "| engine | ms: ingest + update | store of 1k | store of 10k | 10k / 1k |",
    );
    expect(md).toContain("| PGlite | total, median | 100 | 1,000 | 10.00× |");
    expect(md).toContain("| PGlite | total, mean | 100 | 1,167 | 11.67× |");
    expect(md).toContain("| PGlite | re-clusterings | 1 | 1 |  |");
    expect(md).toContain("| PGlite | updateCorpus | 80 | 980 | 12.25× |");
    expect(md).toContain("Left out: PostgreSQL: no server.");
  });

  it("say when the articles went in as one ingest and one update", () => {
    const text = formatStoreFigures({ ...ingest, batch: 1000 }, []);
    expect(text).toContain("one ingestArticles of them all, then one updateCorpus");
    expect(text).not.toContain("adding one article");
  });
});
