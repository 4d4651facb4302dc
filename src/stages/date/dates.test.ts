import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { dateCues, tenseAround } from "./01-cues.js";
import { inferPublished } from "./02-infer.js";
import { batchAnchor, inferDates } from "./dates.js";
import { defaultContext } from "../../pipeline/context.js";
import type { Article, Corpus, RawArticle } from "../../model/index.js";

const TODAY = "2026-11-23";
const infer = (text: string, anchor: string | null): string | null =>
  inferPublished(dateCues(articleFromText(text)), anchor, TODAY)?.day ?? null;

describe("tenseAround", () => {
  const at = (s: string, w: string) => tenseAround(s, s.indexOf(w), w.length);
  it.each([
    ["The adviser said Sunday that officials will meet this week.", "Sunday", "past"],
    ["Vance will be in Paris on Monday for a summit.", "Monday", "future"],
    ["On Wednesday, Hegseth will join the forum.", "Wednesday", "future"],
    ["In a Monday interview with Reuters, Kellogg refrained from confirming it.", "Monday", "past"],
    ["The U.S. leader on Monday said they were eager.", "Monday", "past"],
    ["The conference is scheduled for Feb. 14-16.", "Feb. 14-16", "future"],
  ])("%s → %s is %s", (s, w, t) => expect(at(s, w)).toBe(t));
});

describe("inferPublished", () => {
  it("dates a report on the day of the latest past weekday it names, in the anchor's week", () => {
    const text =
      "The adviser said Sunday that officials will meet this week.\n\nThe vice president will be in Paris on Monday for a summit.";
    // 2025-02-11 is a Tuesday: the Sunday before is the 9th.
    expect(infer(text, "2025-02-11")).toBe("2025-02-09");
  });

  it("takes the latest past event among several cues", () => {
    const text =
      "Trump said on Sunday that talks went well.\n\nIn an interview on Monday, the envoy declined to confirm the plan.";
    expect(infer(text, "2025-02-11")).toBe("2025-02-10");
  });

  it("resolves month-day mentions without a year against the anchor", () => {
    const text =
      "The adviser said on Feb. 9 that aid would be discussed. The conference is scheduled for Feb. 14-16.";
    expect(infer(text, "2025-02-11")).toBe("2025-02-09");
  });

  it("reads a dateline with its place in ordinary case, a colon or a double hyphen", () => {
    expect(infer("Lakeside, Ore., Feb. 18: The dam held.\n\nMore.", "2026-02-17")).toBe(
      "2026-02-18",
    );
    expect(infer("Harbourton, Mar. 4 (Northwire)--The port reopened.", "2026-03-05")).toBe(
      "2026-03-04",
    );
  });

  it("reads a day-first dateline with a region in brackets", () => {
    expect(infer("NEW HARBOUR [Ruritania], 3 March (Northwire): Talks began.", "2026-03-02")).toBe(
      "2026-03-03",
    );
  });

  it("takes a dateline's year from the anchor only when the anchor is near", () => {
    expect(infer("Lakeside, Feb. 18: The dam held.", "2026-09-30")).toBeNull();
  });

  it("reads a dateline", () => {
    expect(infer("MERROWBY, England, March 17 (Kestrel) – A fire broke out.", "2026-03-18")).toBe(
      "2026-03-17",
    );
    expect(infer("OSLO, Feb 3, 2024 (Northwire) – Talks began.", null)).toBe("2024-02-03");
  });

  it("dates nothing from weekdays alone without an anchor", () => {
    expect(infer("The mayor said on Tuesday that the bridge would reopen.", null)).toBeNull();
  });

  it("uses the text's own full dates as an anchor when the batch has none", () => {
    expect(infer("The plant said on Tuesday, March 17, 2026, that the fire was out.", null)).toBe(
      "2026-03-17",
    );
  });

  it("takes no full date for the text's own when it names none of its weekdays", () => {
    // June 4, 2008 was a Wednesday: the Tuesday the text speaks of is another week's.
    const text =
      "Vell seemed defiant on Tuesday night. On June 4, 2008, he had decided to back the plan.";
    expect(infer(text, null)).toBeNull();
    // With the batch's date, the Tuesday is read near it instead.
    expect(infer(text, "2016-06-09")).toBe("2016-06-07");
  });

  it("takes no full date for the text's own when it names a later year", () => {
    expect(
      infer("On Tuesday, March 3, 2015, the senator spoke. In 2016, she lost the race.", null),
    ).toBeNull();
    expect(infer("On Tuesday, March 3, 2015, the senator spoke.", null)).toBe("2015-03-03");
    // A later year still to come says nothing of when the text was written.
    expect(
      infer("On Tuesday, March 3, 2015, the senator spoke. In 2016, she will run again.", null),
    ).toBe("2015-03-03");
  });

  it("never dates an article after today", () => {
    expect(
      inferPublished(dateCues(articleFromText("It was announced on March 17, 2027.")), null, TODAY)
        ?.day ?? null,
    ).toBeNull();
  });
});

