import { sql, type Kysely } from "kysely";

/**
 * The cluster stage's state kept in the store (issue 15, item 4), so that putting new articles
 * into stories reads only what the new articles can reach, however large the store:
 *
 * - `story_index_state`: how many articles the term statistics have counted (one row; it is
 *   also the row a writer locks, so two assignments never interleave);
 * - `story_terms`: each term's document frequency. Term hashes are 32-bit unsigned; they are
 *   kept as `integer` (the hash `| 0`, read back `>>> 0`): half the width of `bigint` in the
 *   largest index, and no value is lost;
 * - `article_vectors`: each clustered article's TF-IDF vector, its day, and the story whose
 *   centroid holds it (keyed by article id);
 * - `story_centroids`: each story's summed vector, squared norm, dates and member count (keyed
 *   by story id);
 * - `story_postings`: term → story for a story's centroid terms, with the story's dates copied
 *   in so that a lookup by term skips stories outside the time window inside the index.
 *
 * Vectors are bytes (terms as 32-bit unsigned, weights as 32-bit floats for an article and
 * 64-bit for a centroid, little-endian) read and written whole: a centroid is summed in the
 * order it was built, and doubles keep it exactly as the in-memory index holds it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table story_index_state (
      id smallint primary key check (id = 1),
      articles bigint not null
    )`.execute(db);
  await sql`insert into story_index_state (id, articles) values (1, 0)`.execute(db);
  await sql`
    create table story_terms (
      term integer primary key,
      df integer not null
    )`.execute(db);
  await sql`
    create table article_vectors (
      article_id bigint primary key references articles (id) on delete cascade,
      story_id bigint not null,
      terms bytea not null,
      weights bytea not null,
      day integer
    )`.execute(db);
  // Refinement reads the members of the stories a batch joined.
  await sql`create index article_vectors_story on article_vectors (story_id)`.execute(db);
  await sql`
    create table story_centroids (
      story_id bigint primary key references stories (id) on delete cascade,
      terms bytea not null,
      weights bytea not null,
      norm_sq double precision not null,
      first_day integer,
      last_day integer,
      size integer not null
    )`.execute(db);
  // An undated story matches every day: its postings hold the widest dates instead of nulls, so
  // the window stays a range on the index.
  await sql`
    create table story_postings (
      story_id bigint not null references stories (id) on delete cascade,
      term integer not null,
      first_day integer not null,
      last_day integer not null,
      primary key (story_id, term)
    )`.execute(db);
  await sql`create index story_postings_term on story_postings (term, last_day)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "story_postings",
    "story_centroids",
    "article_vectors",
    "story_terms",
    "story_index_state",
  ])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
