import { sql, type Kysely } from "kysely";

/**
 * What the corpus stages keep between ingests (issue 15, item 4): the reuse index as its own
 * serialized bytes, the verified reuse pairs it found, and for each story where it stands in the
 * batch's order and a digest of what its brief was aggregated from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table corpus_state (
      id smallint primary key check (id = 1),
      reuse_index bytea not null,
      indexed_through bigint not null
    )`.execute(db);
  await sql`
    create table reuse_pairs (
      a_id bigint not null references articles (id) on delete cascade,
      b_id bigint not null references articles (id) on delete cascade,
      primary key (a_id, b_id)
    )`.execute(db);
  await sql`create index reuse_pairs_b on reuse_pairs (b_id)`.execute(db);
  await sql`alter table stories add column position integer`.execute(db);
  await sql`alter table stories add column digest text`.execute(db);
  // A brief is a document read whole: `json` keeps its text as written, keys in the order the
  // brief's contract lays them out, where `jsonb` sorts them.
  await sql`alter table story_briefs alter column brief type json using brief::json`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table story_briefs alter column brief type jsonb using brief::jsonb`.execute(db);
  await sql`alter table stories drop column if exists digest`.execute(db);
  await sql`alter table stories drop column if exists position`.execute(db);
  await sql`drop table if exists reuse_pairs`.execute(db);
  await sql`drop table if exists corpus_state`.execute(db);
}
