import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { knownWire, WIRE_NAMES } from "./wires.js";

describe("wires", () => {
  it("names a wire however a text writes it", () => {
    expect(knownWire("Associated Press")).toBe("AP");
    expect(knownWire("KYODO NEWS")).toBe("Kyodo News");
    expect(knownWire("AA")).toBe("Anadolu Agency");
    expect(knownWire("dpa AFX")).toBe("dpa-AFX");
    expect(knownWire("Agence France-Presse")).toBe("AFP");
    expect(knownWire("Harbour Wire")).toBeNull();
  });
  it("matches short names only in the case written", () => {
    const re = new RegExp(`^(?:${WIRE_NAMES})$`, "u");
    expect(re.test("AP")).toBe(true);
    expect(re.test("ap")).toBe(false);
    expect(re.test("the associated press")).toBe(true);
  });
});

describe("credit", () => {
  it.each([
    ["(Reuters) – The Trump administration plans to push allies.", "Reuters"],
    ["KYIV, Feb 11 (Reuters) - Officials met.", "Reuters"],
    ["WASHINGTON (AP) — Officials met on Sunday.", "AP"],
    ["MERROWBY, England, March 17 (Kestrel) – A fire broke out.", "Kestrel"],
    // a dateline with its place in ordinary case, an agency in lower case, and a double hyphen
    ["Harbourton, Mar. 4 (dpa-AFX)--The port reopened on Tuesday.", "dpa-AFX"],
    ["Section\n\nLAKESIDE, Ore. (AA) - The dam held overnight.", "Anadolu Agency"],
    ["Officials met on Sunday.\n\nAssociated Press writer Ana Lund in Paris contributed.", "AP"],
    ["Officials met on Sunday.\n\nNews from © The Associated Press, . All rights reserved.", "AP"],
    ["Officials met on Sunday in Paris.\n\n— AFP", "AFP"],
    // a lone agency name closing the story, with a last paragraph after it
    ["The ferry resumed on Friday.\n\nReuters\n\nThe port handles 40 ships a day.", "Reuters"],
    ["The ferry resumed on Friday.\n\n[ Source : AFP ]", "AFP"],
    // a closing credit run on to the last sentence
    ["The ferry resumed on Friday after repairs.–KYODO NEWS", "Kyodo News"],
    ["The ferry resumed on Friday after repairs. — Agencies", "Agencies"],
    // an aggregator's opening naming the syndicated source, its opening bracket lost
    [
      "HARBOURFEED - The Conversation) The ferry resumed on Friday.\n\nMore text.",
      "The Conversation",
    ],
    ["The ferry resumed on Friday.\n\n© The Conversation -", "The Conversation"],
    ["The ferry resumed on Friday after repairs.\n\n(With inputs from PTI)", "PTI"],
    ["The ferry resumed on Friday after repairs, the port said. (AFP)", "AFP"],
    ["Ferry returns\n\nBy The Associated Press\n\nThe ferry resumed on Friday.", "AP"],
    ["By Ana Lund, Reuters\n\nThe ferry resumed on Friday.", "Reuters"],
    ["New Harbour [Ruritania], Feb 3 (ANI): The ferry resumed on Friday.", "ANI"],
    // the text saying whose reporting it carries
    ["The harbour master told AFP the pier would reopen.", "AFP"],
    ["AFP was informed by the harbour master that the pier would reopen.", "AFP"],
    ["The ferry resumed on Friday, the AP reports. Ships queued.", "AP"],
  ])("%s → %s", (text, credit) => {
    expect(articleFromText(text).credit).toBe(credit);
  });

  it.each([
    "In a Monday interview with Reuters, Kellogg declined to confirm the plan.",
    "Reuters reported last week that the plan was under review. (Reuters has not confirmed it.)",
    // photo credits name the picture's agency, not the text's
    "The pier after the storm. Photo: AP",
    "Crowds gather at the harbour on Saturday. - Reuters",
    "Crowds gather at the harbour on Saturday.\n\nCrowds gather at the harbour ( Photo: Reuters )",
    "The pier after the storm. (© AFP)",
    // two wires told things: which one's copy this is, the text does not say
    "The mayor told AFP the pier would reopen. A minister told Reuters it would not.",
    // a pool picture's copyright
    "The minister at the summit on Monday.\n\n© REUTERS / POOL",
  ])("is not a credit: %s", (text) => {
    expect(
      articleFromText(
        `A headline paragraph first.\n\nSecond paragraph.\n\nThird one.\n\nFourth.\n\nFifth.\n\n${text}\n\nThe harbour reopened on Monday after a week of repairs to the pier.`,
      ).credit,
    ).toBeNull();
  });
});

