/**
 * Polling feeds into the store, against a feed server the test runs on 127.0.0.1, on both
 * engines. The clock is the test's: the schedule's hours pass in no time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFeed } from "../src/cli/feeds-command.js";
import type { PollReport } from "../src/feeds/poll.js";
import { DEFAULT_POLL_SETTINGS } from "../src/feeds/poll.js";
import { runFeeds } from "../src/feeds/run.js";
import type { Clock } from "../src/feeds/schedule.js";
import { defaultContext } from "../src/pipeline/context.js";
import {
  addFeed,
  claimDueFeed,
  findFeed,
  listFeeds,
  removeFeed,
  type StoredFeed,
} from "../src/store/feeds.js";
import { loadArticle, openStore, searchArticles, type Store } from "../src/store/index.js";
import { articlePage, FeedServer, REPORTS, rss } from "./feed-server.js";
import { storeEngines } from "./store-engines.js";

const INTERVAL = 15 * 60;
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (intervals: number): Date => new Date(T0.getTime() + intervals * INTERVAL * 1000);

/** A clock the test sets; sleeping is never needed with `once`. */
function testClock(start: Date): Clock & { set(time: Date): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async () => {},
    set: (time) => void (now = time),
  };
}

/** The store ids a poll added (none unless it read the feed). */
const addedBy = (report: PollReport | undefined): readonly string[] =>
  report?.kind === "read" ? report.added : [];

const whole = (paragraphs: readonly string[]): string =>
  paragraphs.map((p) => `<p>${p}</p>`).join("");

