/**
 * The store's story index (src/store/story-index.ts) measured, on an embedded store (issue 15,
 * item 4). Two parts, each opt-in because each takes minutes:
 *
 *   npx tsx bench/story-index-bench.ts --ecb [--batch 100]
 *     ECB+ articles, in a fixed shuffled arrival order, through the article stages and into
 *     stories through `assignToStories` in batches; B-cubed F1 against the gold events, beside
 *     `clusterStories` on all of them at once and `assignToStories` with one batch of all.
 *
 *   npx tsx bench/story-index-bench.ts --timing [--sizes 1000,10000] [--calls 15] [--source ecb]
 *     One `assignToStories` call with one new article, timed on stores holding each size of
 *     clustered articles (generated: bench/generate.ts, re-dated to a steady number of stories
 *     a day, as a feed grows; the timed articles are the newest), with and without
 *     `refineMembers`, alternately. `--source ecb`: ECB+ articles repeated in rounds with shifted
 *     dates instead (analysed once, so a store of 100,000 is quick to build).
 *
 *   npx tsx bench/story-index-bench.ts --recluster [--sizes 1000,5000] [--source ecb]
 *     The re-clustering of the open window (src/store/recluster.ts) timed on windows of each
 *     size: the store is filled online (batches of 100) to that size, then re-clustered twice
 *     with a window holding every article: the first run moves what online assignment decided
 *     otherwise, the second finds nothing to move (its cost is the reading and clustering).
 *
 *   npx tsx bench/story-index-bench.ts --one-window [--sizes 10000,100000] [--calls 200] [--source ecb]
 *     Every article in one time window (a day of news), in memory (bench/one-window.ts): the
 *     time to put one more article in a story at each size of the `StoryIndex`, with the capped
 *     postings and, at the smallest size, reading every posting, in the same run. `--source
 *     ecb`: ECB+ undated, the whole assignment of `clusterStories`, both ways.
 *     With `--store`, the store's `assignToStories` instead: generated articles all dated one
 *     day, one article a call (as `--timing`, which re-dates the feed over days instead).
 *
 *   --refine-members: the batches (ECB+, or the timing's fill) refine the joined stories'
 *     earlier members too.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { bcubed } from "../eval/clustering-metrics.js";
import { loadEcbArticles } from "../eval/ecbplus.js";
import { EVAL_TODAY, hasShared, rawFromText, sharedPath } from "../eval/shared.js";
import type { Article } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { clusterStories } from "../src/stages/cluster/cluster.js";
import { addArticles, openStore, type Store } from "../src/store/index.js";
import type { StoreId } from "../src/store/schema.js";
import { reclusterOpenWindow } from "../src/store/recluster.js";
import { assignToStories, type AssignOptions, type FreeArticle } from "../src/store/story-index.js";
import { storyIndexProblems } from "../test/story-index-check.js";
import { DEFAULT_BASE, generateArticles, loadBase, toRawArticle, type Base } from "./generate.js";
import { ecbOneWindow, oneDayArticles, oneWindow } from "./one-window.js";
import { permutation, rngOf } from "./prng.js";

/** The arrival order of the ECB+ run: the seed the evaluation's incremental row uses. */
const ECB_ARRIVAL_SEED = 20261203;
/** Stories a generated day starts: about 35 articles a day, so a 10-day window holds ~700. */
const STORIES_PER_DAY = 10;
const DAY_MS = 86_400_000;
const FEED_START = Date.UTC(2026, 0, 1);

const args = process.argv.slice(2);
const value = (flag: string): string | undefined =>
  args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined;

async function freshStore(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), "corroborate-story-bench-"));
  const store = await openStore({ data: folder });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Empties the story index and the stories, keeping the articles. */
async function resetStories(store: Store): Promise<void> {
  await store.db.deleteFrom("stories").execute();
  await store.db.deleteFrom("article_vectors").execute();
  await store.db.deleteFrom("story_terms").execute();
  await store.db.updateTable("story_index_state").set({ articles: 0 }).execute();
}

/** Stores the articles; each article's key (two with the same text share one stored article). */
async function storeAll(store: Store, articles: readonly Article[]): Promise<StoreId[]> {
  const keys: StoreId[] = [];
  for (let i = 0; i < articles.length; i += 200)
    keys.push(...(await addArticles(store, articles.slice(i, i + 200))).map((r) => r.id));
  return keys;
}

