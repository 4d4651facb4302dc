import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { briefOf } from "../src/brief/brief.js";
import type { BriefJson } from "../src/brief/schema.js";
import { membersKey, withStoryIds } from "./brief-story-ids.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { storeBrief } from "../src/service/store-brief.js";
import { updateCorpus } from "../src/service/update-store.js";
import { loadArticles } from "../src/store/articles.js";
import { ingestArticles } from "../src/store/ingest.js";
import { openStore } from "../src/store/open.js";
import { allReuseEdges } from "../src/store/stories.js";

const ctx = defaultContext({ today: "2026-11-23" });

/** Three batches of the articles, in the order given by `parts`. */
function batches(raws: readonly RawArticle[], parts: readonly number[]): RawArticle[][] {
  const third = Math.ceil(raws.length / 3);
  return parts.map((p) => raws.slice(p * third, (p + 1) * third));
}

describe("the store's corpus stages after each ingest (issue 15)", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-store-incremental-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("give the batch run's stories, reuse and briefs, whatever the batches and their order", async () => {
    const read = await readInputs(["examples/corpus"]);
    const batch = briefOf(runPipeline(read.articles, [], ctx));
    // The example corpus has several stories and copies of one article, so all of it is exercised.
    expect(batch.stories.length).toBeGreaterThan(1);
    expect(batch.stories.flatMap((s) => s.reuse ?? []).length).toBeGreaterThan(1);
    const batchIds = new Map(batch.stories.map((s) => [membersKey(s.articles), s.id]));
    const results: BriefJson[] = [];
    for (const [n, parts] of [
      [0, 1, 2],
      [2, 0, 1],
    ].entries()) {
      const store = await openStore({ data: join(dir, `order-${n}`) });
      try {
        for (const part of batches(read.articles, parts)) {
          await ingestArticles(store, part, ctx);
          await updateCorpus(store, ctx);
        }
        const again = await updateCorpus(store, ctx);
        expect(again).toMatchObject({ indexed: 0, newPairs: 0, briefsWritten: 0 });
        const brief = withStoryIds(await storeBrief(store), batchIds);
        results.push(brief);
        expect((await allReuseEdges(store)).length).toBe(
          batch.stories.flatMap((s) => s.reuse ?? []).length,
        );
      } finally {
        await store.close();
      }
    }
    // Articles: the batch lists them as read, the store by input id.
    const byId = (b: BriefJson): BriefJson => ({
      ...b,
      articles: [...b.articles].sort((x, y) => (x.id < y.id ? -1 : 1)),
      skipped: [],
      warnings: [],
    });
    expect(results[0]).toEqual(byId(batch));
    expect(results[1]).toEqual(byId(batch));
  }, 120_000);

  it("finds a copy ingested in a later run than its origin, with direction and credit", async () => {
    const read = await readInputs(["examples/corpus"]);
    const origin = read.articles.find((a) => a.id.endsWith("kestrel-merrowby-fire.txt"))!;
    const copy = read.articles.find((a) => a.id.endsWith("trendpulse.html"))!;
    const batch = briefOf(runPipeline([origin, copy], [], ctx));
    const expected = batch.stories.flatMap((s) => s.reuse ?? []);
    // The batch finds it: an uncredited rewrite of the wire's article.
    expect(expected).toMatchObject([
      { copy: copy.id, source: origin.id, origin: origin.id, kind: "rewrite", credited: false },
    ]);
    // Each article in a run of its own, the store closed between them; the copy first, too.
    for (const [n, runs] of [
      [[origin], [copy]],
      [[copy], [origin]],
    ].entries()) {
      const data = join(dir, `later-run-${n}`);
      for (const run of runs) {
        const store = await openStore({ data });
        try {
          await ingestArticles(store, run, ctx);
          await updateCorpus(store, ctx);
        } finally {
          await store.close();
        }
      }
      const store = await openStore({ data });
      try {
        const ids = new Map(
          (await loadArticles(store)).map((s) => [s.storeId, s.article.id] as const),
        );
        const edges = (await allReuseEdges(store)).map((e) => ({
          copy: ids.get(e.copy),
          source: ids.get(e.source),
          origin: ids.get(e.origin),
          kind: e.kind,
          credited: e.credited,
          share: e.share,
        }));
        expect(edges).toEqual(
          expected.map(({ copy, source, origin, kind, credited, share }) => ({
            copy,
            source,
            origin,
            kind,
            credited,
            share,
          })),
        );
      } finally {
        await store.close();
      }
    }
  }, 120_000);
});
