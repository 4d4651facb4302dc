import { describe, expect, it } from "vitest";
import { article, brief, story } from "../../test/html-fixture.js";
import type { EntityJson } from "./schema.js";
import { withPeopleAcrossStories } from "./people.js";

const person = (id: string, name: string, aliases: string[] = []): EntityJson => ({
  id,
  name,
  type: "person",
  aliases,
  titles: [],
  articles: [],
  mentions: 1,
});

describe("people across the stories of a brief put together from one-story briefs", () => {
  it("links entities that share a full name and marks each with its person", () => {
    const joined = withPeopleAcrossStories(
      brief(
        [article("a.txt"), article("b.txt")],
        [
          story([article("a.txt")], {
            id: "story-7",
            entities: [person("story-7/e1", "Ilsa Varnholt"), person("story-7/e2", "Bo Lind")],
          }),
          story([article("b.txt")], {
            id: "story-9",
            entities: [person("story-9/e3", "Ilsa Varnholt", ["Harbour Master Ilsa Varnholt"])],
          }),
        ],
      ),
    );
    expect(joined.people).toEqual([
      {
        id: "p1",
        name: "Ilsa Varnholt",
        entities: ["story-7/e1", "story-9/e3"],
        stories: ["story-7", "story-9"],
      },
    ]);
    expect(joined.stories.flatMap((s) => s.entities!.map((e) => [e.id, e.person]))).toEqual([
      ["story-7/e1", "p1"],
      ["story-7/e2", undefined],
      ["story-9/e3", "p1"],
    ]);
  });

  it("leaves a brief without entities as it is", () => {
    const plain = brief([article("a.txt")], [story([article("a.txt")])]);
    expect(withPeopleAcrossStories(plain)).toBe(plain);
  });
});
