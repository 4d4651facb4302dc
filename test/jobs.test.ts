/**
 * The job queues on both engines (embedded PGlite in a temporary folder, and the PostgreSQL
 * server the machines run): what collapses, what retries, what drain waits for, and what a
 * killed worker leaves behind. The handlers are the test's own functions: the queues are the
 * component under test, the store and pg-boss under them are real.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../eval/shared.js";
import {
  CORPUS_QUEUE,
  JOBS_SCHEMA,
  openJobs,
  RECLUSTER_CATCH_UP_QUEUE,
  type JobHandlers,
  type Jobs,
  type JobsOptions,
} from "../src/jobs/index.js";
import { openStore, type Store, type StoreConfig } from "../src/store/index.js";
import { storeEngines } from "./store-engines.js";

const WORKER = join(REPO_ROOT, "test", "jobs-worker.ts");

/** How long a worker that stopped its jobs and closed its store may take to exit. */
const EXIT_WITHIN_MS = 45_000;

/** Quick polls and immediate retries: the tests wait on drain, never on a clock. */
const FAST: JobsOptions = { pollSeconds: 0.1, retryDelaySeconds: 0 };

/** Handlers that write down each call: "corpus" for an update, the story id for an aggregation. */
function recorder(touchedStories: readonly string[] = []) {
  const calls: string[] = [];
  const handlers: JobHandlers = {
    updateCorpus: async () => {
      calls.push("corpus");
      return { touchedStories };
    },
    aggregateStory: async (id) => {
      calls.push(id);
    },
  };
  return { calls, handlers };
}

/** `test/jobs-worker.ts` in a child process, with its standard output. */
function worker(mode: "hang" | "finish", config: StoreConfig) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, mode, JSON.stringify(config)], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  const exited = once(child, "exit") as Promise<[number | null, string | null]>;
  return { child, exited, stdout: () => stdout };
}

/** The states of the corpus-update jobs not done yet, read from pg-boss's table. */
async function unfinishedCorpusJobs(store: Store): Promise<string[]> {
  const { rows } = await sql<{ state: string }>`
    select state::text as state from ${sql.table(`${JOBS_SCHEMA}.job`)}
    where name = ${CORPUS_QUEUE} and state < 'completed' order by created_on`.execute(store.db);
  return rows.map((r) => r.state);
}

