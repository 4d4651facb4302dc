/**
 * The story index kept in the store (src/store/story-index.ts), on both engines: new articles
 * go into stories as the batch cluster stage puts them, whether they come at once or in
 * batches; a copy placed in a story moves out of its old story's centroid; an emptied story goes.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { storyIndexProblems } from "./story-index-check.js";
import { storeEngines } from "./store-engines.js";
import { rawArticle } from "./helpers.js";
import type { Article } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { termCounts } from "../src/stages/cluster/01-terms.js";
import {
  LOOKUP_TERMS,
  POSTINGS_READ_PER_TERM,
  StoryIndex,
  TermStats,
  vectorOf,
} from "../src/stages/cluster/02-story-index.js";
import { dayOf } from "../src/stages/cluster/centroid.js";
import {
  canonicalOrder,
  clusterStories,
  REFINE_PASSES,
  STORY_THRESHOLD,
} from "../src/stages/cluster/cluster.js";
import { addArticles, openStore, storiesOfArticle, type Store } from "../src/store/index.js";
import type { StoreId } from "../src/store/schema.js";
import { assignToStories, placeInStory, type FreeArticle } from "../src/store/story-index.js";
import { centroidFromBytes, vectorFromBytes } from "../src/store/vector-bytes.js";

// Two fires, each told by three articles with their own names and places, days apart.
const TEXTS: Record<string, [string, string]> = {
  merrowby1: [
    "2026-03-17",
    "A fire at the Brightcell battery plant in Merrowby forced 1,200 residents from their homes on Tuesday. Chief Fire Officer Adaeze Okafor said crews from Merrowby contained the blaze at the Fenwick Dock site.",
  ],
  merrowby2: [
    "2026-03-18",
    "Residents evacuated from Fenwick Dock in Merrowby returned home after the Brightcell battery fire was declared out. Okafor said investigators would examine the Brightcell plant.",
  ],
  merrowby3: [
    "2026-03-20",
    "Investigators at the Brightcell plant in Merrowby said a faulty battery rack started the Fenwick Dock fire. Adaeze Okafor thanked Merrowby volunteers who housed evacuated residents.",
  ],
  tallinn1: [
    "2026-03-19",
    "A warehouse fire in Tallinn's Kopli district destroyed a timber store owned by Nordwood on Friday. Rescue chief Jaan Tamm said Kopli residents should keep their windows shut.",
  ],
  tallinn2: [
    "2026-03-20",
    "Nordwood said the Kopli timber store in Tallinn was insured, a day after the fire. Jaan Tamm said the cause of the Kopli fire was not yet known.",
  ],
  tallinn3: [
    "2026-03-21",
    "Jaan Tamm said a welding crew had worked at the Nordwood timber store in Kopli hours before the Tallinn fire. Nordwood will rebuild the Kopli store.",
  ],
  // The Merrowby plant again, half a year later: outside any story's time window.
  merrowbyLater: [
    "2026-09-17",
    "Half a year after the fire, the Brightcell battery plant in Merrowby reopened at Fenwick Dock. Adaeze Okafor said Merrowby crews had inspected the Brightcell site.",
  ],
};

/** A made-up name for each number: letters only, so it reads as a name. */
const nameOf = (i: number): string =>
  `Vel${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join("")}`;
/** More stories sharing the harbour's common words than a lookup term's postings are read for. */
const CROWD = 2 * POSTINGS_READ_PER_TERM + 2;
// A crowd of harbour stories on one day, each with names of its own, and a story told by the
// harbour's rare names, started before the crowd: an article with those names must find it.
const CROWDED: Record<string, [string, string]> = {
  harbourTarget: [
    "2026-04-02",
    "Ondrasek Quillfeather told Brannagh Ystrelle on the quay that the harbour would reopen.",
  ],
  ...Object.fromEntries(
    Array.from({ length: CROWD }, (_, i) => [
      `crowd${i}`,
      [
        "2026-04-02",
        `On the quay, ${nameOf(3 * i)} told ${nameOf(3 * i + 1)} and ${nameOf(3 * i + 2)} that the harbour would reopen.`,
      ],
    ]),
  ),
  harbourNew: [
    "2026-04-02",
    "Quillfeather and Ystrelle said on the quay that the harbour would reopen soon, Ondrasek agreed.",
  ],
};

const ctx = defaultContext({ today: "2026-11-23" });
const ARTICLES: Article[] = Object.entries({ ...TEXTS, ...CROWDED }).map(
  ([id, [published, text]]) =>
    runArticleStages(rawArticle(text, { id, source: `${id}.txt`, published }), ctx),
);

