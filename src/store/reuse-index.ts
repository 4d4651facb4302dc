import { sql, type Kysely } from "kysely";
import {
  bandKeysOf,
  type AnchorStats,
  type KeyPostings,
  type ReuseFingerprint,
} from "../stages/reuse/05-reuse-index.js";
import { MAX_PHRASE_POSTINGS } from "../stages/reuse/05-reuse-index.js";
import type { StoreSchema, StoreId } from "./schema.js";

/**
 * The reuse stage's index kept in the store's tables (issue 15, item 2): an update reads the
 * postings of the keys its new articles are looked up by and the counts of their anchors, never
 * the whole index, so adding an article costs the same in a small store as in a large one. The
 * lookup rules are the stage's own (`candidatesIn`, `fingerprintOf`); only where the postings and
 * counts live differs.
 */

type Db = Kysely<StoreSchema>;
/** Rows per insert: PostgreSQL takes at most 65,535 parameters a statement. */
const CHUNK = 5000;

const uniq = (xs: Iterable<number>): number[] => [...new Set(xs)];

/** The anchor statistics as stored: observed articles, and the counts of the anchors asked for. */
export class StoredAnchorStats implements AnchorStats {
  constructor(
    readonly observed: number,
    private readonly counts: Map<number, number>,
  ) {}
  count(anchor: number): number {
    return this.counts.get(anchor) ?? 0;
  }
  /** Adds counts read for more anchors (of candidates loaded later). */
  merge(more: Map<number, number>): void {
    for (const [a, n] of more) this.counts.set(a, n);
  }
  /** The anchors among these whose counts were not read yet. */
  missing(anchors: Iterable<number>): number[] {
    return uniq([...anchors].filter((a) => !this.counts.has(a)));
  }
}

/** Articles counted into the anchor statistics. */
export async function observedArticles(db: Db): Promise<number> {
  const row = await db
    .selectFrom("corpus_state")
    .select("reuse_observed")
    .where("id", "=", 1)
    .executeTakeFirst();
  return Number(row?.reuse_observed ?? 0);
}

/** How many indexed articles hold each of these anchors. */
export async function anchorCounts(
  db: Db,
  anchors: readonly number[],
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (let i = 0; i < anchors.length; i += CHUNK) {
    const rows = await db
      .selectFrom("reuse_anchors")
      .select(["anchor", "articles"])
      .where("anchor", "=", sql<string>`any(${anchors.slice(i, i + CHUNK)}::bigint[])`)
      .execute();
    for (const r of rows) out.set(Number(r.anchor), r.articles);
  }
  return out;
}

/**
 * Counts a batch of articles' anchors into the statistics (each article's anchors are distinct),
 * and returns how many articles have been observed now.
 */
export async function observeAnchors(
  db: Db,
  articles: readonly (readonly number[] | Uint32Array)[],
): Promise<number> {
  const counts = new Map<number, number>();
  for (const anchors of articles) for (const a of anchors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const entries = [...counts].sort((x, y) => x[0] - y[0]); // one lock order for every writer
  for (let i = 0; i < entries.length; i += CHUNK) {
    const part = entries.slice(i, i + CHUNK);
    await sql`
      insert into reuse_anchors (anchor, articles)
      select * from unnest(${part.map(([a]) => a)}::bigint[], ${part.map(([, n]) => n)}::int[])
      on conflict (anchor) do update set articles = reuse_anchors.articles + excluded.articles`.execute(
      db,
    );
  }
  const row = await db
    .insertInto("corpus_state")
    .values({ id: 1, indexed_through: "0", reuse_observed: articles.length })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({
        reuse_observed: sql`corpus_state.reuse_observed + ${articles.length}`,
      }),
    )
    .returning("reuse_observed")
    .executeTakeFirstOrThrow();
  return Number(row.reuse_observed);
}

/** Postings read from the store for a set of keys, with articles added since (not yet written). */
export class StoredPostings implements KeyPostings<StoreId> {
  private constructor(
    private readonly bands: Map<number, StoreId[]>,
    private readonly phrases: Map<number, StoreId[]>,
  ) {}

