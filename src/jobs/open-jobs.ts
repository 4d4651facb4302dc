import { sql, type Kysely } from "kysely";
import { storyIdOf } from "../service/store-brief.js";
import PgBoss from "pg-boss";
import type { Store } from "../store/open.js";
import { bossDb } from "./boss-db.js";
import {
  sessionLockLiveness,
  soleProcessLiveness,
  type ActiveJob,
  type Liveness,
} from "./liveness.js";
import { wakeUps } from "./wake-ups.js";

/**
 * pg-boss's tables live in this schema of the store's database, apart from the store's own
 * tables and from any other application's pg-boss (whose version may differ) in a shared server.
 */
export const JOBS_SCHEMA = "corroborate_jobs";

/** Bring the corpus-level results up to date with the stored articles: one at a time, globally. */
export const CORPUS_QUEUE = "corpus-update";
/**
 * Re-cluster the stories still open (src/store/recluster.ts) after articles were taken in: one
 * at a time, globally, like the corpus update, and run only when no corpus update is queued, so
 * a burst of updates is followed by one re-clustering.
 */
export const RECLUSTER_QUEUE = "story-recluster";
/**
 * Re-cluster the open window a while after an update that left it behind without making a
 * re-clustering due (fewer articles than the share that does, `reclusterDue`), so a store whose
 * feed went quiet still catches up. Apart from `RECLUSTER_QUEUE` so that it waits its time
 * without holding back a re-clustering that is due, and so `drain` does not wait for it.
 */
export const RECLUSTER_CATCH_UP_QUEUE = "story-recluster-catch-up";
/** Aggregate one story and write its brief: at most one queued and one running per story. */
export const STORY_QUEUE = "story-aggregation";
/**
 * Analyse and store a batch of queued articles (`corroborate ingest --queue`): any number queued
 * and running at once, on any worker; each asks for a corpus update when it is done.
 */
export const ANALYSIS_QUEUE = "article-analysis";

/**
 * Every queue, in the order the worker takes jobs from them (see `nextJobs`): the corpus update
 * (one lane for the whole store) before the analysis that feeds it, so it keeps up; stories'
 * briefs last, so a story is aggregated once its articles have come in rather than after each.
 */
const ALL_QUEUES = [
  CORPUS_QUEUE,
  RECLUSTER_QUEUE,
  ANALYSIS_QUEUE,
  RECLUSTER_CATCH_UP_QUEUE,
  STORY_QUEUE,
];

/** Story aggregations fetched at once (see `nextJobs`). */
const STORY_BATCH = 16;

/** All the same key: the corpus update is one job for the whole store. */
const CORPUS_KEY = "corpus";
/** All the same key: one re-clustering of the open window for the whole store (in each queue). */
const RECLUSTER_KEY = "open-window";

/**
 * The work the jobs do, given by the caller. Both must be idempotent: a job whose worker died
 * is run again, from the start, whatever it had written.
 */
export type JobHandlers = {
  /**
   * Updates the corpus with the newly stored articles and names the stories whose brief is now
   * out of date; each gets an aggregation job. They should be read from the store (stories whose
   * brief is older than their inputs), not from what this run changed: a run killed after its
   * writes is run again, finds nothing new, and must still name them.
   */
  updateCorpus: () => Promise<{
    readonly touchedStories: readonly string[];
    /**
     * The open window is to be re-clustered: a re-clustering job is sent instead of the
     * stories' aggregations, and it names them (with those it changed) when it has run, so no
     * brief is written for the stories as they were before it.
     */
    readonly reclusterDue?: boolean;
    /**
     * The open window is behind (articles taken in since it was last re-clustered) though no
     * re-clustering is due: a catch-up is sent to run after `reclusterCatchUpSeconds`.
     */
    readonly reclusterBehind?: boolean;
  }>;
  /**
   * Re-clusters the open window (when it is behind) and names the stories whose brief is now out
   * of date. Runs for both re-clustering queues.
   */
  reclusterWindow?: () => Promise<{ readonly touchedStories: readonly string[] }>;
  aggregateStory: (storyId: string) => Promise<void>;
  /**
   * Analyses and stores the queued articles of these ids that are still queued; a corpus update
   * is asked for after. A process without it leaves analysis jobs to processes that have it.
   */
  analyseArticles?: (ids: readonly string[]) => Promise<void>;
  /**
   * Batches of articles queued a while ago (a minute): asked when no analysis job is queued or
   * running, so that articles whose queueing process died before asking for their analysis are
   * analysed all the same (and the corpus update, which waits for the first queued, goes on).
   */
  queuedWithoutJob?: () => Promise<readonly (readonly string[])[]>;
};

