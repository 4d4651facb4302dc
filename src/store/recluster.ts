import { sql } from "kysely";
import { termCounts } from "../stages/cluster/01-terms.js";
import { TermStats, vectorOf, type SparseVector } from "../stages/cluster/02-story-index.js";
import {
  addToCentroid,
  dayOf,
  emptyCentroid,
  TIME_WINDOW_DAYS,
} from "../stages/cluster/centroid.js";
import {
  canonicalOrderKey,
  groupArticles,
  sortByOrderKey,
  type ClusterEntry,
} from "../stages/cluster/cluster.js";
import { loadArticles } from "./articles.js";
import { indexedThrough } from "./corpus-state.js";
import type { Store } from "./open.js";
import { compareStoreIds, type StoreId } from "./schema.js";
import {
  documentFrequencies,
  dropCentroid,
  loadCentroids,
  lockIndex,
  writeStory,
  type Db,
} from "./story-index.js";
import { countsFromBytes, vectorFromBytes, vectorToBytes } from "./vector-bytes.js";

/**
 * Re-clustering of the open window (issue 15): online assignment puts each new article into the
 * best story there is when it arrives and cannot undo an early wrong split or merge; news systems
 * re-cluster their recent coverage from time to time for that reason. This runs the cluster
 * stage's own batch assignment (`groupArticles`) over the articles of the stories still open,
 * with the store's term statistics, and moves memberships to what it finds, keeping story ids
 * where the stories overlap. Its cost follows the window, which is bounded in days and in
 * articles, never the store's size.
 */

/**
 * A story is open while its last day is within this many days of the newest story's: the days
 * the in-memory story index keeps a story before retiring it (two time windows), past which no
 * new article can join it.
 */
export const WINDOW_DAYS = 2 * TIME_WINDOW_DAYS;
/**
 * At most this many articles are re-clustered, the most recent first: the batch assignment's
 * cost grows with the window's size (see docs/store.md for the measured cost).
 */
export const WINDOW_ARTICLES = 5000;

/**
 * A re-clustering is due once the clustered articles taken in since the last reach this share of
 * the articles that one held (at least one). Its cost follows the window, so spread over a number
 * of additions that grows with the window too, each addition pays about the same however full the
 * open days are; meanwhile the newest articles stay where online assignment put them. ECB+ in
 * batches of 100 is re-clustered after every batch up to a window of 1,000.
 */
export const RECLUSTER_SHARE = 0.1;

export type WindowOptions = {
  readonly days?: number;
  readonly maxArticles?: number;
};

/** What a re-clustering did. */
export type Reclustered = {
  /** Articles in the window. */
  readonly window: number;
  /** Clustered articles that changed story, and copies that followed their origin. */
  readonly moved: number;
  /** Stories started for clusters that kept no existing id. */
  readonly created: number;
  /** Stories left with no member, deleted with their briefs. */
  readonly deleted: number;
  /** Stories whose members changed, marked stale for their brief to be aggregated again. */
  readonly stale: readonly StoreId[];
  /** True when articles were taken in while this ran: nothing was written (a later run will). */
  readonly superseded: boolean;
};

const compareIds = compareStoreIds;

/**
 * Which existing story id each new cluster keeps: pairs of (cluster, story) by how many of the
 * cluster's articles the story holds now, taken greatest overlap first, each cluster and each
 * story at most once; ties go to the older story (smaller id), then to the earlier cluster.
 * Null: the cluster starts a new story. A cluster that is exactly a story keeps its id, so
 * running again over an unchanged window moves nothing.
 */
