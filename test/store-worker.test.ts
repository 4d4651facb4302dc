/**
 * Scale-out on the store (issue 17, item 6): articles queued by `ingest --queue` and worked by
 * any number of `corroborate worker` processes are stored as one `corroborate ingest` stores
 * them, whichever worker analysed which batch and in what order.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../bench/generate.js";
import { storedResult } from "../bench/stored-result.js";
import { REPO_ROOT } from "../eval/shared.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { RawArticle } from "../src/model/index.js";
import { inProcessAnalyser } from "../src/pipeline/analyser.js";
import { defaultContext } from "../src/pipeline/context.js";
import { analyseQueued } from "../src/service/analyse-queued.js";
import { takeInNewArticles, updateCorpus } from "../src/service/update-store.js";
import { openStore, type Store, type StoreConfig } from "../src/store/index.js";
import { ingestArticles } from "../src/store/ingest.js";
import { firstQueuedId, queueArticles, queuedCount } from "../src/store/queue.js";
import { storeEngines, type Engine } from "./store-engines.js";

const TODAY = "2026-11-23";
const ctx = defaultContext({ today: TODAY });

type Run = { status: number | null; stdout: string; stderr: string };

/** The CLI on a store, as a separate process; resolves when it exits. */
function cli(args: readonly string[], config: StoreConfig): Promise<Run> {
  const store = config.databaseUrl === undefined ? ["--data", config.data!] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args, ...store],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NO_COLOR: "1",
          ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}),
        },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

async function withStore<T>(config: StoreConfig, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const engines = await storeEngines("corroborate-worker-test-");
afterAll(async () => {
  for (const engine of engines) await engine.cleanup();
});

describe.each(engines)("queued articles on $name", (engine: Engine) => {
  let raws: RawArticle[] = [];
  beforeAll(async () => {
    raws = (await readInputs([join(REPO_ROOT, "examples", "corpus")])).articles;
  });

  it.skipIf(engine.skip !== null)(
    "are taken in only as a whole prefix, whatever order their batches are analysed in",
    async () => {
      const plain = await engine.prepare();
      const expected = await withStore(plain, async (store) => {
        await ingestArticles(store, raws, ctx);
        await updateCorpus(store, ctx);
        return storedResult(store);
      });
      const queued = await engine.prepare();
      const got = await withStore(queued, async (store) => {
        const { batches, known } = await queueArticles(store, raws, undefined, 3);
        expect(known).toBe(0);
        expect(batches.map((b) => b.length)).toEqual([3, 3, 2]);
        // Ids follow the input, from the articles' own sequence.
        expect(batches.flat().map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        // Queued again, the same articles are known.
        expect((await queueArticles(store, raws)).known).toBe(raws.length);
        const analyser = inProcessAnalyser();
        // The last batches first: nothing before the first queued article is stored, so no step.
        for (const ids of [batches[2]!, batches[1]!]) {
          expect((await analyseQueued(store, ids, ctx, analyser)).stored).toBe(ids.length);
          expect((await takeInNewArticles(store)).indexed).toBe(0);
        }
        expect(await firstQueuedId(store)).toBe("1");
        expect((await analyseQueued(store, batches[0]!, ctx, analyser)).stored).toBe(3);
        // A batch run again (its worker died after storing it) finds nothing left to do.
        expect((await analyseQueued(store, batches[0]!, ctx, analyser)).stored).toBe(0);
        expect(await queuedCount(store)).toBe(0);
        expect(await firstQueuedId(store)).toBeNull();
        await updateCorpus(store, ctx);
        return storedResult(store);
      });
      expect(got.articles).toBe(raws.length);
      expect(got.parts).toEqual(expected.parts);
    },
    120_000,
  );
});

describe.each(engines.filter((e) => e.embedded))("queued articles on $name", (engine) => {
  it.skipIf(engine.skip !== null)(
    "are analysed by the next plain ingest, whose own articles would otherwise wait behind them",
    async () => {
      const config = await engine.prepare();
      const queueing = await cli(
        ["ingest", "--queue", "examples/corpus", "-q", "--today", TODAY],
        config,
      );
      expect(queueing.status, queueing.stderr).toBe(0);
      const dir = mkdtempSync(join(tmpdir(), "corroborate-worker-extra-"));
      try {
        const extra = join(dir, "extra.txt");
        writeFileSync(
          extra,
          "title: Harbour ferry timetable changes\n\nThe Elm Bay ferry will run every forty minutes from Monday, the harbour office said on Friday.\n",
        );
        const ingest = await cli(["ingest", extra, "-q", "--today", TODAY], config);
        expect(ingest.status, ingest.stderr).toBe(0);
        expect(ingest.stdout).toMatch(/^stored 1 new article/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await withStore(config, async (store) => {
        expect(await queuedCount(store)).toBe(0);
        const result = await storedResult(store);
        expect(result.articles).toBe(9);
        // Every article taken into a story, the extra one too.
        const { n } = await store.db
          .selectFrom("story_articles")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(n)).toBe(9);
      });
    },
    180_000,
  );
});

describe.each(engines.filter((e) => !e.embedded))("corroborate worker on $name", (engine) => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-worker-corpus-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(engine.skip !== null)(
    "two workers store what one ingest stores",
    async () => {
      // Enough articles for several analysis jobs (100 each) and corpus steps to interleave.
      await writeCorpus({ count: 260, format: "txt", out: dir, seed: 5 });
      const folder = join(dir, "articles");
      const plain = await engine.prepare();
      const ingest = await cli(["ingest", folder, "-q", "--today", TODAY], plain);
      expect(ingest.status, ingest.stderr).toBe(0);
      const expected = await withStore(plain, storedResult);

      const queued = await engine.prepare();
      const queueing = await cli(["ingest", "--queue", folder, "-q", "--today", TODAY], queued);
      expect(queueing.status, queueing.stderr).toBe(0);
      expect(queueing.stdout).toMatch(/^queued 260 new articles for analysis \(3 jobs\)/);
      const workers = await Promise.all(
        [1, 2].map(() => cli(["worker", "--until-idle", "-q", "--today", TODAY], queued)),
      );
      for (const w of workers) expect(w.status, w.stderr).toBe(0);
      // Each says what it did; between them they analysed every article once.
      const analysed = workers.map((w) => Number(/analysed (\d+)/.exec(w.stdout)?.[1]));
      expect(analysed.reduce((a, b) => a + b, 0)).toBe(260);
      const got = await withStore(queued, storedResult);
      expect(got.articles).toBe(260);
      expect(got.parts).toEqual(expected.parts);
    },
    300_000,
  );

  it.skipIf(engine.skip !== null)(
    "analyses articles whose queueing process died before asking for their analysis",
    async () => {
      const config = await engine.prepare();
      const raws = (await readInputs([join(REPO_ROOT, "examples", "corpus")])).articles;
      // Queued with no analysis job, as a queueing process killed between the two leaves them.
      await withStore(config, (store) => queueArticles(store, raws));
      const worker = await cli(["worker", "--until-idle", "-q", "--today", TODAY], config);
      expect(worker.status, worker.stderr).toBe(0);
      expect(worker.stdout).toContain(
        `analysed ${raws.length} (0 skipped), took in ${raws.length}`,
      );
      await withStore(config, async (store) => {
        expect(await queuedCount(store)).toBe(0);
        expect((await storedResult(store)).stories).toBeGreaterThan(0);
      });
    },
    120_000,
  );
});
