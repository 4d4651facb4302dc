import { sql, type Kysely } from "kysely";
import type { StoredBrief } from "../brief/schema.js";
import type { Store } from "./open.js";
import type { StoreId, StoreSchema } from "./schema.js";

/** A story as a list shows it: what its latest brief says, without reading the brief. */
export type ListedStory = {
  readonly id: StoreId;
  readonly label: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly articles: number;
  readonly outlets: readonly string[];
  readonly independentSources: number;
  readonly warnings: number;
  readonly version: number;
};

/**
 * Writes the listing row of a story from the brief version just written (a stored brief holds
 * its one story). Called in the transaction that writes the brief, so the two never disagree.
 */
export async function writeStoryListing(
  db: Kysely<StoreSchema>,
  storyId: StoreId,
  version: number,
  brief: Pick<StoredBrief, "stories">,
): Promise<void> {
  const story = brief.stories[0];
  if (story === undefined) return;
  // Label and summary are what a reader's words would match; the claims repeat the summary.
  const words = [story.label, ...(story.summary ?? []).map((s) => s.text)].join("\n");
  await sql`
    insert into story_listing (story_id, version, label, first_date, last_date, sort_date,
      articles, outlets, outlet_names, independent_sources, warnings, search)
    values (${storyId}::bigint, ${version}, ${story.label}, ${story.from}, ${story.to},
      ${story.to ?? ""}, ${story.articles.length}, ${JSON.stringify(story.outlets)}::jsonb,
      ${story.outlets.join("\n")}, ${story.independentSources}, ${story.warnings.length},
      to_tsvector('english', ${words}))
    on conflict (story_id) do update set version = excluded.version, label = excluded.label,
      first_date = excluded.first_date, last_date = excluded.last_date,
      sort_date = excluded.sort_date, articles = excluded.articles, outlets = excluded.outlets,
      outlet_names = excluded.outlet_names, independent_sources = excluded.independent_sources,
      warnings = excluded.warnings, search = excluded.search
    where story_listing.version <= excluded.version`.execute(db);
}

/**
 * Fills the listing of every story whose latest brief has no listing row (briefs written before
 * migration 0007). Reads those briefs once, a hundred at a time; a current store reads nothing.
 */
export async function backfillStoryListing(store: Store): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom("story_briefs as b")
      .select(["b.story_id", "b.version", "b.brief"])
      .where(({ eb, selectFrom, not, exists }) =>
        eb.and([
          eb(
            "b.version",
            "=",
            selectFrom("story_briefs as v")
              .select(({ fn }) => fn.max("v.version").as("v"))
              .whereRef("v.story_id", "=", "b.story_id"),
          ),
          not(
            exists(
              selectFrom("story_listing as l")
                .select("l.story_id")
                .whereRef("l.story_id", "=", "b.story_id"),
            ),
          ),
        ]),
      )
      .orderBy("b.story_id")
      .limit(100)
      .execute();
    for (const row of rows)
      await writeStoryListing(store.db, row.story_id, row.version, row.brief as StoredBrief);
    filled += rows.length;
    if (rows.length < 100) return filled;
  }
}

export type StorySort = "newest" | "most-covered";

/** Where a page of stories starts: after the last story of the previous page, in its order. */
export type StoryCursor = {
  readonly sort: StorySort;
  readonly key: string | number;
  readonly id: StoreId;
};

export type StoryListQuery = {
  readonly sort: StorySort;
  readonly limit: number;
  readonly cursor?: StoryCursor;
  readonly offset?: number;
  /** Stories that end on or after this day (YYYY-MM-DD); undated stories are left out. */
  readonly from?: string;
  /** Stories that start on or before this day. */
  readonly to?: string;
  /** An outlet name, matched loosely: a part of the name, or a misspelling of it (`pg_trgm`). */
  readonly outlet?: string;
  /** Words of the label or summary, read as a search box reads them, or a part of the label. */
  readonly q?: string;
};

/** `%` and `_` in a user's text are characters, not LIKE wildcards. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A page of stories in the order asked for (newest: by last day, then most recent id; most
 * covered: by articles), filtered. The next page starts at `next` (null on the last page).
 */
export async function listStories(
  store: Store,
  query: StoryListQuery,
): Promise<{ readonly stories: ListedStory[]; readonly next: StoryCursor | null }> {
  const keyColumn = query.sort === "newest" ? "sort_date" : "articles";
  const rows = await store.db
    .selectFrom("story_listing")
    .selectAll()
    .$if(query.from !== undefined, (q) => q.where("last_date", ">=", query.from!))
    .$if(query.to !== undefined, (q) => q.where("first_date", "<=", query.to!))
    .$if(query.outlet !== undefined, (q) =>
      q.where(({ eb, or }) =>
        or([
          eb("outlet_names", "ilike", `%${likeLiteral(query.outlet!)}%`),
          // A misspelt name: word similarity against each name's words, the index answers it.
          sql<boolean>`${query.outlet!} <% outlet_names`,
        ]),
      ),
    )
    .$if(query.q !== undefined, (q) =>
      q.where(({ eb, or }) =>
        or([
          sql<boolean>`search @@ websearch_to_tsquery('english', ${query.q!})`,
          eb("label", "ilike", `%${likeLiteral(query.q!)}%`),
        ]),
      ),
    )
    .$if(query.cursor !== undefined, (q) =>
      q.where(
        sql<boolean>`(${sql.ref(keyColumn)}, story_id) < (${query.cursor!.key}, ${query.cursor!.id}::bigint)`,
      ),
    )
    .orderBy(keyColumn, "desc")
    .orderBy("story_id", "desc")
    .$if(query.offset !== undefined, (q) => q.offset(query.offset!))
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const next =
    rows.length > query.limit && last !== undefined
      ? {
          sort: query.sort,
          key: query.sort === "newest" ? last.sort_date : last.articles,
          id: last.story_id,
        }
      : null;
  return {
    stories: page.map((r) => ({
      id: r.story_id,
      label: r.label,
      from: r.first_date,
      to: r.last_date,
      articles: r.articles,
      outlets: r.outlets,
      independentSources: r.independent_sources,
      warnings: r.warnings,
      version: r.version,
    })),
    next,
  };
}
