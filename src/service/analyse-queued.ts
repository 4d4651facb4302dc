import type { Article, Skip } from "../model/index.js";
import type { ArticleAnalyser } from "../pipeline/analyser.js";
import type { Context } from "../pipeline/context.js";
import type { ArticleOutcome } from "../pipeline/run.js";
import { addArticles } from "../store/articles.js";
import type { Store } from "../store/open.js";
import { queuedArticles } from "../store/queue.js";
import type { StoreId } from "../store/schema.js";

/** What analysing a batch of queued articles did. */
export type AnalysedBatch = {
  /** Articles stored with their analysis. */
  readonly stored: number;
  /** Articles stored meanwhile under their URL or text by another input (a plain ingest). */
  readonly known: number;
  /** Articles whose analysis failed, and why: they leave the queue. */
  readonly skipped: readonly Skip[];
};

/**
 * Analyses the queued articles of `ids` (those still queued: a batch run again after its worker
 * died finds the ones it stored gone) and stores each under the id it was queued with, taking it
 * off the queue in the same transaction (`addArticles`). The analysis runs before that
 * transaction opens, as in `ingestArticles`.
 */
export async function analyseQueued(
  store: Store,
  ids: readonly StoreId[],
  ctx: Context,
  analyser: ArticleAnalyser,
): Promise<AnalysedBatch> {
  const queued = await queuedArticles(store, ids);
  if (queued.length === 0) return { stored: 0, known: 0, skipped: [] };
  const outcomes: readonly ArticleOutcome[] = await analyser.analyse(
    queued.map((q) => q.raw),
    ctx,
  );
  const articles: Article[] = [];
  const articleIds: StoreId[] = [];
  const skipped: Skip[] = [];
  outcomes.forEach((o, i) => {
    if ("article" in o) {
      articles.push(o.article);
      articleIds.push(queued[i]!.id);
    } else skipped.push(o.skip);
  });
  const added = await addArticles(store, articles, {
    ids: articleIds,
    dequeue: queued.map((q) => q.id),
  });
  const stored = added.filter((a) => a.added).length;
  return { stored, known: added.length - stored, skipped };
}
