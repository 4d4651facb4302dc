import { sql, type Kysely } from "kysely";

/**
 * The feeds `corroborate run` polls, and what each poll left: the validators for the next
 * conditional GET, when it was polled and when it last succeeded, how many polls in a row have
 * failed and why the last did, and when it is due again. Times are written by the caller's clock,
 * never by the database's `now()`, so the schedule can be tested without waiting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table feeds (
      id bigserial primary key,
      url text not null unique,
      title text,
      etag text,
      last_modified text,
      added_at timestamptz not null,
      last_polled_at timestamptz,
      last_succeeded_at timestamptz,
      failures integer not null default 0,
      next_poll_at timestamptz not null,
      last_error text
    )`.execute(db);
  // The poller asks for the feeds that are due, earliest first.
  await sql`create index feeds_next_poll on feeds (next_poll_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists feeds`.execute(db);
}