/** The story of each stored article. */
async function storedStories(store: Store): Promise<Map<StoreId, StoreId>> {
  const rows = await store.db.selectFrom("story_articles").selectAll().execute();
  return new Map(rows.map((r) => [r.article_id, r.story_id]));
}

/** The articles as free articles in batches, each stored article once. */
function batchesOf(
  articles: readonly Article[],
  keys: readonly StoreId[],
  size: number,
): FreeArticle[][] {
  const seen = new Set<StoreId>();
  const batches: FreeArticle[][] = [];
  for (let i = 0; i < articles.length; i += size) {
    const batch: FreeArticle[] = [];
    for (let k = i; k < Math.min(i + size, articles.length); k++) {
      if (seen.has(keys[k]!)) continue;
      seen.add(keys[k]!);
      batch.push({ key: keys[k]!, article: articles[k]! });
    }
    if (batch.length) batches.push(batch);
  }
  return batches;
}

async function ecb(batchSize: number, options: AssignOptions): Promise<void> {
  if (!hasShared("datasets", "ecbplus")) throw new Error("no ../shared/datasets/ecbplus");
  const { articles, gold } = await loadEcbArticles(sharedPath("datasets", "ecbplus"), () => true);
  const perm = [...permutation(articles.length, rngOf(ECB_ARRIVAL_SEED))];
  const ctx = defaultContext({ today: EVAL_TODAY });
  const analysed = perm.map((i, k) =>
    runArticleStages(rawFromText(`doc-${k}`, articles[i]!.text), ctx),
  );
  const goldByDoc = new Map(perm.map((i, k) => [`doc-${k}`, gold.get(articles[i]!.id)!]));
  const f1Of = (storyOfDoc: (doc: string, k: number) => string): number =>
    bcubed(new Map(analysed.map((a, k) => [a.id, storyOfDoc(a.id, k)])), goldByDoc).f1;

  const batch = clusterStories({ articles: analysed, skipped: [] });
  const batchStory = new Map<string, string>();
  for (const s of batch.stories) for (const id of s.articles) batchStory.set(id, s.id);
  const f1Batch = f1Of((doc) => batchStory.get(doc)!);

  const { store, dispose } = await freshStore();
  try {
    const keys = await storeAll(store, analysed);
    const started = performance.now();
    let moved = 0;
    for (const b of batchesOf(analysed, keys, batchSize))
      moved += (await assignToStories(store.db, b, options)).moved;
    const incrementalMs = performance.now() - started;
    // Read back at the end: refinement may have moved an article after its batch.
    const storyOf = await storedStories(store);
    const problems = await storyIndexProblems(store.db);
    if (problems.length) throw new Error(`the stored index is inconsistent: ${problems[0]}`);
    const f1Incremental = f1Of((_, k) => storyOf.get(keys[k]!)!);

    await resetStories(store);
    const once = (await assignToStories(store.db, batchesOf(analysed, keys, analysed.length)[0]!))
      .storyOf;
    const f1Once = f1Of((_, k) => once.get(keys[k]!)!);
    console.log(
      [
        `ECB+: ${analysed.length} articles, ${new Set(keys).size} stored`,
        `clusterStories, all at once:        B-cubed F1 ${f1Batch.toFixed(4)} (${batch.stories.length} stories)`,
        `assignToStories, one batch of all:  B-cubed F1 ${f1Once.toFixed(4)} (${new Set(once.values()).size} stories)`,
        `assignToStories, batches of ${batchSize}:    B-cubed F1 ${f1Incremental.toFixed(4)} (${new Set(storyOf.values()).size} stories, ${moved} earlier articles moved), ${(incrementalMs / 1000).toFixed(1)} s`,
        `change, batches vs clusterStories:  ${Math.abs(f1Incremental - f1Batch).toFixed(4)}`,
      ].join("\n"),
    );
  } finally {
    await dispose();
  }
}

/**
 * Generated articles in the order a feed would bring them: each story starts on a day of its
 * own, `STORIES_PER_DAY` a day, its later articles as many days after its first as the
 * generator put them; sorted by day.
 */
