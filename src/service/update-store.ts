import type { Context } from "../pipeline/context.js";
import { loadArticlesAfter } from "../store/articles.js";
import { indexedThrough, setIndexedThrough } from "../store/corpus-state.js";
import type { Store } from "../store/open.js";
import type { StoreId } from "../store/schema.js";
import { firstQueuedId } from "../store/queue.js";
import { reclusterDue, reclusterOpenWindow } from "../store/recluster.js";
import { assignToStories, placeInStory } from "../store/story-index.js";
import {
  markStale,
  replaceReuseEdgesOf,
  staleStories,
  storiesOfArticles,
  type StoredReuseEdge,
} from "../store/stories.js";
import { aggregateStory } from "./aggregate-story.js";
import { FeatureCache } from "./incremental.js";
import { copyGroupsAround, indexFreshArticles } from "./stored-reuse.js";
import { countSiteNames, WorkingSet } from "./working-set.js";

/**
 * New articles taken into the corpus-level results per transaction: enough that a large ingest
 * is read in few steps, few enough that a step's working set stays small.
 */
export const UPDATE_STEP = 500;

/** What one update of the corpus did. */
export type CorpusUpdate = {
  /** Articles new to the corpus-level results. */
  readonly indexed: number;
  /** Reuse pairs the new articles formed. */
  readonly newPairs: number;
  /** Stories whose members or copy groups changed. */
  readonly touched: number;
  /** Whether the open window was re-clustered: when it was due (src/store/recluster.ts). */
  readonly reclustered: boolean;
  /** Articles that re-clustering moved to another story. */
  readonly reclusterMoved: number;
  /** Stories whose brief was aggregated again and written as a new version. */
  readonly briefsWritten: number;
  /** Stories in the store after the update. */
  readonly stories: number;
};

/**
 * Takes stored articles the corpus-level results do not hold yet into them, in one transaction:
 * into the reuse index (verified against the articles before them), into the copy groups they
 * join (worked out again from the groups' pairs), and into stories (a new article that copies
 * no other joins the most similar story of its days, or starts one; a copy joins its origin's
 * story). The stories that changed are marked stale; their briefs are aggregated after. Only
 * the new articles and what they touch are read: the cost does not grow with the store.
 */
async function takeInArticles(
  store: Store,
  after: StoreId,
): Promise<{ indexed: number; newPairs: number; touched: number }> {
  // Queued articles are stored under ids given in input order, by workers in any order: only
  // the stored articles before the first still queued are taken, and only a whole step of them
  // while any is queued, so the steps (and all that follows from them) are the same whichever
  // worker analysed what, and when.
  const firstQueued = await firstQueuedId(store);
  return store.db.transaction().execute(async (trx) => {
    const inTrx: Store = { ...store, db: trx };
    const fresh = await loadArticlesAfter(inTrx, after, UPDATE_STEP, firstQueued);
    const wholeStep = fresh.length === UPDATE_STEP || firstQueued === null;
    if (!fresh.length || !wholeStep) return { indexed: 0, newPairs: 0, touched: 0 };
    const keys = fresh.map((s) => s.storeId);
    await countSiteNames(
      inTrx,
      fresh.map((s) => s.article),
    );
    const ws = new WorkingSet(inTrx);
    await ws.add(fresh);
    const features = new FeatureCache();
    const { stats, pairs } = await indexFreshArticles(inTrx, ws, keys, features);
    const copies = await copyGroupsAround(inTrx, ws, keys, stats, features);
    const keyOf = (id: string): StoreId => copies.keyOf.get(id)!;
    const edges: StoredReuseEdge[] = copies.relations.map((r) => ({
      ...r,
      copy: keyOf(r.copy),
      source: keyOf(r.source),
      origin: keyOf(r.origin),
    }));
    await replaceReuseEdgesOf(inTrx, copies.members, edges);

    const copyKeys = new Set(edges.map((e) => e.copy));
    const free = ws
      .ordered(keys)
      .filter((k) => !copyKeys.has(k.key))
      .map((k) => ({ key: k.key, article: k.article }));
    const { touched } = await assignToStories(trx, free);
    // A copy joins its origin's story, whichever story it was in before.
    const storyOf = await storiesOfArticles(inTrx, copies.members);
    for (const e of edges) {
      const target = storyOf.get(e.origin);
      if (target === undefined || storyOf.get(e.copy) === target) continue;
      for (const s of await placeInStory(trx, e.copy, target)) touched.add(s);
      storyOf.set(e.copy, target);
    }
    // A copy whose origin is in no story (which the steps above do not leave) is clustered
    // itself rather than left out of every story.
    const homeless = ws
      .ordered(keys)
      .filter((k) => copyKeys.has(k.key) && !storyOf.has(k.key))
      .map((k) => ({ key: k.key, article: k.article }));
    if (homeless.length)
      for (const s of (await assignToStories(trx, homeless)).touched) touched.add(s);
    // The groups' relations changed: their stories' briefs show them.
    for (const s of storyOf.values()) touched.add(s);
    await markStale(inTrx, touched);
    await setIndexedThrough(trx, keys[keys.length - 1]!);
    return { indexed: fresh.length, newPairs: pairs.length, touched: touched.size };
  });
}

