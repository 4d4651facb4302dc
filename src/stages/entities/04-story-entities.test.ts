import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, Story } from "../../model/index.js";
import { acronymOf, editDistance, nameKey, transliterationKey } from "./02-names.js";
import { findMentions } from "./entities.js";
import { storyEntities } from "./04-story-entities.js";

const article = (id: string, text: string): Article =>
  findMentions(articleFromText(text, { id, source: id }));
const story: Story = { id: "s1", label: "", articles: [], from: null, to: null };
const entities = (...texts: string[]) =>
  storyEntities(
    story,
    texts.map((t, i) => article(`a${i}`, t)),
  );
const find = (es: ReturnType<typeof entities>, form: string) =>
  es.filter((e) => e.name === form || e.aliases.includes(form));

describe("name forms", () => {
  it("normalises initials, diacritics and possessives", () => {
    expect(nameKey("J.D. Vance")).toBe(nameKey("JD Vance"));
    expect(nameKey("Zürich's")).toBe("zurich");
  });
  it("reads a hyphen between names as a space", () => {
    expect(nameKey("Anu Saar-Vellmann")).toBe(nameKey("Anu Saar Vellmann"));
  });
  it("folds transliterations", () => {
    expect(transliterationKey("Zelenskyy")).toBe(transliterationKey("Zelenskiy"));
    expect(transliterationKey("Zelensky")).toBe(transliterationKey("Zelenskyy"));
  });
  it("measures one-letter slips and spells out acronyms", () => {
    expect(editDistance("varnhalt", "varnholt")).toBe(1);
    expect(acronymOf("Ukraine Defense Contact Group")).toBe("UDCG");
    expect(acronymOf("Bank of England")).toBe("BE");
  });
});

