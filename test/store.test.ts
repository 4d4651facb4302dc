/**
 * The store's contract, run against both engines: embedded PGlite in a temporary folder, and the
 * PostgreSQL server the machines run (a fresh database per run, dropped after). Opening a fresh
 * PGlite folder takes seconds, so each engine opens one store for the whole suite.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeEngines } from "./store-engines.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { Article } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { articleFeatures } from "../src/stages/reuse/01-features.js";
import { ReuseIndex } from "../src/stages/reuse/05-reuse-index.js";
import { candidatesIn, fingerprintOf } from "../src/stages/reuse/05-reuse-index.js";
import { ingestArticles } from "../src/store/ingest.js";
import {
  anchorCounts,
  fileFingerprints,
  observeAnchors,
  observedArticles,
  StoredAnchorStats,
  StoredPostings,
} from "../src/store/reuse-index.js";
import {
  addArticle,
  addArticles,
  briefVersions,
  createStory,
  knownArticleId,
  LOCK_FILE,
  loadArticle,
  loadStory,
  openStore,
  readBrief,
  reuseEdgesOf,
  saveReuseEdge,
  searchArticles,
  similarOutlets,
  storiesOfArticle,
  StoreLockedError,
  updateStory,
  writeBrief,
  type Store,
  type StoreConfig,
  type StoreId,
} from "../src/store/index.js";
import gold from "../examples/gold.json" with { type: "json" };

/** The example corpus through the article stages, as a run on a fixed day would leave it. */
async function exampleArticles(): Promise<Article[]> {
  const { articles } = await readInputs(["examples/corpus"]);
  const ctx = defaultContext({ today: "2026-11-23" });
  return articles.map((raw) => runArticleStages(raw, ctx));
}

const MIGRATION_FILES = readdirSync("src/store/migrations")
  .map((name) => name.replace(/\.ts$/, ""))
  .sort();

const byFile = (articles: readonly Article[], name: string): Article => {
  const found = articles.find((a) => a.id === name || a.id.endsWith(`/${name}`));
  if (found === undefined) throw new Error(`no example article ${name}`);
  return found;
};

