import { sql, type Kysely } from "kysely";
import type { StoreSchema, StoreId } from "./schema.js";

type Db = Kysely<StoreSchema>;

/** The highest article id the corpus-level results hold ("0" before the first update). */
export async function indexedThrough(db: Db): Promise<StoreId> {
  const row = await db
    .selectFrom("corpus_state")
    .select("indexed_through")
    .where("id", "=", 1)
    .executeTakeFirst();
  return row?.indexed_through ?? "0";
}

/** Records that the corpus-level results hold every article up to `through`. */
export async function setIndexedThrough(db: Db, through: StoreId): Promise<void> {
  await db
    .insertInto("corpus_state")
    .values({ id: 1, indexed_through: through, reuse_observed: 0 })
    .onConflict((oc) => oc.column("id").doUpdateSet({ indexed_through: through }))
    .execute();
}

/** Keeps verified reuse pairs (a pair found twice is kept once). */
export async function saveReusePairs(
  db: Db,
  pairs: readonly { a: StoreId; b: StoreId }[],
): Promise<void> {
  for (let i = 0; i < pairs.length; i += 5000)
    await db
      .insertInto("reuse_pairs")
      .values(pairs.slice(i, i + 5000).map((p) => ({ a_id: p.a, b_id: p.b })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/**
 * The verified pairs of the copy groups these articles belong to: every pair reachable from
 * them through other pairs. It reads the groups, not the store: a group is an origin and its
 * copies, a handful of articles however large the store grows.
 */
export async function reusePairsAround(
  db: Db,
  articles: readonly StoreId[],
): Promise<{ a: StoreId; b: StoreId }[]> {
  const seen = new Set<StoreId>(articles);
  const pairs = new Map<string, { a: StoreId; b: StoreId }>();
  let frontier = [...seen];
  while (frontier.length) {
    const { rows } = await sql<{ a_id: StoreId; b_id: StoreId }>`
      select a_id, b_id from reuse_pairs
      where a_id = any(${frontier}::bigint[]) or b_id = any(${frontier}::bigint[])`.execute(db);
    frontier = [];
    for (const r of rows) {
      pairs.set(`${r.a_id} ${r.b_id}`, { a: r.a_id, b: r.b_id });
      for (const id of [r.a_id, r.b_id])
        if (!seen.has(id)) {
          seen.add(id);
          frontier.push(id);
        }
    }
  }
  return [...pairs.values()];
}
