import { sql, type Kysely } from "kysely";

/**
 * What keeps the re-clustering of the open window (src/store/recluster.ts) from growing with the
 * window on every addition:
 * - `corpus_state.reclustered_window`, the articles the last re-clustering held: the next is due
 *   once the articles taken in since reach a share of it, so its cost is spread over them;
 * - each clustered article's term counts and canonical order key beside its vector, so a
 *   re-clustering reads them instead of loading every article of the window and counting its
 *   terms again (three quarters of its cost, measured). Null for rows written before this
 *   migration: those are read and counted as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table corpus_state add column reclustered_window integer not null default 0`.execute(
    db,
  );
  await sql`alter table article_vectors add column counts bytea`.execute(db);
  await sql`alter table article_vectors add column order_key text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table article_vectors drop column order_key`.execute(db);
  await sql`alter table article_vectors drop column counts`.execute(db);
  await sql`alter table corpus_state drop column reclustered_window`.execute(db);
}
