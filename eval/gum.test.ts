import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import type { Counts } from "./conll.js";
import {
  countNames,
  evaluateGum,
  goldNames,
  predictedNames,
  scoreDocs,
  type GumDoc,
} from "./gum.js";

const DOCS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../shared/datasets/gum-news/docs.jsonl",
);

// "US President Barack Obama met the Bank of England in London."
const doc: GumDoc = {
  id: "hand-built",
  text: "US President Barack Obama met the Bank of England in London.",
  entities: [
    { start: 0, end: 25, type: "person", named: true, name_span: [13, 25] },
    { start: 13, end: 25, type: "person", named: true, name_span: [13, 25] },
    { start: 0, end: 2, type: "place", named: true, name_span: [0, 2] },
    { start: 30, end: 49, type: "organization", named: true, name_span: [34, 49] },
    { start: 53, end: 59, type: "place", named: true, name_span: [53, 59] },
    { start: 4, end: 12, type: "abstract", named: false, name_span: null },
    { start: 42, end: 49, type: "event", named: true, name_span: [42, 49] },
  ],
};

describe("goldNames", () => {
  it("keeps named people, places and organisations once each, by name span", () => {
    expect(goldNames(doc)).toEqual([
      { start: 13, end: 25, type: "person" },
      { start: 0, end: 2, type: "place" },
      { start: 34, end: 49, type: "organization" },
      { start: 53, end: 59, type: "place" },
    ]);
  });
});

describe("countNames", () => {
  it("counts exact span and type, leaving our 'other' mentions out", () => {
    const predicted = predictedNames([
      { start: 13, end: 25, text: "Barack Obama", type: "person" },
      { start: 34, end: 49, text: "Bank of England", type: "place" },
      { start: 53, end: 59, text: "London", type: "place" },
      { start: 0, end: 2, text: "US", type: "other" },
    ]);
    const counts = new Map<string, Counts>();
    countNames(goldNames(doc), predicted, counts);
    expect(counts.get("person")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get("place")).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.get("organization")).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe("scoreDocs", () => {
  it("runs detectMentions over a hand-built document", () => {
    const score = scoreDocs([doc]);
    expect(score.documents).toBe(1);
    expect(score.gold).toBe(4);
    expect(score.byType.person.r).toBe(1);
    expect(score.byType.organization.f1).toBe(1);
  });
});

describe.skipIf(!existsSync(DOCS))(
  "GUM news (skipped when ../shared/datasets/gum-news is absent)",
  () => {
    it("finds named people, places and organisations well above chance", async () => {
      const score = await evaluateGum(DOCS);
      expect(score.documents).toBe(24);
      expect(score.overall.f1).toBeGreaterThan(0.3);
    }, 60_000);
  },
);
