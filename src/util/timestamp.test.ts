import { describe, expect, it } from "vitest";
import { datesInLine, isDatedByline, isTimestampLine, publishedInLine } from "./timestamp.js";

describe("isTimestampLine", () => {
  it.each([
    "June 3, 2026 6:10 PM",
    "Updated: June 3, 2026 6:10 PM EDT",
    "Published 3 June 2026, 18:10 BST | Updated 4 June 2026",
    "Tuesday 17 March 2026, 6.20pm",
    "2026-06-03 10:00",
    "March 17, 2026 / 12:21 AM / Updated 14 hours ago",
  ])("%s is one", (line) => {
    expect(isTimestampLine(line)).toBe(true);
  });
  it.each([
    "The fire started on June 3, 2026.",
    "Out June 3, 2026",
    "June 3 6:10 PM", // no year: nothing sure
    "By Ana Lund · June 3, 2026",
    "Updated 14 hours ago", // no date at all
  ])("%s is not", (line) => {
    expect(isTimestampLine(line)).toBe(false);
  });
});

describe("publishedInLine", () => {
  it("prefers the filing date to the update's", () => {
    expect(publishedInLine("Published 3 June 2026 | Updated: 4 June 2026")).toBe("2026-06-03");
    expect(publishedInLine("Updated: 4 June 2026")).toBe("2026-06-04");
  });
  it("reads 'updated on' as a revision's label", () => {
    expect(publishedInLine("Posted June 3, 2026. Last updated on June 5, 2026")).toBe("2026-06-03");
  });
  it("marks dates a label stands before", () => {
    expect(datesInLine("Ana Lund · Published June 3, 2026 · 3 min read")[0]!.labelled).toBe(true);
    expect(datesInLine("The plant opened on June 3, 2026.")[0]!.labelled).toBe(false);
  });
  it("gives nothing when two filing dates disagree", () => {
    expect(publishedInLine("June 3, 2026 and June 5, 2026")).toBeNull();
  });
  it("finds every full date", () => {
    expect(datesInLine("By Ana Lund · June 3, 2026 6:10 PM").map((d) => d.day)).toEqual([
      "2026-06-03",
    ]);
  });
});

describe("dates in figures", () => {
  const days = (line: string): string[] => datesInLine(line).map((d) => d.day);
  it("reads the order a number above 12 makes plain", () => {
    expect(days("17/03/2026 09:40")).toEqual(["2026-03-17"]);
    expect(days("21:17 17.03.2026")).toEqual(["2026-03-17"]);
    expect(days("03.17.2026 09:00 AM")).toEqual(["2026-03-17"]);
  });
  it("reads the month first beside an American time zone, with a two-digit year", () => {
    expect(days("By Ana Lund - 03/04/26 06:56 AM EST")).toEqual(["2026-03-04"]);
    expect(days("On 3/4/26 at 4:00 PM ET")).toEqual(["2026-03-04"]);
  });
  it("gives nothing when the order is not plain or the day impossible", () => {
    expect(days("03/04/2026 10:00")).toEqual([]);
    expect(days("31/31/2026")).toEqual([]);
  });
  it("does not read a date inside a longer run of figures", () => {
    expect(days("version 1.2.3.26")).toEqual([]);
    expect(days("2026.03.17")).toEqual(["2026-03-17"]);
  });
  it("makes a line that holds only such a timestamp a timestamp line", () => {
    expect(isTimestampLine("On 3/17/26 at 4:00 PM EST")).toBe(true);
    expect(isTimestampLine("Score: 3/17/26")).toBe(false);
  });
});

describe("ISO times and dated bylines", () => {
  it("reads a date with an ISO time run on, and such a line is a timestamp", () => {
    expect(datesInLine("2026-03-17T18:10:00Z").map((d) => d.day)).toEqual(["2026-03-17"]);
    expect(isTimestampLine("2026-03-17T18:10:00+01:00")).toBe(true);
  });
  it.each([
    "Chris Vell - Mar 17, 2026, 10:31 pm CST",
    "By Ana Lund March 17, 2026, 07:47 PM EST",
    "5:45 AM PST 03/17/2026 by Ana Lund",
    "Written by Ana Lund, MS, RD on March 17, 2026",
  ])("a writer's name beside a timestamp: %s", (line) => {
    expect(isDatedByline(line)).toBe(true);
    expect(isTimestampLine(line)).toBe(false);
  });
  it.each([
    "The ferry resumed on March 17, 2026.",
    "March 17, 2026 6:10 PM", // a timestamp alone is not a byline
    "Ana Lund · March 17, 2026 · March 19, 2026", // two days
    "by admin - 2026-03-17 and then the ferry resumed",
  ])("not a dated byline: %s", (line) => {
    expect(isDatedByline(line)).toBe(false);
  });
});
