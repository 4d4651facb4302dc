import { sql, type Kysely } from "kysely";

/**
 * The first schema. PostgreSQL 15 features only (the embedded engine is 18): generated columns,
 * `websearch_to_tsquery`, `pg_trgm` (a trusted extension since 13, so no superuser is needed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create table articles (
      id bigserial primary key,
      input_id text not null,
      source text not null,
      format text not null,
      url text,
      content_hash bytea not null,
      outlet text,
      outlet_from text,
      title text,
      author text,
      published text,
      published_from text,
      original text not null,
      body_start integer not null,
      dropped_before jsonb,
      clean text not null,
      added_at timestamptz not null default now(),
      -- The title weighs more than the body in ranking.
      search tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', clean), 'B')
      ) stored
    )`.execute(db);
  // A URL or a text seen before is the same article.
  await sql`create unique index articles_url on articles (url) where url is not null`.execute(db);
  await sql`create unique index articles_content_hash on articles (content_hash)`.execute(db);
  await sql`create index articles_search on articles using gin (search)`.execute(db);
  // Outlet names are written many ways ("The Northern Ledger", "northernledger.com").
  await sql`create index articles_outlet_trgm on articles using gin (outlet gin_trgm_ops)`.execute(
    db,
  );
  await sql`
    create table article_analysis (
      article_id bigint primary key references articles (id) on delete cascade,
      stages text[] not null,
      fields jsonb not null,
      tokens bytea not null
    )`.execute(db);
  await sql`
    create table reuse_bands (
      article_id bigint not null references articles (id) on delete cascade,
      band smallint not null,
      key bigint not null,
      primary key (article_id, band)
    )`.execute(db);
  await sql`create index reuse_bands_lookup on reuse_bands (band, key)`.execute(db);
  await sql`
    create table reuse_edges (
      copy_id bigint not null references articles (id) on delete cascade,
      source_id bigint not null references articles (id) on delete cascade,
      origin_id bigint not null references articles (id) on delete cascade,
      kind text not null,
      credited boolean not null,
      share double precision not null,
      evidence jsonb not null,
      primary key (copy_id, source_id)
    )`.execute(db);
  await sql`create index reuse_edges_source on reuse_edges (source_id)`.execute(db);
  await sql`
    create table stories (
      id bigserial primary key,
      label text not null,
      first_date text,
      last_date text
    )`.execute(db);
  await sql`
    create table story_articles (
      story_id bigint not null references stories (id) on delete cascade,
      article_id bigint not null references articles (id) on delete cascade,
      primary key (story_id, article_id)
    )`.execute(db);
  await sql`create index story_articles_article on story_articles (article_id)`.execute(db);
  await sql`
    create table story_briefs (
      story_id bigint not null references stories (id) on delete cascade,
      version integer not null,
      brief jsonb not null,
      written_at timestamptz not null default now(),
      primary key (story_id, version)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "story_briefs",
    "story_articles",
    "stories",
    "reuse_edges",
    "reuse_bands",
    "article_analysis",
    "articles",
  ])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
