import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Story, StoryFigure, StoryQuote } from "../../model/index.js";
import { articleSentences } from "./01-sentences.js";
import { attributionOf, SpokenIndex, storyClaims } from "./03-claims.js";
import { mergeEntities } from "../entities/entities.js";
import { storyQuotes } from "../quotes/04-story-quotes.js";
import { originMap } from "../../model/reuse.js";
import { storyCoverage } from "./04-coverage.js";
import { undatedWarnings } from "../../brief/claims.js";
import { articleTemporal } from "../timeline/timeline.js";

const harbour = articleFromText(
  "The harbour authority closed the eastern quay on Tuesday after a warehouse fire.\n\n" +
    "Mayor Ilsa Varnholt said the quay would reopen within a week.\n\n" +
    "Firefighters from three towns fought the blaze for six hours before dawn.",
  { id: "harbour", outlet: "Harbour Post", published: "2031-05-06" },
);
const gazette = articleFromText(
  "On Tuesday the harbour authority shut the eastern quay following a fire at a warehouse.\n\n" +
    "Local shopkeepers worried about losing their summer trade to the closure.",
  { id: "gazette", outlet: "Lindholm Gazette", published: "2031-05-06" },
);
const copy = articleFromText(
  "The harbour authority closed the eastern quay on Tuesday after a warehouse fire.\n\n" +
    "Mayor Ilsa Varnholt said the quay would reopen within a week.",
  { id: "copy", outlet: "Coast Daily", published: "2031-05-07" },
);
const story: Story = {
  id: "s",
  label: "quay fire",
  articles: ["harbour", "gazette", "copy"],
  from: null,
  to: null,
};
const origins = originMap([{ origin: "harbour", members: ["harbour", "copy"] }]);

describe("claims", () => {
  const { claims } = storyClaims(story, [harbour, gazette, copy], origins, [], []);
  const closed = claims.find((c) => c.text.includes("eastern quay"))!;

  it("aligns the same fact in other words across articles, and counts a copy with its origin", () => {
    expect([...closed.articles].sort()).toEqual(["copy", "gazette", "harbour"]);
    expect(closed.independentSources).toBe(2);
    expect(closed.status).toBe("corroborated");
    expect(closed.sources.map((s) => s.article)).toHaveLength(3);
  });

  it("counts a claim only an origin and its copy state as one source", () => {
    const reopen = claims.find((c) => c.text.includes("reopen"))!;
    expect(reopen.articles).toEqual(["harbour", "copy"]);
    expect(reopen.independentSources).toBe(1);
    expect(reopen.status).toBe("single-source");
  });

  it("ranks claims with more independent sources first and marks key claims", () => {
    expect(claims[0]).toBe(closed);
    expect(closed.key).toBe(true);
  });

  it("marks a claim contested when it carries a conflicting figure", () => {
    const sentence = harbour.sentences[2]!;
    const figure = {
      id: "s/figure-1.1",
      story: "s",
      agreement: "conflicting",
      conflictsWith: ["s/figure-1.2"],
      about: "hours",
      occurrences: [
        {
          article: "harbour",
          start: sentence.start + 50,
          end: sentence.start + 59,
          text: "six hours",
        },
      ],
    } as unknown as StoryFigure;
    const other = {
      ...figure,
      id: "s/figure-1.2",
      conflictsWith: [figure.id],
      occurrences: [{ article: "gazette", start: 0, end: 10, text: "nine hours" }],
    } as unknown as StoryFigure;
    const read = storyClaims(story, [harbour, gazette, copy], origins, [figure, other], []);
    const fought = read.claims.find((c) => c.text.includes("six hours"))!;
    expect(fought.status).toBe("contested");
    expect(fought.contestedBy[0]).toBe(
      "conflicting figure: six hours (hours), against nine hours in gazette",
    );
  });

  it("does not join sentences that give different numbers of one thing", () => {
    const county = (id: string, count: string) =>
      articleFromText(
        `The county said ${count} homes in Brenholt were still without power after the storm.`,
        { id, published: "2031-05-06" },
      );
    const storyOf = (ids: string[]): Story => ({ ...story, articles: ids });
    const differ = [county("a", "439"), county("b", "71")];
    const apart = storyClaims(storyOf(["a", "b"]), differ, new Map(), [], []);
    expect(apart.claims.map((c) => c.articles)).toEqual([["a"], ["b"]]);
    const agree = [county("a", "439"), county("c", "about 440")];
    const joined = storyClaims(storyOf(["a", "c"]), agree, new Map(), [], []);
    expect(joined.claims.map((c) => [...c.articles].sort())).toEqual([["a", "c"]]);
    expect(joined.claims[0]!.status).toBe("corroborated");
  });

  it("reports what each article carries and what only it has", () => {
    const quotes = [] as StoryQuote[];
    const cov = storyCoverage(story, [harbour, gazette, copy], origins, claims, quotes);
    const g = cov.find((c) => c.article === "gazette")!;
    expect(g.keyClaims).toContain(closed.id);
    const shop = claims.find((c) => c.text.includes("shopkeepers"))!;
    expect(g.onlyClaims).toContain(shop.id);
    expect(cov.find((c) => c.article === "harbour")!.missingClaims).toContain(shop.id);
  });
});

describe("claim sentences", () => {
  it("marks a sentence inside a longer quotation as a fragment, and a headline as incomplete", () => {
    const a = articleFromText(
      'Quay to reopen next week\n\n"We will rebuild the warehouse. It will take a year," Varnholt said.',
    );
    const s = articleSentences(a, 0);
    expect(s.find((x) => x.text.startsWith("Quay"))?.complete).toBe(false);
    expect(s.find((x) => x.text.startsWith('"We will'))?.fragment).toBe(true);
  });
});