export function reconcileStories(
  current: ReadonlyMap<StoreId, StoreId>,
  clusters: readonly (readonly StoreId[])[],
): (StoreId | null)[] {
  const pairs: { cluster: number; story: StoreId; overlap: number }[] = [];
  clusters.forEach((members, cluster) => {
    const overlap = new Map<StoreId, number>();
    for (const a of members) {
      const s = current.get(a);
      if (s !== undefined) overlap.set(s, (overlap.get(s) ?? 0) + 1);
    }
    for (const [story, n] of overlap) pairs.push({ cluster, story, overlap: n });
  });
  pairs.sort(
    (x, y) => y.overlap - x.overlap || compareIds(x.story, y.story) || x.cluster - y.cluster,
  );
  const kept: (StoreId | null)[] = clusters.map(() => null);
  const taken = new Set<StoreId>();
  for (const p of pairs) {
    if (kept[p.cluster] !== null || taken.has(p.story)) continue;
    kept[p.cluster] = p.story;
    taken.add(p.story);
  }
  return kept;
}

/** A clustered article of the window as stored: its story and its vector's bytes. */
type WindowRow = {
  readonly article_id: StoreId;
  readonly story_id: StoreId;
  readonly terms: Buffer;
  readonly weights: Buffer;
  readonly day: number | null;
  /** Its term counts and order key as assignment kept them; null for rows from before 0010. */
  readonly counts: Buffer | null;
  readonly order_key: string | null;
};

/**
 * The clustered articles of the open stories: those whose last day is within `days` of the
 * newest story's, and undated stories (they match any day). Beyond `maxArticles`, the most
 * recent (undated ones first, as they may be of any day); the others stay where they are.
 */
async function openWindow(db: Db, days: number, maxArticles: number): Promise<WindowRow[]> {
  const newest = await db
    .selectFrom("story_centroids")
    .select((eb) => eb.fn.max("last_day").as("day"))
    .executeTakeFirst();
  const from = newest?.day ?? null;
  return db
    .selectFrom("article_vectors")
    .select(["article_id", "story_id", "terms", "weights", "day", "counts", "order_key"])
    .where("story_id", "in", (eb) =>
      eb
        .selectFrom("story_centroids")
        .select("story_id")
        .where((w) =>
          from === null
            ? w("last_day", "is", null)
            : w.or([w("last_day", "is", null), w("last_day", ">=", from - days)]),
        ),
    )
    .orderBy(sql`day desc nulls first`)
    .orderBy("article_id", "desc")
    .limit(maxArticles)
    .execute();
}

/**
 * The window's articles as the batch assignment takes them, in the canonical order: term counts
 * and order keys as assignment kept them, and for rows kept before they were (migration 0010),
 * counted again from the stored article.
 */
async function windowEntries(
  store: Store,
  window: readonly WindowRow[],
): Promise<(ClusterEntry & { readonly orderKey: string })[]> {
  const kept = window.flatMap((r) =>
    r.counts !== null && r.order_key !== null
      ? [
          {
            key: r.article_id,
            counts: countsFromBytes(r.counts),
            day: r.day,
            orderKey: r.order_key,
          },
        ]
      : [],
  );
  const older = window.filter((r) => r.counts === null || r.order_key === null);
  const counted = (
    await loadArticles(
      store,
      older.map((r) => r.article_id),
    )
  ).map((s) => ({
    key: s.storeId,
    counts: termCounts(s.article),
    day: dayOf(s.article.published),
    orderKey: canonicalOrderKey(s.article),
  }));
  return sortByOrderKey(
    [...kept, ...counted],
    (e) => e.orderKey,
    (e) => e.key,
  );
}

/** What the batch assignment says the window should be, before anything is written. */
type Plan = {
  readonly through: StoreId;
  readonly window: readonly WindowRow[];
  /** Each window article's story after: an existing id, or the index of a new story. */
  readonly target: ReadonlyMap<StoreId, StoreId | number>;
  readonly vectors: ReadonlyMap<StoreId, SparseVector>;
  readonly newStories: number;
};

