/**
 * A store ingest with the article stages in a pool of threads stores what one in this thread
 * stores: each article's analysis as `runArticleStages` gives it here, and an article whose
 * stages throw is skipped with the reason. On the embedded engine (the pool does not touch the
 * store; the engines' own suites cover the round trip on both).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { RawArticle } from "../src/model/index.js";
import { openArticlePool } from "../src/pipeline/article-pool.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { ingestArticles } from "../src/store/ingest.js";
import { loadArticle, openStore, type Store } from "../src/store/index.js";

describe("ingestArticles with a pool of two threads", () => {
  const folder = mkdtempSync(join(tmpdir(), "corroborate-store-threads-"));
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ data: folder });
  }, 120_000); // creating an embedded store takes seconds, more on a busy machine
  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("stores each article as analysed in this thread, and skips one whose stages throw", async () => {
    const { articles: raws } = await readInputs(["examples/corpus"]);
    const ctx = defaultContext({ today: "2026-11-23" });
    // A malformed record of a library caller: a dropped block that is not there trips cleaning.
    const broken = { ...raws[0]!, id: "broken", droppedBefore: [null] } as unknown as RawArticle;
    const pool = openArticlePool({ threads: 2 });
    try {
      const progress: number[] = [];
      const report = await ingestArticles(
        store,
        [...raws.slice(0, 3), broken, ...raws.slice(3)],
        ctx,
        { analyser: pool, onArticle: (done) => progress.push(done) },
      );
      expect(report.skipped).toEqual([
        {
          input: "broken",
          reason: "its analysis failed: Cannot read properties of null (reading 'reason')",
        },
      ]);
      expect(report.known).toBe(0);
      expect(report.added).toHaveLength(raws.length);
      expect(progress.at(-1)).toBe(raws.length + 1);
      const stored = await Promise.all(report.added.map((id) => loadArticle(store, id)));
      expect(stored).toStrictEqual(raws.map((raw) => runArticleStages(raw, ctx)));
      // Ingested again: every article is known before any analysis is spent on it.
      const again = await ingestArticles(store, raws, ctx, { analyser: pool });
      expect(again).toEqual({ added: [], known: raws.length, skipped: [] });
    } finally {
      await pool.close();
    }
  });
});