describe("undated warnings", () => {
  it("warns of articles with no date of their own", () => {
    const byId = new Map([harbour, gazette].map((a) => [a.id, a]));
    const undated = articleFromText("The quay stayed shut on Wednesday.", { id: "u" });
    byId.set("u", undated);
    const w = undatedWarnings({ ...story, articles: ["harbour", "gazette", "u"] }, byId);
    expect(w).toHaveLength(1);
    expect(w[0]!.articles).toEqual(["u"]);
  });
});

describe("conflicting dates", () => {
  const dated = (id: string, text: string) => {
    const a = articleFromText(text, { id, outlet: id, published: "2031-05-08" });
    return { ...a, temporal: articleTemporal(a) };
  };
  const tuesday = dated(
    "tuesday",
    "The harbour authority closed the eastern quay on Tuesday after a warehouse fire.",
  );
  const monday = dated(
    "monday",
    "The harbour authority closed the eastern quay on Monday after a warehouse fire.",
  );
  const twoStory: Story = { ...story, articles: ["tuesday", "monday"] };

  it("contests a claim two independent sources put on different days", () => {
    const { claims } = storyClaims(twoStory, [tuesday, monday], new Map(), [], []);
    const closed = claims.find((c) => c.text.includes("eastern quay"))!;
    expect(closed.articles).toHaveLength(2);
    expect(closed.status).toBe("contested");
    expect(closed.contestedBy.join(" ")).toMatch(/conflicting date.*2031-05-06.*2031-05-05/);
  });

  it("does not contest a copy that repeats its origin's day", () => {
    const again = dated(
      "again",
      "The harbour authority closed the eastern quay on Tuesday after a warehouse fire.",
    );
    const { claims } = storyClaims(
      { ...story, articles: ["tuesday", "again"] },
      [tuesday, again],
      new Map(),
      [],
      [],
    );
    expect(claims.find((c) => c.text.includes("eastern quay"))!.status).toBe("corroborated");
  });
});

describe("claims attributed to their speakers", () => {
  const ferry = (id: string, text: string) =>
    articleFromText(`${text}\n\nFishing boats stayed in the harbour for the whole of the week.`, {
      id,
      outlet: `Outlet ${id}`,
      published: "2031-05-06",
    });
  const a = ferry("a", "The ferry will run twice a day until the spring, the port authority said.");
  const b = ferry("b", "The ferry will run twice a day until the spring, the port authority said.");
  const pair: Story = { id: "p", label: "ferry", articles: ["a", "b"], from: null, to: null };
  const corpus = mergeEntities({ articles: [a, b], skipped: [], stories: [pair] });
  const quotes = storyQuotes(corpus);
  const { claims } = storyClaims(pair, [a, b], new Map(), [], quotes);

  it("gives a claim to the speaker whose statement makes up its sentences, and no one else's", () => {
    const ferryClaim = claims.find((c) => c.text.includes("ferry"))!;
    expect(ferryClaim.attribution.map((x) => [x.speaker, x.sentences])).toEqual([
      ["the port authority", 2],
    ]);
    const statement = quotes.find((q) => q.id === ferryClaim.attribution[0]!.quote)!;
    expect(statement.kind).toBe("indirect");
    expect(statement.independentSources).toBe(2);
    const boats = claims.find((c) => c.text.includes("Fishing boats"))!;
    expect(boats.attribution).toEqual([]);
  });

  it("leaves out a speaker whose words are a small part of the sentence", () => {
    const span = { article: "x", start: 0, end: 100, text: "" };
    const quote = (id: string, speaker: string, start: number, end: number): StoryQuote => ({
      id,
      story: "p",
      text: "",
      speaker,
      speakerEntity: null,
      kind: "indirect",
      occurrences: [
        {
          span: { article: "x", start, end, text: "" },
          part: null,
          kind: "indirect",
          venue: null,
          when: null,
          cue: null,
          speakerText: speaker,
          text: "",
        },
      ],
      first: "x",
      independentSources: 1,
      variants: [],
      altered: [],
      turnedIndirect: [],
      reattributed: [],
    });
    const spoken = new SpokenIndex();
    spoken.add({
      span: { article: "x", start: 0, end: 70, text: "" },
      quote: quote("q1", "Ana Ruiz", 0, 70),
    });
    spoken.add({
      span: { article: "x", start: 70, end: 95, text: "" },
      quote: quote("q2", "Bo Lind", 70, 95),
    });
    expect(attributionOf([span], spoken).map((x) => x.speaker)).toEqual(["Ana Ruiz"]);
  });
});

describe("the index of spoken spans", () => {
  const quote = { id: "q", speaker: "Ana Ruiz" } as unknown as Parameters<
    SpokenIndex["add"]
  >[0]["quote"];
  const at = (article: string, start: number, end: number) => ({
    span: { article, start, end, text: "" },
    quote,
  });
  it("finds the occurrences a span overlaps, in the order they were added, across blocks", () => {
    const index = new SpokenIndex();
    const long = at("x", 10, 5000); // a quotation over several blocks of text
    const near = at("x", 3000, 3100);
    const before = at("x", 0, 10); // ends where the span starts: no overlap
    const other = at("y", 3000, 3100); // another article
    for (const o of [long, near, before, other]) index.add(o);
    expect(index.overlapping({ article: "x", start: 2990, end: 3050, text: "" })).toEqual([
      long,
      near,
    ]);
    expect(index.overlapping({ article: "x", start: 10, end: 20, text: "" })).toEqual([long]);
    expect(index.overlapping({ article: "x", start: 6000, end: 6100, text: "" })).toEqual([]);
    expect(index.overlapping({ article: "z", start: 0, end: 100, text: "" })).toEqual([]);
  });
});
