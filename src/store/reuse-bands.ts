import { sql } from "kysely";
import { SIGNATURE_SIZE } from "../stages/reuse/03-minhash.js";
import { BANDS } from "../stages/reuse/05-reuse-index.js";
import type { Store } from "./open.js";
import type { StoreId } from "./schema.js";

/** Signature rows per band, as the reuse stage's index bands them. */
const ROWS = SIGNATURE_SIZE / BANDS;

/**
 * The key of each band of a MinHash signature: FNV-1a over the band's rows. Two articles whose
 * signatures agree on every row of a band share that band's key, as in the reuse stage's
 * in-memory index (which hashes the rows its own way; the store's keys are only ever compared
 * with the store's).
 */
export function bandKeys(signature: Uint32Array): Uint32Array {
  if (signature.length !== SIGNATURE_SIZE)
    throw new Error(`a MinHash signature has ${SIGNATURE_SIZE} values, not ${signature.length}`);
  const keys = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5;
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++) {
      const v = signature[r]!;
      for (let shift = 0; shift < 32; shift += 8)
        h = Math.imul(h ^ ((v >>> shift) & 0xff), 0x01000193);
    }
    keys[band] = h >>> 0;
  }
  return keys;
}

/** Stores an article's band keys (replacing any it had), so later runs find it as a candidate. */
export async function storeReuseBands(
  store: Store,
  articleId: StoreId,
  signature: Uint32Array,
): Promise<void> {
  const keys = bandKeys(signature);
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("reuse_bands").where("article_id", "=", articleId).execute();
    await trx
      .insertInto("reuse_bands")
      .values([...keys].map((key, band) => ({ article_id: articleId, band, key })))
      .execute();
  });
}

/**
 * Stored articles that share at least one band with the signature: the candidates a copy or
 * rewrite of them would have in the reuse stage, oldest first. Verification decides.
 */
export async function reuseCandidates(
  store: Store,
  signature: Uint32Array,
  options: { readonly excluding?: StoreId } = {},
): Promise<StoreId[]> {
  const keys = [...bandKeys(signature)];
  const bands = keys.map((_, band) => band);
  const rows = await store.db
    .selectFrom("reuse_bands")
    .select("article_id")
    .distinct()
    // One probe of the (band, key) index per band.
    .where(
      sql<boolean>`(band, key) in (select * from unnest(${bands}::smallint[], ${keys}::bigint[]))`,
    )
    .$if(options.excluding !== undefined, (q) => q.where("article_id", "<>", options.excluding!))
    .orderBy("article_id")
    .execute();
  return rows.map((r) => r.article_id);
}
