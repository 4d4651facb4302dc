import { sql, type Kysely } from "kysely";
import type { Article } from "../model/index.js";
import { termCounts } from "../stages/cluster/01-terms.js";
import {
  lookupTerms,
  POSTINGS_READ_PER_TERM,
  StoryIndex,
  TermStats,
  TIME_WINDOW_DAYS,
  vectorOf,
  type SparseVector,
  type CentroidState,
} from "../stages/cluster/02-story-index.js";
import { dayOf, removeFromCentroid } from "../stages/cluster/centroid.js";
import {
  canonicalOrder,
  canonicalOrderKey,
  REFINE_PASSES,
  STORY_THRESHOLD,
} from "../stages/cluster/cluster.js";
import type { StoreId, StoreSchema } from "./schema.js";
import {
  centroidFromBytes,
  centroidToBytes,
  countsToBytes,
  vectorFromBytes,
  vectorToBytes,
} from "./vector-bytes.js";

/**
 * The cluster stage's story index kept in the store (issue 15, item 4). A batch of new articles
 * is put into stories the way `clusterStories` puts a batch, through the same `StoryIndex`, but
 * the index holds only what the batch can reach: the document frequencies of its terms, and the
 * stories that share one of its articles' lookup terms within their time window (for each term the
 * newest `POSTINGS_READ_PER_TERM`, as the in-memory index reads them). Those are read,
 * the batch is assigned and refined in memory, and what changed is written back, all in one
 * transaction. Older articles are not revisited (unless `refineMembers` asks for the members of
 * the stories a batch joined), which is what keeps the cost flat as the store grows. One article,
 * embedded, ECB+ fed in dated rounds (bench/story-index-bench.ts --timing --source ecb): median
 * 18 ms with 1,482 clustered articles, 17 ms with 10,320, 28 ms with 99,682, about 20 stories
 * read at each size.
 */

/** A new article to cluster, with its store id. */
export type FreeArticle = { readonly key: StoreId; readonly article: Article };

export type Db = Kysely<StoreSchema>;

/** The widest days, for postings of an undated story (it matches every day; see migration 0004). */
const EARLIEST_DAY = -2147483648;
const LATEST_DAY = 2147483647;

/** Term hashes are uint32; the store's `integer` columns hold them as int32. */
const toInt32 = (term: number): number => term | 0;

/** Runs `work` in a transaction: the caller's, when it passes one, else a new one. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Locks the story index for the rest of the transaction and returns how many articles its term
 * statistics counted: assignment is the one serialised step (DESIGN §8), and a second writer
 * waits here instead of summing into a centroid the first is rewriting.
 */
