import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Corpus, Story } from "../../model/index.js";
import { storySummary } from "./summary.js";
import { selectSentences } from "./01-select.js";
import { storyClaims } from "../claims/03-claims.js";

const a = articleFromText(
  "The harbour authority closed the eastern quay on Tuesday after a warehouse fire.\n\n" +
    "Mayor Ilsa Varnholt said the quay would reopen within a week.\n\n" +
    "Firefighters from three towns fought the blaze for six hours before dawn.",
  { id: "a", outlet: "Harbour Post", published: "2031-05-07" },
);
const b = articleFromText(
  "On Tuesday the harbour authority shut the eastern quay following a fire at a warehouse.\n\n" +
    "Local shopkeepers worried about losing their summer trade to the closure.",
  { id: "b", outlet: "Lindholm Gazette", published: "2031-05-06" },
);
const story: Story = { id: "s", label: "", articles: ["a", "b"], from: null, to: null };
const corpus: Corpus = { articles: [a, b], skipped: [], stories: [story] };

describe("summary", () => {
  const length = { minWords: 120, targetWords: 30, maxWords: 60 };
  const s = storySummary(story, corpus, length);

  it("takes sentences as written, each citing a span that holds it", () => {
    expect(s.sentences.length).toBeGreaterThan(0);
    for (const x of s.sentences) {
      expect(x.cites[0]!.text.replace(/\s+/g, " ").trim()).toBe(x.text);
    }
  });

  it("states a corroborated fact once, citing every article that states it", () => {
    const quay = s.sentences.filter((x) => x.text.includes("eastern quay"));
    expect(quay).toHaveLength(1);
    expect(quay[0]!.cites.map((c) => c.article).sort()).toEqual(["a", "b"]);
  });

  it("puts sentences in time order: the earliest article stating them first", () => {
    expect(s.sentences[0]!.cites.some((c) => c.article === "b")).toBe(true);
  });

  it("stays within the length and says when the story is too short", () => {
    expect(s.words).toBeLessThanOrEqual(60);
    expect(s.short).toBe(true);
  });
});

describe("summary with a source discount", () => {
  // Three sources of three unrelated sentences each; the summary has room for about three.
  const texts = [
    "The river ferry resumed service on Monday after repairs to its engine.\n\n" +
      "Engineers replaced two pumps and a worn shaft over the weekend.\n\n" +
      "Commuters had crowded the coastal buses for almost a fortnight.",
    "A new library opened in the old customs house on the waterfront.\n\n" +
      "Its reading room holds twelve thousand volumes donated by residents.\n\n" +
      "Children queued outside the doors before the ribbon was cut.",
    "Fishing crews reported the largest herring catch in a decade this spring.\n\n" +
      "Prices at the morning auction fell by a third within a week.\n\n" +
      "Smokehouses along the quay hired extra hands for the season.",
  ];
  const articles = texts.map((t, i) =>
    articleFromText(t, { id: `src-${i}`, outlet: `Outlet ${i}`, published: "2031-05-07" }),
  );
  const story: Story = {
    id: "mixed",
    label: "",
    articles: articles.map((x) => x.id),
    from: null,
    to: null,
  };
  const length = { minWords: 120, targetWords: 30, maxWords: 60 };
  // The first source's sentences made the most central, so that without a discount they fill
  // the summary.
  const read = storyClaims(story, articles, new Map(), [], []);
  const centrality = Float64Array.from(read.sentences, (x) => (x.article === 0 ? 20 : 1));
  const sourcesOf = (sourceRepeat: number): string[] =>
    selectSentences({ ...read, articles, centrality }, length, {
      corroboration: 0.5,
      lead: 0.3,
      sourceRepeat,
    }).sentences.map((x) => x.cites[0]!.article);

  it("without a discount, takes the most central source's sentences", () => {
    expect(sourcesOf(1)).toEqual(["src-0", "src-0", "src-0"]);
  });

  it("with a discount, moves on to other sources as one is used", () => {
    const sources = sourcesOf(0.01);
    expect(sources.length).toBe(3);
    expect(new Set(sources).size).toBe(3);
    // a mild discount takes a second source only once the first has given two sentences
    expect(sourcesOf(0.12).filter((x) => x === "src-0")).toHaveLength(2);
  });
});
