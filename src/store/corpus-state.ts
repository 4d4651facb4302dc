import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReuseIndex } from "../stages/reuse/05-reuse-index.js";
import type { Store } from "./open.js";
import type { StoreId } from "./schema.js";

/** The reuse index as stored, with the highest article id it holds ("0" for none yet). */
export type CorpusState = { readonly index: ReuseIndex; readonly indexedThrough: StoreId };

/**
 * The index saves to and loads from a file (its own format, checked on load); the store keeps
 * those bytes, so they pass through a private temporary folder.
 */
async function withTempFile<T>(use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "corroborate-index-"));
  try {
    return await use(join(dir, "reuse.index"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function loadCorpusState(store: Store): Promise<CorpusState | null> {
  const row = await store.db
    .selectFrom("corpus_state")
    .select(["reuse_index", "indexed_through"])
    .where("id", "=", 1)
    .executeTakeFirst();
  if (row === undefined) return null;
  const index = await withTempFile(async (path) => {
    await writeFile(path, row.reuse_index);
    return ReuseIndex.load(path);
  });
  return { index, indexedThrough: row.indexed_through };
}

/** The verified reuse pairs, by store id. */
export async function loadReusePairs(store: Store): Promise<{ a: StoreId; b: StoreId }[]> {
  const rows = await store.db
    .selectFrom("reuse_pairs")
    .select(["a_id", "b_id"])
    .orderBy("a_id")
    .orderBy("b_id")
    .execute();
  return rows.map((r) => ({ a: r.a_id, b: r.b_id }));
}

/**
 * Saves the index, the articles it now holds and the pairs they formed in one transaction: after
 * a crash either all of a batch's indexing is kept or none, and none is redone twice.
 */
export async function saveCorpusState(
  store: Store,
  state: CorpusState,
  newPairs: readonly { a: StoreId; b: StoreId }[],
): Promise<void> {
  const bytes = await withTempFile(async (path) => {
    await state.index.save(path);
    return readFile(path);
  });
  await store.db.transaction().execute(async (trx) => {
    const values = { reuse_index: bytes, indexed_through: state.indexedThrough };
    await trx
      .insertInto("corpus_state")
      .values({ id: 1, ...values })
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .execute();
    if (newPairs.length)
      await trx
        .insertInto("reuse_pairs")
        .values(newPairs.map((p) => ({ a_id: p.a, b_id: p.b })))
        .onConflict((oc) => oc.doNothing())
        .execute();
  });
}
