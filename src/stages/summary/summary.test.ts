import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Corpus, Story } from "../../model/index.js";
import { storySummary } from "./summary.js";

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