export async function lockIndex(trx: Db): Promise<number> {
  const row = await trx
    .selectFrom("story_index_state")
    .select("articles")
    .where("id", "=", 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return Number(row.articles);
}

/** A story as loaded: its id in the store and what it held then, to write only what changed. */
type Loaded = {
  readonly storeId: StoreId;
  readonly terms: ReadonlySet<number>;
  readonly first: number | null;
  readonly last: number | null;
};

export async function loadCentroids(
  trx: Db,
  stories: readonly StoreId[],
): Promise<{ storeId: StoreId; state: CentroidState }[]> {
  if (stories.length === 0) return [];
  const rows = await trx
    .selectFrom("story_centroids")
    .selectAll()
    .where("story_id", "in", stories)
    .orderBy("story_id")
    .execute();
  return rows.map((r) => ({
    storeId: r.story_id,
    state: {
      weights: centroidFromBytes(r.terms, r.weights),
      normSq: r.norm_sq,
      first: r.first_day,
      last: r.last_day,
      size: r.size,
    },
  }));
}

/**
 * The stories any of these articles could join: for each of its lookup terms, the newest
 * `POSTINGS_READ_PER_TERM` stories holding it whose dates are within the time window of its day
 * (an undated article or story matches any day). These are the stories `StoryIndex` would read
 * in an index holding every stored story; stories the batch starts are newer than all of them,
 * so the index, loaded with these, reads for each article what it would read holding them all.
 */
async function candidateStories(
  trx: Db,
  entries: readonly { v: SparseVector; day: number | null }[],
): Promise<StoreId[]> {
  const wanted = new Map<string, [number, number, number]>();
  for (const { v, day } of entries) {
    const from = day === null ? EARLIEST_DAY : day - TIME_WINDOW_DAYS;
    const to = day === null ? LATEST_DAY : day + TIME_WINDOW_DAYS;
    for (const t of lookupTerms(v)) wanted.set(`${t} ${from}`, [toInt32(t), from, to]);
  }
  if (wanted.size === 0) return [];
  const rows = [...wanted.values()];
  // One index scan per lookup term, whatever the planner's statistics say: without them (the
  // embedded engine has no autovacuum) it hashes the whole table instead, 184 ms against 0.4 ms
  // on 400k postings. The limit stops each scan after the newest stories (index by term and
  // story id, migration 0011).
  const { rows: found } = await sql<{ story_id: StoreId }>`
    select distinct p.story_id
    from unnest(${rows.map((r) => r[0])}::int[], ${rows.map((r) => r[1])}::int[],
                ${rows.map((r) => r[2])}::int[]) as q(term, from_day, to_day)
    cross join lateral (
      select story_id from story_postings
      where term = q.term and last_day >= q.from_day and first_day <= q.to_day
      order by story_id desc
      limit ${POSTINGS_READ_PER_TERM}
    ) as p
    order by p.story_id`.execute(trx);
  return found.map((r) => r.story_id);
}

/** Document frequencies of these terms (0 for a term never seen). */
export async function documentFrequencies(
  trx: Db,
  terms: readonly number[],
): Promise<Map<number, number>> {
  const df = new Map<number, number>();
  if (terms.length === 0) return df;
  const rows = await trx
    .selectFrom("story_terms")
    .select(["term", "df"])
    .where("term", "=", sql<number>`any(${terms.map(toInt32)}::int[])`)
    .execute();
  for (const r of rows) df.set(r.term >>> 0, r.df);
  return df;
}

/** Writes a story's centroid and brings its postings to its terms and dates. */
export async function writeStory(
  trx: Db,
  storeId: StoreId,
  state: CentroidState,
  before: Omit<Loaded, "storeId"> | null,
): Promise<void> {
  const bytes = centroidToBytes(state.weights);
  const row = {
    terms: bytes.terms,
    weights: bytes.weights,
    norm_sq: state.normSq,
    first_day: state.first,
    last_day: state.last,
    size: state.size,
  };
  await trx
    .insertInto("story_centroids")
    .values({ story_id: storeId, ...row })
    .onConflict((oc) => oc.column("story_id").doUpdateSet(row))
    .execute();
  const first = state.first ?? EARLIEST_DAY;
  const last = state.last ?? LATEST_DAY;
  const gone = before ? [...before.terms].filter((t) => !state.weights.has(t)) : [];
  const added = [...state.weights.keys()].filter((t) => !before?.terms.has(t));
  if (gone.length)
    await trx
      .deleteFrom("story_postings")
      .where("story_id", "=", storeId)
      .where("term", "=", sql<number>`any(${gone.map(toInt32)}::int[])`)
      .execute();
  if (before && (before.first !== state.first || before.last !== state.last))
    await trx
      .updateTable("story_postings")
      .set({ first_day: first, last_day: last })
      .where("story_id", "=", storeId)
      .execute();
  if (added.length)
    await sql`
      insert into story_postings (story_id, term, first_day, last_day)
      select ${storeId}::bigint, t, ${first}::int, ${last}::int
      from unnest(${added.map(toInt32)}::int[]) as t`.execute(trx);
}

/** Deletes those of these stories that have no member left (copies placed in one are members). */
export async function deleteIfMemberless(trx: Db, stories: readonly StoreId[]): Promise<void> {
  if (stories.length === 0) return;
  await trx
    .deleteFrom("stories")
    .where("id", "in", stories)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("story_articles").select("article_id").whereRef("story_id", "=", "stories.id"),
        ),
      ),
    )
    .execute();
}

