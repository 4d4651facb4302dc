import { sql, type Kysely } from "kysely";

/**
 * What the re-clustering of the open window (src/store/recluster.ts) needs: an index on a
 * story's last day, since it asks for the stories whose last day is within some days of the
 * newest (without it, that reads every story's centroid, a cost that grows with the store); and
 * the highest article id the last re-clustering saw taken in, so an update knows whether one is
 * due, even after a crash between taking articles in and re-clustering.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index story_centroids_last_day on story_centroids (last_day)`.execute(db);
  await sql`alter table corpus_state add column reclustered_through bigint not null default 0`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table corpus_state drop column reclustered_through`.execute(db);
  await sql`drop index if exists story_centroids_last_day`.execute(db);
}
