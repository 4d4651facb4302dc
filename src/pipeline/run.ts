import type {
  Article,
  ArticleDraft,
  Corpus,
  CorpusDraft,
  RawArticle,
  Skip,
} from "../model/index.js";
import type { Context } from "./context.js";
import { REQUIRED_ANALYSIS, StageOrderError, type ArticleInProgress } from "./stage.js";
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
  let corpus: CorpusDraft = { articles, skipped };
  for (const stage of CORPUS_STAGES.slice(0, last + 1)) corpus = stage.run(corpus, ctx);
  const { stories } = corpus;
  if (stories === undefined)
    throw new Error(`a run through "${options.through}" ends before the stories are found`);
  return { ...corpus, stories };
}
