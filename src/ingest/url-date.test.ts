import { describe, expect, it } from "vitest";
import { metadataDate, shortUrlDates, swapDayMonth, urlDate } from "./url-date.js";

describe("urlDate", () => {
  it.each([
    ["https://harbourpost.example/news/2026/03/17/ferry-returns", "2026-03-17"],
    ["https://harbourpost.example/story/2026-03-17/ferry-returns", "2026-03-17"],
    ["https://harbourpost.example/ferry-returns-881234-2026-03-17", "2026-03-17"],
    ["https://harbourpost.example/articles/172146/20260317/ferry-returns.htm", "2026-03-17"],
    ["https://harbourpost.example/news/ferry-returns-20260317/", "2026-03-17"],
    ["https://harbourpost.example/world/2026/mar/17/ferry-returns", "2026-03-17"],
    ["https://harbourpost.example/stories/2026/Sept/7/ferry-returns/", "2026-09-07"],
  ])("%s → %s", (url, day) => {
    expect(urlDate(url)).toBe(day);
  });

  it.each([
    // an id that holds a date among other digits, a month without a day, an impossible day
    "https://harbourpost.example/news/hpx2026031700779/ferry",
    "https://harbourpost.example/nachrichten-2026-03/64709836-ferry.htm",
    "https://harbourpost.example/2026/02/30/ferry",
    "https://harbourpost.example/2026/feb/30/ferry",
    // a word that opens like a month is not one
    "https://harbourpost.example/2026/marching/17/ferry",
    "https://harbourpost.example/article/118339057.cms",
    // two dates that disagree say nothing sure
    "https://harbourpost.example/2026/03/17/archive-2026-03-20",
    // a six-digit segment may be an id: not on its own
    "https://harbourpost.example/en/tech/260317/1625/ferry.html",
    "not an address",
  ])("no date in %s", (url) => {
    expect(urlDate(url)).toBeNull();
  });
});

describe("shortUrlDates", () => {
  it("offers six-digit segments that read as days, and only those", () => {
    expect(shortUrlDates("https://harbourpost.example/en/tech/260317/16258/ferry.html")).toEqual([
      "2026-03-17",
    ]);
    expect(shortUrlDates("https://harbourpost.example/en/tech/269917/ferry.html")).toEqual([]);
  });
});

describe("metadataDate", () => {
  const url = "https://harbourpost.example/2026/02/06/ferry";
  it("trusts a record's date field first", () => {
    expect(metadataDate({ field: "2026-02-07", dateLine: "2026-02-06", url })).toBe("2026-02-07");
  });
  it("takes the address's date and the date line when they agree, or either alone", () => {
    expect(metadataDate({ dateLine: "2026-02-06", url })).toBe("2026-02-06");
    expect(metadataDate({ url })).toBe("2026-02-06");
    expect(metadataDate({ dateLine: "2026-02-06" })).toBe("2026-02-06");
  });
  it("reads a date line with month and day swapped as the address's date", () => {
    expect(metadataDate({ dateLine: "2026-06-02", url })).toBe("2026-02-06");
  });
  it("gives no date when the two disagree otherwise", () => {
    expect(metadataDate({ dateLine: "2026-02-09", url })).toBeNull();
  });
  it("swaps month and day", () => {
    expect(swapDayMonth("2026-06-02")).toBe("2026-02-06");
    expect(swapDayMonth("2026-06-17")).toBeNull();
    expect(swapDayMonth("2026-03-03")).toBeNull();
  });
});