async function plan(store: Store, options: WindowOptions): Promise<Plan> {
  const through = await indexedThrough(store.db);
  const window = await openWindow(
    store.db,
    options.days ?? WINDOW_DAYS,
    options.maxArticles ?? WINDOW_ARTICLES,
  );
  const entries = await windowEntries(store, window);
  const terms = new Set<number>();
  for (const e of entries) for (const t of e.counts.keys()) terms.add(t);
  // The store's statistics already count every window article: as a batch, observed before any
  // is placed.
  const state = await store.db
    .selectFrom("story_index_state")
    .select("articles")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  const stats = new TermStats(
    Number(state.articles),
    await documentFrequencies(store.db, [...terms]),
  );
  const clusters = groupArticles(entries, stats);
  const kept = reconcileStories(new Map(window.map((r) => [r.article_id, r.story_id])), clusters);
  const target = new Map<StoreId, StoreId | number>();
  let newStories = 0;
  clusters.forEach((members, i) => {
    const to = kept[i] ?? newStories++;
    for (const a of members) target.set(a, to);
  });
  const vectors = new Map(entries.map((e) => [e.key, vectorOf(e.counts, stats)]));
  return { through, window, target, vectors, newStories };
}

/** Rewrites these articles' vector rows: the story whose centroid sums each, and its bytes. */
async function rewriteVectors(
  trx: Db,
  rows: readonly { article: StoreId; story: StoreId; terms: Buffer; weights: Buffer }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const part = rows.slice(i, i + 1000);
    await sql`
      update article_vectors as v
      set story_id = u.story_id, terms = u.terms, weights = u.weights
      from unnest(${part.map((r) => r.article)}::bigint[], ${part.map((r) => r.story)}::bigint[],
                  ${part.map((r) => r.terms)}::bytea[], ${part.map((r) => r.weights)}::bytea[])
        as u(article_id, story_id, terms, weights)
      where v.article_id = u.article_id`.execute(trx);
  }
}

/** Moves memberships: each article leaves whatever story it was in for `story`. */
async function moveMembers(
  trx: Db,
  moves: readonly { article: StoreId; story: StoreId }[],
): Promise<void> {
  for (let i = 0; i < moves.length; i += 1000) {
    const part = moves.slice(i, i + 1000);
    await sql`
      update story_articles as m set story_id = u.story_id
      from unnest(${part.map((r) => r.article)}::bigint[], ${part.map((r) => r.story)}::bigint[])
        as u(article_id, story_id)
      where m.article_id = u.article_id`.execute(trx);
  }
}

/**
 * The copies of these origins that are not clustered themselves (a copy joins its origin's
 * story, as `takeInNewArticles` puts it), with their origin.
 */
async function unclusteredCopiesOf(
  trx: Db,
  origins: readonly StoreId[],
): Promise<{ copy: StoreId; origin: StoreId }[]> {
  if (origins.length === 0) return [];
  const rows = await trx
    .selectFrom("reuse_edges")
    .select(["copy_id", "origin_id"])
    .where("origin_id", "in", origins)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("article_vectors")
            .select("article_id")
            .whereRef("article_vectors.article_id", "=", "reuse_edges.copy_id"),
        ),
      ),
    )
    .orderBy("copy_id")
    .execute();
  const originOf = new Map<StoreId, StoreId>();
  for (const r of rows) if (!originOf.has(r.copy_id)) originOf.set(r.copy_id, r.origin_id);
  return [...originOf].map(([copy, origin]) => ({ copy, origin }));
}

/**
 * Sums each story's centroid again from its members' vectors (in article order) and writes it
 * with its postings; a story with no clustered member left loses its centroid.
 */
async function resumCentroids(trx: Db, stories: readonly StoreId[]): Promise<void> {
  if (stories.length === 0) return;
  const before = new Map(
    (await loadCentroids(trx, stories)).map((c) => [
      c.storeId,
      { terms: new Set(c.state.weights.keys()), first: c.state.first, last: c.state.last },
    ]),
  );
  const rows = await trx
    .selectFrom("article_vectors")
    .selectAll()
    .where("story_id", "in", stories)
    .orderBy("article_id")
    .execute();
  const sums = new Map(stories.map((s) => [s, emptyCentroid(null)]));
  for (const r of rows)
    addToCentroid(sums.get(r.story_id)!, vectorFromBytes(r.terms, r.weights), r.day, () => {});
  for (const [story, c] of sums) {
    if (c.size > 0) await writeStory(trx, story, c, before.get(story) ?? null);
    else if (before.has(story)) await dropCentroid(trx, story);
  }
}

