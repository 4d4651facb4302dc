import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, Corpus, Quote, ReuseRelation } from "../../model/index.js";
import { mergeEntities } from "../entities/entities.js";
import { findDirectQuotes } from "./01-direct.js";
import { orderedMatch, storyQuotes, wordDiff } from "./04-story-quotes.js";
import { storyQuotesJson } from "./05-brief.js";

const quotesOf = (text: string): readonly Quote[] => articleFromText(text).quotes ?? [];
const direct = (text: string): string[] => {
  const a = articleFromText(text);
  return findDirectQuotes(a).map((q) =>
    q.pieces.map((p) => a.clean.slice(p.start, p.end)).join(" | "),
  );
};

describe("direct quotations", () => {
  it("reads every quotation-mark style", () => {
    expect(direct('"We will rebuild," she said.')).toEqual(["We will rebuild,"]);
    expect(direct("“We will rebuild,” she said.")).toEqual(["We will rebuild,"]);
    expect(direct("‘We will rebuild,’ she said.")).toEqual(["We will rebuild,"]);
    expect(direct("«We will rebuild», she said.")).toEqual(["We will rebuild"]);
    expect(direct("‘‘We will rebuild,’’ she said.")).toEqual(["We will rebuild,"]);
  });
  it("keeps apostrophes and quotes inside quotes within the quotation", () => {
    expect(direct("“The crews’ work isn’t done,” he said.")).toEqual([
      "The crews’ work isn’t done,",
    ]);
    expect(direct("“They told us ‘stay home’ and we did,” she said.")).toEqual([
      "They told us ‘stay home’ and we did,",
    ]);
  });
  it("keeps a quotation that runs on into the next paragraph whole", () => {
    const text =
      "“We will rebuild the bridge,” the mayor said. “It will take two years.\n\n“And it will cost money,” she added.";
    expect(direct(text)).toEqual([
      "We will rebuild the bridge,",
      "It will take two years. | And it will cost money,",
    ]);
  });
});

describe("speakers", () => {
  it("finds 'X said', 'said X' and 'X told Y', with venue and time", () => {
    const [a, b, c] = quotesOf(
      "“The harbour is closed until further notice,” Mayor Ilsa Varnholt said in an interview with the Harbour Post on Monday.\n\n" +
        "“Ships will wait outside,” said Tomas Brennick, the port director.\n\n" +
        "“Nobody was hurt in the fire,” Varnholt told reporters.",
    ).filter((q) => q.kind !== "indirect");
    expect(a?.speaker?.name).toBe("Ilsa Varnholt");
    expect(a?.venue).toBe("in an interview with the Harbour Post");
    expect(a?.when).toBe("Monday");
    expect(b?.speaker?.name).toBe("Tomas Brennick");
    expect(c?.speaker?.name).toBe("Varnholt");
    expect(c?.cue?.text).toBe("told reporters");
  });
  it("resolves a pronoun and carries the speaker into the next paragraph", () => {
    const qs = quotesOf(
      "Harbour master Tomas Brennick spoke after the storm.\n\n“The sea wall held,” he said.\n\n“We were lucky this time.”",
    );
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.from])).toEqual([
      ["Tomas Brennick", "pronoun"],
      ["Tomas Brennick", "carried"],
    ]);
  });
  it("takes an organisation as speaker and a partial quote inside a sentence", () => {
    const [q] = quotesOf(
      "The Harbour Authority said in a statement that the pier would “reopen within days” after repairs.",
    ).filter((x) => x.kind !== "indirect");
    expect(q?.kind).toBe("partial");
    expect(q?.speaker?.name).toBe("Harbour Authority");
    expect(q?.venue).toBe("in a statement");
  });
  it("leaves scare quotes and titles alone", () => {
    expect(quotesOf("Residents call the new tower the “glass needle” and avoid it.")).toEqual([]);
    expect(quotesOf("She read “The Tide Tables of Merrow Bay” twice.")).toEqual([]);
  });
  it("reads the brackets of an editorial insertion as part of the quote", () => {
    const [q] = quotesOf("“They [the council] promised us a bridge,” Ilsa Varnholt said.");
    expect(q?.text).toBe("They [the council] promised us a bridge,");
  });
});

describe("indirect speech", () => {
  it("reads 'X said (that) …' and '…, X said.'", () => {
    const qs = quotesOf(
      "Ilsa Varnholt said that the bridge would reopen in the spring.\n\nThe ferry will run twice a day until then, a port spokesperson said.",
    );
    expect(qs.map((q) => [q.kind, q.speaker?.text, q.text])).toEqual([
      ["indirect", "Ilsa Varnholt", "the bridge would reopen in the spring"],
      ["indirect", "a port spokesperson", "The ferry will run twice a day until then"],
    ]);
  });
});

