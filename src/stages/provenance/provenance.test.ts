import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";

describe("credit", () => {
  it.each([
    ["(Reuters) – The Trump administration plans to push allies.", "Reuters"],
    ["KYIV, Feb 11 (Reuters) - Officials met.", "Reuters"],
    ["WASHINGTON (AP) — Officials met on Sunday.", "AP"],
    ["MERROWBY, England, March 17 (Kestrel) – A fire broke out.", "Kestrel"],
    [
      "Officials met on Sunday.\n\nAssociated Press writer Aamer Madhani in Paris contributed.",
      "AP",
    ],
    ["Officials met on Sunday.\n\nNews from © The Associated Press, . All rights reserved.", "AP"],
    ["Officials met on Sunday in Paris.\n\n— AFP", "AFP"],
  ])("%s → %s", (text, credit) => {
    expect(articleFromText(text).credit).toBe(credit);
  });

  it.each([
    "In a Monday interview with Reuters, Kellogg declined to confirm the plan.",
    "The envoy told Reuters on Monday that talks would go on.",
    "Reuters reported last week that the plan was under review. (Reuters has not confirmed it.)",
  ])("is not a credit: %s", (text) => {
    expect(
      articleFromText(
        `A headline paragraph first.\n\nSecond paragraph.\n\nThird one.\n\nFourth.\n\nFifth.\n\n${text}`,
      ).credit,
    ).toBeNull();
  });
});

describe("outlet from text", () => {
  it("reads 'Discover more from'", () => {
    const a = articleFromText(
      "Body.\n\nDiscover more from Defence Talks | Defense News Military Pictures",
    );
    expect([a.outlet, a.outletFrom]).toEqual(["Defence Talks", "text"]);
  });
  it("reads the copyright holder", () => {
    expect(
      articleFromText("Body.\n\n© 2026 The Northern Ledger. All rights reserved.").outlet,
    ).toBe("The Northern Ledger");
  });
  it("reads the outlet seeking comment in its own name", () => {
    expect(articleFromText("CNBC has reached out to the ministry for comment.").outlet).toBe(
      "CNBC",
    );
  });
  it("reads the site serving the article's own pictures, not a shared image host", () => {
    expect(
      articleFromText("Body.\n![](https://assets.kyivindependent.com/images/a.jpg)").outlet,
    ).toBe("Kyiv Independent");
    expect(
      articleFromText("Body.\n![](https://media.gettyimages.com/photos/a.jpg)").outlet,
    ).toBeNull();
  });
  it("keeps the container's outlet", () => {
    const a = articleFromText("CNBC has reached out for comment.", {
      outlet: "Gazette",
      outletFrom: "metadata",
    });
    expect(a.outlet).toBe("Gazette");
  });
});

describe("title from text", () => {
  it("takes a short opening line that does not end like a sentence", () => {
    const a = articleFromText(
      "World\n\nUS will push European allies to buy more arms for Ukraine, say sources\n\nThe plan was discussed.",
    );
    expect(a.title).toBe("US will push European allies to buy more arms for Ukraine, say sources");
  });
  it("does not take a lede for a headline", () => {
    expect(
      articleFromText("The council closed the bridge on Tuesday.\n\nMore text.").title,
    ).toBeNull();
  });
});