/** The stories' members, by input id, as sorted lists (the story ids left out). */
function grouping(
  storyOf: ReadonlyMap<StoreId, StoreId>,
  name: (id: StoreId) => string,
): string[][] {
  const groups = new Map<StoreId, string[]>();
  for (const [article, story] of storyOf) {
    let g = groups.get(story);
    if (!g) groups.set(story, (g = []));
    g.push(name(article));
  }
  return [...groups.values()].map((g) => g.sort()).sort();
}

describe.each(await storeEngines("corroborate-story-index-"))("story index on $name", (engine) => {
  let store: Store;
  /** Store id of each article by input id, and back. */
  const key = new Map<string, StoreId>();
  const name = new Map<StoreId, string>();
  const free = (...ids: string[]): FreeArticle[] =>
    ids.map((id) => ({ key: key.get(id)!, article: ARTICLES.find((a) => a.id === id)! }));

  /** Every membership in the store, as lists of input ids. */
  async function storedGroups(): Promise<string[][]> {
    const rows = await store.db.selectFrom("story_articles").selectAll().execute();
    return grouping(new Map(rows.map((r) => [r.article_id, r.story_id])), (id) => name.get(id)!);
  }

  async function centroid(story: StoreId) {
    return store.db
      .selectFrom("story_centroids")
      .selectAll()
      .where("story_id", "=", story)
      .executeTakeFirst();
  }

  beforeAll(async () => {
    if (engine.skip !== null) return;
    store = await openStore(await engine.prepare());
    const added = await addArticles(store, ARTICLES);
    added.forEach((r, i) => {
      key.set(ARTICLES[i]!.id, r.id);
      name.set(r.id, ARTICLES[i]!.id);
    });
  }, 120_000);

  // Each test starts from an empty story index over the same stored articles.
  beforeEach(async () => {
    if (engine.skip !== null) return;
    await store.db.deleteFrom("stories").execute();
    await store.db.deleteFrom("article_vectors").execute();
    await store.db.deleteFrom("story_terms").execute();
    await store.db.updateTable("story_index_state").set({ articles: 0 }).execute();
  });

  afterAll(async () => {
    if (engine.skip !== null) return;
    await store?.close();
    await engine.cleanup();
  });

  const test = engine.skip === null ? it : it.skip;
  if (engine.skip !== null) it.skip(`skipped: ${engine.skip}`, () => {});

  const SIX = ["merrowby1", "merrowby2", "merrowby3", "tallinn1", "tallinn2", "tallinn3"];
  const TWO_FIRES = [
    ["merrowby1", "merrowby2", "merrowby3"],
    ["tallinn1", "tallinn2", "tallinn3"],
  ];

  test("puts two fires' articles in two stories, as the batch cluster stage does", async () => {
    const { storyOf, touched } = await assignToStories(store.db, free(...SIX));
    expect(grouping(storyOf, (id) => name.get(id)!)).toEqual(TWO_FIRES);
    expect(touched).toEqual(new Set(storyOf.values()));
    expect(await storedGroups()).toEqual(TWO_FIRES);
    const batch = clusterStories({ articles: free(...SIX).map((f) => f.article), skipped: [] });
    expect(batch.stories.map((s) => [...s.articles].sort()).sort()).toEqual(TWO_FIRES);
    // New stories are rows the caller labels and dates later.
    const stories = await store.db.selectFrom("stories").selectAll().execute();
    expect(stories.map((s) => [s.label, s.first_date, s.last_date])).toEqual([
      ["", null, null],
      ["", null, null],
    ]);
    for (const story of touched) {
      const c = (await centroid(story))!;
      expect(c.size).toBe(3);
      expect(c.first_day! < c.last_day!).toBe(true);
    }
  });

  test("keeps the term statistics of every article assigned", async () => {
    await assignToStories(store.db, free("merrowby1", "tallinn1"));
    await assignToStories(store.db, free("merrowby2"));
    const state = await store.db.selectFrom("story_index_state").select("articles").execute();
    expect(state.map((s) => Number(s.articles))).toEqual([3]);
    const expected = new Map<number, number>();
    for (const id of ["merrowby1", "tallinn1", "merrowby2"])
      for (const t of termCounts(free(id)[0]!.article).keys())
        expected.set(t, (expected.get(t) ?? 0) + 1);
    const rows = await store.db.selectFrom("story_terms").selectAll().execute();
    expect(new Map(rows.map((r) => [r.term >>> 0, r.df]))).toEqual(expected);
  });

  test("gives the same stories in batches as at once", async () => {
    const seen = new Map<StoreId, StoreId>();
    for (const batch of [
      ["tallinn1", "merrowby1"],
      ["merrowby2", "tallinn2"],
      ["tallinn3", "merrowby3"],
    ]) {
      const { storyOf } = await assignToStories(store.db, free(...batch));
      for (const [a, s] of storyOf) seen.set(a, s);
    }
    expect(grouping(seen, (id) => name.get(id)!)).toEqual(TWO_FIRES);
    expect(await storedGroups()).toEqual(TWO_FIRES);
  });

  test("keeps centroids, postings and memberships in step through every change", async () => {
    const options = { refineMembers: true };
    await assignToStories(store.db, free("tallinn1", "merrowby1"), options);
    expect(await storyIndexProblems(store.db)).toEqual([]);
    await assignToStories(store.db, free("merrowby2", "tallinn2", "merrowbyLater"), options);
    expect(await storyIndexProblems(store.db)).toEqual([]);
    const { storyOf } = await assignToStories(store.db, free("tallinn3", "merrowby3"), options);
    await placeInStory(store.db, key.get("merrowby3")!, storyOf.get(key.get("tallinn3")!)!);
    expect(await storyIndexProblems(store.db)).toEqual([]);
    // An article assigned again leaves its story first, and is summed once.
    await assignToStories(store.db, free("merrowby3", "tallinn2"), options);
    expect(await storyIndexProblems(store.db)).toEqual([]);
    expect(await storedGroups()).toEqual([TWO_FIRES[0], ["merrowbyLater"], TWO_FIRES[1]]);
  });

  test("starts a new story for an article outside every story's time window", async () => {
    const { storyOf } = await assignToStories(store.db, free(...SIX));
    const later = await assignToStories(store.db, free("merrowbyLater"));
    const story = later.storyOf.get(key.get("merrowbyLater")!)!;
    expect([...storyOf.values()]).not.toContain(story);
    expect(later.touched).toEqual(new Set([story]));
  });

  test("accepts the caller's transaction, and leaves nothing behind when the call fails", async () => {
    await store.db.transaction().execute(async (trx) => {
      const { storyOf } = await assignToStories(trx, free("merrowby1", "merrowby2"));
      expect(new Set(storyOf.values()).size).toBe(1);
    });
    expect(await storedGroups()).toEqual([["merrowby1", "merrowby2"]]);
    // An id no article has: the membership's foreign key fails after the stories were written.
    const ghost = { key: "999999999", article: free("tallinn1")[0]!.article };
    await expect(assignToStories(store.db, [...free("tallinn1"), ghost])).rejects.toThrow();
    expect(await storedGroups()).toEqual([["merrowby1", "merrowby2"]]);
    expect(await store.db.selectFrom("stories").select("id").execute()).toHaveLength(1);
    const state = await store.db.selectFrom("story_index_state").select("articles").execute();
    expect(Number(state[0]!.articles)).toBe(2);
  });

  test("places a copy in another story: its vector leaves its old story's centroid", async () => {
    const { storyOf } = await assignToStories(store.db, free(...SIX));
    const merrowby = storyOf.get(key.get("merrowby1")!)!;
    const tallinn = storyOf.get(key.get("tallinn1")!)!;
    const touched = await placeInStory(store.db, key.get("merrowby1")!, tallinn);
    expect(new Set(touched)).toEqual(new Set([tallinn, merrowby]));
    expect(await storiesOfArticle(store, key.get("merrowby1")!)).toEqual([tallinn]);
    expect(await storedGroups()).toEqual([
      ["merrowby1", "tallinn1", "tallinn2", "tallinn3"],
      ["merrowby2", "merrowby3"],
    ]);
    // The old story's centroid is now the sum of its two remaining members' vectors.
    const c = (await centroid(merrowby))!;
    expect(c.size).toBe(2);
    const vectors = await store.db
      .selectFrom("article_vectors")
      .selectAll()
      .where("article_id", "in", [key.get("merrowby2")!, key.get("merrowby3")!])
      .execute();
    const sum = new Map<number, number>();
    for (const r of vectors) {
      const v = vectorFromBytes(r.terms, r.weights);
      v.terms.forEach((t, i) => sum.set(t, (sum.get(t) ?? 0) + v.weights[i]!));
    }
    const stored = centroidFromBytes(c.terms, c.weights);
    expect([...stored.keys()].sort()).toEqual([...sum.keys()].sort());
    for (const [t, w] of stored) expect(w).toBeCloseTo(sum.get(t)!, 6);
    expect(c.norm_sq).toBeCloseTo(
      [...sum.values()].reduce((s, w) => s + w * w, 0),
      6,
    );
    // A copy does not weigh its new story: the Tallinn centroid still sums three articles.
    expect((await centroid(tallinn))!.size).toBe(3);
    expect(
      await store.db
        .selectFrom("article_vectors")
        .select("article_id")
        .where("article_id", "=", key.get("merrowby1")!)
        .execute(),
    ).toEqual([]);
  });

  test("an article like a moved one joins the story the moved one left", async () => {
    const { storyOf } = await assignToStories(
      store.db,
      free("merrowby1", "merrowby2", "tallinn1", "tallinn2"),
    );
    const merrowby = storyOf.get(key.get("merrowby1")!)!;
    const tallinn = storyOf.get(key.get("tallinn1")!)!;
    await placeInStory(store.db, key.get("merrowby1")!, tallinn);
    const { storyOf: next } = await assignToStories(store.db, free("merrowby3"));
    expect(next.get(key.get("merrowby3")!)).toBe(merrowby);
  });

  test("deletes a story its last member left, with its centroid and postings", async () => {
    const { storyOf } = await assignToStories(
      store.db,
      free("merrowby1", "merrowby2", "tallinn1", "tallinn2"),
    );
    const merrowby = storyOf.get(key.get("merrowby1")!)!;
    const tallinn = storyOf.get(key.get("tallinn1")!)!;
    await placeInStory(store.db, key.get("merrowby1")!, tallinn);
    const touched = await placeInStory(store.db, key.get("merrowby2")!, tallinn);
    expect(new Set(touched)).toEqual(new Set([tallinn, merrowby]));
    expect(await store.db.selectFrom("stories").select("id").execute()).toEqual([{ id: tallinn }]);
    expect(await centroid(merrowby)).toBeUndefined();
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from story_postings where story_id = ${merrowby}`.execute(store.db);
    expect(rows[0]!.n).toBe("0");
    // The copies do not pull a Merrowby article into the Tallinn story: it starts its own.
    const { storyOf: next } = await assignToStories(store.db, free("merrowby3"));
    expect(next.get(key.get("merrowby3")!)).not.toBe(tallinn);
  });

  test("reads only the newest stories of a common term's postings, as the in-memory index does", async () => {
    const crowd = Object.keys(CROWDED).filter((id) => id.startsWith("crowd"));
    // Three calls: the target story first, so that the crowd's stories are all newer.
    const calls = [["harbourTarget"], crowd, ["harbourNew"]].map((ids) => free(...ids));
    const results = [];
    for (const call of calls) results.push(await assignToStories(store.db, call));
    const [first, second, last] = results;
    expect(new Set(second!.storyOf.values()).size).toBe(crowd.length);
    const target = first!.storyOf.get(key.get("harbourTarget")!)!;
    expect(last!.storyOf.get(key.get("harbourNew")!)).toBe(target);
    // The common words' newest stories and the target (through the rare names), of 35 sharing them.
    expect(last!.reached).toBe(POSTINGS_READ_PER_TERM + 1);
    expect(last!.reached).toBeLessThanOrEqual(LOOKUP_TERMS * POSTINGS_READ_PER_TERM);

    // The in-memory index, fed the same three calls as assignToStories feeds them, reads the
    // same candidates for the last article.
    const stats = new TermStats();
    const index = new StoryIndex(STORY_THRESHOLD, { stats, retire: false });
    let scored = 0;
    for (const call of calls) {
      const ordered = canonicalOrder(
        call,
        (f) => f.article,
        (f) => f.key,
      );
      const counts = ordered.map((f) => termCounts(f.article));
      for (const c of counts) stats.observe(c);
      const before = index.candidatesScored;
      ordered.forEach((f, i) =>
        index.place(f.key, vectorOf(counts[i]!, stats), dayOf(f.article.published)),
      );
      scored = index.candidatesScored - before;
      index.settle(
        ordered.map((f) => f.key),
        REFINE_PASSES,
      );
    }
    expect(scored).toBe(last!.reached);
    expect(index.story(key.get("harbourNew")!)).toBe(index.story(key.get("harbourTarget")!));
  });
});
