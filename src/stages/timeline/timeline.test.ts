import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Corpus } from "../../model/index.js";
import { defaultContext } from "../../pipeline/context.js";
import { inferDates } from "../date/dates.js";
import { findTemporal } from "../temporal/01-find.js";
import { resolveAll } from "./02-resolve.js";
import { buildTimeline } from "./timeline.js";

/** Each expression of a text as [its words, its value], resolved against `dct`. */
const values = (text: string, dct: string): [string, string][] =>
  resolveAll(text, findTemporal(text), dct).map((r) => [text.slice(r.start, r.end), r.value]);

// 2026-03-19 is a Thursday.
const DCT = "2026-03-19";

describe("temporal expressions", () => {
  it("reads a weekday by its tense: the one before for the past, after for the future", () => {
    expect(values("Mayor Ilsa Varnholt said on Sunday that the port was safe.", DCT)).toEqual([
      ["Sunday", "2026-03-15"],
    ]);
    expect(values("The harbour board will meet on Wednesday.", DCT)).toEqual([
      ["Wednesday", "2026-03-25"],
    ]);
    expect(values("The board met last Thursday and will meet next Thursday.", DCT)).toEqual([
      ["last Thursday", "2026-03-12"],
      ["next Thursday", "2026-03-26"],
    ]);
  });

  it("reads no year in a time of day, a price, a size or a frequency", () => {
    expect(
      values(
        "Near 1620 GMT the $1649 model, with its 1440 x 900 screen and 1600 MHz memory, went on sale as in 2012.",
        DCT,
      ),
    ).toEqual([["2012", "2012"]]);
  });

  it("reads no year in a house number", () => {
    expect(
      values("Protesters marched to 1600 Pennsylvania Avenue and to 1850 K St. in 2015.", DCT),
    ).toEqual([["2015", "2015"]]);
    // A year before a capitalised name that is not a street stays a year.
    expect(values("In 1998 Congress passed the act.", DCT)).toEqual([["1998", "1998"]]);
  });

  it("reads a range of days with its end", () => {
    const r = resolveAll(
      "The fair is scheduled for Feb. 14-16.",
      findTemporal("The fair is scheduled for Feb. 14-16."),
      "2026-02-11",
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({
      value: "2026-02-14",
      date: "2026-02-14",
      until: "2026-02-16",
      precision: "day",
      future: true,
    });
  });

  it("reads months at month precision", () => {
    const text = "The agency warned the firm last month; inspectors came in January.";
    const r = resolveAll(text, findTemporal(text), DCT);
    expect(r.map((x) => [x.value, x.precision])).toEqual([
      ["2026-02", "month"],
      ["2026-01", "month"],
    ]);
    expect(values("The Harbour Post reported it in December.", "2026-02-10")).toEqual([
      ["December", "2025-12"],
    ]);
  });

  it("follows relative chains from the last day named", () => {
    const text =
      "The ferry ran aground on March 3. The following day, divers inspected the hull. Two days later the port reopened.";
    expect(values(text, DCT)).toEqual([
      ["March 3", "2026-03-03"],
      ["The following day", "2026-03-04"],
      ["Two days later", "2026-03-06"],
    ]);
  });

  it("reads TimeML values for durations, sets, times of day and vague references", () => {
    expect(values("Prices rose for three years, and now fall daily.", DCT)).toEqual([
      ["three years", "P3Y"],
      ["now", "PRESENT_REF"],
      ["daily", "P1D"],
    ]);
    expect(
      values("Profit fell in the third quarter, as it did in the 1990s.", "1989-10-26"),
    ).toEqual([
      ["the third quarter", "1989-Q3"],
      ["the 1990s", "199"],
    ]);
    expect(values("Crews arrived at 4.43am yesterday and left this afternoon.", DCT)).toEqual([
      ["4.43am", "2026-03-19T04:43"],
      ["yesterday", "2026-03-18"],
      ["this afternoon", "2026-03-19TAF"],
    ]);
    expect(values("Sales were down last year and two weeks ago.", DCT)).toEqual([
      ["last year", "2025"],
      ["two weeks ago", "2026-W10"],
    ]);
  });
});

describe("timeline stage", () => {
  const corpusOf = (texts: { id: string; text: string; published: string | null }[]): Corpus => {
    const articles = texts.map((t) =>
      articleFromText(t.text, { id: t.id, source: t.id, published: t.published }),
    );
    return {
      articles,
      skipped: [],
      stories: [
        { id: "s1", label: "Harbour", articles: articles.map((a) => a.id), from: null, to: null },
      ],
    };
  };

  it("merges one event told by two articles, reading an undated one against its story's estimate", () => {
    const corpus = corpusOf([
      {
        id: "a",
        text: "Mayor Ilsa Varnholt closed the harbour on Monday after the storm damaged the pier.",
        published: "2026-03-19",
      },
      {
        id: "b",
        text: "Mayor Ilsa Varnholt said on Monday she closed the harbour after the storm damaged the pier.",
        published: null,
      },
    ]);
    const dated = inferDates(corpus, defaultContext({ today: "2026-11-23" }));
    // Placed by a weekday only: an estimate to read "Monday" against, not a publication date.
    expect(dated.articles[1]!.published).toBeNull();
    expect(dated.articles[1]!.dateEstimate).toBe("2026-03-16");
    const out = buildTimeline(dated);
    const monday = out.timeline!.filter((e) => e.date === "2026-03-16");
    expect(monday).toHaveLength(1);
    expect([...monday[0]!.articles].sort()).toEqual(["a", "b"]);
    expect(monday[0]!.sources).toHaveLength(2);
    expect(monday[0]!.scheduled).toBe(false);
  });

  it("marks an event still to come as scheduled, and leaves an article without a date out", () => {
    const corpus = corpusOf([
      {
        id: "a",
        text: "The harbour board will vote on the new pier on Friday.",
        published: "2026-03-19",
      },
      { id: "c", text: "Nobody knows when the board met.", published: null },
    ]);
    const out = buildTimeline(corpus);
    expect(out.timeline).toHaveLength(1);
    expect(out.timeline![0]).toMatchObject({ date: "2026-03-20", scheduled: true });
    expect(out.articles[1]!.temporal).toEqual([]);
  });

  it("dates an undated article's events only by the dates that name their year", () => {
    const corpus = corpusOf([
      {
        id: "u",
        text: "On June 4, 2008, Tomas Vell backed the pier plan. He spoke again on Tuesday night.\n\nFriday, June 6, 2008.",
        published: null,
      },
    ]);
    const out = buildTimeline(corpus);
    expect(out.articles[0]!.temporal!.map((t) => t.text)).toEqual([
      "June 4, 2008",
      "Friday, June 6, 2008",
    ]);
    // A line that is only a date (a correction's, a stamp's) is no event.
    expect(out.timeline!.map((e) => e.date)).toEqual(["2008-06-04"]);
  });
});