function feedArticles(base: Base, count: number): Article[] {
  const ctx = defaultContext({ today: "2030-01-01" });
  const stories = new Map<string, { ordinal: number; origin: number }>();
  const dated: { day: number; article: Article }[] = [];
  for (const g of generateArticles(base, { count, seed: 1 })) {
    const published = Date.parse(`${g.published}T00:00:00Z`);
    let story = stories.get(g.story);
    if (!story) stories.set(g.story, (story = { ordinal: stories.size, origin: published }));
    const day =
      FEED_START +
      Math.floor(story.ordinal / STORIES_PER_DAY) * DAY_MS +
      (published - story.origin);
    const raw = { ...toRawArticle(g), published: new Date(day).toISOString().slice(0, 10) };
    dated.push({ day, article: runArticleStages(raw, ctx) });
  }
  // A stable sort: within a day, the generator's order.
  return dated.sort((x, y) => x.day - y.day).map((d) => d.article);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Days between two rounds of the ECB+ feed: more than a story's window, so rounds never meet. */
const ECB_ROUND_DAYS = 30;

/**
 * ECB+ articles again and again, each round dated `ECB_ROUND_DAYS` after the last and spread
 * over its first 20 days, with a line that makes each round's texts new to the store. Analysed
 * once: a round's articles share the first round's analysis, so 100,000 fit in memory.
 */
async function ecbFeed(count: number): Promise<Article[]> {
  const { articles } = await loadEcbArticles(sharedPath("datasets", "ecbplus"), () => true);
  const ctx = defaultContext({ today: EVAL_TODAY });
  const analysed = articles.map((a, i) => runArticleStages(rawFromText(`doc-${i}`, a.text), ctx));
  const feed: Article[] = [];
  for (let round = 0; feed.length < count; round++)
    for (const [i, a] of analysed.entries()) {
      if (feed.length === count) break;
      const day = FEED_START + (round * ECB_ROUND_DAYS + (i % 20)) * DAY_MS;
      feed.push({
        ...a,
        id: `${a.id}@${round}`,
        original: `${a.original}\n(round ${round})`,
        published: new Date(day).toISOString().slice(0, 10),
      });
    }
  return feed.sort((x, y) =>
    x.published! < y.published! ? -1 : x.published! > y.published! ? 1 : 0,
  );
}

/** `count` articles of the source asked for: ECB+ texts, the generated feed, or it on one day. */
async function sourceArticles(source: string, count: number): Promise<Article[]> {
  if (source === "ecb") return ecbFeed(count);
  if (source === "one-day") return oneDayArticles(count);
  return feedArticles(await loadBase(DEFAULT_BASE), count);
}

async function timing(sizes: readonly number[], calls: number, source: string): Promise<void> {
  const sorted = [...sizes].sort((a, b) => a - b);
  const count = sorted.at(-1)! + 2 * calls * sizes.length;
  const articles = await sourceArticles(source, count);
  const { store, dispose } = await freshStore();
  try {
    const keys = await storeAll(store, articles);
    // Two generated articles with one text are one stored article, assigned once.
    const assigned = new Set<StoreId>();
    let next = 0;
    const nextFree = (): FreeArticle => {
      while (assigned.has(keys[next]!)) next++;
      assigned.add(keys[next]!);
      return { key: keys[next]!, article: articles[next++]! };
    };
    for (const size of sorted) {
      const fillStart = performance.now();
      while (assigned.size < size) {
        const batch = Array.from({ length: Math.min(100, size - assigned.size) }, nextFree);
        await assignToStories(store.db, batch, assignOptions);
      }
      const fillMs = performance.now() - fillStart;
      const { rows } = await sql<{ stories: string; postings: string; largest: number }>`
        select (select count(*) from story_centroids) as stories,
               (select count(*) from story_postings) as postings,
               (select max(size) from story_centroids) as largest`.execute(store.db);
      console.log(
        `${size} clustered articles: ${rows[0]!.stories} stories (largest ${rows[0]!.largest}), ` +
          `${rows[0]!.postings} postings; filled in batches of 100 in ${(fillMs / 1000).toFixed(1)} s`,
      );
      // Both ways on the same store, alternating, so the machine's load falls on both alike.
      const runs = new Map<boolean, { times: number[]; reached: number[]; refined: number[] }>([
        [false, { times: [], reached: [], refined: [] }],
        [true, { times: [], reached: [], refined: [] }],
      ]);
      for (let c = 0; c < 2 * calls; c++) {
        const refineMembers = c % 2 === 1;
        const one = nextFree();
        const started = performance.now();
        const result = await assignToStories(store.db, [one], { refineMembers });
        const run = runs.get(refineMembers)!;
        run.times.push(performance.now() - started);
        run.reached.push(result.reached);
        run.refined.push(result.refined);
      }
      for (const [refineMembers, run] of runs)
        console.log(
          `  one article${refineMembers ? ", refineMembers" : ""}: median ` +
            `${median(run.times).toFixed(1)} ms, min ${Math.min(...run.times).toFixed(1)}, ` +
            `max ${Math.max(...run.times).toFixed(1)} over ${calls} calls; stories read: ` +
            `median ${median(run.reached)}; earlier members read: median ${median(run.refined)}, ` +
            `max ${Math.max(...run.refined)}`,
        );
    }
  } finally {
    await dispose();
  }
}

/** Days wide enough for the timed window to hold every article filled in. */
const EVERY_DAY = 1_000_000;

async function reclusterTiming(sizes: readonly number[], source: string): Promise<void> {
  const sorted = [...sizes].sort((a, b) => a - b);
  const count = sorted.at(-1)!;
  const articles = await sourceArticles(source, count);
  const { store, dispose } = await freshStore();
  try {
    const keys = await storeAll(store, articles);
    const assigned = new Set<StoreId>();
    let next = 0;
    for (const size of sorted) {
      while (assigned.size < size && next < keys.length) {
        const batch: FreeArticle[] = [];
        while (batch.length < 100 && assigned.size < size && next < keys.length) {
          if (!assigned.has(keys[next]!)) {
            assigned.add(keys[next]!);
            batch.push({ key: keys[next]!, article: articles[next]! });
          }
          next++;
        }
        await assignToStories(store.db, batch, assignOptions);
      }
      for (const run of ["after online assignment", "again, nothing to move"]) {
        const started = performance.now();
        const done = await reclusterOpenWindow(store, { days: EVERY_DAY, maxArticles: size });
        const ms = performance.now() - started;
        console.log(
          `window of ${done.window} articles, ${run}: ${(ms / 1000).toFixed(2)} s; moved ` +
            `${done.moved}, stories created ${done.created}, deleted ${done.deleted}`,
        );
      }
      const problems = await storyIndexProblems(store.db);
      if (problems.length) console.log(`  index problems: ${problems.slice(0, 3).join("; ")}`);
    }
  } finally {
    await dispose();
  }
}

/** `--refine-members`: refine the earlier members of the stories a batch joins too. */
const assignOptions: AssignOptions = { refineMembers: args.includes("--refine-members") };
if (args.includes("--ecb")) await ecb(Number(value("--batch") ?? 100), assignOptions);
if (args.includes("--timing"))
  await timing(
    (value("--sizes") ?? "1000,10000").split(",").map(Number),
    Number(value("--calls") ?? 15),
    value("--source") ?? "generated",
  );
if (args.includes("--recluster"))
  await reclusterTiming(
    (value("--sizes") ?? "1000,5000").split(",").map(Number),
    value("--source") ?? "generated",
  );
if (args.includes("--one-window") && args.includes("--store"))
  await timing(
    (value("--sizes") ?? "10000,50000").split(",").map(Number),
    Number(value("--calls") ?? 15),
    "one-day",
  );
if (args.includes("--one-window") && !args.includes("--store")) {
  const sizes = (value("--sizes") ?? "10000,100000").split(",").map(Number);
  if (value("--source") === "ecb") {
    const { articles } = await loadEcbArticles(sharedPath("datasets", "ecbplus"), () => true);
    const ctx = defaultContext({ today: EVAL_TODAY });
    ecbOneWindow(articles.map((a, i) => runArticleStages(rawFromText(`doc-${i}`, a.text), ctx)));
  } else await oneWindow(sizes, Number(value("--calls") ?? 200));
}
if (!args.some((a) => ["--ecb", "--timing", "--recluster", "--one-window"].includes(a)))
  console.log(
    "usage: npx tsx bench/story-index-bench.ts --ecb [--batch 100] | --timing [--sizes 1000,10000] [--calls 15] [--source ecb] | --recluster [--sizes 1000,5000] [--source ecb]",
  );
