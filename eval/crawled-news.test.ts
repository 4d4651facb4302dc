import { describe, expect, it } from "vitest";
import type { BriefJson } from "../src/brief/schema.js";
import {
  foldField,
  occurrenceHolds,
  scoreCrawled,
  share,
  speakerRight,
  titleRight,
  type CrawledGold,
} from "./crawled-news.js";

describe("crawled-news scoring rules", () => {
  it("folds case, punctuation and spaces in fields", () => {
    expect(foldField("Harbour Post")).toBe(foldField("HarbourPost"));
    expect(foldField("dpa-AFX")).toBe(foldField("DPA AFX"));
    expect(foldField("Harbour Post")).not.toBe(foldField("Harbour Times"));
  });

  it("finds a quote in an occurrence with most of its words and few others", () => {
    const gold = "We will rebuild the quay before the winter storms arrive,";
    expect(occurrenceHolds("we will rebuild the quay before the winter storms arrive", gold)).toBe(
      true,
    );
    // One word short of ten: still 90% of the words.
    expect(occurrenceHolds("We will rebuild the quay before the winter storms", gold)).toBe(true);
    // Half the words: not found.
    expect(occurrenceHolds("We will rebuild the quay", gold)).toBe(false);
    // The whole paragraph around it, more than twice as long: not found.
    expect(occurrenceHolds(`${gold} ${gold} and then some more words besides`, gold)).toBe(false);
  });

  it("judges a person by surname and a body by head word or a shortened name", () => {
    const people = { "Ilsa Varnholt": ["Ilsa Varnholt", "Ms Varnholt", "Mayor Varnholt"] };
    expect(speakerRight("Mayor Varnholt", "Ilsa Varnholt", people)).toBe(true);
    expect(speakerRight("Ilsa", "Ilsa Varnholt", people)).toBe(false);
    expect(speakerRight(null, "Ilsa Varnholt", people)).toBe(false);
    expect(speakerRight("the court's ruling", "High Court of Fenwick", people)).toBe(true);
    expect(speakerRight("Brightcell", "Brightcell Recycling", people)).toBe(true);
    expect(speakerRight("Friday", "Brightcell Recycling", people)).toBe(false);
  });

  it("takes a title equal to the gold or a long part of it", () => {
    const gold = "Quay reopens after the storm, mayor says";
    expect(titleRight("Quay reopens after the storm, mayor says", gold)).toBe(true);
    expect(titleRight("Quay reopens after the storm, mayor", gold)).toBe(true);
    expect(titleRight("Quay reopens", gold)).toBe(false);
    expect(titleRight(null, gold)).toBe(false);
  });
});

describe("scoreCrawled", () => {
  const article = (id: string, over: Partial<BriefJson["articles"][number]> = {}) => ({
    id,
    source: id,
    format: "jsonl" as const,
    url: null,
    outlet: null,
    outletFrom: null,
    title: null,
    author: null,
    published: null,
    publishedFrom: null,
    credit: null,
    words: 10,
    removed: [],
    ...over,
  });
  const gold: CrawledGold = {
    clusters: { quay: { articles: ["a", "b", "c"] }, other: { articles: ["d"] } },
    reuse: [
      { a: "a", b: "b", kind: "near-verbatim" },
      { a: "a", b: "c", kind: "rewrite", uncertain: true },
    ],
    quotes: [],
    people: { "Ilsa Varnholt": ["Ilsa Varnholt", "Varnholt"] },
    credits: { "Tomas Reyl": ["Tomas Reyl"] },
    meta: {
      a: { title: null, published: "2031-04-02", outlet: "Harbour Post", credit: "Reuters" },
      b: { title: null, published: "2031-04-02", outlet: "Quay Times", credit: null },
      c: { title: null, published: null, outlet: "Fenwick Daily", credit: null },
      d: { title: null, published: null, outlet: "Other Paper", credit: null },
    },
  };
  const brief = {
    schema: "corroborate.brief/2",
    articles: [
      article("a", { outlet: "HarbourPost", published: "2031-04-02", credit: "Reuters" }),
      article("b", { outlet: "Quay Times", published: "2031-04-03", credit: "AP" }),
      article("c"),
      article("d"),
    ],
    stories: [
      {
        id: "s1",
        articles: ["a", "b", "c", "d"],
        reuse: [{ copy: "c", source: "a" }],
        entities: [
          { name: "Ilsa Varnholt", type: "person", aliases: [] },
          { name: "Tomas Reyl", type: "person", aliases: [] },
          { name: "Rescue Efforts Continue", type: "person", aliases: [] },
          { name: "Fenwick", type: "place", aliases: [] },
        ],
        quotes: [],
      },
    ],
  } as unknown as BriefJson;

  it("scores every figure as the issue defines it", () => {
    const s = scoreCrawled(brief, gold);
    // Four articles in one story against a 3 + 1 split.
    expect(s.stories.precision).toBeCloseTo((3 * 0.75 + 0.25) / 4);
    expect(s.stories.recall).toBe(1);
    // The reported pair is the uncertain gold pair: not counted false, and a→b is not connected.
    expect(share(s.reusePrecision)).toBe(1);
    expect(s.reuseRecall).toMatchObject({ hits: 0, total: 1 });
    expect(s.reuseRecallWithUncertain).toMatchObject({ hits: 1, total: 2 });
    // A credit counts as a person; a subhead does not.
    expect(s.personRecall).toMatchObject({ hits: 1, total: 1 });
    expect(s.personPrecision).toMatchObject({ hits: 2, total: 3 });
    expect(s.datesRight).toMatchObject({ hits: 1, total: 2 });
    expect(s.datesWrong).toMatchObject({ hits: 1, total: 2 });
    expect(s.creditsRight).toMatchObject({ hits: 1, total: 1 });
    expect(s.creditsInvented).toMatchObject({ hits: 1, total: 2 });
    expect(s.outletsRight).toMatchObject({ hits: 2, total: 4 });
  });
});
