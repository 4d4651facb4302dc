import type { Corpus, RawArticle, Skip } from "../model/index.js";
import type { Context } from "./context.js";
import {
  analyseInThisThread,
  corpusStagesThrough,
  runCorpusStages,
  type ArticleOutcome,
  type RunOptions,
} from "./run.js";

/**
 * Runs the article stages over a batch of raw articles: in this thread, or in a pool of worker
 * threads (`openArticlePool`). Whichever it is, the outcomes come back in input order and are the
 * same, so a caller's output does not depend on the number of threads.
 */
export type ArticleAnalyser = {
  /** The threads analysing at once: 1 is this thread alone. */
  readonly threads: number;
  analyse(
    raws: readonly RawArticle[],
    ctx: Context,
    onArticle?: (done: number, total: number) => void,
  ): Promise<ArticleOutcome[]>;
  /** Stops its threads; the analyser is not used after. Closing twice is closing once. */
  close(): Promise<void>;
};

/** The article stages in this thread, one article after the other. Holds nothing to close. */
export function inProcessAnalyser(): ArticleAnalyser {
  return {
    threads: 1,
    analyse: async (raws, ctx, onArticle) => analyseInThisThread(raws, ctx, onArticle),
    close: async () => {},
  };
}

/**
 * The whole pipeline over a batch of raw articles, the article stages run by `analyser` (see
 * `runPipeline`, which runs them in this thread; the corpus is the same).
 */
export async function runPipelineWith(
  analyser: ArticleAnalyser,
  raws: readonly RawArticle[],
  skipped: readonly Skip[],
  ctx: Context,
  options: RunOptions = {},
): Promise<Corpus> {
  corpusStagesThrough(options.through); // a stage name it does not know fails before any work
  const outcomes = await analyser.analyse(raws, ctx, options.onArticle);
  return runCorpusStages(outcomes, skipped, ctx, options.through);
}