export type JobsOptions = {
  /**
   * How long a story's aggregation waits before it starts; sends for the story meanwhile join it
   * (a burst of articles, one aggregation). 0 (the default) starts it at once: what a one-shot
   * `ingest` wants; a long-running poller wants some seconds.
   */
  readonly storyDelaySeconds?: number;
  /**
   * How long a re-clustering waits before it starts; sends meanwhile join it. It never starts
   * while a corpus update is queued, whatever this is. 0 (the default) starts it at once.
   */
  readonly reclusterDelaySeconds?: number;
  /**
   * How long after an update that left the open window behind, without a re-clustering due, one
   * runs anyway (`RECLUSTER_CATCH_UP_QUEUE`); sends meanwhile join it. Default 60; 0 never.
   */
  readonly reclusterCatchUpSeconds?: number;
  /** Runs after the first failure of a job (default 3). */
  readonly retryLimit?: number;
  /** Wait before the first retry, doubling with each (default 2; 0 retries at once). */
  readonly retryDelaySeconds?: number;
  /**
   * How often the worker looks for jobs sent by other processes and for jobs whose worker died
   * (default 1). Jobs sent by this process start at once.
   */
  readonly pollSeconds?: number;
  /**
   * On a PostgreSQL server, a job started less than this long ago is never taken for orphaned:
   * its worker may not have taken its lock yet (default 10).
   */
  readonly orphanGraceSeconds?: number;
  /**
   * pg-boss's own last resort: a job running longer than this is failed and retried even if its
   * worker lives (default 6 hours; pg-boss allows less than 24).
   */
  readonly expireSeconds?: number;
  /** Told errors of the queue itself (the database gone, pg-boss maintenance); default: ignored. */
  readonly onError?: (error: Error) => void;
};

/** A job that failed for good: it used its retries. */
export type JobFailure = {
  readonly queue: string;
  /** The story of an aggregation; null for the corpus update. */
  readonly storyId: string | null;
  readonly message: string;
};

export type DrainReport = { readonly failed: readonly JobFailure[] };

export type Jobs = {
  /** Asks for a corpus update; a send while one is queued joins it. */
  sendCorpusUpdate(): Promise<void>;
  /** Asks for a story's aggregation; a send while one is queued for the story joins it. */
  sendStoryAggregation(storyId: string): Promise<void>;
  /** Asks for the analysis of a batch of queued articles, by id. */
  sendArticleAnalysis(ids: readonly string[]): Promise<void>;
  /**
   * Starts working the queues in this process, one job at a time, corpus updates first (their
   * result decides which stories need aggregating). Call once.
   */
  work(handlers: JobHandlers): void;
  /**
   * Resolves when no job is queued or running, in this process or another on the same
   * database, including jobs sent by the jobs it ran and retries that wait; reports the jobs
   * that failed for good meanwhile. Needs `work` first.
   */
  drain(): Promise<DrainReport>;
  /**
   * Jobs queued, waiting to retry, or running, in every queue but the re-clustering catch-up
   * (work that waits its time on purpose).
   */
  pending(): Promise<number>;
  /**
   * Stops working (after the running job ends) and stops pg-boss's timers; the store stays open
   * and is the caller's to close. Jobs still queued stay queued for the next worker.
   */
  stop(): Promise<void>;
};

