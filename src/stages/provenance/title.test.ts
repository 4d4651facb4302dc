import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { slugWords } from "../../sites/address-headline.js";

describe("slugWords", () => {
  it("reads the headline words an address spells out, without ids and endings", () => {
    expect(
      slugWords("https://hp.example/2026/03/17/ferry-returns-after-repairs-881234.html"),
    ).toEqual(["ferry", "returns", "after", "repairs"]);
    expect(slugWords("https://hp.example/news/Ferry-s-return-delayed-a-week-14848164.php")).toEqual(
      ["ferry", "return", "delayed", "week"],
    );
  });
  it("gives nothing for an address without a headline in it", () => {
    expect(slugWords("https://hp.example/news/world-europe-50473792")).toEqual([]);
    expect(slugWords("https://hp.example/article/118339057.cms")).toEqual([]);
    expect(slugWords(null)).toEqual([]);
  });
});

describe("titles of whole pages", () => {
  const menu = "Skip to content\nYour privacy is important to us\nHome\nNews\nSport\nWeather";
  const story =
    "Ferry returns to Tarnby after three weeks of repairs\nBy Ana Lund\nThe ferry between Tarnby and the island resumed on Monday after three weeks of repairs to the pier, the operator said.";
  it("takes the line the address spells out as the headline, below the page's menus", () => {
    const a = articleFromText(`${menu}\n${story}`, {
      url: "https://hp.example/2026/03/17/ferry-returns-to-tarnby-after-repairs/",
    });
    expect(a.title).toBe("Ferry returns to Tarnby after three weeks of repairs");
  });
  it("takes no line that holds too few of the address's words, or too many others", () => {
    const a = articleFromText(`${menu}\n${story}`, {
      url: "https://hp.example/2026/03/17/council-votes-on-harbour-wall-plan/",
    });
    expect(a.title).not.toBe("Ferry returns to Tarnby after three weeks of repairs");
  });
  it("takes a headline of which the address spells only the key words", () => {
    const page = `${menu}\nScientists Map the Whole Seabed Under the Harbour for the First Time\nBy Ana Lund\nThe survey took four years.`;
    const a = articleFromText(page, { url: "https://hp.example/harbour-seabed-map-survey" });
    expect(a.title).not.toBe(
      "Scientists Map the Whole Seabed Under the Harbour for the First Time",
    );
    const b = articleFromText(page, { url: "https://hp.example/whole-seabed-harbour-map" });
    expect(b.title).toBe("Scientists Map the Whole Seabed Under the Harbour for the First Time");
  });
  it("never takes the page's own address, printed as a line, for its headline", () => {
    const url = "https://hp.example/2026/03/17/ferry-returns-to-tarnby-after-repairs/";
    const a = articleFromText(`${menu}\n${url}\n${story}`, { url });
    expect(a.title).toBe("Ferry returns to Tarnby after three weeks of repairs");
  });
  it("keeps a title the container gave", () => {
    const a = articleFromText(`${menu}\n${story}`, {
      url: "https://hp.example/2026/03/17/ferry-returns-to-tarnby-after-repairs/",
      title: "Ferry back in service",
    });
    expect(a.title).toBe("Ferry back in service");
  });
});
