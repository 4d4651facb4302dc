import { relationsFrom } from "../stages/reuse/reuse.js";
import { candidatesIn, fingerprintOf } from "../stages/reuse/05-reuse-index.js";
import { isReuse } from "../stages/reuse/06-verify.js";
import type { ReuseRelation, CopyGroup } from "../model/index.js";
import { reusePairsAround, saveReusePairs } from "../store/corpus-state.js";
import type { Store } from "../store/open.js";
import {
  anchorCounts,
  fileFingerprints,
  observeAnchors,
  StoredAnchorStats,
  StoredPostings,
} from "../store/reuse-index.js";
import type { StoreId } from "../store/schema.js";
import { edgesOf, FeatureCache, measure, type ReusePair } from "./incremental.js";
import type { WorkingSet } from "./working-set.js";

/**
 * The reuse stage over a store that grows (issue 15, item 4): each new article is looked up in
 * the index kept in the store's tables and filed there, so it is compared once with the articles
 * before it and never again; the verified pairs are kept. As in a batch, the new articles are
 * counted into the anchor statistics before any is looked up, and each is compared with the
 * stored articles and with the new ones before it.
 */
export async function indexFreshArticles(
  store: Store,
  ws: WorkingSet,
  fresh: readonly StoreId[],
  features: FeatureCache,
): Promise<{ stats: StoredAnchorStats; pairs: ReusePair[] }> {
  const ordered = ws.ordered(fresh);
  const own = ordered.map((k) => features.of(k.key, k.article));
  const observed = await observeAnchors(
    store.db,
    own.map((f) => f.anchors),
  );
  const stats = new StoredAnchorStats(
    observed,
    await anchorCounts(store.db, [...new Set(own.flatMap((f) => [...f.anchors]))]),
  );
  const fps = own.map((f) => fingerprintOf(f, stats));
  const postings = await StoredPostings.read(store.db, fps);
  const found: { key: StoreId; others: StoreId[] }[] = [];
  ordered.forEach((k, i) => {
    const others = [...candidatesIn(fps[i]!, postings)].filter((o) => o !== k.key);
    found.push({ key: k.key, others });
    postings.add(k.key, fps[i]!);
  });
  await ws.load(found.flatMap((f) => f.others));
  const theirs = [...new Set(found.flatMap((f) => f.others))].flatMap((key) => {
    const k = ws.get(key);
    return k ? [features.of(key, k.article)] : [];
  });
  stats.merge(await anchorCounts(store.db, stats.missing(theirs.flatMap((f) => [...f.anchors]))));

  const position = ws.positions();
  const pairs: ReusePair[] = [];
  for (const { key, others } of found) {
    const k = ws.get(key)!;
    const mine = features.of(key, k.article);
    for (const other of others) {
      const o = ws.get(other);
      if (!o) continue; // removed since it was filed
      const theirFeatures = features.of(other, o.article);
      const m =
        position(key) > position(other)
          ? measure(mine, theirFeatures, stats)
          : measure(theirFeatures, mine, stats);
      if (isReuse(m)) pairs.push({ a: key, b: other });
    }
  }
  await fileFingerprints(
    store.db,
    ordered.map((k, i) => ({ id: k.key, fp: fps[i]! })),
  );
  await saveReusePairs(store.db, pairs);
  return { stats, pairs };
}

/** Copy groups with store ids: relations and groups, as the reuse stage gives them. */
export type StoredCopies = {
  /** Every article the pairs reach (the groups' members and any that left them), in the corpus order. */
  readonly members: readonly StoreId[];
  readonly relations: readonly ReuseRelation[];
  readonly groups: readonly CopyGroup[];
};

/**
 * The copy groups these articles belong to, worked out as the batch reuse stage does from all of
 * the groups' verified pairs (a new copy can change a group's origin and who copied whom). The
 * relations name articles by their brief ids; `keyOf` maps them back.
 */
export async function copyGroupsAround(
  store: Store,
  ws: WorkingSet,
  articles: readonly StoreId[],
  stats: StoredAnchorStats,
  features: FeatureCache,
): Promise<StoredCopies & { keyOf: Map<string, StoreId> }> {
  const pairs = await reusePairsAround(store.db, articles);
  const keys = new Set([...articles, ...pairs.flatMap((p) => [p.a, p.b])]);
  await ws.load(keys);
  const loaded = ws.ordered(keys);
  const missing = stats.missing(loaded.flatMap((k) => [...features.of(k.key, k.article).anchors]));
  stats.merge(await anchorCounts(store.db, missing));
  const byKey = new Map(loaded.map((k) => [k.key, k]));
  const edges = edgesOf(pairs, byKey, ws.positions(), stats, features);
  const { relations, groups } = relationsFrom(
    loaded.map((k) => k.article),
    edges,
  );
  const keyOf = new Map(loaded.map((k) => [k.article.id, k.key]));
  return {
    // Every article reached, in a group now or not: one whose pairs no longer verify has left its
    // group, and its stored edge must go too.
    members: loaded.map((k) => k.key),
    relations,
    groups,
    keyOf,
  };
}
