import { describe, expect, it } from "vitest";
import type { BriefArticle, BriefStory } from "../brief/schema.js";
import { timelineMarkdown } from "./timeline-section.js";

const article = (id: string, outlet: string): BriefArticle => ({
  id,
  source: id,
  format: "text",
  url: null,
  outlet,
  outletFrom: "metadata",
  title: null,
  author: null,
  published: "2026-03-19",
  publishedFrom: "metadata",
  credit: null,
  words: 100,
  removed: [],
  text: "",
});

const story = {
  id: "s1",
  label: "Harbour",
  articles: ["a.txt", "b.txt"],
  from: "2026-03-19",
  to: "2026-03-19",
  outlets: ["Harbour Post"],
  independentSources: 2,
  warnings: [],
  timeline: [
    {
      date: "2026-03-16",
      until: null,
      precision: "day",
      what: "Mayor Ilsa Varnholt closed the harbour on Monday.",
      who: "ilsa varnholt",
      scheduled: false,
      sources: [
        { article: "a.txt", start: 0, end: 49 },
        { article: "b.txt", start: 0, end: 20 },
      ],
    },
    {
      date: "2026-04-14",
      until: "2026-04-16",
      precision: "day",
      what: "The <harbour> fair is scheduled for April 14-16.",
      who: null,
      scheduled: true,
      sources: [{ article: "a.txt", start: 60, end: 100 }],
    },
  ],
} as BriefStory;

const byId = new Map([
  ["a.txt", article("a.txt", "Harbour Post")],
  ["b.txt", article("b.txt", "Quay Daily")],
]);

describe("timeline section", () => {
  it("lists events in Markdown with their dates, ranges, scheduled marks and outlets", () => {
    const md = timelineMarkdown(story, byId).join("\n");
    expect(md).toContain("## Timeline");
    expect(md).toContain("- **2026-03-16** — Mayor Ilsa Varnholt closed the harbour on Monday.");
    expect(md).toContain("Harbour Post (a.txt), Quay Daily (b.txt)");
    expect(md).toContain("**2026-04-14 – 2026-04-16** *(scheduled)*");
  });

  it("writes nothing for a story without a timeline", () => {
    const bare = { ...story, timeline: undefined } as BriefStory;
    expect(timelineMarkdown(bare, byId)).toEqual([]);
  });
});
