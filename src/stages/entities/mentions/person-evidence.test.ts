import { describe, expect, it } from "vitest";

import { articleFromText } from "../../../../test/helpers.js";
import type { Story } from "../../../model/index.js";
import { storyEntities } from "../04-story-entities.js";
import { findMentions } from "../entities.js";
import { headlineLine, headlineRun, readPerson } from "./person-evidence.js";

const mentionsOf = (text: string) => findMentions(articleFromText(text)).mentions;
const story: Story = { id: "s1", label: "", articles: [], from: null, to: null };
const people = (...texts: string[]): string[] =>
  storyEntities(
    story,
    texts.map((t, i) => findMentions(articleFromText(t, { id: `a${i}`, source: `a${i}` }))),
  )
    .filter((e) => e.type === "person")
    .map((e) => e.name)
    .sort();

/** Reads the first mention of `name` in `text` as person-evidence.ts does. */
const reading = (text: string, name: string, evidence: "firm" | "context" | "none" = "none") => {
  const start = text.indexOf(name);
  return readPerson(text, { start, end: start + name.length, text: name, evidence }, text.length);
};

describe("readPerson", () => {
  it("makes a name firm by what only people have around them", () => {
    expect(reading("Tamsin Orrell, who runs the ferry, was rescued.", "Tamsin Orrell")).toEqual({
      type: "person",
      evidence: "firm",
    });
    expect(reading("Orrell, 61, was rescued.", "Orrell")?.evidence).toBe("firm");
    expect(reading("Orrell, a paramedic with the county, said so.", "Orrell")?.evidence).toBe(
      "firm",
    );
    expect(reading("Orrell's late mother lived on the quay.", "Orrell")?.evidence).toBe("firm");
    expect(reading("Ana Vell — project lead for the ferry — said so.", "Ana Vell")?.evidence).toBe(
      "firm",
    );
    expect(reading("The film was made by J.J. Orrell last year.", "J.J. Orrell")?.evidence).toBe(
      "firm",
    );
    expect(reading("Orrell, the ferry, sank.", "Orrell")?.evidence).toBe("none");
    expect(reading("Orrell was rescued before he could swim ashore.", "Orrell")?.evidence).toBe(
      "firm",
    );
  });

  it("takes the person away from shapes no name has", () => {
    // a product code, a handle, a web address
    expect(reading("The Vellcraft KX-400 was grounded.", "KX-400")?.type).toBe("other");
    expect(reading("Picture: Capture/@harbourfan on the quay.", "Capture/@harbourfan")?.type).toBe(
      "other",
    );
    // a saving plan, a saint's church
    expect(reading("Put it in a Kestrel ISA today.", "Kestrel ISA")?.type).toBe("other");
    expect(reading("Queen Anne III left.", "Anne III", "context")?.type).toBe("person");
    expect(reading("Mass at St. Orrell on Sunday.", "St. Orrell")?.type).toBe("place");
    // a group: an acronym in the plural
    expect(reading("Harbour MPs met on Friday.", "Harbour MPs")?.type).toBe("other");
    // a compound of one letter: "X-ray", "A-listers"
    expect(reading("Crews took an X-ray of the hull.", "X-ray")).toBeNull();
    // the excerpt stops in the middle of a name
    expect(reading("The judges were Ilsa Varnholt and Tom", "Tom")).toBeNull();
  });

  it("reads a place or a body from the words around a name with no cue", () => {
    expect(
      reading("Ash fell on homes in Vellmouth Heights overnight.", "Vellmouth Heights")?.type,
    ).toBe("place");
    expect(reading("Orvanto, which owns a third of the yard, agreed.", "Orvanto")?.type).toBe(
      "organization",
    );
  });

  it("reads a brand's inner capital and a person noun before the name", () => {
    expect(reading("A deal with OrvaNet was signed.", "OrvaNet", "context")?.type).toBe(
      "organization",
    );
    expect(reading("The DeVries family left.", "DeVries", "context")?.type).toBe("person");
    expect(reading("The trawler owner, Tamsin Orrell, said so.", "Tamsin Orrell")?.evidence).toBe(
      "firm",
    );
    expect(reading("Ferry operator Orvanto said so.", "Orvanto")?.evidence).toBe("none");
  });

  it("reads contests, programmes and bodies in a name's own words", () => {
    expect(reading("She won the Tarnby Cup Finals twice.", "Tarnby Cup Finals", "firm")?.type).toBe(
      "other",
    );
    expect(reading("He ran Orvanto Ferry Services.", "Orvanto Ferry Services")?.type).toBe(
      "organization",
    );
    // a surname that looks plural after a given name is still a surname
    expect(reading("Ana Waters sang.", "Ana Waters", "firm")?.type).toBe("person");
    // and a headline's verb is no plural
    expect(reading("Ana Vell Checks Into Clinic", "Ana Vell Checks", "firm")?.type).toBe("person");
  });

  it("gives no evidence to a name made of English words only", () => {
    expect(reading("The lander Silver Heron touched down.", "Silver Heron")).toEqual({
      type: "person",
      evidence: "none",
    });
  });

  it("gives none either when 'who' follows English words ('a Harbour Office who')", () => {
    expect(reading("It was a Harbour Office who said no.", "Harbour Office")?.evidence).toBe(
      "none",
    );
  });

  it("takes 'he' or 'she' as evidence for the subject of a sentence only", () => {
    expect(reading("Orrell left early. He said the quay was shut.", "Orrell")?.evidence).toBe(
      "firm",
    );
    expect(reading("In an Orvanto post, she said the quay was shut.", "Orvanto")?.evidence).toBe(
      "none",
    );
  });

  it("keeps the firm evidence a cue gave", () => {
    expect(reading("Mayor Silver spoke.", "Silver", "firm")).toEqual({
      type: "person",
      evidence: "firm",
    });
  });
});

