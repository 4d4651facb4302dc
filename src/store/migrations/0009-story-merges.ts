import { sql, type Kysely } from "kysely";

/**
 * Where a story went when the re-clustering of the open window emptied it into another: links
 * users hold (`/stories/story-5`, a CLI `--story 5`) lead to the story that took its articles
 * instead of to nothing. No foreign key on `story_id`: the story itself is gone; `into_id` may be
 * emptied in turn later, so readers follow the chain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table story_merges (
      story_id bigint primary key,
      into_id bigint not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists story_merges`.execute(db);
}
