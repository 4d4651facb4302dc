import type { RawArticle, Skip } from "../model/index.js";
import { inProcessAnalyser, type ArticleAnalyser } from "../pipeline/analyser.js";
import type { Context } from "../pipeline/context.js";
import { splitOutcomes } from "../pipeline/run.js";
import { withSiteShared } from "../stages/clean/00-site-lines.js";
import { addArticles, unknownStorable } from "./articles.js";
import type { Store } from "./open.js";
import type { StoreId } from "./schema.js";

/**
 * Articles stored per transaction. Inserting in batches is several times faster than one by one
 * (DESIGN §8 measured batches of 200), and an interrupted ingest loses at most one batch, which
 * the next ingest redoes.
 */
export const INGEST_BATCH = 100;

/** What an ingest did with its articles. */
export type IngestReport = {
  /** Store ids of the articles stored by this ingest, in input order. */
  readonly added: readonly StoreId[];
  /** Articles whose URL or text was stored already (by an earlier ingest, or earlier in this one). */
  readonly known: number;
  /** Articles the store cannot keep, and why. */
  readonly skipped: readonly Skip[];
};

/** How an ingest runs: what reports its progress, and what analyses its articles. */
export type IngestOptions = {
  readonly onArticle?: (done: number, total: number) => void;
  /**
   * Runs the article stages (a pool of threads, see `openArticlePool`); the caller closes it.
   * Unset, they run in this thread. What is stored is the same either way.
   */
  readonly analyser?: ArticleAnalyser;
  /** Articles analysed and stored per transaction (`INGEST_BATCH` unless told). */
  readonly batchSize?: number;
};

/**
 * Runs each article not stored yet through the article stages and stores it with its analysis.
 * A known article (same URL or same text) is skipped before any analysis is spent on it, and so
 * is an article whose stages fail, with the reason. The analysis of a batch runs before its
 * transaction opens: the embedded engine has one connection, and a transaction held open during
 * analysis would stall every other query.
 */
export async function ingestArticles(
  store: Store,
  raws: readonly RawArticle[],
  ctx: Context,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const { onArticle } = options;
  const analyser = options.analyser ?? inProcessAnalyser();
  const size = Math.max(1, options.batchSize ?? INGEST_BATCH);
  const added: StoreId[] = [];
  const skipped: Skip[] = [];
  let known = 0;
  // The lines each page shares with other pages of its site are read over the whole input, not
  // only its batch, so that the pages of one site stored apart are read as a batch run reads them.
  const pages = withSiteShared(raws);
  for (let start = 0; start < pages.length; start += size) {
    const batch = pages.slice(start, start + size);
    const unknown = await unknownStorable(store.db, batch, skipped);
    const { fresh } = unknown;
    known += unknown.known;
    const outcomes = await analyser.analyse(fresh, ctx, (done) =>
      onArticle?.(start + (batch.length - fresh.length) + done, raws.length),
    );
    const analysed = splitOutcomes(outcomes);
    skipped.push(...analysed.skipped);
    for (const result of await addArticles(store, analysed.articles)) {
      // Two inputs of this batch with one text: the second finds the first.
      if (result.added) added.push(result.id);
      else known++;
    }
  }
  onArticle?.(raws.length, raws.length);
  return { added, known, skipped };
}