describe.each(await storeEngines("corroborate-feeds-"))("feeds on $name", (engine) => {
  const server = new FeedServer();
  /** A second server, to fail: 500 first, then not there at all. */
  const flaky = new FeedServer();
  const clock = testClock(T0);
  let store: Store;
  let news: StoredFeed;
  let summaries: StoredFeed;
  let failing: StoredFeed;

  /** Polls what is due at `time`, once; the reports by feed URL. */
  async function pollAt(time: Date): Promise<Map<string, PollReport>> {
    clock.set(time);
    const reports = new Map<string, PollReport>();
    await runFeeds(store, {
      ...DEFAULT_POLL_SETTINGS,
      timeoutMs: 5_000,
      intervalSeconds: INTERVAL,
      clock,
      signal: new AbortController().signal,
      once: true,
      contextAt: (now) => defaultContext({ today: now.toISOString().slice(0, 10) }),
      onPoll: (r) => reports.set(r.feed.url, r),
    });
    return reports;
  }

  const newsItems = [
    {
      title: "Old Mill bridge to close to lorries",
      link: "/news/bridge",
      content: whole(REPORTS.bridge),
    },
    {
      title: "Library reopens after refurbishment",
      link: "/news/library",
      content: whole(REPORTS.library),
    },
  ];

  beforeAll(async () => {
    if (engine.skip !== null) return;
    await server.start();
    await flaky.start();
    const links = (items: typeof newsItems) =>
      items.map((i) => ({ ...i, link: server.url(i.link) }));
    server.answer("/news.xml", {
      body: rss("Eastmere Courier", links(newsItems)),
      etag: '"v1"',
      lastModified: "Mon, 02 Mar 2026 08:00:00 GMT",
    });
    // A summary feed: the item's text is a sentence; its article is on the linked page.
    server.answer("/summaries.xml", {
      body: rss("Eastmere Courier: in brief", [
        {
          title: "Ferry to Holm Island sails again",
          link: server.url("/pages/ferry.html"),
          description: "The island ferry is back after three weeks.",
        },
      ]),
      lastModified: "Mon, 02 Mar 2026 07:30:00 GMT",
    });
    server.answer("/pages/ferry.html", {
      type: "text/html",
      body: articlePage("Ferry to Holm Island sails again", REPORTS.ferry),
    });
    flaky.answer("/feed.xml", { status: 500 });
    store = await openStore(await engine.prepare());
    news = (await addFeed(store, server.url("/news.xml"), T0)).feed;
    summaries = (await addFeed(store, server.url("/summaries.xml"), T0)).feed;
    failing = (await addFeed(store, flaky.url("/feed.xml"), T0)).feed;
  }, 120_000);

  afterAll(async () => {
    if (engine.skip !== null) return;
    await store?.close();
    await engine.cleanup();
    await server.close();
    await flaky.close();
  });

  const test = engine.skip === null ? it : it.skip;
  if (engine.skip !== null) it.skip(`skipped: ${engine.skip}`, () => {});

  test("keeps a feed once, and finds it by id or URL", async () => {
    const again = await addFeed(store, server.url("/news.xml"), at(1));
    expect(again).toEqual({ feed: news, added: false });
    expect(await findFeed(store, news.id)).toEqual(news);
    expect(news).toMatchObject({ failures: 0, nextPollAt: T0, lastPolledAt: null, etag: null });
    expect((await listFeeds(store)).map((f) => f.url)).toEqual([
      news.url,
      summaries.url,
      failing.url,
    ]);
  });

  test("a first poll adds each item's article; a failing feed says why and backs off", async () => {
    const reports = await pollAt(T0);
    expect([...reports.keys()].sort()).toEqual([news.url, summaries.url, failing.url].sort());
    expect(reports.get(news.url)).toMatchObject({ kind: "read", items: 2, known: 0 });
    expect(reports.get(news.url)).toMatchObject({ skipped: [], retried: [] });
    expect(addedBy(reports.get(news.url))).toHaveLength(2);
    expect(server.asked("/news.xml")[0]!.headers["if-none-match"]).toBeUndefined();

    // The summary's article is the linked page's, kept under the item's link.
    expect(reports.get(summaries.url)).toMatchObject({ kind: "read", items: 1 });
    const ferry = await loadArticle(store, addedBy(reports.get(summaries.url))[0]!);
    expect(ferry).toMatchObject({ url: server.url("/pages/ferry.html"), format: "html" });
    expect(ferry!.original).toContain("replacement part had been flown in from Norway");
    expect(ferry!.source).toBe(summaries.url);

    expect(reports.get(failing.url)).toMatchObject({
      kind: "failed",
      failures: 1,
      reason: "HTTP 500 Internal Server Error",
      nextPollAt: at(2),
    });
    const listed = await findFeed(store, failing.id);
    expect(listed).toMatchObject({ failures: 1, lastError: "HTTP 500 Internal Server Error" });
    expect(describeFeed(listed!)).toContain(
      "failing: 1 poll in a row, the last: HTTP 500 Internal Server Error; next try 2026-03-02T09:30:00Z",
    );
    expect(await findFeed(store, news.id)).toMatchObject({
      title: "Eastmere Courier",
      etag: '"v1"',
      lastModified: "Mon, 02 Mar 2026 08:00:00 GMT",
      lastPolledAt: T0,
      lastSucceededAt: T0,
      nextPollAt: at(1),
    });
  });

  test("a feed answering 304 adds nothing; a backed-off feed is left alone", async () => {
    const reports = await pollAt(at(1));
    expect(reports.get(news.url)).toMatchObject({ kind: "not-modified" });
    expect(reports.get(summaries.url)).toMatchObject({ kind: "not-modified" });
    expect(reports.has(failing.url)).toBe(false);
    expect(server.asked("/news.xml")[1]!.headers).toMatchObject({
      "if-none-match": '"v1"',
      "if-modified-since": "Mon, 02 Mar 2026 08:00:00 GMT",
    });
    expect(server.asked("/summaries.xml")[1]!.headers["if-modified-since"]).toBe(
      "Mon, 02 Mar 2026 07:30:00 GMT",
    );
    expect(server.asked("/pages/ferry.html")).toHaveLength(1);
  });

  test("a new item is added once; a feed that is gone backs off further, the others go on", async () => {
    await flaky.close(); // connection refused from now on
    server.answer("/news.xml", {
      body: rss("Eastmere Courier", [
        {
          title: "Quayside market every other Sunday",
          link: server.url("/news/market"),
          content: whole(REPORTS.market),
        },
        ...newsItems.map((i) => ({ ...i, link: server.url(i.link) })),
      ]),
      etag: '"v2"',
    });
    const reports = await pollAt(at(2));
    expect(reports.get(news.url)).toMatchObject({ kind: "read", items: 3, known: 2 });
    expect(addedBy(reports.get(news.url))).toHaveLength(1);
    const gone = reports.get(failing.url);
    expect(gone).toMatchObject({ kind: "failed", failures: 2, nextPollAt: at(6) });
    expect(gone?.kind === "failed" && gone.reason).toMatch(/^could not fetch: .*ECONNREFUSED/);
    expect(describeFeed((await findFeed(store, failing.id))!)).toMatch(
      /failing: 2 polls in a row, the last: could not fetch: .*ECONNREFUSED.*; next try 2026-03-02T10:30:00Z/,
    );

    const later = await pollAt(at(3));
    expect(later.get(news.url)).toMatchObject({ kind: "not-modified" });
    expect(later.has(failing.url)).toBe(false);
    const market = await searchArticles(store, "quayside market");
    expect(market.map((h) => h.title)).toEqual(["Quayside market every other Sunday"]);
  });

  test("a linked page that may come back is read again; one that is gone leaves the summary", async () => {
    const briefsUrl = server.url("/briefs.xml");
    server.answer("/briefs.xml", {
      body: rss("Eastmere Courier: briefs", [
        {
          title: "School roof to be replaced",
          link: server.url("/pages/school.html"),
          description: "Pupils will learn in temporary classrooms.",
        },
        {
          title: "Harbour wall repairs",
          link: "/pages/gone.html", // relative to the feed
          description: "Repairs to the harbour wall begin next week and will take a month.",
        },
      ]),
      etag: '"b1"',
    });
    server.answer("/pages/school.html", { status: 503 });
    const briefs = (await addFeed(store, briefsUrl, at(3))).feed;
    const first = (await pollAt(at(3))).get(briefsUrl);
    expect(first).toMatchObject({
      kind: "read",
      items: 2,
      retried: [
        { input: server.url("/pages/school.html"), reason: "HTTP 503 Service Unavailable" },
      ],
    });
    // The page that is not found: the feed's summary is the article, under the link made whole.
    const harbour = await loadArticle(store, addedBy(first)[0]!);
    expect(harbour).toMatchObject({ url: server.url("/pages/gone.html"), format: "feed" });
    expect(harbour!.original).toBe(
      "Repairs to the harbour wall begin next week and will take a month.",
    );
    // Validators are not kept, so the next poll reads the feed again instead of a 304.
    expect(await findFeed(store, briefs.id)).toMatchObject({ etag: null, failures: 0 });

    server.answer("/pages/school.html", {
      type: "text/html",
      body: articlePage("School roof to be replaced", REPORTS.school),
    });
    const second = (await pollAt(at(4))).get(briefsUrl);
    expect(second).toMatchObject({ kind: "read", items: 2, known: 1, retried: [] });
    expect(addedBy(second)).toHaveLength(1);
    expect(server.asked("/briefs.xml")[1]!.headers["if-none-match"]).toBeUndefined();
    expect(server.asked("/pages/gone.html")).toHaveLength(1);
    expect(await findFeed(store, briefs.id)).toMatchObject({ etag: '"b1"' });
    expect((await pollAt(at(5))).get(briefsUrl)).toMatchObject({ kind: "not-modified" });
    expect(await removeFeed(store, briefs.id)).not.toBeNull();
  });

  test("a claimed feed is polled by one poller at a time", async () => {
    const due = at(10);
    const first = await claimDueFeed(store, due, at(11));
    const second = await claimDueFeed(store, due, at(11));
    const third = await claimDueFeed(store, due, at(11));
    const fourth = await claimDueFeed(store, due, at(11));
    const claimed = [first, second, third].map((f) => f?.id);
    expect(new Set(claimed).size).toBe(3);
    expect(fourth).toBeNull();
    expect(await claimDueFeed(store, at(11), at(12))).not.toBeNull();
  });

  test("removes a feed by id or URL, keeping its articles", async () => {
    expect(await removeFeed(store, failing.id)).toMatchObject({ url: failing.url });
    expect(await removeFeed(store, summaries.url)).toMatchObject({ id: summaries.id });
    expect(await removeFeed(store, "12345")).toBeNull();
    expect((await listFeeds(store)).map((f) => f.id)).toEqual([news.id]);
    expect(await searchArticles(store, "Holm Island ferry")).toHaveLength(1);
  });
});