describe("storyEntities", () => {
  it("reads 'Name, Jr.' as 'Name Jr.', and gives a surname alone to the name with its suffix", () => {
    const es = entities(
      "Inmate Joseph Vellmar, Jr., won a retrial on Monday. Vellmar is pleased.",
      "A judge freed Joseph Vellmar Jr. in Tartu. Vellmar thanked her.",
    ).filter((e) => e.type === "person");
    expect(es).toHaveLength(1);
    expect([es[0]!.name, ...es[0]!.aliases]).toEqual(
      expect.arrayContaining(["Joseph Vellmar Jr.", "Joseph Vellmar, Jr.", "Vellmar"]),
    );
    expect(es[0]!.mentions).toBe(4);
  });

  it("keeps a son named for his father apart from him", () => {
    const es = entities(
      "Tomas Brandt Jr. took over the firm from his father, Tomas Brandt, on Monday.",
    ).filter((e) => e.type === "person");
    expect(es.map((e) => e.name).sort()).toEqual(["Tomas Brandt", "Tomas Brandt Jr."]);
  });

  it("joins a surname of two words, hyphenated or not, to the one full name it ends", () => {
    const es = entities(
      "Harbour chief Anu Saar-Vellmann said the quay was safe.",
      "Saar-Vellmann added that crews would stay overnight.",
      "Harbour chief Anu Saar Vellmann spoke on Tuesday. Saar Vellmann said the cordon would stay.",
    );
    const people = es.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(["Anu Saar-Vellmann", "Anu Saar Vellmann"]).toContain(people[0]!.name);
    expect(new Set(find(es, "Saar Vellmann").concat(find(es, "Saar-Vellmann"))).size).toBe(1);
  });

  it("merges one person's spellings across articles and keeps the titles", () => {
    const es = entities(
      "Ukrainian President Volodymyr Zelenskyy met the envoy on Monday. Zelenskyy said talks went well.",
      "President Volodymyr Zelenskiy told reporters he was ready to negotiate.",
      "Volodymyr Zelensky said on Tuesday that the talks would continue.",
    );
    const z = find(es, "Volodymyr Zelenskiy");
    expect(z).toHaveLength(1);
    expect(z[0]!.aliases).toEqual(
      expect.arrayContaining(["Volodymyr Zelensky", "Volodymyr Zelenskyy"]),
    );
    expect(z[0]!.titles).toEqual(expect.arrayContaining(["Ukrainian President"]));
    expect(z[0]!.articles).toEqual(["a0", "a1", "a2"]);
  });

  it("never merges two people who share a surname", () => {
    const es = entities(
      "President Tomas Vell met Grant Vell on Sunday, officials said. Vell declined to comment.",
    );
    expect(find(es, "Tomas Vell")).toHaveLength(1);
    expect(find(es, "Grant Vell")).toHaveLength(1);
    expect(find(es, "Tomas Vell")[0]).not.toBe(find(es, "Grant Vell")[0]);
  });

  it("gives a surname alone to the story's principal when one full name leads by far", () => {
    const principal =
      "Skipper Tomas Vellner won the regatta on Friday. Vellner also set a course record, and Vellner was named sailor of the week.";
    const es = entities(
      principal,
      principal.replace("Friday", "Saturday"),
      "His father, Oskar Vellner, watched from the quay.",
      "Vellner said the crew was ready for the final.",
    );
    const tomas = find(es, "Tomas Vellner");
    expect(tomas).toHaveLength(1);
    expect(find(es, "Vellner")).toEqual(tomas);
    expect(find(es, "Oskar Vellner")[0]).not.toBe(tomas[0]);
  });

  it("keeps a surname alone apart when no full name leads", () => {
    const es = entities(
      "Tomas Vellner and Oskar Vellner opened the bakery.",
      "Vellner said the bakery would stay open.",
    );
    const surname = find(es, "Vellner");
    expect(surname.some((e) => e.name === "Tomas Vellner" || e.name === "Oskar Vellner")).toBe(
      false,
    );
  });

  it("joins a short given name to its full form and reads past a leading initial", () => {
    const es = entities(
      "Former chief Frederick Larsmo spoke to the inquiry on Monday.",
      "Fred Larsmo told the inquiry he had signed the order.",
      "T. Ilsa Varnholt chaired the board. Ilsa Varnholt said it would meet again.",
    );
    expect(find(es, "Fred Larsmo")).toEqual(find(es, "Frederick Larsmo"));
    expect(find(es, "Fred Larsmo")).toHaveLength(1);
    expect(find(es, "T. Ilsa Varnholt")).toEqual(find(es, "Ilsa Varnholt"));
    // a short form names its full names only: "Fred" is not "Fiona"
    const two = entities("Fred Larsmo met Fiona Larsmo on Monday.");
    expect(find(two, "Fred Larsmo")[0]).not.toBe(find(two, "Fiona Larsmo")[0]);
  });

  it("takes a name run on into a headline's words as the person's, never as the name shown", () => {
    const body =
      "Actress Ilsa Varnholt left the clinic on Monday. Ilsa Varnholt thanked the staff, and Varnholt said she felt well.";
    const es = entities(
      "Ilsa Varnholt Leaves Clinic\nThe actress thanked the staff on Monday and went home.",
      body,
      body.replace("Monday", "Tuesday"),
    );
    const ilsa = find(es, "Ilsa Varnholt");
    expect(ilsa).toHaveLength(1);
    expect(ilsa[0]!.name).toBe("Ilsa Varnholt");
    expect(find(es, "Ilsa Varnholt Leaves Clinic")).toEqual(ilsa);
    // a body named after her is not her
    const withFoundation = entities(
      body,
      body.replace("Monday", "Tuesday"),
      "The Ilsa Varnholt Foundation gave the clinic a new wing.",
    );
    const foundation = find(withFoundation, "Ilsa Varnholt Foundation");
    expect(foundation).toHaveLength(1);
    expect(foundation[0]!.type).not.toBe("person");
    expect(foundation[0]).not.toBe(find(withFoundation, "Ilsa Varnholt")[0]);
  });

  it("takes a headline's words run on before a full name as the person's", () => {
    const es = entities(
      "Swindlor Ilsa Varnholt Jr. told reporters on Monday that she was innocent.",
      "Harbour master Ilsa Varnholt left the court on Monday. Ilsa Varnholt thanked the jury, and Varnholt said she felt well.",
    );
    const ilsa = find(es, "Ilsa Varnholt");
    expect(ilsa).toHaveLength(1);
    expect(find(es, "Swindlor Ilsa Varnholt Jr.")).toEqual(ilsa);
    expect(ilsa[0]!.name).toBe("Ilsa Varnholt");
  });

  it("joins a given name spelled with a letter more inside it, never at its end", () => {
    const es = entities(
      "Tobias Talloway was charged on Monday.",
      "Tobiyas Talloway appeared in court on Tuesday.",
      "Daniel Talloway and his sister Daniela Talloway were in court.",
    );
    expect(find(es, "Tobiyas Talloway")).toEqual(find(es, "Tobias Talloway"));
    expect(find(es, "Daniel Talloway")[0]).not.toBe(find(es, "Daniela Talloway")[0]);
  });

  it("joins a given name no list knows to the one full name it opens, unless it is a surname", () => {
    const es = entities(
      "Orvane Orsby, 16, won the regatta on Saturday.",
      "Orvane said last year he wanted to study law.",
    );
    expect(find(es, "Orvane")).toEqual(find(es, "Orvane Orsby"));
    const both = entities(
      "Orvane Orsby, 16, won the regatta on Saturday. Judges thanked Lena Orvane.",
      "Orvane said he was tired.",
    );
    expect(find(both, "Orvane")[0]).not.toBe(find(both, "Orvane Orsby")[0]);
  });

  it("merges an acronym with its expansion", () => {
    const es = entities(
      "The Ukraine Defense Contact Group met in Brussels on Wednesday, officials said.",
      "Ministers attending the UDCG meeting in Brussels agreed to send more air defences.",
    );
    const g = find(es, "Ukraine Defense Contact Group");
    expect(g).toHaveLength(1);
    expect(g[0]!.aliases).toContain("UDCG");
    expect(g[0]!.type).toBe("organization");
  });
});

