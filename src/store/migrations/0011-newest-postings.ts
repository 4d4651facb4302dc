import { sql, type Kysely } from "kysely";

/**
 * Story postings by term and story id: assignment reads, for each lookup term, only the newest
 * stories holding it within the time window (`POSTINGS_READ_PER_TERM`), a backward scan of this
 * index that stops after that many, where the (term, last day) index would read every story
 * holding the term in the window (most of a day's open stories, for a common term).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index story_postings_term_story on story_postings (term, story_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists story_postings_term_story`.execute(db);
}