type JobData = { storyId?: string; ids?: string[] };

/** What a failed job was, in words: "story-7", "the corpus update", … */
export function jobName(failure: JobFailure): string {
  if (failure.storyId !== null) return storyIdOf(failure.storyId);
  if (failure.queue === ANALYSIS_QUEUE) return "the analysis of a batch of queued articles";
  return failure.queue === RECLUSTER_QUEUE || failure.queue === RECLUSTER_CATCH_UP_QUEUE
    ? "the re-clustering of the open window"
    : "the corpus update";
}
type FetchedJob = PgBoss.JobWithMetadata<JobData>;

/** The jobs of our queues that the database says are running. */
async function activeJobs(db: Kysely<unknown>): Promise<ActiveJob[]> {
  const { rows } = await sql<ActiveJob>`
    select id::text as id, name as queue,
      extract(epoch from now() - started_on)::float8 as "ageSeconds"
    from ${sql.table(`${JOBS_SCHEMA}.job`)}
    where name in (${CORPUS_QUEUE}, ${RECLUSTER_QUEUE}, ${RECLUSTER_CATCH_UP_QUEUE},
      ${STORY_QUEUE}, ${ANALYSIS_QUEUE})
      and state = 'active'`.execute(db);
  return rows;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Opens the store's job queues (pg-boss 10 in the store's database; its schema is created on
 * the first open). One `Jobs` per store: on the embedded engine it takes every running job it
 * did not start itself for one whose process died.
 */
