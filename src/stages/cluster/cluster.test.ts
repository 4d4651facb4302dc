import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, Corpus } from "../../model/index.js";
import { detectReuse } from "../reuse/reuse.js";
import { clusterStories } from "./cluster.js";

const a = (id: string, text: string, published: string | null = null): Article =>
  articleFromText(text, { id, source: id, published, title: null });

// Two events of the same kind: each is told by two articles with their own names and places.
const FIRE_A1 =
  "A fire at the Brightcell battery plant in Merrowby forced 1,200 residents from their homes on Tuesday. Chief Fire Officer Adaeze Okafor said crews from Merrowby contained the blaze at the Fenwick Dock site.";
const FIRE_A2 =
  "Residents evacuated from Fenwick Dock in Merrowby returned home after the Brightcell battery fire was declared out. Okafor said investigators would examine the Brightcell plant.";
const FIRE_B1 =
  "A warehouse fire in Tallinn's Kopli district destroyed a timber store owned by Nordwood on Friday. Rescue chief Jaan Tamm said Kopli residents should keep their windows shut.";
const FIRE_B2 =
  "Nordwood said the Kopli timber store in Tallinn was insured, a day after the fire. Jaan Tamm said the cause of the Kopli fire was not yet known.";

const corpus = (articles: Article[]): Corpus => ({ articles, skipped: [], stories: [] });
const groups = (c: Corpus): string[][] => c.stories.map((s) => [...s.articles].sort());

describe("clusterStories", () => {
  it("tells two events of the same kind apart by their names and places", () => {
    const c = clusterStories(
      corpus([a("a1", FIRE_A1), a("b1", FIRE_B1), a("a2", FIRE_A2), a("b2", FIRE_B2)]),
    );
    expect(groups(c).sort()).toEqual([
      ["a1", "a2"],
      ["b1", "b2"],
    ]);
  });

  it("gives the same stories whatever the input order", () => {
    const one = groups(
      clusterStories(
        corpus([a("a1", FIRE_A1), a("b1", FIRE_B1), a("a2", FIRE_A2), a("b2", FIRE_B2)]),
      ),
    );
    const two = groups(
      clusterStories(
        corpus([a("b2", FIRE_B2), a("a2", FIRE_A2), a("b1", FIRE_B1), a("a1", FIRE_A1)]),
      ),
    );
    expect(two.sort()).toEqual(one.sort());
  });

  it("keeps apart articles on the same subject months apart", () => {
    const c = clusterStories(
      corpus([a("a1", FIRE_A1, "2026-03-17"), a("a2", FIRE_A2, "2026-09-17")]),
    );
    expect(c.stories).toHaveLength(2);
  });

  it("puts a copy in its origin's story", () => {
    const wire = a(
      "wire",
      `${FIRE_A1}\n\n${FIRE_A2}\n\nThe plant employs 85 people and opened in 2021, the company said in a statement on Tuesday evening.`,
    );
    const copy = a("copy", wire.clean);
    const c = clusterStories(detectReuse(corpus([wire, a("b1", FIRE_B1), copy])));
    expect(groups(c).sort()).toEqual([["b1"], ["copy", "wire"]]);
  });

  it("labels a story with its most central headline and dates it", () => {
    const x = articleFromText(FIRE_A1, {
      id: "x",
      title: "Battery plant fire in Merrowby forces evacuation",
      published: "2026-03-17",
    });
    const y = articleFromText(FIRE_A2, {
      id: "y",
      title: "Merrowby residents return home after battery fire",
      published: "2026-03-19",
    });
    const [story] = clusterStories(corpus([x, y])).stories;
    expect(story).toMatchObject({ from: "2026-03-17", to: "2026-03-19", articles: ["x", "y"] });
    expect([
      "Battery plant fire in Merrowby forces evacuation",
      "Merrowby residents return home after battery fire",
    ]).toContain(story!.label);
  });
});
