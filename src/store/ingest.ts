import type { Article, RawArticle, Skip } from "../model/index.js";
import type { Context } from "../pipeline/context.js";
import { runArticleStages } from "../pipeline/run.js";
import { addArticles, knownArticleIds, unstorableReason } from "./articles.js";
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

/**
 * Runs each article not stored yet through the article stages and stores it with its analysis.
 * A known article (same URL or same text) is skipped before any analysis is spent on it. The
 * analysis of a batch runs before its transaction opens: the embedded engine has one connection,
 * and a transaction held open during analysis would stall every other query.
 */
export async function ingestArticles(
  store: Store,
  raws: readonly RawArticle[],
  ctx: Context,
  onArticle?: (done: number, total: number) => void,
): Promise<IngestReport> {
  const added: StoreId[] = [];
  const skipped: Skip[] = [];
  let known = 0;
  for (let start = 0; start < raws.length; start += INGEST_BATCH) {
    const batch = raws.slice(start, start + INGEST_BATCH);
    const storable = batch.filter((raw) => {
      const reason = unstorableReason(raw);
      if (reason !== null) skipped.push({ input: raw.id, reason });
      return reason === null;
    });
    const knownIds = await knownArticleIds(store.db, storable);
    const analysed: Article[] = [];
    storable.forEach((raw, i) => {
      if (knownIds[i] !== null) known++;
      else analysed.push(runArticleStages(raw, ctx));
      onArticle?.(start + i + 1, raws.length);
    });
    for (const result of await addArticles(store, analysed)) {
      // Two inputs of this batch with one text: the second finds the first.
      if (result.added) added.push(result.id);
      else known++;
    }
  }
  onArticle?.(raws.length, raws.length);
  return { added, known, skipped };
}
