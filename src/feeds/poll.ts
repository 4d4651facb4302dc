import { looksLikeFeed, parseFeed } from "../ingest/feed.js";
import { readHtmlPage } from "../ingest/html.js";
import { articleFromPage, DEFAULT_MAX_BYTES, fromRecord, reasonOf } from "../ingest/read-inputs.js";
import type { RecordArticle } from "../ingest/records.js";
import type { RawArticle, Skip } from "../model/index.js";
import type { ArticleAnalyser } from "../pipeline/analyser.js";
import type { Context } from "../pipeline/context.js";
import { knownArticleIds } from "../store/articles.js";
import { recordPollFailure, recordPollSuccess, type StoredFeed } from "../store/feeds.js";
import { ingestArticles } from "../store/ingest.js";
import type { Store } from "../store/open.js";
import type { StoreId } from "../store/schema.js";
import { fetchText } from "./fetch.js";
import { nextPollAfterFailure, nextPollAfterSuccess, retryAfterSeconds } from "./schedule.js";

/**
 * A feed item whose text is shorter than this is taken for a summary, and its article is read
 * from the page it links to. Feeds that carry whole articles (`content:encoded`, Atom `content`)
 * give hundreds of words; summary feeds give a sentence or two. A short whole article read from
 * its page as well costs one request and loses nothing.
 */
export const SUMMARY_WORDS = 150;

/** Per-poll settings; the time of the poll and the article stages' context come with each poll. */
export type PollSettings = {
  readonly intervalSeconds: number;
  /** The longest wait for one answer (the feed, or one item's page). */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Runs the article stages of the items read (a pool of threads); unset, this thread. */
  readonly analyser?: ArticleAnalyser;
};

export const DEFAULT_POLL_SETTINGS: Omit<PollSettings, "intervalSeconds"> = {
  timeoutMs: 30_000,
  maxBytes: DEFAULT_MAX_BYTES,
};

/** What one poll of one feed did. */
export type PollReport = {
  readonly feed: StoredFeed;
  readonly nextPollAt: Date;
} & (
  | { readonly kind: "not-modified" }
  | {
      readonly kind: "read";
      readonly items: number;
      /** Store ids of the articles this poll added. */
      readonly added: readonly StoreId[];
      /** Items whose article the store held already. */
      readonly known: number;
      /** Items that gave no article, and why. */
      readonly skipped: readonly Skip[];
      /** Items whose page could not be fetched now; they are read again at the next poll. */
      readonly retried: readonly Skip[];
    }
  | { readonly kind: "failed"; readonly failures: number; readonly reason: string }
);

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
const PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** An item's article as the feed gives it. */
const fromFeed = (feed: StoredFeed, item: RecordArticle, n: number): RawArticle =>
  fromRecord(feed.url, item.url ?? `${feed.url}#${n}`, "feed", item);

type ItemArticle = { article: RawArticle } | { retry: string };

/**
 * An item's article: the feed's text when it is whole, else the linked page's, through the same
 * HTML reading as an ingested page. The item's link stays the article's URL (not the page's
 * canonical one), so the next read of the feed knows the item by it. A page that cannot be had for
 * good (gone, or no article in it) leaves the feed's summary, so the item is kept once rather
 * than fetched at every change of the feed; a page that may come back (no answer, a server error)
 * is tried again at the next poll.
 */
async function itemArticle(
  feed: StoredFeed,
  item: RecordArticle,
  n: number,
  settings: PollSettings,
): Promise<ItemArticle> {
  const summary = fromFeed(feed, item, n);
  if (item.url === null || wordCount(item.text) >= SUMMARY_WORDS) return { article: summary };
  const fetched = await fetchText(item.url, { ...settings, accept: PAGE_ACCEPT });
  if (fetched.kind === "failed" && fetched.transient) return { retry: fetched.reason };
  if (fetched.kind !== "text") return { article: summary };
  const read = readHtmlPage(fetched.text, fetched.url);
  if ("reason" in read) return { article: summary };
  const page = articleFromPage(summary.id, feed.url, read.page, {
    title: item.title ?? undefined,
    author: item.author ?? undefined,
  });
  return { article: { ...page, url: item.url, published: page.published ?? item.published } };
}

/**
 * Linked pages fetched at once within one poll. A summary feed's first read may link dozens of
 * new pages; one at a time, slow servers would hold the poll (and its claim on the feed) for
 * many timeouts in a row. A few at a time stays polite to one site.
 */
