import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../eval/shared.js";
import { briefOf } from "../brief/brief.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { RawArticle, Skip } from "../model/index.js";
import { render } from "../render/render.js";
import { EXIT_MARK } from "../../test/dying-worker.js";
import { runPipelineWith } from "./analyser.js";
import { openAnalyser, openArticlePool } from "./article-pool.js";
import { defaultContext } from "./context.js";
import { analyseArticle, runPipeline } from "./run.js";

const ctx = defaultContext({ today: "2026-11-23" });

/** A malformed record of a library caller: a dropped block that is not there trips cleaning. */
const trips = (raw: RawArticle, id: string): RawArticle =>
  ({ ...raw, id, droppedBefore: [null] }) as unknown as RawArticle;

describe("the article stages in a pool of threads", () => {
  let raws: RawArticle[];
  let skipped: Skip[];
  beforeAll(async () => {
    ({ articles: raws, skipped } = await readInputs([join(REPO_ROOT, "examples", "corpus")]));
  });

  it.each([1, 2])(
    "with %i thread(s), give the example corpus's corpus and brief byte for byte as this thread does",
    async (threads) => {
      const pool = openArticlePool({ threads });
      try {
        expect(pool.threads).toBe(threads);
        const pooled = await runPipelineWith(pool, raws, skipped, ctx);
        const inThread = runPipeline(raws, skipped, ctx);
        // Every field, typed array and key order: a structured clone keeps them all.
        expect(pooled).toStrictEqual(inThread);
        expect(pooled.articles.length).toBe(raws.length);
        for (const format of ["json", "md", "html"] as const)
          expect(render(briefOf(pooled), format)).toBe(render(briefOf(inThread), format));
      } finally {
        await pool.close();
      }
    },
  );

  it("skip an article whose stages throw in a thread, with the reason this thread gives", async () => {
    const batch = [raws[0]!, trips(raws[1]!, "broken"), ...raws.slice(2)];
    const pool = openArticlePool({ threads: 2 });
    const progress: number[] = [];
    try {
      const outcomes = await pool.analyse(batch, ctx, (done) => progress.push(done));
      expect(outcomes).toStrictEqual(batch.map((raw) => analyseArticle(raw, ctx)));
      expect(outcomes[1]).toEqual({
        skip: {
          input: "broken",
          reason: "its analysis failed: Cannot read properties of null (reading 'reason')",
        },
      });
      expect(outcomes.filter((o) => "article" in o)).toHaveLength(batch.length - 1);
      expect(progress).toEqual(batch.map((_, i) => i + 1));
    } finally {
      await pool.close();
    }
  });

  it("replace a thread that dies, report its article, and analyse the others", async () => {
    const dies = { ...raws[2]!, id: "dies", original: `${raws[2]!.original}\n${EXIT_MARK}` };
    const batch = [raws[0]!, dies, raws[1]!, raws[3]!];
    // One thread: the articles after the one that killed it are analysed only by its successor.
    const pool = openArticlePool({
      threads: 1,
      worker: new URL("../../test/dying-worker.ts", import.meta.url),
    });
    try {
      const outcomes = await pool.analyse(batch, ctx);
      expect(outcomes[1]).toEqual({
        skip: {
          input: "dies",
          reason: "the thread analysing it stopped (worker exited with code: 3)",
        },
      });
      expect([outcomes[0], outcomes[2], outcomes[3]]).toStrictEqual(
        [raws[0]!, raws[1]!, raws[3]!].map((raw) => analyseArticle(raw, ctx)),
      );
      // The pool is still whole: a later batch is analysed.
      expect(await pool.analyse([raws[4]!], ctx)).toStrictEqual([analyseArticle(raws[4]!, ctx)]);
    } finally {
      await pool.close();
    }
  });

  it("fail, with the reason, when its threads cannot load the stages", async () => {
    const pool = openArticlePool({
      threads: 2,
      worker: new URL("./no-such-worker.js", import.meta.url),
    });
    try {
      await expect(pool.analyse(raws, ctx)).rejects.toThrow(
        /^the article threads could not start: Cannot find module/,
      );
    } finally {
      await pool.close();
    }
  });

  it("is no pool at all for one thread, and closes twice as once", async () => {
    const one = openAnalyser(1);
    expect(one.threads).toBe(1);
    expect(await one.analyse(raws.slice(0, 2), ctx)).toStrictEqual(
      raws.slice(0, 2).map((raw) => analyseArticle(raw, ctx)),
    );
    const two = openAnalyser(2);
    expect(two.threads).toBe(2);
    await Promise.all([two.close(), two.close()]);
  });
});