/** Removes a story's centroid and postings (it has no clustered member left). */
export async function dropCentroid(trx: Db, storeId: StoreId): Promise<void> {
  await trx.deleteFrom("story_postings").where("story_id", "=", storeId).execute();
  await trx.deleteFrom("story_centroids").where("story_id", "=", storeId).execute();
}

/**
 * Takes articles out of the stories they are in: a clustered article's vector leaves its story's
 * centroid, and its memberships go. A story left with no member is deleted, except `keep` (the
 * story an article is about to join). Returns the stories the articles were in.
 */
async function detach(trx: Db, articles: readonly StoreId[], keep?: StoreId): Promise<StoreId[]> {
  if (articles.length === 0) return [];
  const vectors = await trx
    .selectFrom("article_vectors")
    .selectAll()
    .where("article_id", "in", articles)
    .orderBy("article_id")
    .execute();
  const memberships = await trx
    .selectFrom("story_articles")
    .select("story_id")
    .where("article_id", "in", articles)
    .execute();
  const stories = [
    ...new Set([...vectors.map((v) => v.story_id), ...memberships.map((m) => m.story_id)]),
  ];
  if (stories.length === 0) return [];
  if (vectors.length) {
    const centroids = new Map(
      (await loadCentroids(trx, [...new Set(vectors.map((v) => v.story_id))])).map((c) => [
        c.storeId,
        c.state,
      ]),
    );
    const before = new Map(
      [...centroids].map(([id, s]) => [
        id,
        { terms: new Set(s.weights.keys()), first: s.first, last: s.last },
      ]),
    );
    for (const row of vectors) {
      const c = centroids.get(row.story_id);
      if (c) removeFromCentroid(c, vectorFromBytes(row.terms, row.weights), () => {});
    }
    for (const [id, c] of centroids) {
      if (c.size > 0) await writeStory(trx, id, c, before.get(id)!);
      else await dropCentroid(trx, id);
    }
    await trx.deleteFrom("article_vectors").where("article_id", "in", articles).execute();
  }
  await trx.deleteFrom("story_articles").where("article_id", "in", articles).execute();
  await deleteIfMemberless(
    trx,
    stories.filter((s) => s !== keep),
  );
  return stories;
}

