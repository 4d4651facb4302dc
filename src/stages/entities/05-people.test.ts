import { describe, expect, it } from "vitest";
import type { Entity } from "../../model/index.js";
import { peopleAcrossStories } from "./05-people.js";

const entity = (
  id: string,
  story: string,
  name: string,
  aliases: string[] = [],
  type: Entity["type"] = "person",
): Entity => ({ id, story, name, type, aliases, titles: [], articles: [], mentions: 1 });

describe("people across stories", () => {
  it("links the person entities of different stories shown by one full name, however cased or accented", () => {
    const people = peopleAcrossStories([
      entity("s1/e1", "s1", "Ilsa Varnholt", ["Varnholt"]),
      entity("s1/e2", "s1", "Merrowby Council", [], "organization"),
      entity("s2/e1", "s2", "ILSA VÄRNHOLT"),
      // an alias links nothing: it may be a headline's run-on or a form two people share
      entity("s4/e1", "s4", "Tomas Brennick", ["Ilsa Varnholt"]),
      entity("s3/e4", "s3", "Ilsa Varnholt"),
      entity("s3/e5", "s3", "Merrowby Council", [], "organization"),
    ]);
    expect(people).toEqual([
      { id: "p1", name: "Ilsa Varnholt", entities: ["s1/e1", "s2/e1", "s3/e4"] },
    ]);
  });

  it("links a full name with and without one middle initial, not through two initials", () => {
    const people = peopleAcrossStories([
      entity("s1/e1", "s1", "Tomas J. Brennick"),
      entity("s2/e1", "s2", "Tomas Brennick"),
      entity("s3/e1", "s3", "Tomas Brennick"),
      // two initialled forms: the plain name could be either, so none is linked through it
      entity("s1/e2", "s1", "Ilsa M. Varnholt"),
      entity("s2/e2", "s2", "Ilsa K. Varnholt"),
      entity("s3/e2", "s3", "Ilsa Varnholt"),
    ]);
    expect(people).toEqual([
      { id: "p1", name: "Tomas Brennick", entities: ["s1/e1", "s2/e1", "s3/e1"] },
    ]);
    // "H.W." is one initialled form, and an initial that opens the name is kept.
    expect(
      peopleAcrossStories([
        entity("s1/e1", "s1", "Arlo H.W. Penhale"),
        entity("s2/e1", "s2", "Arlo Penhale"),
        entity("s1/e2", "s1", "J. Wren Halloway"),
        entity("s2/e2", "s2", "Wren Halloway"),
      ]).map((p) => p.entities),
    ).toEqual([["s1/e1", "s2/e1"]]);
  });

  it("links no surname alone, no one of a single story, and no body", () => {
    expect(
      peopleAcrossStories([
        entity("s1/e1", "s1", "Varnholt"),
        entity("s2/e1", "s2", "Varnholt"),
        entity("s1/e2", "s1", "Tomas Brennick"),
        entity("s1/e3", "s1", "Merrowby City Council", [], "organization"),
        entity("s2/e2", "s2", "Merrowby City Council", [], "organization"),
      ]),
    ).toEqual([]);
  });
});