describe("a name run on in a headline", () => {
  it("is cut back to the name the article gives", () => {
    const ms = mentionsOf(
      "Ana Vellner Checks Into Clinic\n\nActress Ana Vellner checked into a clinic on Monday.",
    ).filter((m) => m.type === "person");
    expect(ms.map((m) => m.text)).toEqual(["Ana Vellner", "Ana Vellner"]);
  });
});

describe("names run together in a headline", () => {
  it("cuts the run into the names the article gives", () => {
    const ms = mentionsOf(
      "Ana Vellner Beats Tomas Brandt In Tartu\n\nActress Ana Vellner beat her rival, " +
        "the actor Tomas Brandt, in Tartu on Monday.",
    );
    expect(ms.filter((m) => m.type === "person").map((m) => m.text)).toEqual([
      "Ana Vellner",
      "Tomas Brandt",
      "Ana Vellner",
      "Tomas Brandt",
    ]);
  });

  it("cuts out a surname alone when English words stand on both sides of it", () => {
    const text =
      "Ana Vellner Thanks Brandt\n\nActress Ana Vellner thanked Brandt, who directed her.";
    expect(mentionsOf(text).map((m) => m.text)).toEqual([
      "Ana Vellner",
      "Brandt",
      "Ana Vellner",
      "Brandt",
    ]);
    // beside a name, a surname may be part of a longer one
    const beside = "Ana Vellner Brandt Wins\n\nActress Ana Vellner won. Brandt directed her.";
    expect(mentionsOf(beside).map((m) => m.text)).toContain("Ana Vellner Brandt Wins");
  });

  it("keeps a run whose other words are no English words: it may be a longer name", () => {
    const ms = mentionsOf("Ana Vellner Okonkwo Wins\n\nActress Ana Vellner won on Monday.");
    expect(ms.map((m) => m.text)).toContain("Ana Vellner Okonkwo Wins");
  });

  it("reads a run with a function word inside as a headline's words, not a name", () => {
    const text =
      "Vellner Polls Best Where Ferries Run Late\n\nThe mayor, Ana Vellner, did best in the port wards.";
    const names = mentionsOf(text)
      .filter((m) => m.type === "person")
      .map((m) => m.text);
    expect(names).not.toContain("Vellner Polls Best Where Ferries Run Late");
    expect(names).toContain("Ana Vellner");
    expect(headlineRun("ANA VELLNER IS FEELING THE HEAT")).toBe(true);
    // at a name's edge a function word may be a surname
    expect(headlineRun("George F. Will")).toBe(false);
  });

  it("reads no name into a Title Case line's capitals but the names the article gives", () => {
    const text =
      "Just Before The Vote, Brandt Sent A Letter That Stunned Ruiz Even More\n\n" +
      "Tomas Brandt attacked Ana Ruiz on Monday. Ruiz did not answer.";
    const names = mentionsOf(text)
      .filter((m) => m.type === "person")
      .map((m) => m.text);
    expect(names.some((n) => n.startsWith("Stunned"))).toBe(false);
    expect(names).toContain("Ruiz");
    // a line of names and roles is cased the same way, and its names are kept
    expect(headlineLine("White House Correspondent Lena Marsh.")).toBe(true);
    const credit = "Ana Ruiz spoke.\n\nWhite House Correspondent Lena Marsh.";
    expect(mentionsOf(credit).map((m) => m.text)).toContain("Lena Marsh");
    // a sentence is not Title Case
    expect(headlineLine("Tomas Brandt Launched the ferry on Monday.")).toBe(false);
  });

  it("shows a name with its accents over the same name without", () => {
    expect(people("Francois Hollemer Speaks\n\nActor François Hollemer spoke on Monday.")).toEqual([
      "François Hollemer",
    ]);
  });
});

