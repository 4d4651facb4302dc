import { describe, expect, it } from "vitest";

import { articleFromText } from "../../../test/helpers.js";
import { detectMentions } from "./01-mentions.js";
import { findMentions } from "./entities.js";

const people = (text: string, author: string | null = null): string[] =>
  findMentions(articleFromText(text, { author }))
    .mentions.filter((m) => m.type === "person")
    .map((m) => m.text);

describe("one sense per article", () => {
  it("reads each paragraph apart, so no name runs over a break", () => {
    const text = "The talks ended in Tallinn\nMarta Kivistik said the talks had failed.";
    const first = text.indexOf("\n");
    const mentions = detectMentions(text, [
      { start: 0, end: first },
      { start: first + 1, end: text.length },
    ]);
    expect(mentions.map((m) => m.text)).toEqual(["Tallinn", "Marta Kivistik"]);
  });

  it("types a surname in one paragraph by the title it has in another", () => {
    const text =
      "Varnholt takes over the port authority on Monday.\nHarbour Minister Ilsa Varnholt said the port would reopen.";
    const first = text.indexOf("\n");
    const mentions = detectMentions(text, [
      { start: 0, end: first },
      { start: first + 1, end: text.length },
    ]);
    expect(mentions.find((m) => m.text === "Varnholt")?.type).toBe("person");
  });

  it("finds in a headline in capitals the names the article knows", () => {
    const text = "SAILING - OSTRANDER WINS IN KIEL .\nVeteran skipper Jon Ostrander won the race .";
    const first = text.indexOf("\n");
    const mentions = detectMentions(text, [
      { start: 0, end: first },
      { start: first + 1, end: text.length },
    ]);
    expect(mentions.map((m) => `${m.text}/${m.type}`)).toContain("OSTRANDER/person");
  });
});

describe("titles and bodies", () => {
  it("splits a body, its officer's title and the officer", () => {
    const found = detectMentions(
      "Harbour Transit Authority Director Ilsa Varnholt resigned on Friday.",
    ).map((m) => `${m.text}/${m.type}`);
    expect(found).toEqual(["Harbour Transit Authority/organization", "Ilsa Varnholt/person"]);
  });

  it("keeps what a title is 'of' with the title", () => {
    const found = detectMentions("Secretary of State Tomas Vell flew to Riga.").map((m) => m.text);
    expect(found).toContain("Tomas Vell");
    expect(found).not.toContain("State Tomas Vell");
  });

  it("strips a title glued to a name into the person's title", () => {
    const ms = findMentions(
      articleFromText(
        "Leader of the Opposition Ilsa Varnholt spoke first. Shadow foreign minister Tomas Vell " +
          "followed, and Sen. Anu Saar (R-Kest.) closed.",
      ),
    ).mentions.filter((m) => m.type === "person");
    expect(ms.map((m) => `${m.text}/${m.title}`)).toEqual([
      "Ilsa Varnholt/Leader of the Opposition",
      "Tomas Vell/Shadow foreign minister",
      "Anu Saar/Sen.",
    ]);
  });

  it("reads a title within the name's own line and clause", () => {
    const titled = (text: string) =>
      findMentions(articleFromText(text))
        .mentions.filter((m) => m.type === "person")
        .map((m) => `${m.text}/${m.title}`);
    // a headline closing in a quotation is no part of the title on the next line
    expect(
      titled("Ostrander Calls Tolls ‘A Step Too Far.’\n\nHarbour Minister Jon Ostrander spoke."),
    ).toContain("Jon Ostrander/Harbour Minister");
    // a capitalised conjunction or adverb opens the sentence, not the title
    expect(titled("But Sen. Anu Saar voted no. Even Harbour Minister Tomas Vell agreed.")).toEqual([
      "Anu Saar/Sen.",
      "Tomas Vell/Harbour Minister",
    ]);
    // a plural abbreviated title is split off the name it stands before
    expect(titled("Sens. Anu Saar and Ilsa Varnholt wrote to the ministry.")).toContain(
      "Anu Saar/Sens.",
    );
  });

  it("gives no one the title of the person a preposition makes them", () => {
    const ms = findMentions(
      articleFromText("Marta Kivistik, a spokeswoman for Ilsa Varnholt, declined to comment."),
    ).mentions.filter((m) => m.type === "person");
    expect(ms.find((m) => m.text === "Ilsa Varnholt")?.title ?? null).toBeNull();
  });

  it("splits a role written against a name off it", () => {
    const found = detectMentions("Ferry Administrator Jonas Vellner said the quay was safe.").map(
      (m) => `${m.text}/${m.type}`,
    );
    expect(found).toEqual(["Jonas Vellner/person"]);
    expect(detectMentions("The KTA Inspector Marta Kivistik arrived.").map((m) => m.text)).toEqual([
      "KTA",
      "Marta Kivistik",
    ]);
  });

  it("reads closed-class words at a sentence's start as words, not names", () => {
    const found = detectMentions("Amid the protests, the port stayed shut. Everything is in play.");
    expect(found.map((m) => m.text)).toEqual([]);
  });
});

