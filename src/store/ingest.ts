import type { RawArticle, Skip } from "../model/index.js";
import type { Context } from "../pipeline/context.js";
import { runArticleStages } from "../pipeline/run.js";
import { addArticle, knownArticleId, unstorableReason } from "./articles.js";
import type { Store } from "./open.js";
import type { StoreId } from "./schema.js";

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
 * A known article (same URL or same text) is skipped before any analysis is spent on it. Each
 * article is stored in its own transaction, after its analysis: an interrupted ingest keeps every
 * article it stored, and the next one skips them.
 */
export async function ingestArticles(
  store: Store,
  raws: readonly RawArticle[],
  ctx: Context,
  onArticle?: (done: number, total: number) => void,
): Promise<IngestReport> {
  const added: StoreId[] = [];
  let known = 0;
  const skipped: Skip[] = [];
  for (const [i, raw] of raws.entries()) {
    const unstorable = unstorableReason(raw);
    if (unstorable !== null) skipped.push({ input: raw.id, reason: unstorable });
    else if ((await knownArticleId(store, raw)) !== null) known++;
    else {
      const result = await addArticle(store, runArticleStages(raw, ctx));
      // Two inputs of this batch with one text: the second finds the first.
      if (result.added) added.push(result.id);
      else known++;
    }
    onArticle?.(i + 1, raws.length);
  }
  return { added, known, skipped };
}
