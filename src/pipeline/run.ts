import type {
  Article,
  ArticleDraft,
  Corpus,
  CorpusDraft,
  RawArticle,
  Skip,
} from "../model/index.js";
import { reasonOf } from "../util/reason.js";
import { withSiteShared } from "../stages/clean/00-site-lines.js";
import type { Context } from "./context.js";
import { inCorpusOrder } from "./corpus-order.js";
import {
  REQUIRED_ANALYSIS,
  StageOrderError,
  type ArticleInProgress,
  type CorpusStage,
} from "./stage.js";
import { ARTICLE_STAGES, CORPUS_STAGES } from "./stages.js";

/** An article as ingest hands it over, before any stage: only what the container said. */
export function draftArticle(raw: RawArticle): ArticleDraft {
  return { ...raw, publishedFrom: raw.published ? "metadata" : null };
}

function isComplete(article: ArticleInProgress): article is Article {
  return REQUIRED_ANALYSIS.every((field) => article[field] !== undefined);
}

/** The article, checked to have every field of a complete one: a stage list that leaves one out is a bug. */
export function completeArticle(article: ArticleInProgress): Article {
  if (isComplete(article)) return article;
  const missing = REQUIRED_ANALYSIS.filter((field) => article[field] === undefined);
  throw new StageOrderError(
    `article ${article.id} left the article stages without ${missing.join(", ")}`,
  );
}

/** One article through every article-level stage. */
export function runArticleStages(raw: RawArticle, ctx: Context): Article {
  let article: ArticleInProgress = draftArticle(raw);
  for (const stage of ARTICLE_STAGES) article = stage.run(article, ctx);
  return completeArticle(article);
}

/** What became of one article in the article stages: analysed, or skipped with the reason. */
export type ArticleOutcome = { readonly article: Article } | { readonly skip: Skip };

/**
 * One article through the article stages, as an outcome: an article whose stages throw is
 * skipped with the reason, so that one input that trips a stage costs only itself. A
 * `StageOrderError` is thrown on: it is a fault of the stage list, which every article would hit.
 */
export function analyseArticle(raw: RawArticle, ctx: Context): ArticleOutcome {
  try {
    return { article: runArticleStages(raw, ctx) };
  } catch (e) {
    if (e instanceof StageOrderError) throw e;
    return { skip: { input: raw.id, reason: `its analysis failed: ${reasonOf(e)}` } };
  }
}

/**
 * Every article through the article stages in this thread, in input order. The batch is read
 * first for the lines its pages share with other pages of their sites (`withSiteShared`).
 */
export function analyseInThisThread(
  raws: readonly RawArticle[],
  ctx: Context,
  onArticle?: (done: number, total: number) => void,
): ArticleOutcome[] {
  return withSiteShared(raws).map((raw, i) => {
    const outcome = analyseArticle(raw, ctx);
    onArticle?.(i + 1, raws.length);
    return outcome;
  });
}

/** The articles and the skips of a run's outcomes, each in input order. */
export function splitOutcomes(outcomes: readonly ArticleOutcome[]): {
  articles: Article[];
  skipped: Skip[];
} {
  const articles: Article[] = [];
  const skipped: Skip[] = [];
  for (const o of outcomes) {
    if ("article" in o) articles.push(o.article);
    else skipped.push(o.skip);
  }
  return { articles, skipped };
}

/** Options of a pipeline run: where progress goes, and where the corpus stages may stop. */
export type RunOptions = {
  readonly onArticle?: (done: number, total: number) => void;
  /**
   * The last corpus stage to run (by name), "cluster" or a later one; the later ones are left
   * out, and their sections of the brief are absent. Listing stories needs them only through
   * "date".
   */
  readonly through?: string;
};

/** The corpus stages up to the one named `through` (all of them when it is not given). */
export function corpusStagesThrough(through?: string): readonly CorpusStage[] {
  if (through === undefined) return CORPUS_STAGES;
  const last = CORPUS_STAGES.findIndex((s) => s.name === through);
  if (last < 0) throw new Error(`no corpus stage named ${through}`);
  return CORPUS_STAGES.slice(0, last + 1);
}

/** The whole pipeline over a batch of raw articles, the article stages in this thread. */
export function runPipeline(
  raws: readonly RawArticle[],
  skipped: readonly Skip[],
  ctx: Context,
  options: RunOptions = {},
): Corpus {
  corpusStagesThrough(options.through); // a stage name it does not know fails before any work
  const outcomes = analyseInThisThread(raws, ctx, options.onArticle);
  return runCorpusStages(outcomes, skipped, ctx, options.through);
}

/**
 * The corpus stages over the article stages' outcomes, through the stage named `through` (all
 * by default). The articles go in in the corpus order (by content, see corpus-order.ts), not in
 * the order they were read. Articles skipped by the article stages join the inputs skipped
 * before them.
 */
export function runCorpusStages(
  outcomes: readonly ArticleOutcome[],
  skipped: readonly Skip[],
  ctx: Context,
  through?: string,
): Corpus {
  const stages = corpusStagesThrough(through);
  const analysed = splitOutcomes(outcomes);
  let corpus: CorpusDraft = {
    // ids are unique in a batch: the last word on two copies of one text read from two places
    articles: inCorpusOrder(
      analysed.articles,
      (a) => a,
      (x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    ),
    skipped: [...skipped, ...analysed.skipped],
  };
  for (const stage of stages) corpus = stage.run(corpus, ctx);
  const { stories } = corpus;
  if (stories === undefined)
    throw new Error(`a run through "${through}" ends before the stories are found`);
  return { ...corpus, stories };
}