/**
 * Writes a plan in one transaction, under the story index's lock (so it never interleaves with
 * an assignment); null, writing nothing, when articles were taken in since it was made.
 */
async function apply(db: Db, p: Plan): Promise<Reclustered | null> {
  return db.transaction().execute(async (trx) => {
    await lockIndex(trx);
    if ((await indexedThrough(trx)) !== p.through) return null;
    const created: StoreId[] = [];
    if (p.newStories > 0) {
      const { rows } = await sql<{ id: StoreId }>`
        insert into stories (label) select '' from generate_series(1, ${p.newStories}::int)
        returning id`.execute(trx);
      created.push(...rows.map((r) => String(r.id)).sort(compareIds));
    }
    const storyOf = (to: StoreId | number): StoreId => (typeof to === "number" ? created[to]! : to);
    const changedVectors: { article: StoreId; story: StoreId; terms: Buffer; weights: Buffer }[] =
      [];
    const moves: { article: StoreId; from: StoreId; story: StoreId }[] = [];
    for (const row of p.window) {
      const story = storyOf(p.target.get(row.article_id)!);
      const bytes = vectorToBytes(p.vectors.get(row.article_id)!);
      if (story !== row.story_id)
        moves.push({ article: row.article_id, from: row.story_id, story });
      if (
        story !== row.story_id ||
        !bytes.terms.equals(row.terms) ||
        !bytes.weights.equals(row.weights)
      )
        changedVectors.push({ article: row.article_id, story, ...bytes });
    }
    await rewriteVectors(trx, changedVectors);
    const newStoryOf = new Map(moves.map((m) => [m.article, m.story]));
    const allMoves = [...moves, ...(await copiesFollowing(trx, newStoryOf))];
    await moveMembers(trx, allMoves);
    const memberChanged = new Set(allMoves.flatMap((m) => [m.from, m.story]));
    await resumCentroids(trx, [
      ...new Set([...memberChanged, ...changedVectors.map((v) => v.story)]),
    ]);
    const emptied = await memberless(trx, [...new Set(allMoves.map((m) => m.from))]);
    if (emptied.length) {
      await recordMerges(trx, emptied, allMoves);
      await trx.deleteFrom("stories").where("id", "in", emptied).execute();
    }
    const stale = [...memberChanged].filter((s) => !emptied.includes(s)).sort(compareIds);
    if (stale.length)
      await trx.updateTable("stories").set({ stale: true }).where("id", "in", stale).execute();
    await markReclustered(trx, p.through, p.window.length);
    return {
      window: p.window.length,
      moved: allMoves.length,
      created: created.length,
      deleted: emptied.length,
      stale,
      superseded: false,
    };
  });
}

/**
 * Records where each emptied story went: the story that took most of its articles (ties to the
 * lower id), so links to it can be followed (see `mergedInto`).
 */
async function recordMerges(
  trx: Db,
  emptied: readonly StoreId[],
  moves: readonly { readonly from: StoreId; readonly story: StoreId }[],
): Promise<void> {
  const rows = emptied.map((story) => {
    const counts = new Map<StoreId, number>();
    for (const m of moves)
      if (m.from === story) counts.set(m.story, (counts.get(m.story) ?? 0) + 1);
    const [into] = [...counts].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))[0]!;
    return { story_id: story, into_id: into };
  });
  await trx
    .insertInto("story_merges")
    .values(rows)
    .onConflict((oc) =>
      oc.column("story_id").doUpdateSet((eb) => ({ into_id: eb.ref("excluded.into_id") })),
    )
    .execute();
}