const PAGE_FETCHES = 4;

/** `work` on every item, at most `limit` at once; the results in the items' order. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * An item's link as an absolute http(s) URL: feeds may write it relative to themselves. A link
 * that cannot be one is dropped, and the item is known by its text instead.
 */
function absoluteLink(link: string | null, feedUrl: string): string | null {
  if (link === null) return null;
  try {
    const url = new URL(link, feedUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The feed's own title: parseFeed names each item's outlet after it. */
const feedTitle = (items: readonly RecordArticle[]): string | null =>
  items.find((i) => i.outletFrom === "site-name")?.outlet ?? null;

/**
 * Polls one feed (claimed by the caller, so no one else polls it meanwhile): a conditional GET,
 * then each item the store does not hold yet is read and added through the same path as
 * `corroborate ingest`, and the outcome is recorded on the feed. A failure of the feed (no
 * answer, an error status, not a feed) is recorded with its reason and backs the feed off.
 */
export async function pollFeed(
  store: Store,
  feed: StoredFeed,
  polledAt: Date,
  ctx: Context,
  settings: PollSettings,
): Promise<PollReport> {
  const fetched = await fetchText(feed.url, {
    ...settings,
    accept: FEED_ACCEPT,
    etag: feed.etag,
    lastModified: feed.lastModified,
  });
  const fail = async (reason: string, retryAfterSeconds: number | null): Promise<PollReport> => {
    const failures = feed.failures + 1;
    const nextPollAt = nextPollAfterFailure(
      polledAt,
      failures,
      settings.intervalSeconds,
      retryAfterSeconds,
    );
    await recordPollFailure(store, feed.id, { failures, reason, nextPollAt });
    return { feed, nextPollAt, kind: "failed", failures, reason };
  };
  if (fetched.kind === "failed")
    return fail(fetched.reason, retryAfterSeconds(fetched.retryAfter, polledAt));
  const nextPollAt = nextPollAfterSuccess(polledAt, settings.intervalSeconds);
  if (fetched.kind === "not-modified") {
    await recordPollSuccess(store, feed.id, {
      polledAt,
      nextPollAt,
      title: null,
      validators: null,
    });
    return { feed, nextPollAt, kind: "not-modified" };
  }
  if (!looksLikeFeed(fetched.text)) return fail("the answer is not an RSS or Atom feed", null);
  let entries;
  try {
    entries = parseFeed(fetched.text);
  } catch (e) {
    return fail(`broken feed: ${reasonOf(e)}`, null);
  }
  const skipped: Skip[] = [];
  const items: { item: RecordArticle; n: number }[] = [];
  entries.forEach((entry, i) => {
    if ("reason" in entry) skipped.push({ input: `${feed.url}#${i + 1}`, reason: entry.reason });
    else items.push({ item: { ...entry, url: absoluteLink(entry.url, fetched.url) }, n: i + 1 });
  });
  // Known items are passed over before any page is fetched for them.
  const knownIds = await knownArticleIds(
    store.db,
    items.map(({ item }) => ({ url: item.url, original: item.text })),
  );
  const fresh = items.filter((_, i) => knownIds[i] === null);
  const got = await inParallel(fresh, PAGE_FETCHES, ({ item, n }) =>
    itemArticle(feed, item, n, settings),
  );
  const raws: RawArticle[] = [];
  const retried: Skip[] = [];
  got.forEach((g, i) => {
    const { item, n } = fresh[i]!;
    if ("retry" in g) retried.push({ input: item.url ?? `${feed.url}#${n}`, reason: g.retry });
    else raws.push(g.article);
  });
  const known = items.length - fresh.length;
  const report = await ingestArticles(store, raws, ctx, {
    ...(settings.analyser ? { analyser: settings.analyser } : {}),
  });
  await recordPollSuccess(store, feed.id, {
    polledAt,
    nextPollAt,
    title: feedTitle(items.map(({ item }) => item)),
    // An item to read again must not be hidden behind a "not modified" at the next poll.
    validators:
      retried.length === 0 ? { etag: fetched.etag, lastModified: fetched.lastModified } : null,
  });
  return {
    feed,
    nextPollAt,
    kind: "read",
    items: entries.length,
    added: report.added,
    known: known + report.known,
    skipped: [...skipped, ...report.skipped],
    retried,
  };
}
