import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Corpus } from "../../model/index.js";
import { shareSiteNames } from "./site-names.js";

describe("shareSiteNames", () => {
  const fromUrl = (id: string, text: string, url: string) =>
    articleFromText(text, { id, url, outlet: "LH Post", outletFrom: "url" });
  it("gives a site's address-only articles the name its pages spell", () => {
    const corpus: Corpus = {
      articles: [
        fromUrl("a", "The pier. (Ana Lund / Lakeside Harbour Post)", "https://lhpost.com/a"),
        fromUrl("b", "The ferry resumed on Friday.", "https://www.lhpost.com/b"),
        fromUrl("c", "The ferry resumed on Friday.", "https://otherpost.com/c"),
      ],
      skipped: [],
      stories: [],
    };
    expect(corpus.articles.map((a) => a.outlet)).toEqual([
      "Lakeside Harbour Post",
      "LH Post",
      "LH Post",
    ]);
    const out = shareSiteNames(corpus);
    expect(out.articles.map((a) => a.outlet)).toEqual([
      "Lakeside Harbour Post",
      "Lakeside Harbour Post",
      "LH Post",
    ]);
  });
});
