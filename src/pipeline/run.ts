import type { Article, Corpus, RawArticle, Skip } from "../model/index.js";
import { identityOffsets } from "../model/offsets.js";
import type { Context } from "./context.js";
import { ARTICLE_STAGES, CORPUS_STAGES } from "./stages.js";

/** An article as ingest hands it over: nothing analysed yet, its text as its own clean text. */
export function unanalysed(raw: RawArticle): Article {
  return {
    ...raw,
    publishedFrom: raw.published ? "metadata" : null,
    credit: null,
    clean: raw.original,
    offsets: identityOffsets(raw.original.length),
    removed: [],
    paragraphs: [],
    sentences: [],
    tokens: new Int32Array(0),
    words: 0,
    mentions: [],
  };
}

/** One article through every article-level stage. */
export function runArticleStages(raw: RawArticle, ctx: Context): Article {
  let article = unanalysed(raw);
  for (const stage of ARTICLE_STAGES) article = stage.run(article, ctx);
  return article;
}

/** Options of a pipeline run: where progress goes, and where the corpus stages may stop. */
export type RunOptions = {
  readonly onArticle?: (done: number, total: number) => void;
  /**
   * The last corpus stage to run (by name); the later ones are left out, and their sections of
   * the brief are absent. Listing stories needs them only through "date".
   */
  readonly through?: string;
};

/** The whole pipeline over a batch of raw articles. */
export function runPipeline(
  raws: readonly RawArticle[],
  skipped: readonly Skip[],
  ctx: Context,
  options: RunOptions = {},
): Corpus {
  const articles = raws.map((raw, i) => {
    const a = runArticleStages(raw, ctx);
    options.onArticle?.(i + 1, raws.length);
    return a;
  });
  const last =
    options.through === undefined
      ? CORPUS_STAGES.length - 1
      : CORPUS_STAGES.findIndex((s) => s.name === options.through);
  if (last < 0) throw new Error(`no corpus stage named ${options.through}`);
  let corpus: Corpus = { articles, skipped, stories: [] };
  for (const stage of CORPUS_STAGES.slice(0, last + 1)) corpus = stage.run(corpus, ctx);
  return corpus;
}
