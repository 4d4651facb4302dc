import { sql, type Kysely } from "kysely";

/**
 * The reuse index in tables instead of one serialized object (issue 15, item 2): an update then
 * reads the keys and anchor counts of the articles it adds, not the whole index, so its cost does
 * not grow with the store. Bands stay in `reuse_bands` (now filed under the reuse stage's own
 * band keys); sampled phrases, sentence openings and anchor pairs go to `reuse_phrases`; the
 * anchor counts that tell common names from telling ones to `reuse_anchors`. Site names (one site,
 * one name) are counted in `site_names` as articles arrive.
 *
 * A store written before this version kept a serialized index; its corpus-level results (reuse
 * pairs and edges, stories and their briefs) are dropped here and rebuilt from its articles by the
 * next update. That format was never released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reuse_phrases (
      key bigint not null,
      article_id bigint not null references articles (id) on delete cascade,
      primary key (key, article_id)
    )`.execute(db);
  await sql`create index reuse_phrases_article on reuse_phrases (article_id)`.execute(db);
  await sql`
    create table reuse_anchors (
      anchor bigint primary key,
      articles integer not null
    )`.execute(db);
  await sql`
    create table site_names (
      domain text not null,
      name text not null,
      articles integer not null,
      primary key (domain, name)
    )`.execute(db);
  // A story whose members or copy groups changed waits here for its brief to be aggregated again.
  await sql`alter table stories add column stale boolean not null default false`.execute(db);
  await sql`create index stories_stale on stories (id) where stale`.execute(db);
  for (const table of ["reuse_bands", "reuse_pairs", "reuse_edges", "stories", "corpus_state"])
    await sql`delete from ${sql.table(table)}`.execute(db);
  await sql`alter table corpus_state drop column reuse_index`.execute(db);
  await sql`alter table corpus_state add column reuse_observed bigint not null default 0`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stories drop column stale`.execute(db);
  await sql`delete from corpus_state`.execute(db);
  await sql`alter table corpus_state drop column reuse_observed`.execute(db);
  await sql`alter table corpus_state add column reuse_index bytea not null`.execute(db);
  for (const table of ["site_names", "reuse_anchors", "reuse_phrases"])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
