import type { Selectable } from "kysely";
import type { Store } from "./open.js";
import type { FeedsTable, StoreId } from "./schema.js";

/** A feed as stored, with what its polls left. */
export type StoredFeed = {
  readonly id: StoreId;
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly addedAt: Date;
  readonly lastPolledAt: Date | null;
  readonly lastSucceededAt: Date | null;
  /** Polls in a row that failed; 0 after a success. */
  readonly failures: number;
  readonly nextPollAt: Date;
  /** Why the last poll failed, in one line; null after a success. */
  readonly lastError: string | null;
};

const toFeed = (row: Selectable<FeedsTable>): StoredFeed => ({
  id: row.id,
  url: row.url,
  title: row.title,
  etag: row.etag,
  lastModified: row.last_modified,
  addedAt: row.added_at,
  lastPolledAt: row.last_polled_at,
  lastSucceededAt: row.last_succeeded_at,
  failures: row.failures,
  nextPollAt: row.next_poll_at,
  lastError: row.last_error,
});

/** A feed named by its id (digits) or its URL. */
const byIdOrUrl = (idOrUrl: string): ["id" | "url", string] =>
  /^[0-9]+$/.test(idOrUrl) ? ["id", idOrUrl] : ["url", idOrUrl];

/**
 * Adds a feed, due at once. A URL added before is not added again: the stored feed comes back
 * with `added: false`.
 */
export async function addFeed(
  store: Store,
  url: string,
  now: Date,
): Promise<{ feed: StoredFeed; added: boolean }> {
  const inserted = await store.db
    .insertInto("feeds")
    .values({ url, added_at: now, next_poll_at: now })
    .onConflict((c) => c.column("url").doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted !== undefined) return { feed: toFeed(inserted), added: true };
  const known = await findFeed(store, url);
  if (known === null) throw new Error(`the feed ${url} was neither added nor found`);
  return { feed: known, added: false };
}

/** Every feed, in the order they were added. */
export async function listFeeds(store: Store): Promise<StoredFeed[]> {
  const rows = await store.db.selectFrom("feeds").selectAll().orderBy("id").execute();
  return rows.map(toFeed);
}

/** The feed with this id or URL, or null. */
export async function findFeed(store: Store, idOrUrl: string): Promise<StoredFeed | null> {
  const [column, value] = byIdOrUrl(idOrUrl);
  const row = await store.db
    .selectFrom("feeds")
    .selectAll()
    .where(column, "=", value)
    .executeTakeFirst();
  return row === undefined ? null : toFeed(row);
}

/** Removes the feed with this id or URL; the removed feed comes back, or null if there was none. */
export async function removeFeed(store: Store, idOrUrl: string): Promise<StoredFeed | null> {
  const [column, value] = byIdOrUrl(idOrUrl);
  const row = await store.db
    .deleteFrom("feeds")
    .where(column, "=", value)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? null : toFeed(row);
}

/**
 * Takes the feed due earliest (due: its next poll is at or before `now`) for one poll, or null
 * when none is due. The feed's next poll moves to `heldUntil` in the same statement, so no other
 * poller, in this process or another on the same database, polls it meanwhile; `skip locked`
 * lets two pollers claiming at once take different feeds instead of waiting on each other.
 */
export async function claimDueFeed(
  store: Store,
  now: Date,
  heldUntil: Date,
): Promise<StoredFeed | null> {
  const row = await store.db
    .updateTable("feeds")
    .set({ next_poll_at: heldUntil, last_polled_at: now })
    .where("id", "=", (eb) =>
      eb
        .selectFrom("feeds")
        .select("id")
        .where("next_poll_at", "<=", now)
        .orderBy("next_poll_at")
        .orderBy("id")
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? null : toFeed(row);
}

/** When the next feed is due, or null when there are no feeds. */
export async function nextDueAt(store: Store): Promise<Date | null> {
  const row = await store.db
    .selectFrom("feeds")
    .select((eb) => eb.fn.min("next_poll_at").as("next"))
    .executeTakeFirst();
  return row?.next ?? null;
}

/** What a successful poll leaves on its feed. */
export type PollSuccess = {
  readonly nextPollAt: Date;
  readonly polledAt: Date;
  /** The feed's title when it was read; null keeps the stored one. */
  readonly title: string | null;
  /**
   * Validators for the next conditional GET, or null to keep the stored ones (nothing was read,
   * or part of what was read must be read again).
   */
  readonly validators: {
    readonly etag: string | null;
    readonly lastModified: string | null;
  } | null;
};

/** Records a poll that worked: the failure count and reason are cleared. */
export async function recordPollSuccess(
  store: Store,
  id: StoreId,
  poll: PollSuccess,
): Promise<void> {
  await store.db
    .updateTable("feeds")
    .set({
      last_succeeded_at: poll.polledAt,
      next_poll_at: poll.nextPollAt,
      failures: 0,
      last_error: null,
      ...(poll.title === null ? {} : { title: poll.title }),
      ...(poll.validators === null
        ? {}
        : { etag: poll.validators.etag, last_modified: poll.validators.lastModified }),
    })
    .where("id", "=", id)
    .execute();
}

/** Records a failed poll: its one-line reason, the count of failures in a row, the next try. */
export async function recordPollFailure(
  store: Store,
  id: StoreId,
  failure: { readonly failures: number; readonly reason: string; readonly nextPollAt: Date },
): Promise<void> {
  await store.db
    .updateTable("feeds")
    .set({
      failures: failure.failures,
      last_error: failure.reason,
      next_poll_at: failure.nextPollAt,
    })
    .where("id", "=", id)
    .execute();
}