  /**
   * The postings of every key these fingerprints are looked up by. A phrase key's postings are
   * read only up to one past the limit beyond which a phrase names no candidates: a stock phrase
   * filed under thousands of articles costs no more than a rare one.
   */
  static async read(db: Db, fps: readonly ReuseFingerprint[]): Promise<StoredPostings> {
    // Looked up by (band, key), the index's order: by key alone it would read the whole table.
    const bandPairs = new Map<string, [number, number]>();
    for (const fp of fps)
      bandKeysOf(fp).forEach((key, band) => bandPairs.set(`${band} ${key}`, [band, key]));
    const wantedBands = [...bandPairs.values()];
    const phraseKeys = uniq(fps.flatMap((fp) => [...fp.phraseKeys, ...fp.anchorPairs]));
    const bands = new Map<number, StoreId[]>();
    const phrases = new Map<number, StoreId[]>();
    for (let i = 0; i < wantedBands.length; i += CHUNK) {
      const part = wantedBands.slice(i, i + CHUNK);
      const { rows } = await sql<{ key: string; article_id: StoreId }>`
        select r.key, r.article_id
        from unnest(${part.map(([band]) => band)}::smallint[], ${part.map(([, key]) => key)}::bigint[])
          as w (band, key)
        join reuse_bands r on r.band = w.band and r.key = w.key
        order by r.article_id`.execute(db);
      for (const r of rows) push(bands, Number(r.key), r.article_id);
    }
    for (let i = 0; i < phraseKeys.length; i += CHUNK) {
      const { rows } = await sql<{ key: string; article_id: StoreId }>`
        select k.key, p.article_id
        from unnest(${phraseKeys.slice(i, i + CHUNK)}::bigint[]) as k (key)
        cross join lateral (
          select article_id from reuse_phrases r where r.key = k.key
          order by article_id limit ${MAX_PHRASE_POSTINGS + 1}
        ) p`.execute(db);
      for (const r of rows) push(phrases, Number(r.key), r.article_id);
    }
    return new StoredPostings(bands, phrases);
  }

  /** Files an article under its keys here (the batch's later articles find it), not in the store. */
  add(id: StoreId, fp: ReuseFingerprint): void {
    for (const key of bandKeysOf(fp)) push(this.bands, key, id);
    for (const key of [...fp.phraseKeys, ...fp.anchorPairs]) push(this.phrases, key, id);
  }

  band(key: number, visit: (doc: StoreId) => void): void {
    for (const d of this.bands.get(key) ?? []) visit(d);
  }
  phraseCount(key: number, limit: number): number {
    return Math.min(this.phrases.get(key)?.length ?? 0, limit + 1);
  }
  phrase(key: number, visit: (doc: StoreId) => void): void {
    for (const d of this.phrases.get(key) ?? []) visit(d);
  }
}

function push(map: Map<number, StoreId[]>, key: number, id: StoreId): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Files articles under their keys in the store. */
export async function fileFingerprints(
  db: Db,
  entries: readonly { readonly id: StoreId; readonly fp: ReuseFingerprint }[],
): Promise<void> {
  const bands = entries.flatMap(({ id, fp }) =>
    [...bandKeysOf(fp)].map((key, band) => ({ article_id: id, band, key })),
  );
  const phrases = entries.flatMap(({ id, fp }) =>
    uniq([...fp.phraseKeys, ...fp.anchorPairs]).map((key) => ({ article_id: id, key })),
  );
  for (let i = 0; i < bands.length; i += CHUNK / 3)
    await db
      .insertInto("reuse_bands")
      .values(bands.slice(i, i + CHUNK / 3))
      .onConflict((oc) => oc.doNothing())
      .execute();
  for (let i = 0; i < phrases.length; i += CHUNK / 2)
    await db
      .insertInto("reuse_phrases")
      .values(phrases.slice(i, i + CHUNK / 2))
      .onConflict((oc) => oc.doNothing())
      .execute();
}
