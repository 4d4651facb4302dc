import { addFeed, listFeeds, removeFeed, type StoredFeed } from "../store/feeds.js";
import type { Store } from "../store/open.js";
import { openStoreForCommand, type StoreOptions } from "./open-store.js";

/** A time as the feed list shows it: UTC to the second. */
export const shownTime = (time: Date): string => `${time.toISOString().slice(0, 19)}Z`;

/** A feed in the list: id, URL and title, then how its polls stand. */
export function describeFeed(feed: StoredFeed): string {
  const head = `${feed.id}  ${feed.url}${feed.title === null ? "" : `  "${feed.title}"`}`;
  const polled =
    feed.lastPolledAt === null ? "never polled" : `last polled ${shownTime(feed.lastPolledAt)}`;
  const succeeded =
    feed.lastSucceededAt === null ? "" : `, last read ${shownTime(feed.lastSucceededAt)}`;
  const state =
    feed.failures === 0
      ? `next poll ${shownTime(feed.nextPollAt)}`
      : `failing: ${feed.failures} poll${feed.failures === 1 ? "" : "s"} in a row, the last: ` +
        `${feed.lastError ?? "(no reason kept)"}; next try ${shownTime(feed.nextPollAt)}`;
  return `${head}\n    ${polled}${succeeded}\n    ${state}\n`;
}

/** An http(s) URL, or why the argument is not one. */
function feedUrlProblem(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:"
      ? null
      : `a feed's URL must be http or https, not ${u.protocol}`;
  } catch {
    return `not a URL: ${url}`;
  }
}

async function withStore(
  options: StoreOptions,
  work: (store: Store) => Promise<number>,
): Promise<number> {
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** `corroborate feeds add URL`: the feed is due at once; a URL added before is said so. */
export async function feedsAddCommand(
  url: string,
  options: StoreOptions,
  now: Date,
): Promise<number> {
  const problem = feedUrlProblem(url);
  if (problem !== null) {
    process.stderr.write(`corroborate: ${problem}\n`);
    return 2;
  }
  return withStore(options, async (store) => {
    const { feed, added } = await addFeed(store, url, now);
    process.stdout.write(
      added
        ? `added feed ${feed.id}: ${feed.url} (polled by corroborate run)\n`
        : `feed ${feed.id} is ${feed.url} already\n`,
    );
    return 0;
  });
}

/** `corroborate feeds list`: every feed and how its polls stand, or JSON with `--format json`. */
export async function feedsListCommand(
  options: StoreOptions & { readonly format: "text" | "json" },
): Promise<number> {
  return withStore(options, async (store) => {
    const feeds = await listFeeds(store);
    if (options.format === "json") process.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
    else if (feeds.length === 0)
      process.stdout.write("no feeds yet: add one with corroborate feeds add URL\n");
    else process.stdout.write(feeds.map(describeFeed).join(""));
    return 0;
  });
}

/** `corroborate feeds remove URL|ID`: the feed goes; its articles stay in the store. */
export async function feedsRemoveCommand(idOrUrl: string, options: StoreOptions): Promise<number> {
  return withStore(options, async (store) => {
    const removed = await removeFeed(store, idOrUrl);
    if (removed === null) {
      process.stderr.write(`corroborate: no feed ${idOrUrl} (see corroborate feeds list)\n`);
      return 1;
    }
    process.stdout.write(`removed feed ${removed.id}: ${removed.url}\n`);
    return 0;
  });
}
