import { sql, type Selectable } from "kysely";
import type { ReuseRelation } from "../model/index.js";
import type { Store } from "./open.js";
import type { ReuseEdgesTable, StoreId } from "./schema.js";

/** A story as stored: its articles by store id. */
export type StoredStory = {
  readonly id: StoreId;
  readonly label: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly articles: readonly StoreId[];
};

/** Creates a story with its articles; its id comes back. */
export async function createStory(store: Store, story: Omit<StoredStory, "id">): Promise<StoreId> {
  return store.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("stories")
      .values({ label: story.label, first_date: story.from, last_date: story.to })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (story.articles.length)
      await trx
        .insertInto("story_articles")
        .values(story.articles.map((article_id) => ({ story_id: id, article_id })))
        .execute();
    return id;
  });
}

/** Replaces a story's label, dates and articles (a story grows and merges as articles arrive). */
export async function updateStory(store: Store, story: StoredStory): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("stories")
      .set({ label: story.label, first_date: story.from, last_date: story.to })
      .where("id", "=", story.id)
      .execute();
    await trx.deleteFrom("story_articles").where("story_id", "=", story.id).execute();
    if (story.articles.length)
      await trx
        .insertInto("story_articles")
        .values(story.articles.map((article_id) => ({ story_id: story.id, article_id })))
        .execute();
  });
}

/** A stored story with its articles in the order they were stored, or null for an unknown id. */
export async function loadStory(store: Store, id: StoreId): Promise<StoredStory | null> {
  const row = await store.db
    .selectFrom("stories")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (row === undefined) return null;
  const members = await store.db
    .selectFrom("story_articles")
    .select("article_id")
    .where("story_id", "=", id)
    .orderBy("article_id")
    .execute();
  return {
    id: row.id,
    label: row.label,
    from: row.first_date,
    to: row.last_date,
    articles: members.map((m) => m.article_id),
  };
}

/** The stories an article belongs to. */
export async function storiesOfArticle(store: Store, articleId: StoreId): Promise<StoreId[]> {
  const rows = await store.db
    .selectFrom("story_articles")
    .select("story_id")
    .where("article_id", "=", articleId)
    .orderBy("story_id")
    .execute();
  return rows.map((r) => r.story_id);
}

/** A reuse relation between stored articles: the reuse stage's relation, with store ids. */
export type StoredReuseEdge = Omit<ReuseRelation, "copy" | "source" | "origin"> & {
  readonly copy: StoreId;
  readonly source: StoreId;
  readonly origin: StoreId;
};

/** Stores a reuse edge; one already stored between the same copy and source is replaced. */
export async function saveReuseEdge(store: Store, edge: StoredReuseEdge): Promise<void> {
  const values = {
    origin_id: edge.origin,
    kind: edge.kind,
    credited: edge.credited,
    share: edge.share,
    evidence: JSON.stringify(edge.evidence),
  };
  await store.db
    .insertInto("reuse_edges")
    .values({ copy_id: edge.copy, source_id: edge.source, ...values })
    .onConflict((oc) => oc.columns(["copy_id", "source_id"]).doUpdateSet(values))
    .execute();
}

/** A row of `reuse_edges` as the model's relation, with store ids. */
function edgeOfRow(r: Selectable<ReuseEdgesTable>): StoredReuseEdge {
  return {
    copy: r.copy_id,
    source: r.source_id,
    origin: r.origin_id,
    kind: r.kind as ReuseRelation["kind"],
    credited: r.credited,
    share: r.share,
    evidence: r.evidence as ReuseRelation["evidence"],
  };
}

/** The reuse edges an article is the copy or the source of. */
export async function reuseEdgesOf(store: Store, articleId: StoreId): Promise<StoredReuseEdge[]> {
  const rows = await store.db
    .selectFrom("reuse_edges")
    .selectAll()
    .where((eb) => eb.or([eb("copy_id", "=", articleId), eb("source_id", "=", articleId)]))
    .orderBy("copy_id")
    .orderBy("source_id")
    .execute();
  return rows.map(edgeOfRow);
}

/**
 * Writes a story's brief as its next version (1 for the first) and returns the version. Earlier
 * versions stay readable: a brief's history is what changed as the story grew.
 */
export async function writeBrief(store: Store, storyId: StoreId, brief: unknown): Promise<number> {
  // One statement, so the version is read and taken together; two writers of one story at once
  // collide on the primary key instead of sharing a version.
  const { version } = await store.db
    .insertInto("story_briefs")
    .columns(["story_id", "version", "brief"])
    .expression((eb) =>
      eb
        .selectFrom("story_briefs")
        .select([
          sql<string>`${storyId}::bigint`.as("story_id"),
          sql<number>`coalesce(max(version), 0) + 1`.as("version"),
          sql<string>`${JSON.stringify(brief)}::json`.as("brief"),
        ])
        .where("story_id", "=", storyId),
    )
    .returning("version")
    .executeTakeFirstOrThrow();
  return version;
}