describe("merging by blocks in a large story", () => {
  // Many people, so that a merge test run only on the names filed under a shared key has to
  // find each match among hundreds of names that share nothing with it.
  const letter = (n: number): string => String.fromCharCode(97 + n);
  // Surnames two letters apart at least (each letter of the pair is written twice), so no slip
  // or transliteration joins two of them: "Kuillanka", "Kuillanlb".
  const surname = (i: number): string => {
    const [a, b] = [letter(i % 26), letter(Math.floor(i / 26))];
    return `${a.toUpperCase()}${b}uillan${a}${b}`;
  };
  const crowd = Array.from(
    { length: 120 },
    (_, i) =>
      `Officer ${["Ilsa", "Tomas", "Anu", "Marta", "Oren"][i % 5]} ${surname(i)} said the quay was closed.`,
  );

  it("finds every spelling, slip, surname and acronym among them", () => {
    const es = entities(
      ...crowd,
      "Ukrainian President Volodymyr Zelenskyy met the envoy on Monday.",
      "President Volodymyr Zelenskiy told reporters he was ready to negotiate.",
      "Harbour chief Ilsa Varnholt said the cordon would stay.",
      "Harbour chief Ilsa Varnhold spoke on Tuesday. Varnholt said crews would stay.",
      "The Harbour Safety Working Group met in Tartu on Wednesday, officials said.",
      "Ministers attending the HSWG meeting agreed to send more tugs.",
    );
    expect(find(es, "Volodymyr Zelenskiy")).toHaveLength(1);
    expect(find(es, "Volodymyr Zelenskyy")).toEqual(find(es, "Volodymyr Zelenskiy"));
    expect(find(es, "Ilsa Varnholt")).toHaveLength(1);
    expect(find(es, "Ilsa Varnhold")).toEqual(find(es, "Ilsa Varnholt"));
    expect(find(es, "Varnholt")).toEqual(find(es, "Ilsa Varnholt"));
    expect(find(es, "HSWG")).toEqual(find(es, "Harbour Safety Working Group"));
    // Each of the crowd stays one person of its own: a shared first name is no reason to merge.
    const people = es.filter((e) => e.type === "person" && e.name.includes("uillan"));
    expect(people).toHaveLength(120);
    expect(people.every((p) => p.articles.length === 1)).toBe(true);
  });
});

describe("a name of one word", () => {
  it("is a person on firm evidence only, unless it joins a full name", () => {
    const names = (...texts: string[]) =>
      entities(...texts)
        .filter((e) => e.type === "person")
        .map((e) => e.name);
    // a site or an app "says" things too
    expect(names("Orvantify said the update was safe.")).toEqual([]);
    expect(names("Mayor Orvell said the update was safe.")).toEqual(["Orvell"]);
    expect(names("Tomas Orvell spoke first.", "Orvell said the update was safe.")).toEqual([
      "Tomas Orvell",
    ]);
  });
});
