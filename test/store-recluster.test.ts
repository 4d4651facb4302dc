/**
 * The re-clustering of the open window (src/store/recluster.ts), on both engines: a story that
 * online assignment split in two (its bridging article arrived last) is merged, keeping the
 * larger part's id; memberships match a batch clustering of the same articles; the index tables
 * agree with each other; a copy follows its origin; a story outside the window is not read; a
 * second run changes nothing.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storyIndexProblems } from "./story-index-check.js";
import { storeEngines } from "./store-engines.js";
import { rawArticle } from "./helpers.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { takeInNewArticles } from "../src/service/update-store.js";
import { ingestArticles } from "../src/store/ingest.js";
import { openStore, type Store } from "../src/store/index.js";
import {
  reclusterBehind,
  reclusterDue,
  reclusterOpenWindow,
  reconcileStories,
} from "../src/store/recluster.js";
import { loadArticles } from "../src/store/articles.js";
import { countsFromBytes } from "../src/store/vector-bytes.js";
import { termCounts } from "../src/stages/cluster/01-terms.js";
import { canonicalOrderKey } from "../src/stages/cluster/cluster.js";
import type { StoreId } from "../src/store/schema.js";
import { mergedInto } from "../src/store/stories.js";
import { pageRoutes } from "../src/server/pages.js";

// One bridge collapse told from two sides that share few words: the rescue (Solberg, divers,
// the Lune) and the engineering (Wren, Parkway, cables). Only `bridge`, which tells both, joins
// them: first in a batch (it is the earliest), last online.
const TEXTS: Record<string, [string, string]> = {
  rescue1: [
    "2026-04-02",
    "Divers searched the River Lune at Harwick through the night after the Elm Street crossing fell. Mayor Ingrid Solberg said Harwick lifeboat volunteers pulled four people from the Lune.",
  ],
  rescue2: [
    "2026-04-03",
    "Mayor Ingrid Solberg thanked the Harwick lifeboat crew and the divers who searched the Lune. Solberg said two people from Harwick were still in hospital.",
  ],
  rescue3: [
    "2026-04-04",
    "Harwick lifeboat volunteers and police divers ended their search of the River Lune. Ingrid Solberg opened the Harwick town hall to families.",
  ],
  cables1: [
    "2026-04-03",
    "Parkway Structures said its inspector Tomasz Wren had flagged corroded steel cables in a report last autumn. Wren's report urged Parkway to replace the anchorages.",
  ],
  cables2: [
    "2026-04-04",
    "Tomasz Wren told the inquiry that Parkway Structures delayed replacing the corroded anchorages. Parkway said the steel cables passed their load test.",
  ],
  // A credited reprint of cables2: not clustered itself, it goes where cables2 goes.
  cablesCopy: [
    "2026-04-04",
    "Tomasz Wren told the inquiry that Parkway Structures delayed replacing the corroded anchorages. Parkway said the steel cables passed their load test. (Reuters)",
  ],
  // Half a year before: its story is closed, outside the window.
  old: [
    "2025-10-02",
    "A fire at the Brightcell battery plant in Merrowby forced residents from their homes. Chief Fire Officer Adaeze Okafor said crews contained the blaze at the Fenwick Dock site.",
  ],
  bridge: [
    "2026-04-01",
    "The Elm Street crossing over the River Lune in Harwick fell on Tuesday; Mayor Ingrid Solberg sent lifeboat crews and divers. Parkway Structures inspector Tomasz Wren had warned of corroded steel cables and anchorages.",
  ],
};

const ctx = defaultContext({ today: "2026-11-23" });
const RAWS = Object.entries(TEXTS).map(([id, [published, text]]) =>
  rawArticle(text, { id, source: `${id}.txt`, published }),
);

const sortedGroups = (groups: Iterable<readonly string[]>): string[][] =>
  [...groups].map((g) => [...g].sort()).sort();

describe("reconcileStories", () => {
  it("gives each cluster the story it overlaps most, each story once, ties to the older story", () => {
    const current = new Map([
      ["1", "10"],
      ["2", "10"],
      ["3", "20"],
      ["4", "20"],
      ["5", "30"],
    ]);
    // Cluster 0 overlaps 10 and 20 equally: the older, 10, keeps; cluster 1 takes 20; cluster 2
    // overlaps only 10, taken, so it starts a story.
    expect(reconcileStories(current, [["1", "3"], ["2", "4", "5"], ["9"]])).toEqual([
      "10",
      "20",
      null,
    ]);
    expect(reconcileStories(current, [["1", "2", "3", "4", "5"]])).toEqual(["10"]);
    expect(reconcileStories(current, [["5"], ["3", "4"], ["1", "2"]])).toEqual(["30", "20", "10"]);
  });
});

describe.each(await storeEngines("corroborate-recluster-"))("re-clustering on $name", (engine) => {
  let store: Store;
  const inputIdOf = new Map<StoreId, string>();

  /** Every story's members, by input id. */
  async function storedStories(): Promise<Map<StoreId, string[]>> {
    const rows = await store.db
      .selectFrom("story_articles")
      .select(["story_id", "article_id"])
      .orderBy("article_id")
      .execute();
    const stories = new Map<StoreId, string[]>();
    for (const r of rows)
      stories.set(r.story_id, [...(stories.get(r.story_id) ?? []), inputIdOf.get(r.article_id)!]);
    return stories;
  }

  /** The tables a re-clustering writes, as rows. */
  async function snapshot(): Promise<unknown[]> {
    return Promise.all(
      (
        [
          "stories",
          "story_articles",
          "article_vectors",
          "story_centroids",
          "story_postings",
        ] as const
      ).map((t) =>
        store.db
          .selectFrom(t)
          .selectAll()
          .execute()
          .then((rows) => sortRows(rows)),
      ),
    );
  }

  beforeAll(async () => {
    if (engine.skip !== null) return;
    store = await openStore(await engine.prepare());
    // Online: all but the bridging article, then it.
    await ingestArticles(
      store,
      RAWS.filter((r) => r.id !== "bridge"),
      ctx,
    );
    await takeInNewArticles(store, { reclusterWhenDue: false });
    await ingestArticles(
      store,
      RAWS.filter((r) => r.id === "bridge"),
      ctx,
    );
    await takeInNewArticles(store, { reclusterWhenDue: false });
    for (const r of await store.db.selectFrom("articles").select(["id", "input_id"]).execute())
      inputIdOf.set(r.id, r.input_id);
  }, 120_000);

  afterAll(async () => {
    if (engine.skip !== null) return;
    await store?.close();
    await engine.cleanup();
  });

  const test = engine.skip === null ? it : it.skip;
  if (engine.skip !== null) it.skip(`skipped: ${engine.skip}`, () => {});

  test("merges the story online assignment split, as a batch of the same articles does", async () => {
    const before = await storedStories();
    // What the test stands on: online, the engineering side is a story of its own.
    expect(sortedGroups(before.values())).toEqual([
      ["bridge", "rescue1", "rescue2", "rescue3"],
      ["cables1", "cables2", "cablesCopy"],
      ["old"],
    ]);
    const larger = [...before].find(([, m]) => m.includes("rescue1"))![0];
    const smaller = [...before].find(([, m]) => m.includes("cables1"))![0];
    const oldStory = [...before].find(([, m]) => m.includes("old"))![0];
    const oldVector = await store.db
      .selectFrom("article_vectors")
      .selectAll()
      .where("story_id", "=", oldStory)
      .execute();
    await store.db.updateTable("stories").set({ stale: false }).execute();
    expect(await reclusterDue(store.db)).toBe(true);

    const done = await reclusterOpenWindow(store);

    // Six clustered articles are open (the copy is not clustered, `old` is past the window).
    expect(done).toEqual({
      window: 6,
      moved: 3,
      created: 0,
      deleted: 1,
      stale: [larger],
      superseded: false,
    });
    const after = await storedStories();
    const batch = runPipeline(RAWS, [], ctx);
    expect(sortedGroups(after.values())).toEqual(
      sortedGroups(batch.stories.map((s) => s.articles)),
    );
    expect(sortedGroups(after.values())).toEqual([
      ["bridge", "cables1", "cables2", "cablesCopy", "rescue1", "rescue2", "rescue3"],
      ["old"],
    ]);
    expect([...after.keys()].sort()).toEqual([larger, oldStory].sort());
    const rows = await store.db.selectFrom("stories").select(["id", "stale"]).execute();
    expect(rows.find((r) => r.id === smaller)).toBeUndefined();
    expect(rows.find((r) => r.id === larger)?.stale).toBe(true);
    expect(rows.find((r) => r.id === oldStory)?.stale).toBe(false);
    expect(
      await store.db
        .selectFrom("article_vectors")
        .selectAll()
        .where("story_id", "=", oldStory)
        .execute(),
    ).toEqual(oldVector);
    expect(await storyIndexProblems(store.db)).toEqual([]);
    expect(await reclusterDue(store.db)).toBe(false);

    // the emptied story's links lead to the story that took its articles
    expect(await mergedInto(store, smaller)).toBe(larger);
    expect(await mergedInto(store, larger)).toBeNull();
    const pages = new OpenAPIHono();
    pageRoutes(store)(pages);
    const moved = await pages.request(`/stories/story-${smaller}`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`/stories/story-${larger}`);
  });

  test("run again, it changes nothing", async () => {
    const before = await snapshot();
    const done = await reclusterOpenWindow(store);
    expect(done).toEqual({
      window: 6,
      moved: 0,
      created: 0,
      deleted: 0,
      stale: [],
      superseded: false,
    });
    expect(await snapshot()).toEqual(before);
  });

  test("keeps each clustered article's term counts and order key, as the article gives them", async () => {
    const rows = await store.db
      .selectFrom("article_vectors")
      .select(["article_id", "counts", "order_key"])
      .execute();
    expect(rows).toHaveLength(7);
    const articles = new Map(
      (
        await loadArticles(
          store,
          rows.map((r) => r.article_id),
        )
      ).map((s) => [s.storeId, s.article]),
    );
    for (const r of rows) {
      const article = articles.get(r.article_id)!;
      expect(countsFromBytes(r.counts!)).toEqual(termCounts(article));
      expect(r.order_key).toBe(canonicalOrderKey(article));
    }
  });

  test("re-clusters rows kept before their counts were (migration 0010) the same way", async () => {
    await store.db.updateTable("article_vectors").set({ counts: null, order_key: null }).execute();
    // Due again: a re-clustering is asked for by articles taken in, so pretend one was.
    await store.db.updateTable("corpus_state").set({ reclustered_through: "0" }).execute();
    const before = await snapshot();
    const done = await reclusterOpenWindow(store);
    expect(done).toMatchObject({ window: 6, moved: 0, created: 0, deleted: 0 });
    // Counted again from the articles, the vectors come out as the kept counts gave them.
    expect(await snapshot()).toEqual(before);
  });

  test("is due once the articles taken in since reach a share of the window", async () => {
    // Three reports of their own (none a copy of another, so each is clustered).
    const more = [
      "Harwick lifeboat volunteer Anouk Halloran said the divers would return to the River Lune at first light.",
      "Schools in Harwick reopened on Monday while the Elm Street crossing stayed closed to traffic and walkers.",
      "Parkway Structures hired outside engineers to check every anchorage it built along the Lune since 2010.",
    ].map((text, i) =>
      rawArticle(text, { id: `more${i}`, source: `more${i}.txt`, published: `2026-04-0${i + 5}` }),
    );
    const reclustered = await store.db
      .selectFrom("corpus_state")
      .select("reclustered_window")
      .executeTakeFirstOrThrow();
    expect(reclustered.reclustered_window).toBe(6);
    // A share of a half asks for 3 articles of a window of 6.
    await ingestArticles(store, more.slice(0, 2), ctx);
    await takeInNewArticles(store, { reclusterWhenDue: false });
    expect(await reclusterBehind(store.db)).toBe(true);
    expect(await reclusterDue(store.db, 0.5)).toBe(false);
    expect(await reclusterDue(store.db)).toBe(true); // a tenth of 6: one article is enough
    await ingestArticles(store, more.slice(2), ctx);
    await takeInNewArticles(store, { reclusterWhenDue: false });
    expect(await reclusterDue(store.db, 0.5)).toBe(true);
    await reclusterOpenWindow(store);
    expect(await reclusterBehind(store.db)).toBe(false);
    expect(await reclusterDue(store.db, 0)).toBe(false);
  });
});

/** Rows in a fixed order (the engines return them in whatever order they hold them). */
function sortRows<T>(rows: T[]): T[] {
  const key = (r: T): string =>
    JSON.stringify(r, (_, v) => (typeof v === "bigint" ? String(v) : v));
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
