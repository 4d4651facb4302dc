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
import { queueArticles } from "../src/store/queue.js";
import { analyseQueued } from "../src/service/analyse-queued.js";
import { inProcessAnalyser } from "../src/pipeline/analyser.js";
import { loadArticle, openStore, type Store } from "../src/store/index.js";
import { SITE_TEMPLATE } from "../src/stages/clean/00-site-lines.js";
import { rawArticle } from "./helpers.js";

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

describe("ingestArticles over pages of one site", () => {
  const folder = mkdtempSync(join(tmpdir(), "corroborate-store-site-"));
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ data: folder });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("reads the site's template over the whole input, though each page is stored in a batch of its own", async () => {
    const frame = (story: string[]): string =>
      ["Home", "World", "Business", "Sport", "Newsletters", ...story, "About us", "Contact"].join(
        "\n",
      );
    const ferry = frame([
      "Ferry returns to Merrowby after three weeks of repairs",
      "The Merrowby ferry carried its first passengers in three weeks on Tuesday morning, after engineers replaced a cracked propeller shaft found during a routine inspection.",
    ]);
    const library = frame([
      "New library opens in Karlova with a reading room on the roof",
      "Karlova's new public library opened its doors on Wednesday with a reading room on its roof, six years after the old building on the market square was closed.",
    ]);
    const page = (id: string, text: string): RawArticle =>
      rawArticle(text, { id, source: `${id}.txt`, url: `https://harbourpost.example/${id}` });
    const ctx = defaultContext({ today: "2026-03-20" });
    const report = await ingestArticles(
      store,
      [page("ferry", ferry), page("library", library)],
      ctx,
      {
        batchSize: 1,
      },
    );
    expect(report.added).toHaveLength(2);
    for (const id of report.added) {
      const stored = await loadArticle(store, id);
      if (stored === null) throw new Error(`article ${id} was not stored`);
      const template = stored.removed.filter((r) => r.reason === SITE_TEMPLATE).map((r) => r.text);
      expect(template).toEqual(expect.arrayContaining(["About us", "Contact"]));
      expect(stored.clean).not.toMatch(/About us|Contact/);
    }
  });

  it("queues each page with what it shares over the whole input, though each is queued and analysed alone", async () => {
    const frame = (story: string[]): string =>
      ["Home", "Weather", "Opinion", "Podcasts", "Subscribe", ...story, "Careers", "Privacy"].join(
        "\n",
      );
    const pages = [
      [
        "tolls",
        "Bridge tolls in Tarrow rise by a fifth from May",
        "Drivers crossing the Tarrow bridge will pay a fifth more from the first of May, the city council decided on Thursday after a long debate about repair costs.",
      ],
      [
        "market",
        "Night market returns to the old quay in Elm Bay",
        "The Elm Bay night market will return to the old quay this summer, with forty stalls and a stage for local bands every Saturday, its organisers said on Monday.",
      ],
    ].map(([id, title, body]) =>
      rawArticle(frame([title!, body!]), {
        id: id!,
        source: `${id}.txt`,
        url: `https://quaytimes.example/${id}`,
      }),
    );
    const ctx = defaultContext({ today: "2026-03-20" });
    const { batches } = await queueArticles(store, pages, undefined, 1);
    expect(batches).toHaveLength(2);
    const analyser = inProcessAnalyser();
    for (const ids of batches)
      expect((await analyseQueued(store, ids, ctx, analyser)).stored).toBe(1);
    for (const id of batches.flat()) {
      const stored = await loadArticle(store, id);
      if (stored === null) throw new Error(`article ${id} was not stored`);
      const template = stored.removed.filter((r) => r.reason === SITE_TEMPLATE).map((r) => r.text);
      expect(template).toEqual(expect.arrayContaining(["Careers", "Privacy"]));
      expect(stored.clean).not.toMatch(/Careers|Privacy/);
    }
  });
});