describe("person evidence in an article", () => {
  it("carries the evidence on each mention", () => {
    const ms = mentionsOf("Mayor Ilsa Varnholt opened the bridge. Kestrovia Prime was not there.");
    expect(ms.find((m) => m.text === "Ilsa Varnholt")?.evidence).toBe("firm");
    expect(ms.find((m) => m.text === "Kestrovia Prime")?.evidence).not.toBe("firm");
  });

  it("reads a given name that is an English word by the word after it", () => {
    const ms = mentionsOf("We met Matt Vellner on the quay. Then we saw Star Trawler sail.");
    expect(ms.find((m) => m.text === "Matt Vellner")?.evidence).toBe("context");
    expect(ms.find((m) => m.text === "Star Trawler")?.evidence).toBe("none");
  });

  it("takes 'by' and 'with' before a name as no evidence of a person", () => {
    const ms = mentionsOf("The ferry was run by Orvanto. Varnholt said it was late.");
    expect(ms.find((m) => m.text === "Orvanto")?.evidence).toBe("none");
    expect(ms.find((m) => m.text === "Varnholt")?.evidence).toBe("context");
  });
});

describe("who is a person in a story", () => {
  it("makes no person of a name that only the default guess typed", () => {
    expect(people("The Orvanto Quantum chip powers the new phone, the maker said.")).toEqual([]);
  });

  it("keeps a person whose surname alone has a cue elsewhere in the story", () => {
    expect(
      people(
        "Harbour chief Ilsa Varnholt opened the quay on Monday.",
        "Varnholt cut the ribbon in the rain.",
      ),
    ).toEqual(["Ilsa Varnholt"]);
  });

  it("drops a relative named by a given name alone, and joins a known actor's", () => {
    const names = people(
      "Ilsa Varnholt thanked her husband Dominic and the crews. Ilsa spoke for an hour.",
    );
    expect(names).toEqual(["Ilsa Varnholt"]);
  });

  it("reads a given name before an English word as a place's, not a person's", () => {
    expect(people("Smoke drifted over Santa Harbour and the hills.")).toEqual([]);
  });
});
