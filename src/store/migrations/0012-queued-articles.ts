import { sql, type Kysely } from "kysely";

/**
 * Articles read but not analysed yet (`corroborate ingest --queue`), for `corroborate worker`
 * processes to analyse. Each takes its id from the articles' own sequence when it is queued and
 * keeps it when it is stored, so the corpus update can take articles in id order, in steps that
 * do not depend on which worker analysed what or when (src/service/update-store.ts). A URL or a
 * text queued already is the same article, as in `articles`. Keyed by article id, like every
 * table of articles, so it distributes with them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table queued_articles (
      id bigint primary key default nextval('articles_id_seq'),
      input_id text not null,
      url text,
      content_hash bytea not null,
      raw jsonb not null,
      queued_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index queued_articles_url on queued_articles (url) where url is not null`.execute(
    db,
  );
  await sql`create unique index queued_articles_content_hash on queued_articles (content_hash)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists queued_articles`.execute(db);
}