describe("authors are not actors", () => {
  it("leaves out bylines, photo credits and closing credits", () => {
    const text = [
      "By Ilsa Varnholt",
      "Port Minister Tomas Vell said the harbour would reopen on Monday.",
      "Photo: Marta Kivistik/Harbour Post",
      "(Reporting by Jon Ostrander; Editing by Anu Saar)",
    ].join("\n\n");
    expect(people(text)).toEqual(["Tomas Vell"]);
  });

  it("leaves out the author the metadata names", () => {
    const text = "Ilsa Varnholt\n\nPort Minister Tomas Vell said the harbour would reopen.";
    expect(people(text, "Ilsa Varnholt")).toEqual(["Tomas Vell"]);
  });
});

describe("institutions", () => {
  it("finds government departments written in lower case", () => {
    const mentions = findMentions(
      articleFromText("The state department says the port will reopen, and Congress agreed."),
    ).mentions;
    expect(mentions.map((m) => `${m.text}/${m.type}`)).toEqual([
      "state department/organization",
      "Congress/organization",
    ]);
  });
});

describe("names joined by a hyphen", () => {
  it("reads no person in a pairing of two people's surnames or of peoples", () => {
    expect(
      people(
        "Ilsa Varnholt and Tomas Brennick met in the first Varnholt-Brennick debate on Monday, and Varnholt said she won.",
      ),
    ).toEqual(["Ilsa Varnholt", "Tomas Brennick", "Varnholt"]);
    expect(people("The Franco-German plan was announced by Ilsa Varnholt on Monday.")).toEqual([
      "Ilsa Varnholt",
    ]);
  });
  it("keeps a double-barrelled surname, alone or beside people who hold its parts", () => {
    expect(
      people("Ana Okafor-Lind said she would attend the launch, and Okafor-Lind smiled."),
    ).toEqual(["Ana Okafor-Lind", "Okafor-Lind"]);
    expect(
      people(
        "Ana Okafor-Lind met Bram Okafor and Carl Lind, and Okafor-Lind said the talks went well.",
      ),
    ).toEqual(["Ana Okafor-Lind", "Bram Okafor", "Carl Lind", "Okafor-Lind"]);
  });
});

describe("names that look like other words", () => {
  it("reads a month's name after a given name as a surname, and a date where a day follows", () => {
    expect(people("Prime Minister Ilsa May spoke in the harbour hall after the vote.")).toEqual([
      "Ilsa May",
    ]);
    expect(people("Guitarist Tomas March said the band would tour the islands.")).toEqual([
      "Tomas March",
    ]);
    expect(people("The ferry carried Ilsa Varnholt in May, and the talks ended in June.")).toEqual([
      "Ilsa Varnholt",
    ]);
    // the modal verb is no surname ("Clinton" is a given name too)
    expect(people("Hillary Clinton may win the primary, and Clinton may win Ohio.")).toEqual([
      "Hillary Clinton",
      "Clinton",
    ]);
  });
  it("takes police ranks written short as titles ('Const.', 'Insp.')", () => {
    expect(people("Const. Brennick said the office was evacuated.")).toEqual(["Brennick"]);
    expect(people("Insp. Ilsa Varnholt said the office was evacuated.")).toEqual(["Ilsa Varnholt"]);
  });
  it("reads no person in a party's or a people's adjective after a title", () => {
    expect(
      people("Sen. Ilsa Varnholt, a chief Republican adviser on the bill, said talks failed."),
    ).toEqual(["Ilsa Varnholt"]);
    // a surname that is an adjective, before a verb, stays a name
    expect(people("Sen. Young said the bill would pass, and Gov. Brown agreed.")).toEqual([
      "Young",
      "Brown",
    ]);
  });
  it("reads a title's word after a given name as the surname, and no name in the words after", () => {
    expect(
      people("She told the late-night show Dora Bishop Tonight on Sunday that she was proud."),
    ).toEqual(["Dora Bishop"]);
    // a title before a name stays a title
    expect(people("On Sunday King Edmund opened the bridge.")).toEqual(["Edmund"]);
  });
  it("reads no person in one English word of a Title Case headline", () => {
    expect(
      people(
        "Ferry Captain Rescued After Collision\n\nThe captain, Anu Saar, was rescued on Monday.",
      ),
    ).toEqual(["Anu Saar"]);
    expect(people("Port Director Quits Over Budget\n\nDirector Vell said he would leave.")).toEqual(
      ["Vell"],
    );
  });
  it("reads no person in a company or body named for its trade after a rank", () => {
    expect(people("Ana Lund said General Electric would sell the unit.")).toEqual(["Ana Lund"]);
    expect(people("Tomas Vell spoke at the Major Ports Forum on Monday.")).toEqual(["Tomas Vell"]);
  });
  it("reads no person in a title's plural after a title", () => {
    expect(people("Ana Lund briefed the Minister, the Deputy Ministers and their aides.")).toEqual([
      "Ana Lund",
    ]);
  });
});