describe.each(await storeEngines())("store on $name", (engine) => {
  let config: StoreConfig;
  let store: Store;
  let articles: Article[];
  /** Store id of each example article, by its input id. */
  const ids = new Map<string, StoreId>();

  beforeAll(async () => {
    if (engine.skip !== null) return;
    config = await engine.prepare();
    store = await openStore(config);
    articles = await exampleArticles();
    for (const a of articles) ids.set(a.id, (await addArticle(store, a)).id);
  }, 120_000);

  afterAll(async () => {
    if (engine.skip !== null) return;
    await store?.close();
    await engine.cleanup();
  });

  const test = engine.skip === null ? it : it.skip;
  if (engine.skip !== null) it.skip(`skipped: ${engine.skip}`, () => {});

  test("a fresh store is migrated on open, and a reopened one is left as it is", async () => {
    // Every migration file, in order: one left out of migrations.ts would be missing here.
    expect(store.migrated).toEqual(MIGRATION_FILES);
    await store.close();
    store = await openStore(config);
    expect(store.migrated).toEqual([]);
    expect(await loadArticle(store, ids.get(articles[0]!.id)!)).toStrictEqual(articles[0]);
  });

  test("gives every article back as the article stages left it, tokens included", async () => {
    expect(articles.length).toBeGreaterThan(5);
    for (const a of articles) {
      const id = ids.get(a.id)!;
      expect(id).toMatch(/^[1-9][0-9]*$/);
      const loaded = await loadArticle(store, id);
      expect(loaded).toStrictEqual(a);
      expect(loaded!.tokens).toBeInstanceOf(Int32Array);
    }
    expect(await loadArticle(store, "999999999999")).toBeNull();
  });

  test("stores a known URL or a known text once, returning the id it has", async () => {
    const first = articles[0]!;
    const sameUrl = { ...first, id: "again", original: `${first.original}\nUpdated.` };
    expect(await addArticle(store, sameUrl)).toEqual({ id: ids.get(first.id), added: false });
    const sameText = { ...first, id: "mirror", url: "https://mirror.example/copy" };
    expect(await addArticle(store, sameText)).toEqual({ id: ids.get(first.id), added: false });
    // In one batch: a new article, its text again, its URL again, and a stored one.
    const fresh = { ...articles[1]!, id: "batch", url: "https://batch.example/a" };
    const batch = [
      { ...fresh, original: `${fresh.original}\nBatch.` },
      { ...fresh, id: "batch-text", original: `${fresh.original}\nBatch.`, url: null },
      { ...fresh, id: "batch-url", original: `${fresh.original}\nOther.` },
      first,
    ];
    const results = await addArticles(store, batch);
    expect(results.map((r) => r.added)).toEqual([true, false, false, false]);
    expect(results.map((r) => r.id)).toEqual([
      results[0]!.id,
      results[0]!.id,
      results[0]!.id,
      ids.get(first.id),
    ]);
    expect(await knownArticleId(store, { url: null, original: first.original })).toBe(
      ids.get(first.id),
    );
    expect(await knownArticleId(store, { url: "https://new.example/", original: "new" })).toBe(
      null,
    );
  });

  test("ingest stores only the articles it has not seen, with their analysis", async () => {
    const { articles: raws } = await readInputs(["examples/corpus"]);
    const fresh = { ...raws[0]!, id: "fresh", url: null, original: "A ferry ran on Monday." };
    const ctx = defaultContext({ today: "2026-11-23" });
    // PostgreSQL text cannot hold NUL, which a JSON record can carry as \u0000.
    const nul = { ...fresh, id: "nul", original: "A ferry\u0000 ran on Tuesday." };
    const report = await ingestArticles(store, [...raws, fresh, fresh, nul], ctx);
    expect(report.known).toBe(raws.length + 1);
    expect(report.added).toHaveLength(1);
    expect(report.skipped).toEqual([
      { input: "nul", reason: "holds a NUL character, which the store cannot keep" },
    ]);
    await expect(addArticle(store, runArticleStages(nul, ctx))).rejects.toThrow(
      "article nul holds a NUL character",
    );
    const stored = await loadArticle(store, report.added[0]!);
    expect(stored).toStrictEqual(runArticleStages(fresh, ctx));
  });

  test("keeps the reuse index in its tables, finding what the in-memory index finds", async () => {
    const features = articles.map((a) => articleFeatures(a));
    const memory = new ReuseIndex();
    for (const f of features) memory.observe(f);
    expect(
      await observeAnchors(
        store.db,
        features.map((f) => f.anchors),
      ),
    ).toBe(articles.length);
    const stats = new StoredAnchorStats(
      await observedArticles(store.db),
      await anchorCounts(store.db, [...new Set(features.flatMap((f) => [...f.anchors]))]),
    );
    const storeIdOf = new Map(articles.map((a) => [a.id, ids.get(a.id)!]));
    const found = new Map<string, string[]>();
    for (const [i, article] of articles.entries()) {
      const fp = fingerprintOf(features[i]!, stats);
      expect(fp).toEqual(memory.fingerprint(features[i]!));
      const postings = await StoredPostings.read(store.db, [fp]);
      const stored = [...candidatesIn(fp, postings)].sort();
      const inMemory = memory.candidates(fp).map((id) => storeIdOf.get(id)!);
      expect(stored).toEqual(inMemory.sort());
      found.set(article.id, stored);
      memory.add(article.id, fp);
      await fileFingerprints(store.db, [{ id: storeIdOf.get(article.id)!, fp }]);
    }
    // The example corpus's copies of the fire story find it, whichever was stored first.
    const copies = gold.reuse.filter((r) => r.kind !== "rewrite");
    expect(copies.length).toBeGreaterThan(0);
    const place = new Map(articles.map((a, i) => [a.id, i]));
    for (const pair of copies) {
      const [earlier, later] = [byFile(articles, pair.copy), byFile(articles, pair.source)].sort(
        (x, y) => place.get(x.id)! - place.get(y.id)!,
      );
      expect(found.get(later!.id)).toContain(storeIdOf.get(earlier!.id));
    }
  });

  test("keeps stories, memberships, reuse edges, and every version of a brief", async () => {
    const [a, b, c] = articles.map((x) => ids.get(x.id)!);
    const storyId = await createStory(store, {
      label: "Fire",
      from: "2026-03-17",
      to: null,
      articles: [a!, b!],
    });
    expect(await loadStory(store, storyId)).toEqual({
      id: storyId,
      label: "Fire",
      from: "2026-03-17",
      to: null,
      articles: [a, b],
    });
    await updateStory(store, {
      id: storyId,
      label: "Plant fire",
      from: "2026-03-17",
      to: "2026-03-18",
      articles: [a!, c!],
    });
    expect((await loadStory(store, storyId))!.articles).toEqual([a, c]);
    expect(await storiesOfArticle(store, c!)).toEqual([storyId]);
    expect(await storiesOfArticle(store, b!)).toEqual([]);

    const edge = {
      copy: b!,
      source: a!,
      origin: a!,
      kind: "near-verbatim" as const,
      credited: true,
      share: 0.8125,
      evidence: [{ copy: { start: 0, end: 10 }, source: { start: 5, end: 15 }, similarity: 1 }],
    };
    await saveReuseEdge(store, edge);
    await saveReuseEdge(store, { ...edge, share: 0.9 });
    expect(await reuseEdgesOf(store, a!)).toEqual([{ ...edge, share: 0.9 }]);

    expect(await readBrief(store, storyId)).toBeNull();
    expect(await writeBrief(store, storyId, { headline: "first" })).toBe(1);
    expect(await writeBrief(store, storyId, { headline: "second", n: [1, 2] })).toBe(2);
    expect(await readBrief(store, storyId)).toEqual({
      version: 2,
      brief: { headline: "second", n: [1, 2] },
    });
    expect(await readBrief(store, storyId, 1)).toEqual({
      version: 1,
      brief: { headline: "first" },
    });
    expect(await briefVersions(store, storyId)).toEqual([1, 2]);
  });

  test("searches the articles' text, with the matching passage", async () => {
    const source = byFile(articles, "kestrel-merrowby-fire.txt");
    const hits = await searchArticles(store, '"battery recycling" -unrelatedword');
    expect(hits.map((h) => h.id)).toContain(ids.get(source.id));
    for (const hit of hits) {
      expect(hit.headline).toMatch(/\[battery\] \[recycling\]/i);
      expect(hit.rank).toBeGreaterThan(0);
    }
    expect(await searchArticles(store, "zzxqvw")).toEqual([]);
    // Outlet names written another way, or misspelt, find the stored one.
    const outlet = source.outlet!;
    const fuzzy = await similarOutlets(store, outlet.toLowerCase().slice(0, -1));
    expect(fuzzy[0]?.outlet).toBe(outlet);
  });

  // The lock guards the embedded engine's folder; a server guards its own data.
  if (engine.embedded)
    test("refuses a second opener of the folder, and takes over a dead process's lock", async () => {
      const second = openStore(config);
      await expect(second).rejects.toBeInstanceOf(StoreLockedError);
      await expect(second).rejects.toThrow(
        `the data folder ${config.data} is in use by process ${process.pid}`,
      );
      await store.close();
      // A process that has ended: its pid names no live process.
      const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid!;
      writeFileSync(join(config.data!, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname() }));
      store = await openStore(config);
      expect(await loadArticle(store, ids.get(articles[0]!.id)!)).toStrictEqual(articles[0]);
    });
});