describe.each(await storeEngines("corroborate-jobs-"))("jobs on $name", (engine) => {
  let config: StoreConfig;
  let store: Store;

  /** Opens the jobs, runs `body`, and stops them whatever happens. */
  async function withJobs(options: JobsOptions, body: (jobs: Jobs) => Promise<void>) {
    const jobs = await openJobs(store, options);
    try {
      await body(jobs);
    } finally {
      await jobs.stop();
    }
  }

  beforeAll(async () => {
    if (engine.skip !== null) return;
    config = await engine.prepare();
    store = await openStore(config);
  }, 120_000); // a fresh embedded database takes 5–11 s to create, more on a busy machine
  afterAll(async () => {
    if (engine.skip !== null) return;
    await store?.close();
    await engine.cleanup();
  });

  it.skipIf(engine.skip !== null)("collapses repeated corpus-update sends into one run", () =>
    withJobs(FAST, async (jobs) => {
      for (let i = 0; i < 5; i++) await jobs.sendCorpusUpdate();
      expect(await jobs.pending()).toBe(1);
      const { calls, handlers } = recorder();
      jobs.work(handlers);
      expect(await jobs.drain()).toEqual({ failed: [] });
      expect(calls).toEqual(["corpus"]);
    }),
  );

  it.skipIf(engine.skip !== null)(
    "aggregates each story once, however often it is asked for, and drain waits for all",
    () =>
      withJobs(FAST, async (jobs) => {
        for (const id of ["story-1", "story-2", "story-1", "story-1"])
          await jobs.sendStoryAggregation(id);
        await jobs.sendCorpusUpdate();
        expect(await jobs.pending()).toBe(3);
        const calls: string[] = [];
        jobs.work({
          updateCorpus: async () => {
            calls.push("corpus");
            // Story 1 is queued already (joined), 3 is new, and named twice.
            return { touchedStories: ["story-1", "story-3", "story-3"] };
          },
          aggregateStory: async (id) => {
            await sleep(50); // a slow aggregation: drain must still wait for it
            calls.push(id);
          },
        });
        await jobs.drain();
        expect(await jobs.pending()).toBe(0);
        // The corpus update runs first: its result decides which stories need aggregating.
        expect(calls[0]).toBe("corpus");
        expect(calls.slice(1).sort()).toEqual(["story-1", "story-2", "story-3"]);
      }),
  );

  it.skipIf(engine.skip !== null)(
    "queues one more corpus update for sends while one runs, not one per send",
    () =>
      withJobs(FAST, async (jobs) => {
        let runs = 0;
        jobs.work({
          updateCorpus: async () => {
            runs++;
            // Articles stored while the update runs: it may have read the corpus before them.
            if (runs === 1) for (let i = 0; i < 3; i++) await jobs.sendCorpusUpdate();
            return { touchedStories: [] };
          },
          aggregateStory: async () => {},
        });
        await jobs.sendCorpusUpdate();
        await jobs.drain();
        expect(runs).toBe(2);
      }),
  );

  it.skipIf(engine.skip !== null)(
    "re-clusters a window an update left behind after the catch-up's delay, which drain does not wait for",
    () =>
      withJobs({ ...FAST, reclusterCatchUpSeconds: 2 }, async (jobs) => {
        const calls: string[] = [];
        jobs.work({
          updateCorpus: async () => {
            calls.push("corpus");
            return { touchedStories: ["story-1"], reclusterDue: false, reclusterBehind: true };
          },
          reclusterWindow: async () => {
            calls.push("recluster");
            return { touchedStories: ["story-2"] };
          },
          aggregateStory: async (id) => {
            calls.push(id);
          },
        });
        await jobs.sendCorpusUpdate();
        await jobs.drain();
        // Not due: the stories are aggregated at once, as they stand.
        expect(calls.slice(0, 2)).toEqual(["corpus", "story-1"]);
        // A wait with a generous bound, not a measure of time: the catch-up runs by itself.
        for (let waited = 0; !calls.includes("story-2") && waited < 60_000; waited += 100)
          await sleep(100);
        expect(calls).toEqual(["corpus", "story-1", "recluster", "story-2"]);
      }),
  );

  it.skipIf(engine.skip !== null)(
    "re-clusters before aggregating when an update makes it due, and sends no catch-up",
    () =>
      withJobs({ ...FAST, reclusterCatchUpSeconds: 1 }, async (jobs) => {
        const calls: string[] = [];
        jobs.work({
          updateCorpus: async () => {
            calls.push("corpus");
            return { touchedStories: ["story-1"], reclusterDue: true, reclusterBehind: true };
          },
          reclusterWindow: async () => {
            calls.push("recluster");
            return { touchedStories: ["story-1", "story-2"] };
          },
          aggregateStory: async (id) => {
            calls.push(id);
          },
        });
        await jobs.sendCorpusUpdate();
        await jobs.drain();
        expect(calls.slice(0, 2)).toEqual(["corpus", "recluster"]);
        expect(calls.slice(2).sort()).toEqual(["story-1", "story-2"]);
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from ${sql.table(`${JOBS_SCHEMA}.job`)}
          where name = ${RECLUSTER_CATCH_UP_QUEUE} and state < 'completed'`.execute(store.db);
        expect(rows[0]!.n).toBe(0);
      }),
  );

  it.skipIf(engine.skip !== null)("retries a job whose handler throws once", () =>
    withJobs(FAST, async (jobs) => {
      const attempts: string[] = [];
      jobs.work({
        updateCorpus: async () => ({ touchedStories: [] }),
        aggregateStory: async (id) => {
          attempts.push(id);
          if (attempts.length === 1) throw new Error("the database went away for a moment");
        },
      });
      await jobs.sendStoryAggregation("story-7");
      expect(await jobs.drain()).toEqual({ failed: [] });
      expect(attempts).toEqual(["story-7", "story-7"]);
    }),
  );

  it.skipIf(engine.skip !== null)(
    "fails a job for good after its retries, and drain reports it",
    () =>
      withJobs({ ...FAST, retryLimit: 2 }, async (jobs) => {
        let attempts = 0;
        jobs.work({
          updateCorpus: async () => {
            attempts++;
            throw new Error(`broken corpus (attempt ${attempts})`);
          },
          aggregateStory: async () => {},
        });
        await jobs.sendCorpusUpdate();
        expect(await jobs.drain()).toEqual({
          failed: [{ queue: CORPUS_QUEUE, storyId: null, message: "broken corpus (attempt 3)" }],
        });
        expect(attempts).toBe(3);
        expect(await jobs.pending()).toBe(0);
      }),
  );

  it.skipIf(engine.skip !== null || engine.embedded)(
    "leaves alone a job that another live process runs",
    async () => {
      // A second store is a second pool: another worker, as another process would be.
      const other = await openStore(config);
      const busy = await openJobs(store, FAST);
      let release = (): void => {};
      let started = (): void => {};
      const running = new Promise<void>((resolve) => (started = resolve));
      try {
        busy.work({
          updateCorpus: () =>
            new Promise((resolve) => {
              release = () => resolve({ touchedStories: [] });
              started();
            }),
          aggregateStory: async () => {},
        });
        await busy.sendCorpusUpdate();
        await running;
        // Opening looks for orphans at once; with no grace, only the lock protects the job.
        const idle = await openJobs(other, { ...FAST, orphanGraceSeconds: 0 });
        await idle.stop();
        expect(await unfinishedCorpusJobs(store)).toEqual(["active"]);
        release();
        expect(await busy.drain()).toEqual({ failed: [] });
      } finally {
        release(); // or stop() would wait for the handler forever
        await busy.stop();
        await other.close();
      }
    },
  );

  it.skipIf(engine.skip !== null)(
    "runs again, after a restart, the job a killed worker left running",
    async () => {
      // The embedded store admits one process: the worker gets it to itself.
      await store.close();
      const killed = worker("hang", config);
      try {
        while (!killed.stdout().includes("running")) {
          if (killed.child.exitCode !== null) throw new Error("the worker exited before its job");
          await sleep(50);
        }
        killed.child.kill("SIGKILL");
        expect((await killed.exited)[1]).toBe("SIGKILL");
      } finally {
        if (killed.child.exitCode === null && killed.child.signalCode === null)
          killed.child.kill("SIGKILL");
        store = await openStore(config);
      }
      expect(await unfinishedCorpusJobs(store)).toEqual(["active"]);
      await withJobs({ ...FAST, orphanGraceSeconds: 0 }, async (jobs) => {
        const { calls, handlers } = recorder(["story-9"]);
        jobs.work(handlers);
        expect(await jobs.drain()).toEqual({ failed: [] });
        expect(calls).toEqual(["corpus", "story-9"]);
      });
      expect(await unfinishedCorpusJobs(store)).toEqual([]);
    },
  );

  it.skipIf(engine.skip !== null)(
    "leaves no timer behind: a process that drains and stops exits by itself",
    async () => {
      await store.close();
      const run = worker("finish", config);
      const giveUp = new AbortController();
      try {
        // A timer left running (pg-boss's maintenance runs every 120 s) keeps it past this.
        const ended = await Promise.race([
          run.exited,
          sleep(EXIT_WITHIN_MS, null, { signal: giveUp.signal }).then(
            () => null,
            () => null,
          ),
        ]);
        expect(ended, "still running after it stopped its jobs").not.toBeNull();
        expect(ended?.[0]).toBe(0);
        expect(run.stdout()).toBe("aggregated story-1\ndrained, 0 failed\n");
      } finally {
        giveUp.abort();
        if (run.child.exitCode === null) run.child.kill("SIGKILL");
        store = await openStore(config);
      }
    },
    90_000,
  );
});