describe("across a story", () => {
  it("shows word-level differences and measures ordered overlap", () => {
    expect(
      wordDiff("we will not ask anyone to go home", "we will not ask anyone to go back home"),
    ).toBe("+[back]");
    expect(orderedMatch(["a", "b", "c"], ["a", "c"])).toBe(1);
  });
  it("does not count an editor's bracketed insertion as a change of the speaker's words", () => {
    expect(
      wordDiff("They [the council] promised us a bridge", "They [the city] promised us a bridge"),
    ).toBe("");
    expect(wordDiff("They promised us a bridge", "They [the council] promised us a bridge")).toBe(
      "",
    );
  });
  it("merges one quote across outlets, flags an altered copy and a quote turned indirect", () => {
    const src = articleFromText(
      "Fire chief Ilsa Varnholt spoke on Monday.\n\n“Battery fires do not behave like ordinary fires, and water alone will not put them out,” Varnholt said.\n\n“Keep your windows closed if you can smell smoke,” said Tomas Brennick.",
      { id: "wire.txt", source: "wire.txt", outlet: "Harbour Wire", published: "2026-03-02" },
    );
    const copy = articleFromText(
      "Fire chief Ilsa Varnholt spoke on Monday.\n\n“Battery fires don’t act like normal fires, and water by itself won’t extinguish them,” Varnholt said.\n\nTomas Brennick said anyone who could smell smoke should keep their windows closed.",
      { id: "copy.txt", source: "copy.txt", outlet: "Quick News", published: "2026-03-03" },
    );
    const reuse: ReuseRelation = {
      copy: "copy.txt",
      source: "wire.txt",
      origin: "wire.txt",
      kind: "rewrite",
      credited: false,
      share: 1,
      evidence: [],
    };
    const corpus: Corpus = mergeEntities({
      articles: [src, copy] as Article[],
      skipped: [],
      stories: [{ id: "s1", label: "", articles: ["wire.txt", "copy.txt"], from: null, to: null }],
      reuse: [reuse],
      copyGroups: [{ origin: "wire.txt", members: ["wire.txt", "copy.txt"] }],
    });
    const quotes = storyQuotes(corpus);
    const fires = quotes.find((q) => q.text.startsWith("Battery fires do not"))!;
    expect(fires.first).toBe("wire.txt");
    expect(fires.occurrences.map((o) => o.span.article)).toEqual(["wire.txt", "copy.txt"]);
    expect(fires.altered.map((d) => [d.article, d.against])).toEqual([["copy.txt", "wire.txt"]]);
    const smoke = quotes.find((q) => q.text.startsWith("Keep your windows"))!;
    expect(smoke.turnedIndirect.map((t) => t.article)).toEqual(["copy.txt"]);
  });
});

describe("editorial insertions in the brief", () => {
  it("lists each bracketed insertion as a span of the original text", () => {
    const a = articleFromText("“They [the council] promised us a bridge,” Ilsa Varnholt said.", {
      id: "a.txt",
      source: "a.txt",
    });
    const story = { id: "s1", label: "", articles: ["a.txt"], from: null, to: null };
    const corpus: Corpus = mergeEntities({ articles: [a], skipped: [], stories: [story] });
    const quotes = storyQuotesJson(
      story,
      { ...corpus, quotes: storyQuotes(corpus) },
      new Map([["a.txt", a]]),
    )!;
    const [editorial] = quotes[0]!.occurrences[0]!.editorial;
    expect(editorial?.text).toBe("[the council]");
    expect(a.original.slice(editorial!.start, editorial!.end)).toBe("[the council]");
  });
});

describe("a story of many reprints", () => {
  it("gathers one quote carried word for word by every article, with no variants", () => {
    const ids = Array.from({ length: 60 }, (_, i) => `r${i}.txt`);
    const articles = ids.map((id, i) =>
      articleFromText(
        `Port news, edition ${i}.\n\n“The quay will reopen on Friday,” harbour master Ilsa Varnholt said.`,
        { id, source: id, outlet: `Outlet ${i}`, published: "2031-05-06" },
      ),
    );
    const story = { id: "s1", label: "", articles: ids, from: null, to: null };
    const corpus: Corpus = mergeEntities({ articles, skipped: [], stories: [story] });
    const quay = storyQuotes(corpus).filter((q) => q.text.includes("quay"));
    expect(quay).toHaveLength(1);
    expect(quay[0]!.occurrences).toHaveLength(60);
    expect(quay[0]!.variants).toEqual([]);
    expect(quay[0]!.altered).toEqual([]);
  });
});