/** What taking in the new articles did. */
export type TakenIn = {
  readonly indexed: number;
  readonly newPairs: number;
  readonly touched: number;
  /** Re-clusterings of the open window made between steps, and the articles they moved. */
  readonly reclusterings: number;
  readonly reclusterMoved: number;
};

/**
 * Takes every stored article the corpus-level results do not hold yet into them, step by step
 * (see `takeInArticles`), re-clustering the open window after a step that makes it due: so when
 * it is re-clustered depends on the steps alone, not on how many steps one call finds waiting
 * (which depends on how fast the articles were analysed). The stories it changed are left marked
 * stale. `reclusterWhenDue: false` leaves the window as online assignment made it (tests of the
 * re-clustering itself).
 */
export async function takeInNewArticles(
  store: Store,
  options: { readonly reclusterWhenDue?: boolean } = {},
): Promise<TakenIn> {
  const reclusterWhenDue = options.reclusterWhenDue ?? true;
  let indexed = 0;
  let newPairs = 0;
  let touched = 0;
  let reclusterings = 0;
  let reclusterMoved = 0;
  for (;;) {
    const step = await takeInArticles(store, await indexedThrough(store.db));
    if (step.indexed === 0) return { indexed, newPairs, touched, reclusterings, reclusterMoved };
    indexed += step.indexed;
    newPairs += step.newPairs;
    touched += step.touched;
    if (reclusterWhenDue && (await reclusterDue(store.db))) {
      // Superseded (another process took articles in meanwhile), it wrote nothing: the next
      // step's check, or the caller's, finds it due again.
      const done = await reclusterOpenWindow(store);
      reclusterMoved += done.moved;
      if (!done.superseded) reclusterings++;
    }
  }
}

/** Aggregates every stale story; returns how many briefs were written. */
export async function aggregateStaleStories(store: Store, ctx: Context): Promise<number> {
  let written = 0;
  for (let stale = await staleStories(store); stale.length; stale = await staleStories(store))
    for (const id of stale) if ((await aggregateStory(store, id, ctx)) === "written") written++;
  return written;
}

/** How many stories the store holds. */
export async function storyCount(store: Store): Promise<number> {
  const { n } = await store.db
    .selectFrom("stories")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Brings the store's corpus-level results up to date with its articles, in this process and
 * without a job queue: new articles are taken in, the open window is re-clustered when that is
 * due (`reclusterDue`: once the articles taken in since the last reach a share of the window, so
 * its cost is spread over them; as the jobs do), then every stale story is aggregated and its
 * brief written as a new version when what it reads changed. Idempotent: run again with nothing
 * new, it writes nothing; after a crash it finishes what the crash left. The commands do the same
 * work as jobs (src/service/corpus-jobs.ts).
 */
export async function updateCorpus(store: Store, ctx: Context): Promise<CorpusUpdate> {
  let taken = await takeInNewArticles(store);
  let reclusterMoved = taken.reclusterMoved;
  let reclustered = taken.reclusterings > 0;
  // Another process may take articles in while the window is re-clustered: then it is taken in
  // here too and the window re-clustered again, until a re-clustering saw every article.
  while (await reclusterDue(store.db)) {
    const done = await reclusterOpenWindow(store);
    reclusterMoved += done.moved;
    if (!done.superseded) {
      reclustered = true;
      break;
    }
    const more = await takeInNewArticles(store);
    reclusterMoved += more.reclusterMoved;
    taken = {
      indexed: taken.indexed + more.indexed,
      newPairs: taken.newPairs + more.newPairs,
      touched: taken.touched + more.touched,
      reclusterings: taken.reclusterings + more.reclusterings,
      reclusterMoved: taken.reclusterMoved + more.reclusterMoved,
    };
  }
  const briefsWritten = await aggregateStaleStories(store, ctx);
  return {
    indexed: taken.indexed,
    newPairs: taken.newPairs,
    touched: taken.touched,
    reclustered,
    reclusterMoved,
    briefsWritten,
    stories: await storyCount(store),
  };
}
