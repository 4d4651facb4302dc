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

/** A stored story's members, place in the story order and digest (see src/service). */
export type StoryState = {
  readonly id: StoreId;
  readonly articles: readonly StoreId[];
  readonly position: number | null;
  readonly digest: string | null;
};

/** Every stored story with its members. */
export async function loadStoryStates(store: Store): Promise<StoryState[]> {
  const stories = await store.db
    .selectFrom("stories")
    .select(["id", "position", "digest"])
    .orderBy("id")
    .execute();
  const members = await store.db
    .selectFrom("story_articles")
    .select(["story_id", "article_id"])
    .orderBy("article_id")
    .execute();
  const of = new Map<StoreId, StoreId[]>(stories.map((s) => [s.id, []]));
  for (const m of members) of.get(m.story_id)?.push(m.article_id);
  return stories.map((s) => ({ ...s, articles: of.get(s.id) ?? [] }));
}

/** Sets where a story stands in the story order and the digest its brief was made from. */
export async function setStoryState(
  store: Store,
  id: StoreId,
  state: { readonly position: number; readonly digest?: string },
): Promise<void> {
  await store.db
    .updateTable("stories")
    .set({
      position: state.position,
      ...(state.digest === undefined ? {} : { digest: state.digest }),
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
 * Makes the stored reuse edges these, in one transaction, writing only what differs: an update
 * of the corpus changes a few groups, not every edge.
 */
export async function replaceReuseEdges(
  store: Store,
  edges: readonly StoredReuseEdge[],
): Promise<void> {
  const stored = new Map((await allReuseEdges(store)).map((e) => [edgeKey(e), edgeText(e)]));
  const wanted = new Set(edges.map(edgeKey));
  const gone = [...stored.keys()].filter((k) => !wanted.has(k));
  const changed = edges.filter((e) => stored.get(edgeKey(e)) !== edgeText(e));
  if (gone.length === 0 && changed.length === 0) return;
  await store.db.transaction().execute(async (trx) => {
    for (const key of gone) {
      const [copy, source] = key.split(" ") as [StoreId, StoreId];
      await trx
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
      await trx
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
  });
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
    .orderBy("stories.position")
    .orderBy("stories.id")
    .execute();
  return rows.map((r) => ({ id: r.id, brief: r.brief }));
}
