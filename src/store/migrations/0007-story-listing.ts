import { sql, type Kysely } from "kysely";

/**
 * What a list of stories shows, one row per story, written with each brief version: listing
 * stories by reading every brief's JSON would read megabytes per page. Indexed for the two
 * orders the API offers (newest, most covered), its outlet names for a fuzzy outlet filter
 * (`pg_trgm`) and its label and summary for a text filter. The rows of briefs written before
 * this migration are filled in when the store opens (see `backfillStoryListing`), by the same
 * code that writes them afterwards.
 *
 * Also an index on when each brief version was written: the server's event stream asks, once a
 * second, for the versions written since it last looked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table story_listing (
      story_id bigint primary key references stories (id) on delete cascade,
      version integer not null,
      label text not null,
      first_date text,
      last_date text,
      -- last_date, or '' for an undated story: a key that sorts without nulls, for paging.
      sort_date text not null,
      articles integer not null,
      outlets jsonb not null,
      -- The outlet names one to a line, for the trigram index.
      outlet_names text not null,
      independent_sources integer not null,
      warnings integer not null,
      search tsvector not null
    )`.execute(db);
  await sql`create index story_listing_newest on story_listing (sort_date desc, story_id desc)`.execute(
    db,
  );
  await sql`create index story_listing_most_covered on story_listing (articles desc, story_id desc)`.execute(
    db,
  );
  await sql`create index story_listing_outlets on story_listing using gin (outlet_names gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index story_listing_search on story_listing using gin (search)`.execute(db);
  await sql`create index story_briefs_written_at on story_briefs (written_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists story_briefs_written_at`.execute(db);
  await sql`drop table if exists story_listing`.execute(db);
}
