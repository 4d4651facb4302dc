import type { Article, RawArticle } from "../src/model/index.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { defaultContext } from "../src/pipeline/context.js";

/** A raw article built by hand, for unit tests. */
export function rawArticle(original: string, overrides: Partial<RawArticle> = {}): RawArticle {
  return {
    id: "a",
    source: "a.txt",
    format: "text",
    url: null,
    outlet: null,
    outletFrom: null,
    title: null,
    author: null,
    published: null,
    original,
    bodyStart: 0,
    ...overrides,
  };
}

/** An article from a text, through every article-level stage. */
export function articleFromText(original: string, overrides: Partial<RawArticle> = {}): Article {
  return runArticleStages(rawArticle(original, overrides), defaultContext());
}