export async function openJobs(store: Store, options: JobsOptions = {}): Promise<Jobs> {
  const storyDelay = options.storyDelaySeconds ?? 0;
  const reclusterDelay = options.reclusterDelaySeconds ?? 0;
  const catchUpDelay = options.reclusterCatchUpSeconds ?? 60;
  const retryLimit = options.retryLimit ?? 3;
  const retryDelay = options.retryDelaySeconds ?? 2;
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const report = options.onError ?? (() => {});
  const db = store.db as unknown as Kysely<unknown>;

  const boss = new PgBoss({
    db: bossDb(db),
    schema: JOBS_SCHEMA,
    // No cron: its clock-skew timer and its own queue are of no use here.
    schedule: false,
    // Maintenance: archives finished jobs, and expires jobs past `expireSeconds`.
    supervise: true,
  });
  boss.on("error", report);
  await boss.start();
  for (const queue of ALL_QUEUES)
    // "stately": one queued, one waiting to retry and one running per key, at most; a send
    // finding one queued is dropped, which is how repeated sends collapse. Analysis batches are
    // all different work: any number of them.
    await boss.createQueue(queue, {
      name: queue,
      policy: queue === ANALYSIS_QUEUE ? "standard" : "stately",
    });

  let liveness: Liveness;
  try {
    liveness =
      store.engine === "pglite"
        ? soleProcessLiveness()
        : await sessionLockLiveness(db, options.orphanGraceSeconds ?? 10);
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }

  const sendOptions = (key?: string): PgBoss.SendOptions => ({
    ...(key === undefined ? {} : { singletonKey: key }),
    retryLimit,
    retryDelay,
    retryBackoff: retryDelay > 0,
    expireInSeconds: options.expireSeconds ?? 6 * 3600,
  });

  /** Jobs this process runs now (one, or none). */
  const running = new Set<string>();
  const failures: JobFailure[] = [];
  const wake = wakeUps();
  let handlers: JobHandlers | null = null;
  let stopping = false;
  let worked: Promise<void> = Promise.resolve();

  /** Fails (into a retry) the running jobs whose process is gone. */
  const recoverOrphans = async (): Promise<void> => {
    const others = (await activeJobs(db)).filter((job) => !running.has(job.id));
    for (const job of await liveness.orphans(others))
      await boss.fail(job.queue, job.id, { message: "its worker stopped before finishing it" });
  };

  const sendStoryAggregation = async (storyId: string): Promise<void> => {
    const options = sendOptions(storyId);
    await boss.send(
      STORY_QUEUE,
      { storyId },
      storyDelay > 0 ? { ...options, startAfter: storyDelay } : options,
    );
    wake.wakeAll();
  };

  const sendArticleAnalysis = async (ids: readonly string[]): Promise<void> => {
    await boss.send(ANALYSIS_QUEUE, { ids: [...ids] }, sendOptions());
    wake.wakeAll();
  };

  const sendCorpusUpdate = async (): Promise<void> => {
    await boss.send(CORPUS_QUEUE, {}, sendOptions(CORPUS_KEY));
    wake.wakeAll();
  };

  const sendRecluster = async (): Promise<void> => {
    const options = sendOptions(RECLUSTER_KEY);
    await boss.send(
      RECLUSTER_QUEUE,
      {},
      reclusterDelay > 0 ? { ...options, startAfter: reclusterDelay } : options,
    );
    wake.wakeAll();
  };

  const sendReclusterCatchUp = async (): Promise<void> => {
    await boss.send(
      RECLUSTER_CATCH_UP_QUEUE,
      {},
      {
        ...sendOptions(RECLUSTER_KEY),
        startAfter: catchUpDelay,
      },
    );
  };

  /**
   * The next jobs to run: a corpus update if one is due, else a re-clustering (which must see
   * every update taken in), else an analysis batch, else up to `STORY_BATCH` stories'
   * aggregations (each a job of its own, fetched together: a story's aggregation takes about
   * 10 ms, and looking through every queue and the corpus-behind counts before each added
   * several queries to it).
   */
  const nextJobs = async (work: JobHandlers): Promise<FetchedJob[]> => {
    for (const queue of ALL_QUEUES) {
      if (queue === ANALYSIS_QUEUE && work.analyseArticles === undefined) continue;
      if (queue === STORY_QUEUE && (await corpusBehind())) continue;
      const jobs = await boss.fetch<JobData>(queue, {
        includeMetadata: true,
        batchSize: queue === STORY_QUEUE ? STORY_BATCH : 1,
      });
      if (jobs.length) return jobs;
    }
    return [];
  };

  /**
   * Marks fetched jobs as this process's (`liveness.hold`), all before the first runs: a job
   * fetched and waiting its turn in a batch is not an orphan to another process.
   */
  const holdAll = async (jobs: readonly FetchedJob[]): Promise<void> => {
    const held: FetchedJob[] = [];
    try {
      for (const job of jobs) {
        running.add(job.id);
        await liveness.hold(job.id);
        held.push(job);
      }
    } catch (error) {
      for (const job of jobs) running.delete(job.id);
      for (const job of held) await liveness.release(job.id).catch(() => {});
      throw error;
    }
  };

  /** Runs a job `holdAll` held, then lets it go. */
  const runJob = async (job: FetchedJob, work: JobHandlers): Promise<void> => {
    try {
      try {
        if (job.name === CORPUS_QUEUE) {
          const { touchedStories, reclusterDue, reclusterBehind } = await work.updateCorpus();
          // Sent before the update is marked done: killed in between, the update runs again
          // and names them again (or finds the re-clustering still due).
          if (reclusterDue && work.reclusterWindow) await sendRecluster();
          else {
            for (const storyId of new Set(touchedStories)) await sendStoryAggregation(storyId);
            if (reclusterBehind && work.reclusterWindow && catchUpDelay > 0)
              await sendReclusterCatchUp();
          }
        } else if (job.name === ANALYSIS_QUEUE) {
          await work.analyseArticles?.(job.data.ids ?? []);
          // Its articles are stored: the corpus update takes them in (with those of other
          // batches before them; a send while one is queued joins it).
          await sendCorpusUpdate();
        } else if (job.name === RECLUSTER_QUEUE || job.name === RECLUSTER_CATCH_UP_QUEUE) {
          const { touchedStories } = (await work.reclusterWindow?.()) ?? { touchedStories: [] };
          for (const storyId of new Set(touchedStories)) await sendStoryAggregation(storyId);
        } else {
          await work.aggregateStory(String(job.data.storyId));
        }
      } catch (error) {
        if (job.retryCount >= job.retryLimit)
          failures.push({
            queue: job.name,
            storyId: job.data.storyId ?? null,
            message: messageOf(error),
          });
        await boss.fail(job.name, job.id, { message: messageOf(error) });
        return;
      }
      await boss.complete(job.name, job.id);
    } finally {
      // Only once the job is marked done or failed: a free lock on a running job means orphan.
      await liveness.release(job.id);
      running.delete(job.id);
    }
  };

  /**
   * Whether articles are being analysed or taken in (queued or running, in any process): then no
   * story's brief is aggregated. A brief reads more than its story's articles (how common each
   * name and number is across the store, for the copy groups), so one aggregated mid-way would
   * depend on how far the other workers had got; aggregated after, it is the same whatever the
   * number of workers. A burst's stories are aggregated once, after it, not after every step.
   */
  const corpusBehind = async (): Promise<boolean> => {
    for (const queue of [CORPUS_QUEUE, RECLUSTER_QUEUE, ANALYSIS_QUEUE])
      if ((await boss.getQueueSize(queue, { before: "completed" })) > 0) return true;
    return false;
  };

  /** Analysis asked for again for articles queued with no job (see `queuedWithoutJob`). */
  const requeueForgotten = async (work: JobHandlers): Promise<void> => {
    if (work.analyseArticles === undefined || work.queuedWithoutJob === undefined) return;
    if ((await boss.getQueueSize(ANALYSIS_QUEUE, { before: "completed" })) > 0) return;
    for (const ids of await work.queuedWithoutJob()) await sendArticleAnalysis(ids);
  };

  const workLoop = async (work: JobHandlers): Promise<void> => {
    while (!stopping) {
      try {
        const jobs = await nextJobs(work);
        if (jobs.length) {
          // Fetched, they are this process's: all are run, stopping or not.
          await holdAll(jobs);
          for (const job of jobs) await runJob(job, work);
          wake.wakeAll();
          continue;
        }
        await recoverOrphans();
        await requeueForgotten(work);
      } catch (error) {
        report(error instanceof Error ? error : new Error(String(error)));
      }
      if (!stopping) await wake.wait(pollMs);
    }
  };

  const pending = async (): Promise<number> => {
    let count = 0;
    for (const queue of ALL_QUEUES)
      if (queue !== RECLUSTER_CATCH_UP_QUEUE)
        count += await boss.getQueueSize(queue, { before: "completed" });
    return count;
  };

  // Jobs left running by a process that died are queued again before anything else runs.
  try {
    await recoverOrphans();
  } catch (error) {
    await liveness.close();
    await boss.stop({ graceful: false });
    throw error;
  }

  return {
    sendCorpusUpdate,
    sendStoryAggregation,
    sendArticleAnalysis,
    work: (given) => {
      if (handlers !== null) throw new Error("work() was called already");
      if (stopping) throw new Error("the jobs are stopped");
      handlers = given;
      worked = workLoop(given);
    },
    drain: async () => {
      if (handlers === null) throw new Error("drain() needs work(handlers) first");
      const seen = failures.length;
      while ((await pending()) > 0 || running.size > 0) {
        if (stopping) throw new Error("the jobs were stopped before the queues were drained");
        await wake.wait(pollMs);
      }
      return { failed: failures.slice(seen) };
    },
    pending,
    stop: async () => {
      if (stopping) return;
      stopping = true;
      wake.wakeAll();
      await worked;
      await boss.stop({ graceful: false });
      await liveness.close();
    },
  };
}