/** A version of a story's brief. */
export type BriefVersion = { readonly version: number; readonly brief: unknown };

/** A story's brief: the latest version, or the one asked for; null when there is none. */
export async function readBrief(
  store: Store,
  storyId: StoreId,
  version?: number,
): Promise<BriefVersion | null> {
  const row = await store.db
    .selectFrom("story_briefs")
    .select(["version", "brief"])
    .where("story_id", "=", storyId)
    .$if(version !== undefined, (q) => q.where("version", "=", version!))
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** The versions of a story's brief, oldest first. */
export async function briefVersions(store: Store, storyId: StoreId): Promise<number[]> {
  const rows = await store.db
    .selectFrom("story_briefs")
    .select("version")
    .where("story_id", "=", storyId)
    .orderBy("version")
    .execute();
  return rows.map((r) => r.version);
}

/** The stories of these articles, by article (an article is in one story). */
export async function storiesOfArticles(
  store: Store,
  articles: readonly StoreId[],
): Promise<Map<StoreId, StoreId>> {
  if (!articles.length) return new Map();
  const rows = await store.db
    .selectFrom("story_articles")
    .select(["article_id", "story_id"])
    .where("article_id", "in", [...new Set(articles)])
    .execute();
  return new Map(rows.map((r) => [r.article_id, r.story_id]));
}

/** A story's members, by store id; none for an unknown story. */
export async function storyMembers(store: Store, id: StoreId): Promise<StoreId[]> {
  const rows = await store.db
    .selectFrom("story_articles")
    .select("article_id")
    .where("story_id", "=", id)
    .orderBy("article_id")
    .execute();
  return rows.map((r) => r.article_id);
}

/** Marks stories as waiting for their brief to be aggregated again. */
export async function markStale(store: Store, ids: Iterable<StoreId>): Promise<void> {
  const list = [...new Set(ids)].sort();
  if (list.length)
    await store.db.updateTable("stories").set({ stale: true }).where("id", "in", list).execute();
}

/** Stories waiting for aggregation, oldest first. */
export async function staleStories(store: Store, limit = 1000): Promise<StoreId[]> {
  const rows = await store.db
    .selectFrom("stories")
    .select("id")
    .where("stale", "=", true)
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The digest a story's latest brief was aggregated from, or null. */
export async function storyDigestOf(store: Store, id: StoreId): Promise<string | null> {
  const row = await store.db
    .selectFrom("stories")
    .select("digest")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.digest ?? null;
}

/** Records what a story's aggregation found: its label and dates, and the digest of its inputs. */
export async function finishAggregation(
  store: Store,
  id: StoreId,
  story: {
    readonly label: string;
    readonly from: string | null;
    readonly to: string | null;
    readonly digest: string;
  },
): Promise<void> {
  await store.db
    .updateTable("stories")
    .set({
      label: story.label,
      first_date: story.from,
      last_date: story.to,
      digest: story.digest,
      stale: false,
    })
    .where("id", "=", id)
    .execute();
}

/** Removes stories (their articles went to other stories), with their briefs. */
export async function deleteStories(store: Store, ids: readonly StoreId[]): Promise<void> {
  if (ids.length) await store.db.deleteFrom("stories").where("id", "in", ids).execute();
}

const edgeKey = (e: StoredReuseEdge): string => `${e.copy} ${e.source}`;
/** JSON with each object's keys sorted: `jsonb` gives evidence back with its keys reordered. */
const sortedKeys = (_: string, v: unknown): unknown =>
  v !== null && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
    : v;
const edgeText = (e: StoredReuseEdge): string =>
  JSON.stringify([e.origin, e.kind, e.credited, e.share, e.evidence], sortedKeys);

/**
 * Makes these the stored reuse edges of the copies among `articles` (the members of some copy
 * groups, worked out again), writing only what differs: an update changes a few edges.
 */
export async function replaceReuseEdgesOf(
  store: Store,
  articles: readonly StoreId[],
  edges: readonly StoredReuseEdge[],
): Promise<void> {
  if (!articles.length) return;
  const rows = await store.db
    .selectFrom("reuse_edges")
    .selectAll()
    .where("copy_id", "in", [...new Set(articles)])
    .execute();
  const stored = new Map(rows.map(edgeOfRow).map((e) => [edgeKey(e), edgeText(e)]));
  const wanted = new Set(edges.map(edgeKey));
  const gone = [...stored.keys()].filter((k) => !wanted.has(k));
  const changed = edges.filter((e) => stored.get(edgeKey(e)) !== edgeText(e));
  for (const key of gone) {
    const [copy, source] = key.split(" ") as [StoreId, StoreId];
    await store.db
      .deleteFrom("reuse_edges")
      .where("copy_id", "=", copy)
      .where("source_id", "=", source)
      .execute();
  }
  for (let i = 0; i < changed.length; i += 500) {
    const values = changed.slice(i, i + 500).map((e) => ({
      copy_id: e.copy,
      source_id: e.source,
      origin_id: e.origin,
      kind: e.kind,
      credited: e.credited,
      share: e.share,
      evidence: JSON.stringify(e.evidence),
    }));
    await store.db
      .insertInto("reuse_edges")
      .values(values)
      .onConflict((oc) =>
        oc.columns(["copy_id", "source_id"]).doUpdateSet((eb) => ({
          origin_id: eb.ref("excluded.origin_id"),
          kind: eb.ref("excluded.kind"),
          credited: eb.ref("excluded.credited"),
          share: eb.ref("excluded.share"),
          evidence: eb.ref("excluded.evidence"),
        })),
      )
      .execute();
  }
}

/** Every stored reuse edge, by copy then source. */
export async function allReuseEdges(store: Store): Promise<StoredReuseEdge[]> {
  const rows = await store.db
    .selectFrom("reuse_edges")
    .selectAll()
    .orderBy("copy_id")
    .orderBy("source_id")
    .execute();
  return rows.map(edgeOfRow);
}

/** A stored story as listed: its latest brief, in the story order. */
export type ListedStory = { readonly id: StoreId; readonly brief: unknown };

/** The latest brief of every story, in the order a batch run lists stories. */
export async function latestBriefs(store: Store): Promise<ListedStory[]> {
  const rows = await store.db
    .selectFrom("stories")
    .innerJoin("story_briefs", "story_briefs.story_id", "stories.id")
    .select(["stories.id", "story_briefs.brief"])
    .where(({ eb, selectFrom }) =>
      eb(
        "story_briefs.version",
        "=",
        selectFrom("story_briefs as b")
          .select(({ fn }) => fn.max("b.version").as("v"))
          .whereRef("b.story_id", "=", "stories.id"),
      ),
    )
    // The order a batch lists stories in: the largest first, then by its first article in the
    // corpus order (input id, then store id; "C" compares as the code does).
    .orderBy(
      (eb) =>
        eb
          .selectFrom("story_articles as m")
          .select((e) => e.fn.countAll<string>().as("n"))
          .whereRef("m.story_id", "=", "stories.id"),
      "desc",
    )
    .orderBy((eb) =>
      eb
        .selectFrom("story_articles as m")
        .innerJoin("articles as a", "a.id", "m.article_id")
        .select(sql<string>`min(a.input_id collate "C")`.as("first"))
        .whereRef("m.story_id", "=", "stories.id"),
    )
    .orderBy((eb) =>
      eb
        .selectFrom("story_articles as m")
        .select((e) => e.fn.min("m.article_id").as("first"))
        .whereRef("m.story_id", "=", "stories.id"),
    )
    .execute();
  return rows.map((r) => ({ id: r.id, brief: r.brief }));
}

/** A brief version as the event stream sees it: which story, which version, when written. */
export type WrittenBrief = {
  readonly storyId: StoreId;
  readonly version: number;
  readonly writtenAt: Date;
};

/**
 * The brief versions written in the last `seconds` by the database's clock, oldest first (an
 * index on `written_at` answers it). A version is stamped when its transaction began and seen
 * when it commits, so a reader that asks again for a window wider than any aggregation sees
 * every version, late commits included.
 */
export async function briefsWrittenWithin(store: Store, seconds: number): Promise<WrittenBrief[]> {
  const rows = await store.db
    .selectFrom("story_briefs")
    .select(["story_id", "version", "written_at"])
    .where("written_at", ">", sql<Date>`now() - make_interval(secs => ${seconds})`)
    .orderBy("written_at")
    .orderBy("story_id")
    .orderBy("version")
    .execute();
  return rows.map((r) => ({ storyId: r.story_id, version: r.version, writtenAt: r.written_at }));
}

/** Merges followed at most: a chain longer than this is a loop, not history. */
const MAX_MERGE_HOPS = 50;

/**
 * The story a deleted story's articles went to when the re-clustering emptied it, following
 * later merges; null when `id` was never merged away (it exists, or never did).
 */
export async function mergedInto(store: Store, id: StoreId): Promise<StoreId | null> {
  let at: StoreId | null = null;
  let next: StoreId = id;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const row = await store.db
      .selectFrom("story_merges")
      .select("into_id")
      .where("story_id", "=", next)
      .executeTakeFirst();
    if (row === undefined) return at;
    at = next = row.into_id;
  }
  return at;
}