describe("batchAnchor", () => {
  it("is the middle date of a batch from one news cycle", () => {
    expect(batchAnchor(["2025-02-11", "2025-02-09", "2025-02-12"])).toBe("2025-02-11");
  });
  it("is nothing for a feed spread over months", () => {
    expect(batchAnchor(["2025-01-01", "2025-03-01", "2025-05-01", "2025-07-01"])).toBeNull();
  });
});

describe("inferDates", () => {
  const TODAY_CTX = defaultContext({ today: TODAY });
  const corpusOf = (items: (Partial<RawArticle> & { text: string })[]): Corpus => {
    const articles: Article[] = items.map((t, i) =>
      articleFromText(t.text, { id: `a${i}`, source: `a${i}`, ...t }),
    );
    return {
      articles,
      skipped: [],
      stories: [
        { id: "s", label: "Harbour", articles: articles.map((a) => a.id), from: null, to: null },
      ],
    };
  };
  const DATED = [
    { text: "The ferry resumed.", published: "2026-02-06" },
    { text: "The ferry resumed again.", published: "2026-02-05" },
  ];
  const run = (item: Partial<RawArticle> & { text: string }): Article =>
    inferDates(corpusOf([...DATED, item]), TODAY_CTX).articles[2]!;

  it("corrects a date line with month and day swapped, judged against the story", () => {
    const a = run({ text: "The ferry resumed on Thursday.", published: "2026-06-02" });
    expect([a.published, a.publishedFrom]).toEqual(["2026-02-06", "metadata"]);
  });

  it("drops a metadata day its own dateline contradicts, or reads it swapped if that agrees", () => {
    const contradicted = run({ text: "LAKESIDE, Feb. 9 – The dam held.", published: "2026-02-05" });
    expect([contradicted.published, contradicted.publishedFrom]).toEqual([null, null]);
    const agrees = run({ text: "LAKESIDE, Feb. 4 – The dam held.", published: "2026-02-05" });
    expect(agrees.published).toBe("2026-02-05");
    const swapped = run({ text: "LAKESIDE, Feb. 6 – The dam held.", published: "2026-06-02" });
    expect(swapped.published).toBe("2026-02-06");
  });

  it("keeps a date far from its story when the address states it", () => {
    const a = run({
      text: "The ferry resumed.",
      published: "2026-06-02",
      url: "https://harbourpost.example/2026/06/02/ferry",
    });
    expect(a.published).toBe("2026-06-02");
  });

  it("believes a six-digit address segment only next to its story's dates", () => {
    const near = run({ text: "The ferry resumed.", url: "https://hp.example/en/260207/1/x" });
    expect([near.published, near.publishedFrom]).toEqual(["2026-02-07", "metadata"]);
    const far = run({ text: "The ferry resumed.", url: "https://hp.example/en/260917/1/x" });
    expect(far.published).toBeNull();
  });

  it("reads a byline's date as the text's", () => {
    const a = run({
      text: "Ferry returns\n\nBy Ana Lund | February 7, 2026 6:10 PM\n\nThe ferry resumed on Monday.",
    });
    expect([a.published, a.publishedFrom]).toEqual(["2026-02-07", "text"]);
  });

  it("reads the timestamp of a whole page's head, below its menus, and not a teaser's", () => {
    const menu = ["Home", "World", "Business", "Harbour", "Weather", "Sport", "Culture", "Opinion"];
    // a list of other stories, kept as text, the last with its date
    const teasers = [
      "Tram line to reopen after storm repairs",
      "Council votes on the new harbour wall plan",
      "Fishing quotas cut for the coming season",
      "School meals to cost more from April",
      "Lighthouse keeper retires after forty years",
      "Record crowd at the winter market",
      "Bridge tolls to rise again next month",
      "February 2, 2026",
    ];
    const lede =
      "The ferry between Tarnby and the island resumed on Monday after three weeks of repairs to the pier and the landing stage, the operator said in a statement.";
    const sections = ["Travel", "Food", "Books", "Music", "Film", "Science", "Health", "Money"];
    const head = ["Ferry returns", "Ana Lund", "Feb. 7, 2026 6:10 PM EST"];
    const page = [...menu, ...teasers, ...menu, ...sections, ...head, lede, "More to come."];
    const a = run({ text: page.join("\n\n") });
    expect([a.published, a.publishedFrom]).toEqual(["2026-02-07", "text"]);
    // dated teasers just above the story: which date is its own is not sure, so none is taken
    const listed = [...menu, ...head, ...teasers, "February 3, 2026", lede];
    expect(run({ text: listed.join("\n\n") }).publishedFrom).not.toBe("text");
  });

  it("reads the date of a writer's line right above a whole page's story", () => {
    const menu = ["Home", "World", "Business", "Harbour", "Weather", "Sport", "Culture", "Opinion"];
    const lede =
      "The ferry between Tarnby and the island resumed on Monday after three weeks of repairs to the pier and the landing stage, the operator said in a statement.";
    const head = ["Ferry returns to Tarnby", "Ana Lund - Feb 7, 2026, 10:31 pm CST", "0"];
    const a = run({ text: [...menu, ...head, lede].join("\n\n") });
    expect([a.published, a.publishedFrom]).toEqual(["2026-02-07", "text"]);
  });

  it("reads a byline's date written in figures when the line makes the order plain", () => {
    const byline = (date: string): Article =>
      run({ text: `Ferry returns\n\nBy Ana Lund - ${date}\n\nThe ferry resumed on Monday.` });
    expect(byline("02/07/26 06:56 AM EST").published).toBe("2026-02-07");
    expect(byline("17/02/2026").published).toBe("2026-02-17");
    // day first or month first? nothing in the line says: no date from it
    expect(byline("02/07/2026").publishedFrom).not.toBe("text");
  });

  it("reads a date a head line labels, where the line is not a byline", () => {
    const a = run({
      text: "Ferry returns\n\nAna Lund · Published February 7, 2026 · 3 min read\n\nThe ferry resumed on Monday.",
    });
    expect([a.published, a.publishedFrom]).toEqual(["2026-02-07", "text"]);
    const unlabelled = run({ text: "Ferry returns\n\nThe plant opened on February 7, 2026." });
    expect(unlabelled.publishedFrom).not.toBe("text");
  });

  it("gives a day placed by weekdays only as an estimate, not a date", () => {
    const a = run({ text: "The mayor said on Thursday that the ferry resumed." });
    expect(a.published).toBeNull();
    expect(a.dateEstimate).toBe("2026-02-05");
  });

  it("dates a text that names the day of its events and speaks of it as today", () => {
    const today = run({ text: "The ferry resumed on Feb. 7. Crews will stay tonight." });
    expect([today.published, today.publishedFrom]).toEqual(["2026-02-07", "text"]);
    const after = run({ text: "The ferry resumed yesterday (Feb. 7). Crews stay tonight." });
    expect(after.published).toBeNull();
  });
});