/** How many articles of the batch contain each term. */
function batchDocumentFrequencies(counts: readonly Map<number, number>[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Adds a batch's document frequencies and article count to the stored statistics. */
async function countIntoStatistics(
  trx: Db,
  batchDf: ReadonlyMap<number, number>,
  articles: number,
): Promise<void> {
  const terms = [...batchDf.keys()];
  for (let i = 0; i < terms.length; i += 50_000) {
    const part = terms.slice(i, i + 50_000);
    await sql`
      insert into story_terms (term, df)
      select * from unnest(${part.map(toInt32)}::int[], ${part.map((t) => batchDf.get(t)!)}::int[])
      on conflict (term) do update set df = story_terms.df + excluded.df`.execute(trx);
  }
  await trx
    .updateTable("story_index_state")
    .set({ articles: sql`articles + ${articles}` })
    .where("id", "=", 1)
    .execute();
}

/** Below this many articles the tables are small enough for any plan. */
const ANALYSE_FROM = 1024;

/** Whether the count of articles passed a power of two (from `ANALYSE_FROM` up) between the two. */
const doubled = (before: number, after: number): boolean =>
  after >= ANALYSE_FROM &&
  Math.floor(Math.log2(after)) > Math.floor(Math.log2(Math.max(1, before)));

/**
 * Refreshes the planner's statistics of the tables assignment reads. A PostgreSQL server's
 * autovacuum does it on its own; the embedded engine never does, and without statistics the
 * planner can take a lookup of a few rows by a non-unique index for a scan of the table. Run
 * each time the store doubles, so its cost (a sample of bounded size per table) stays a
 * vanishing share of the work.
 */
async function analyseStoryTables(trx: Db): Promise<void> {
  await sql`analyze story_postings, story_terms, story_centroids, article_vectors, story_articles`.execute(
    trx,
  );
}

/** How `assignToStories` refines. */
export type AssignOptions = {
  /**
   * Also refine the earlier members of the stored stories the batch joined (their vectors are
   * read: a cost bounded by those stories' sizes, not the store's), so a batch can move an
   * earlier article to a story that now fits it better, as a batch of all articles would.
   * Off: only the batch's articles move.
   */
  readonly refineMembers?: boolean;
};

/** What `assignToStories` did. */
export type Assignment = {
  /** The story each article of the batch is in. */
  readonly storyOf: Map<StoreId, StoreId>;
  /** Stories whose members changed (some may have been deleted, emptied by refinement). */
  readonly touched: Set<StoreId>;
  /** Stored stories read as candidates: what the call's cost follows. */
  readonly reached: number;
  /** Earlier members read for refinement (`refineMembers`), and how many of them it moved. */
  readonly refined: number;
  readonly moved: number;
};

/** Reads the vectors of the members of these loaded stories into the index; their keys and stories. */
async function loadMembersOf(
  trx: Db,
  index: StoryIndex,
  stories: ReadonlyMap<number, Loaded>,
): Promise<Map<StoreId, StoreId>> {
  const internalOf = new Map([...stories].map(([id, l]) => [l.storeId, id]));
  if (internalOf.size === 0) return new Map();
  const rows = await trx
    .selectFrom("article_vectors")
    .selectAll()
    .where("story_id", "in", [...internalOf.keys()])
    .orderBy("article_id")
    .execute();
  for (const r of rows)
    index.loadMembers(internalOf.get(r.story_id)!, [
      { key: r.article_id, v: vectorFromBytes(r.terms, r.weights), day: r.day },
    ]);
  return new Map(rows.map((r) => [r.article_id, r.story_id]));
}

/**
 * Counts the batch into the term statistics (as a batch observes all before adding), then puts
 * each article, in the canonical order, into the most similar story of its time window at or
 * above the threshold, or a new story (a `stories` row with an empty label and no dates: the
 * caller fills them when it aggregates), then refines: the batch's articles move to a better
 * story as `StoryIndex.refine` does (earlier articles only with `refineMembers`). Writes
 * vectors, centroids, postings, document frequencies and `story_articles` memberships, in one
 * transaction. An article of the batch already in a story leaves it first.
 */
export async function assignToStories(
  db: Db,
  batch: readonly FreeArticle[],
  options: AssignOptions = {},
): Promise<Assignment> {
  const storyOf = new Map<StoreId, StoreId>();
  const touched = new Set<StoreId>();
  if (batch.length === 0) return { storyOf, touched, reached: 0, refined: 0, moved: 0 };
  const ordered = canonicalOrder(
    batch,
    (b) => b.article,
    (b) => b.key,
  );
  // Counted before the transaction: it is analysis, and the embedded engine has one connection.
  const counts = ordered.map((b) => termCounts(b.article));
  const batchDf = batchDocumentFrequencies(counts);
  const keys = ordered.map((b) => b.key);
  return inTransaction(db, async (trx) => {
    const observed = await lockIndex(trx);
    for (const s of await detach(trx, keys)) touched.add(s);
    const stats = new TermStats(observed, await documentFrequencies(trx, [...batchDf.keys()]));
    for (const c of counts) stats.observe(c);
    const index = new StoryIndex(STORY_THRESHOLD, { stats, retire: false });
    const entries = ordered.map((b, i) => ({
      key: b.key,
      day: dayOf(b.article.published),
      v: vectorOf(counts[i]!, stats),
      counts: countsToBytes(counts[i]!),
      orderKey: canonicalOrderKey(b.article),
    }));
    const loaded = new Map<number, Loaded>();
    for (const { storeId, state } of await loadCentroids(
      trx,
      await candidateStories(trx, entries),
    )) {
      const terms = new Set(state.weights.keys());
      loaded.set(index.load(state), { storeId, terms, first: state.first, last: state.last });
    }
    for (const e of entries) index.place(e.key, e.v, e.day);
    index.settle(keys, REFINE_PASSES);
    let earlier = new Map<StoreId, StoreId>();
    if (options.refineMembers) {
      const joined = new Set(keys.map((k) => index.story(k)!));
      earlier = await loadMembersOf(
        trx,
        index,
        new Map([...loaded].filter(([id]) => joined.has(id))),
      );
      index.settle([...keys, ...earlier.keys()], REFINE_PASSES);
    }

    const storeIdOf = new Map([...loaded].map(([id, l]) => [id, l.storeId]));
    const started = index.changedStories().filter((id) => !loaded.has(id) && index.state(id));
    if (started.length) {
      const { rows } = await sql<{ id: StoreId }>`
        insert into stories (label) select '' from generate_series(1, ${started.length}::int)
        returning id`.execute(trx);
      // Any new id will do for any new story; sorted, they follow the order stories started in.
      const ids = rows.map((r) => BigInt(r.id)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      started.forEach((id, i) => storeIdOf.set(id, ids[i]!.toString()));
    }
    const emptied: StoreId[] = [];
    for (const id of index.changedStories()) {
      const state = index.state(id);
      const l = loaded.get(id) ?? null;
      if (state) await writeStory(trx, storeIdOf.get(id)!, state, l);
      else if (l) {
        await dropCentroid(trx, l.storeId);
        emptied.push(l.storeId);
      }
    }
    const moved = [...earlier].flatMap(([article, from]) => {
      const to = storeIdOf.get(index.story(article)!)!;
      return to === from ? [] : [{ article, from, to }];
    });
    for (const m of moved) {
      touched.add(m.from).add(m.to);
      await trx
        .updateTable("article_vectors")
        .set({ story_id: m.to })
        .where("article_id", "=", m.article)
        .execute();
      await trx
        .updateTable("story_articles")
        .set({ story_id: m.to })
        .where("article_id", "=", m.article)
        .where("story_id", "=", m.from)
        .execute();
    }
    const vectorRows = entries.map((e) => {
      const story = storeIdOf.get(index.story(e.key)!)!;
      storyOf.set(e.key, story);
      touched.add(story);
      return {
        article_id: e.key,
        story_id: story,
        day: e.day,
        ...vectorToBytes(index.vector(e.key)!),
        counts: e.counts,
        order_key: e.orderKey,
      };
    });
    for (let i = 0; i < vectorRows.length; i += 1000) {
      const part = vectorRows.slice(i, i + 1000);
      await trx.insertInto("article_vectors").values(part).execute();
      await trx
        .insertInto("story_articles")
        .values(part.map((r) => ({ story_id: r.story_id, article_id: r.article_id })))
        .execute();
    }
    await deleteIfMemberless(trx, emptied);
    await countIntoStatistics(trx, batchDf, ordered.length);
    if (doubled(observed, observed + ordered.length)) await analyseStoryTables(trx);
    return {
      storyOf,
      touched,
      reached: loaded.size,
      refined: earlier.size,
      moved: moved.length,
    };
  });
}

/**
 * Puts an article in a story without clustering it (a copy joins its origin's story): if it was
 * clustered, its vector leaves its old story's centroid; its memberships move. A story left with
 * no member is deleted. Returns the stories touched: the one it joined and those it left (which
 * may have been deleted).
 */
export async function placeInStory(db: Db, article: StoreId, story: StoreId): Promise<StoreId[]> {
  return inTransaction(db, async (trx) => {
    await lockIndex(trx);
    const left = await detach(trx, [article], story);
    await trx
      .insertInto("story_articles")
      .values({ story_id: story, article_id: article })
      .execute();
    return [...new Set([story, ...left])];
  });
}