describe("credits on a whole page", () => {
  const LEDE =
    "The ferry between Tarnby and the island resumed on Monday after three weeks of repairs to the pier and the landing stage, the operator said.";
  it("takes no byline of another story's teaser, below the story's start", () => {
    const page = `Ferry returns\n\nBy Ana Lund\n\n${LEDE}\n\nMore stories\n\nTram line reopens\n\nBy Reuters\n\nThe end of the story is here, the port said.`;
    expect(articleFromText(page).credit).toBeNull();
    expect(articleFromText(`Ferry returns\n\nBy Reuters\n\n${LEDE}`).credit).toBe("Reuters");
  });
  it("takes no agency name from the page's menus below the story", () => {
    const menu = ["Harbour Group", "Harbour Post", "Reuters", "Weather", "Jobs", "Shop"];
    const page = [LEDE, "The port reopens on Friday, the operator said.", ...menu].join("\n\n");
    expect(articleFromText(page).credit).toBeNull();
  });
  it("reads a wire's journalist reporting in the story as a citation, not a credit", () => {
    const page = `${LEDE}\n\nAn Associated Press reporter on the quay reported sirens.\n\nThe port reopens on Friday.\n\nShips queued all day.`;
    expect(articleFromText(page).credit).toBeNull();
  });
  it("takes no phrase of ordinary words before a bracket for a dateline", () => {
    const page = `The electronic health record (EHR) – a long march to digital care\n\n${LEDE}`;
    expect(articleFromText(page).credit).toBeNull();
  });
});

describe("credit and the outlet's own dateline", () => {
  it("is no credit when the bracketed name is the page's own site", () => {
    const text = "HARBOURTON (Harbour Post) – The ferry resumed on Friday.";
    expect(articleFromText(text, { url: "https://harbourpost.com/ferry" }).credit).toBeNull();
    expect(articleFromText(text, { url: "https://lakesidenews.com/ferry" }).credit).toBe(
      "Harbour Post",
    );
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

describe("outlet spelt by the page", () => {
  const fromUrl = (text: string, url: string) =>
    articleFromText(text, { url, outlet: "from the address", outletFrom: "url" });
  it("takes the site's name on a line of its own under the date line", () => {
    const a = fromUrl(
      "HarbourPost.net\n\nFerry returns after storm repairs\n\nThe ferry resumed on Friday.",
      "https://www.harbourpost.net/2026/03/ferry",
    );
    expect([a.outlet, a.outletFrom]).toEqual(["HarbourPost.net", "text"]);
    expect(a.removed.map((r) => r.reason)).toContain("site name");
  });
  it("takes a name written in the text that the address abbreviates", () => {
    // "lhpost": L(akeside) H(arbour) Post, as a site's address shortens its name
    const a = fromUrl(
      "The ferry resumed on Friday.\n\nThe pier after repairs. (Ana Lund / Lakeside Harbour Post)",
      "https://www.lhpost.com/ferry",
    );
    expect(a.outlet).toBe("Lakeside Harbour Post");
  });
  it("ignores names the address does not spell", () => {
    const a = fromUrl("The Harbour Herald said the ferry resumed.", "https://harbourpost.com/x");
    expect(a.outlet).toBe("from the address");
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
  it("takes the headline after the page store's date line, not the date line", () => {
    const text =
      " date 2026-03-20 Ferry returns to Harbourton after storm repairs\nThe ferry resumed on Friday after a week of repairs to the pier, the port said.\n\nShips queued.\n\nThe port handles 40 ships a day.";
    const a = articleFromText(text, { bodyStart: " date 2026-03-20 ".length });
    expect(a.title).toBe("Ferry returns to Harbourton after storm repairs");
  });
  it("takes a headline that asks a question", () => {
    expect(
      articleFromText("Ferry is back — what comes next?\n\nThe ferry resumed on Friday.").title,
    ).toBe("Ferry is back — what comes next?");
  });
  it("takes a line the page repeats, even when it ends with a full stop", () => {
    const text =
      "Ferry returns after storm repairs.\n\nFerry returns after storm repairs.\nThe ferry resumed on Friday.";
    expect(articleFromText(text).title).toBe("Ferry returns after storm repairs.");
  });
  it("stops at the story's first paragraph", () => {
    const text =
      "The ferry resumed on Friday after a week of repairs to the pier, which the storm had torn open on Sunday night, the port said.\n\nAs of Friday night there were 40 ships waiting in the bay";
    expect(articleFromText(text).title).toBeNull();
  });
});

describe("author from byline", () => {
  it("takes the names of a byline, not the role after them", () => {
    const a = articleFromText(
      "Ferry returns after repairs\n\nBy Ana Lund and Tomas Vell, Harbour Reporters\n\nThe ferry resumed on Friday.",
    );
    expect(a.author).toBe("Ana Lund and Tomas Vell");
  });
});
