import { describe, expect, it } from "vitest";

import { detectMentions, type EntityType } from "./01-mentions.js";

/** The mentions as "text/type", in order, to read the expectations at a glance. */
function read(text: string): string[] {
  return detectMentions(text).map((m) => `${m.text}/${m.type}`);
}

function typeOf(text: string, name: string): EntityType | undefined {
  return detectMentions(text).find((m) => m.text === name)?.type;
}

describe("detectMentions", () => {
  it("gives offsets into the text, in order and without overlap", () => {
    const text = "Ukrainian President Volodymyr Zelenskyy met NATO officials in Kyiv.";
    const mentions = detectMentions(text);
    let last = 0;
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });

  it("reads no name in a run of capitalised words longer than any name and its titles", () => {
    // "Mr. Mr. Mr. …" pasted thousands of times: splitting titles out of it cost the square of
    // its length; a name around it is still read
    const text = `Ilsa Varnholt arrived. ${"Mr. ".repeat(5_000)}left.`;
    expect(read(text)).toEqual(["Ilsa Varnholt/person"]);
  });

  it("takes people out from behind their titles", () => {
    expect(
      read("Ukrainian President Volodymyr Zelenskyy met Foreign Minister Sergei Lavrov."),
    ).toEqual(["Ukrainian/other", "Volodymyr Zelenskyy/person", "Sergei Lavrov/person"]);
    expect(typeOf("The talks were led by Gen. Mark Milley on Tuesday.", "Mark Milley")).toBe(
      "person",
    );
    expect(typeOf("Kremlin spokesperson Dmitry Peskov declined to comment.", "Dmitry Peskov")).toBe(
      "person",
    );
    expect(typeOf("The deal was praised by Mr Okonjo, a banker.", "Okonjo")).toBe("person");
  });

  it("keeps 'of' inside organisation names", () => {
    expect(typeOf("Rates were held by the Bank of England on Thursday.", "Bank of England")).toBe(
      "organization",
    );
    expect(
      typeOf("A report by the Ministry of Defence was published.", "Ministry of Defence"),
    ).toBe("organization");
    expect(typeOf("Shares of Procter & Gamble rose.", "Procter & Gamble")).toBe("organization");
  });

  it("reads two bodies joined by 'and' as two, and one whose name holds 'and' as one", () => {
    expect(read("Reporters at Harbour News and Tarrow News saw it.")).toEqual([
      "Harbour News/organization",
      "Tarrow News/organization",
    ]);
    expect(read("Staff at the Kessa Foundation and the Port Authority met.")).toEqual([
      "Kessa Foundation/organization",
      "Port Authority/organization",
    ]);
    expect(read("Tarrow University and HNTV ran the poll.")).toEqual([
      "Tarrow University/organization",
      "HNTV/organization",
    ]);
    expect(read("Shares fell after the Securities and Exchange Commission ruled.")).toEqual([
      "Securities and Exchange Commission/organization",
    ]);
    // a title, or a body known by one word, after "and" starts another name
    expect(read("Congress and President Ilsa Varnholt met.")).toEqual([
      "Congress/organization",
      "Ilsa Varnholt/person",
    ]);
    expect(read("Members of the Harbour Board and Parliament agreed.")).toEqual([
      "Harbour Board/organization",
      "Parliament/organization",
    ]);
    // a place opening the name is no word of a first body
    expect(read("Shares fell after the U.S. Securities and Exchange Commission ruled.")).toEqual([
      "U.S. Securities and Exchange Commission/organization",
    ]);
    // one word on each side: two bodies, unless both are newspapers' words
    expect(read("The bill passed the Senate and House on Monday.")).toEqual([
      "Senate/organization",
      "House/organization",
    ]);
    expect(read("Readers of the Post and Courier wrote in.")).toEqual([
      "Post and Courier/organization",
    ]);
  });

  it("types organisations by their cue words and acronyms", () => {
    expect(typeOf("He joined the Labour Party in 1990.", "Labour Party")).toBe("organization");
    expect(typeOf("Officials from NATO arrived.", "NATO")).toBe("organization");
    expect(
      typeOf("Analysts at Goldman Sachs Group Inc. said so.", "Goldman Sachs Group Inc."),
    ).toBe("organization");
  });

  it("finds places from the gazetteers and from context", () => {
    expect(read("Talks in Geneva and Berlin ended without a deal for Ukraine.")).toEqual([
      "Geneva/place",
      "Berlin/place",
      "Ukraine/place",
    ]);
    expect(typeOf("The blast hit a market in Zarvadora on Monday.", "Zarvadora")).toBe("place");
  });

  it("strips possessives and brackets", () => {
    expect(read("Kyiv's mayor spoke.")).toEqual(["Kyiv/place"]);
    expect(read("He said [Zelenskyy] would attend.")).toEqual(["Zelenskyy/person"]);
    expect(read("Britain’s envoy left.")).toEqual(["Britain/place"]);
  });

  it("drops a bare title", () => {
    expect(read("The President said the talks would go on.")).toEqual([]);
    expect(read("The Foreign Minister left early.")).toEqual([]);
  });

  it("drops common words that open a sentence", () => {
    expect(read("Results were mixed. Sales fell in the third quarter.")).toEqual([]);
    expect(read("Dealers said the metal eased.")).toEqual([]);
  });

  it("keeps a name that opens a sentence when a verb or comma follows", () => {
    expect(typeOf("Varnholt, 65, has left the board.", "Varnholt")).toBe("person");
  });

  it("remembers a person's surname from the full name", () => {
    const text = "Keir Starmer arrived in Paris. Later, Starmer met the press.";
    expect(detectMentions(text).filter((m) => m.text === "Starmer")[0]?.type).toBe("person");
  });

  it("reads a given name before a word the article knows as a town as a person", () => {
    const text = "Chester was quiet on Sunday.\n\nOn Monday Tom Chester will sail from Merrowby.";
    expect(typeOf(text, "Chester")).toBe("place");
    expect(typeOf(text, "Tom Chester")).toBe("person");
  });

  it("takes no place from a preposition before a possessor ('a blow to Vellstad's jaw')", () => {
    const text =
      "Brannoch Vellstad won the bout.\n\nVellstad landed a jab.\n\nA left to Vellstad's jaw came in the third round.";
    expect(detectMentions(text).filter((m) => m.type === "place")).toEqual([]);
  });

  it("does not join a name with the word after its hyphen", () => {
    expect(typeOf("The EU-backed plan failed.", "EU")).toBe("organization");
    expect(typeOf("A London-based group said so.", "London")).toBe("place");
  });

  it("keeps particles inside people's names", () => {
    expect(typeOf("A goal by Tomas de Vell settled it.", "Tomas de Vell")).toBe("person");
  });

  it("reads an article before an unknown name as an organisation", () => {
    expect(typeOf("A statement from the Bundesbank followed.", "Bundesbank")).toBe("organization");
  });

  it("reads people's words apart from the names they qualify", () => {
    expect(read("But Estonian Tom Varnholt kept his title.")).toEqual([
      "Estonian/other",
      "Tom Varnholt/person",
    ]);
  });

  it("takes a dateline in capitals as a place", () => {
    expect(read("NEW YORK 2026-03-17")).toEqual(["NEW YORK/place"]);
  });

  it("treats lines as sentences", () => {
    expect(read("Headline About Trade\nResults were mixed.")).not.toContain("Results/person");
  });

  it("reads players, not teams, in results lines", () => {
    expect(typeOf("Surrey 311-6 ( P. Tolkin 80 , G. Marrel 57 )", "P. Tolkin")).toBe("person");
    expect(typeOf("Leeds 2 Everton 1", "Everton")).toBe("organization");
  });

  it("reads a county's name alone as the county, even one that is also a given name", () => {
    expect(typeOf("Roads were shut after Kent had the wettest night of the year.", "Kent")).toBe(
      "place",
    );
    expect(typeOf("Floods hit Kent and Tarnshire overnight.", "Tarnshire")).toBe("place");
  });

  it("takes a dateline with its country as a place", () => {
    expect(typeOf("ZARAVOK , Russia 2026-03-17", "ZARAVOK")).toBe("place");
  });

  it("reads a name after 'v' in a fixture list as a team", () => {
    expect(typeOf("May 27-29 v Quelminster ( three days )", "Quelminster")).toBe("organization");
  });

  it("keeps a numbered line's first word in the name", () => {
    expect(typeOf("3. Ana Maria Ruiz ( Spain ) 201,197", "Ana Maria Ruiz")).toBe("person");
  });

  it("gives a name in a list the type a cue gave its neighbour", () => {
    expect(typeOf("Brightcell Inc , Quorvex and Vellcom have been working on it.", "Quorvex")).toBe(
      "organization",
    );
  });

  it("reads weak context around names no cue typed", () => {
    expect(typeOf("They moved east of Zarvadora on Friday.", "Zarvadora")).toBe("place");
    expect(typeOf("Top of the table are Quorvex 5 points clear.", "Quorvex")).toBe("organization");
  });

  it("reads a name after a lowercase noun for a kind of body as an organisation", () => {
    expect(typeOf("The letter was printed by the daily Vellmark on Friday.", "Vellmark")).toBe(
      "organization",
    );
    // the noun outweighs the speech verb after the name
    expect(typeOf("Prices rose, news agency Kestrova said.", "Kestrova")).toBe("organization");
    expect(typeOf("He joined first division side Tamberlo on loan.", "Tamberlo")).toBe(
      "organization",
    );
  });

  it("reads a name before a role held inside a body as that body", () => {
    expect(typeOf("The cross came after Kestrova defender Tomas Vell slipped.", "Kestrova")).toBe(
      "organization",
    );
    expect(typeOf("He met a Quorvex official on Monday.", "Quorvex")).toBe("organization");
  });

  it("reads a name whose possessive is a person's full name as a body", () => {
    expect(typeOf("Both goals came from Tamberlo 's Tomas Vell on Sunday.", "Tamberlo")).toBe(
      "organization",
    );
  });

  it("reads a name after an article as no person, even when it opens with a given name", () => {
    expect(typeOf("Seattle are two games behind the Red Kestrels this week.", "Red Kestrels")).toBe(
      "organization",
    );
    expect(typeOf("The fans cheered the Tomas Vell campaign.", "Tomas Vell")).toBe("person");
  });

  it("reads names in scorelines and league tables as teams, even with a given name", () => {
    expect(typeOf("Maria Kestrova 2 Tamberlo 1", "Maria Kestrova")).toBe("organization");
    expect(typeOf("Results:\nTamberlo 1 Maria Kestrova 1\nOsk 2 Pell 0", "Maria Kestrova")).toBe(
      "organization",
    );
    expect(typeOf("Standings:\nMaria Kestrova 24 4 6 14 15 37", "Maria Kestrova")).toBe(
      "organization",
    );
    // a golfer's rounds do not add up as a table row does
    expect(typeOf("Leading scores:\nMaria Kestrova 70 68 71 69 278", "Maria Kestrova")).toBe(
      "person",
    );
  });

  it("reads a name in brackets after another name as no person", () => {
    expect(read("Defenders - Tomas Vell ( Tamberlo ) , Anu Saar ( Quorvex ) .")).toEqual([
      "Tomas Vell/person",
      "Tamberlo/organization",
      "Anu Saar/person",
      "Quorvex/organization",
    ]);
  });

  it("lets 'news' after a name outvote a speech verb elsewhere in the article", () => {
    const text = [
      "Kestrova said the talks had failed.",
      "Troops withdrew, Kestrova news agency said.",
      "The talks ended, Kestrova news agency reported.",
    ].join("\n");
    const types = detectMentions(text)
      .filter((m) => m.text === "Kestrova")
      .map((m) => m.type);
    expect(types).toEqual(["organization", "organization", "organization"]);
  });

  it("counts an organisation's cue above a speech verb in the article's vote", () => {
    const text =
      "Analysts said Kestrova said on Monday it would cut jobs.\nHe sold Kestrova shares.";
    const types = detectMentions(text)
      .filter((m) => m.text === "Kestrova")
      .map((m) => m.type);
    expect(types).toEqual(["organization", "organization"]);
  });

  it("reads a name before the minute of a goal as the scorer on a page of results", () => {
    const text = [
      "Tamberlo 0 Quorvex 1 ( Vellstad 52nd ) .",
      "Kestrel 2 Harbek 2",
      "Arlen 1 ( Brask 33rd ) Dorrow 0",
      "Brenn 3 Caskel 1",
      "Osk 0 Pell 0",
      "Rand 1 Tosk 2",
      "Mirren 4 Kells 4",
      "Ask 2 Bror 0",
      "Stell 1 Varn 1",
      "Grell 2 Hosk 3",
      "Teln 0 Prask 0",
    ].join("\n");
    expect(typeOf(text, "Vellstad")).toBe("person");
    expect(typeOf(text, "Brask")).toBe("person");
    expect(typeOf(text, "Quorvex")).toBe("organization");
  });

  it("reads a given name that is also a word, before a surname, as a player in a table", () => {
    expect(typeOf("Leading averages:\nNick Vellstad 3 5 0 190 113", "Nick Vellstad")).toBe(
      "person",
    );
  });

  it("reads a name that an apposition calls a kind of body as an organisation", () => {
    expect(
      typeOf(
        "Shares rose, said Kestrova , the country 's biggest insurer , on Monday.",
        "Kestrova",
      ),
    ).toBe("organization");
    expect(typeOf("Analysts said Vellstad , the team captain , would stay.", "Vellstad")).toBe(
      "person",
    );
  });

  it("knows a firm again without its legal form", () => {
    const text =
      "Tamberlo S.A. cut 300 jobs on Monday.\nAnalysts said Tamberlo said it would sell a unit.";
    expect(read(text)).toEqual(["Tamberlo S.A./organization", "Tamberlo/organization"]);
  });

  it("reads a name that a verb links to 'its' as a firm, and one linked to 'his' as a person", () => {
    expect(
      typeOf("Analysts were calm. Quorvex said in its report that sales rose.", "Quorvex"),
    ).toBe("organization");
    expect(
      typeOf("Analysts were calm. Quorvex said in his report that sales rose.", "Quorvex"),
    ).toBe("person");
  });

  it("reads names after a plural noun for a kind of body as bodies", () => {
    expect(typeOf("Sales fell at retailers Quorvex , Brellin and Tarnmart .", "Quorvex")).toBe(
      "organization",
    );
  });

  it("keeps a name that is a lone word in capitals on its line", () => {
    expect(read("QUORVEX\nSales rose at Quorvex stores.").map((m) => m.split("/")[0])).toContain(
      "QUORVEX",
    );
  });

  it("does not join an English word to a name over a hyphen", () => {
    const names = read("December Tarn-bonds ended lower, and Tam Kei-fung spoke.").map(
      (m) => m.split("/")[0],
    );
    expect(names).toContain("Tam Kei-fung");
    expect(names).not.toContain("Tarn-bonds");
  });

  it("reads a name before a noun that only bodies have as a body, even with a given name first", () => {
    expect(typeOf("Rates held, Anna Vellport newspaper said on Friday.", "Anna Vellport")).toBe(
      "organization",
    );
    expect(typeOf("Votes rose for the Republican party in Tarnby.", "Republican")).toBe("other");
  });

  it("makes no name of a long run of capitalised words", () => {
    const text = `Sales rose. ${"Kestrel Vell ".repeat(15)}said on Monday.`;
    for (const m of detectMentions(text)) expect(m.text.split(" ").length).toBeLessThanOrEqual(16);
  });

  it("reads a lone compass adjective as no place, and a compass word before a place as a region", () => {
    expect(typeOf("The talks angered Western allies, officials said.", "Western")).not.toBe(
      "place",
    );
    expect(typeOf("Fighting spread across Central Africa on Monday.", "Central Africa")).toBe(
      "place",
    );
    expect(typeOf("He replaced injured Turkey striker Tomas Vell.", "Turkey")).toBe("place");
  });

  it("names a firm again by the coined first word of its name, but not a town by its council's", () => {
    const text =
      "A fire hit the Quorvell Recycling site on Monday.\nQuorvell, which employs 85 people, said all were safe.";
    expect(read(text)).toContain("Quorvell/organization");
    expect(
      typeOf(
        "Tarnby Town Council met on Monday.\nIn the port of Tarnby, the Tarnby quay was shut.",
        "Tarnby",
      ),
    ).toBe("place");
  });

  it("reads a town whose council or police bear its name as a place where it stands alone", () => {
    const text = "Tarnby Town Council met on Monday.\nCrews said the Tarnby site was safe.";
    expect(read(text)).toEqual(["Tarnby Town Council/organization", "Tarnby/place"]);
  });

  it("reads streets and docks of a town as places", () => {
    expect(typeOf("Tomas Vell, 71, has lived on Quarry Row for 40 years.", "Quarry Row")).toBe(
      "place",
    );
  });
});
