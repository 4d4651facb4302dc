import type { Article, Corpus } from "../model/index.js";
import type { Context } from "./context.js";

/**
 * A stage that works on one article at a time. It is a pure function: it returns a new article
 * with the fields it `adds`, never mutating its input. Article stages can run in any number of
 * workers, since they read nothing but the article and the context.
 */
export type ArticleStage = {
  readonly name: string;
  readonly adds: readonly (keyof Article)[];
  readonly run: (article: Article, ctx: Context) => Article;
};

/** A stage that needs the whole corpus (dates anchored on the batch, stories). */
export type CorpusStage = {
  readonly name: string;
  readonly adds: readonly string[];
  readonly run: (corpus: Corpus, ctx: Context) => Corpus;
};