/** The moves of the unclustered copies whose origin moved: each follows its origin. */
async function copiesFollowing(
  trx: Db,
  newStoryOf: ReadonlyMap<StoreId, StoreId>,
): Promise<{ article: StoreId; from: StoreId; story: StoreId }[]> {
  const copies = await unclusteredCopiesOf(trx, [...newStoryOf.keys()]);
  if (copies.length === 0) return [];
  const rows = await trx
    .selectFrom("story_articles")
    .select(["article_id", "story_id"])
    .where(
      "article_id",
      "in",
      copies.map((c) => c.copy),
    )
    .execute();
  const storyOf = new Map(rows.map((r) => [r.article_id, r.story_id]));
  return copies.flatMap((c) => {
    const from = storyOf.get(c.copy);
    const story = newStoryOf.get(c.origin)!;
    return from !== undefined && from !== story ? [{ article: c.copy, from, story }] : [];
  });
}

/** Those of these stories that have no member left. */
async function memberless(trx: Db, stories: readonly StoreId[]): Promise<StoreId[]> {
  if (stories.length === 0) return [];
  const rows = await trx
    .selectFrom("stories")
    .select("id")
    .where("id", "in", stories)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("story_articles").select("article_id").whereRef("story_id", "=", "stories.id"),
        ),
      ),
    )
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Records that the window was re-clustered with every article up to `through` taken in. */
async function markReclustered(trx: Db, through: StoreId, window: number): Promise<void> {
  await trx
    .insertInto("corpus_state")
    .values({
      id: 1,
      indexed_through: through,
      reuse_observed: 0,
      reclustered_through: through,
      reclustered_window: window,
    })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({ reclustered_through: through, reclustered_window: window }),
    )
    .execute();
}

/**
 * Whether articles were taken in since the window was last re-clustered: it is behind, and a
 * re-clustering would see articles the last did not (see `reclusterDue` for when one pays).
 */
export async function reclusterBehind(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("corpus_state")
    .select(["indexed_through", "reclustered_through"])
    .where("id", "=", 1)
    .executeTakeFirst();
  return row !== undefined && row.indexed_through !== row.reclustered_through;
}

/**
 * Whether a re-clustering is due: the clustered articles taken in since the last reach
 * `RECLUSTER_SHARE` of the window it held (`share` to ask for another; 0: whenever it is behind).
 * Counts at most that many, so asking costs the same however far behind it is.
 */
export async function reclusterDue(db: Db, share = RECLUSTER_SHARE): Promise<boolean> {
  const row = await db
    .selectFrom("corpus_state")
    .select(["indexed_through", "reclustered_through", "reclustered_window"])
    .where("id", "=", 1)
    .executeTakeFirst();
  if (row === undefined || row.indexed_through === row.reclustered_through) return false;
  const needed = Math.max(1, Math.ceil(share * row.reclustered_window));
  if (needed === 1) return true;
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from (
      select 1 from article_vectors
      where article_id > ${row.reclustered_through} and article_id <= ${row.indexed_through}
      limit ${needed}) as since`.execute(db);
  return Number(rows[0]?.n ?? 0) >= needed;
}

/**
 * Re-clusters the open window: the batch assignment over the articles of the open stories (see
 * `WINDOW_DAYS`, `WINDOW_ARTICLES`), then, in one transaction, each resulting cluster keeps the
 * id of the story it overlaps most (`reconcileStories`) or becomes a new story; articles move,
 * copies follow their origin, the changed stories' centroids and postings are summed again from
 * their members, stories left empty are deleted (with their briefs), and stories whose members
 * changed are marked stale. Run twice, the second moves nothing. Reading and clustering happen
 * before the transaction (the embedded engine has one connection); if articles were taken in
 * meanwhile, nothing is written and `superseded` says so: the update that took them in asks
 * for another run.
 */
export async function reclusterOpenWindow(
  store: Store,
  options: WindowOptions = {},
): Promise<Reclustered> {
  const p = await plan(store, options);
  return (
    (await apply(store.db, p)) ?? {
      window: p.window.length,
      moved: 0,
      created: 0,
      deleted: 0,
      stale: [],
      superseded: true,
    }
  );
}
