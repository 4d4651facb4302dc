import { sql } from "kysely";
import type { RawArticle, Skip } from "../model/index.js";
import { withSiteShared } from "../stages/clean/00-site-lines.js";
import { contentHash, unknownStorable } from "./articles.js";
import type { Store } from "./open.js";
import { compareStoreIds, type StoreId } from "./schema.js";

/**
 * The queue of articles read but not analysed yet (`corroborate ingest --queue`), which
 * `corroborate worker` processes analyse and store (src/service/analyse-queued.ts). See
 * migration 0012 for why a queued article already has its store id.
 */

/**
 * Articles queued per transaction, and per analysis job: a worker holds one batch at a time, so
 * a batch is what a dead worker's successor analyses again.
 */
export const QUEUE_BATCH = 100;

/** What queueing did with the articles. */
export type QueueReport = {
  /** The ids of the articles queued, one list per batch (an analysis job each). */
  readonly batches: readonly (readonly StoreId[])[];
  /** Articles whose URL or text is stored or queued already (or came earlier in the input). */
  readonly known: number;
  /** Articles the store cannot keep, and why. */
  readonly skipped: readonly Skip[];
};

/**
 * Queues each article whose URL and text are neither stored nor queued, in batches of
 * `QUEUE_BATCH`, one transaction each; no analysis is run. `onBatch` hears each batch's ids as
 * it is committed, so that its analysis can be asked for at once.
 */
export async function queueArticles(
  store: Store,
  raws: readonly RawArticle[],
  onBatch?: (ids: readonly StoreId[], done: number) => Promise<void>,
  batchSize = QUEUE_BATCH,
): Promise<QueueReport> {
  const batches: StoreId[][] = [];
  const skipped: Skip[] = [];
  let known = 0;
  // The lines each page shares with other pages of its site, read over the whole input as
  // `ingestArticles` reads them: they travel with the queued page, so that a worker analysing
  // its batch reads the page as a plain ingest of the same input would.
  const pages = withSiteShared(raws);
  for (let start = 0; start < pages.length; start += batchSize) {
    const unknown = await unknownStorable(store.db, pages.slice(start, start + batchSize), skipped);
    const { fresh } = unknown;
    known += unknown.known;
    if (fresh.length === 0) continue;
    // One statement, its rows in input order, so the ids (from the articles' sequence) follow
    // it. A URL or text queued already, here or by another process, is the conflict that leaves
    // its row out.
    const rows = await store.db
      .insertInto("queued_articles")
      .values(
        fresh.map((raw) => ({
          input_id: raw.id,
          url: raw.url,
          content_hash: contentHash(raw.original),
          raw: JSON.stringify(raw),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    known += fresh.length - rows.length;
    const ids = rows.map((r) => r.id).sort(compareStoreIds);
    if (ids.length) {
      batches.push(ids);
      await onBatch?.(ids, start + batchSize);
    }
  }
  return { batches, known, skipped };
}

/** The articles of `ids` still queued, by id. */
export async function queuedArticles(
  store: Store,
  ids: readonly StoreId[],
): Promise<{ readonly id: StoreId; readonly raw: RawArticle }[]> {
  if (ids.length === 0) return [];
  const rows = await store.db
    .selectFrom("queued_articles")
    .select(["id", "raw"])
    .where("id", "in", ids)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, raw: r.raw as RawArticle }));
}

/** How many articles wait for analysis. */
export async function queuedCount(store: Store): Promise<number> {
  const { n } = await store.db
    .selectFrom("queued_articles")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * The lowest id still queued, or null when none is. Taken under a share lock of the queue, which
 * waits for the transactions queueing articles now: an id they hold but have not committed
 * could otherwise be lower than the articles read after this, and never be taken in.
 */
export async function firstQueuedId(store: Store): Promise<StoreId | null> {
  return store.db.transaction().execute(async (trx) => {
    await sql`lock table queued_articles in share mode`.execute(trx);
    const row = await trx
      .selectFrom("queued_articles")
      .select((eb) => eb.fn.min("id").as("first"))
      .executeTakeFirst();
    return (row?.first as StoreId | null | undefined) ?? null;
  });
}

/**
 * The articles queued at least `seconds` ago, in batches of `QUEUE_BATCH` by id: with no
 * analysis job queued or running, these have none (their queueing process died between
 * committing them and asking for their analysis), and are asked for again.
 */
export async function queuedBefore(store: Store, seconds: number): Promise<(readonly StoreId[])[]> {
  const rows = await store.db
    .selectFrom("queued_articles")
    .select("id")
    .where(sql<boolean>`queued_at <= now() - make_interval(secs => ${seconds})`)
    .orderBy("id")
    .execute();
  const batches: StoreId[][] = [];
  for (let i = 0; i < rows.length; i += QUEUE_BATCH)
    batches.push(rows.slice(i, i + QUEUE_BATCH).map((r) => r.id));
  return batches;
}
