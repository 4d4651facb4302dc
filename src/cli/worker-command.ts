import { jobName, type Jobs } from "../jobs/index.js";
import { DEFAULT_THREADS, openAnalyser, POOL_IDLE_MS } from "../pipeline/article-pool.js";
import { defaultContext, type Context } from "../pipeline/context.js";
import { systemClock } from "../feeds/schedule.js";
import { openCorpusJobs, type JobTally } from "../service/corpus-jobs.js";
import { storyCount } from "../service/update-store.js";
import type { Store } from "../store/open.js";
import { queuedBefore, queuedCount } from "../store/queue.js";
import { openStoreForCommand, type StoreOptions } from "./open-store.js";
import { progress } from "./progress.js";
import { stopSignals } from "./stop-signals.js";

export type WorkerOptions = StoreOptions & {
  readonly today?: string;
  /** Threads running the article stages of a batch (1: this thread, no pool). */
  readonly threads?: number;
  /** Exit once no job is queued or running and no article waits for analysis. */
  readonly untilIdle: boolean;
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A status line every this often, on standard output, while there is news to tell. */
const STATUS_EVERY_MS = 30_000;

const statusOf = (t: Readonly<JobTally>): string =>
  `analysed ${t.analysed} (${t.analysisSkipped} skipped), took in ${t.indexed}, ` +
  `${plural(t.briefsWritten, "brief")} written`;

/**
 * `corroborate worker`: works the store's job queues (analysis of queued articles, the corpus
 * update, re-clustering, stories' briefs) until stopped, or until idle with `--until-idle`. Any
 * number run at once against one PostgreSQL server, on any number of machines: they share the
 * work through the queue, and the corpus update runs in one of them at a time.
 */
export async function workerCommand(options: WorkerOptions): Promise<number> {
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  const stop = stopSignals("the job under way");
  const contextNow = (): Context =>
    defaultContext({ today: options.today ?? systemClock.now().toISOString().slice(0, 10) });
  // Threads start with the first batch to analyse and stop when idle.
  const analyser = openAnalyser(options.threads ?? DEFAULT_THREADS, { idleMs: POOL_IDLE_MS });
  const opened = await openCorpusJobs(store, contextNow, {
    analyser,
    onError: (e) => process.stderr.write(`corroborate: job queue: ${e.message}\n`),
    onSkip: (s) => {
      if (!options.quiet) process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
    },
  }).catch(async (e: unknown) => {
    await analyser.close();
    await store.close();
    throw e;
  });
  const { jobs, tally } = opened;
  stop.listen();
  const show = progress(process.stderr);
  let told = "";
  const status = setInterval(() => {
    const line = statusOf(tally);
    show.update(line);
    if (line !== told && !options.quiet) process.stdout.write(`corroborate worker: ${line}\n`);
    told = line;
  }, STATUS_EVERY_MS);
  if (!options.quiet)
    process.stderr.write(
      `corroborate: working the queues of the ${store.engine} store ${store.location}` +
        (options.untilIdle ? " until they are empty\n" : " (Ctrl-C or SIGTERM to stop)\n"),
    );
  let failures = 0;
  try {
    if (options.untilIdle) failures = await workUntilIdle(store, jobs, stop.signal);
    else await stop.stopped;
    show.done();
    process.stdout.write(
      `corroborate worker: ${statusOf(tally)}; ${plural(await storyCount(store), "story", "stories")} ` +
        `(${store.engine} store: ${store.location})\n`,
    );
    return failures > 0 ? 1 : 0;
  } finally {
    clearInterval(status);
    stop.dispose();
    await jobs.stop();
    await analyser.close();
    await store.close();
  }
}

/**
 * Works until no job is queued or running (here or in another worker) and no article waits for
 * analysis; returns how many jobs failed for good. Articles left queued with no job (their
 * queueing process died) are given one first.
 */
async function workUntilIdle(store: Store, jobs: Jobs, signal: AbortSignal): Promise<number> {
  let failures = 0;
  for (let left = -1; !signal.aborted;) {
    const draining = jobs.drain();
    // Stopped first, the drain ends in an error nobody waits for.
    draining.catch(() => {});
    const drained = await Promise.race([
      draining,
      new Promise<null>((resolve) => signal.addEventListener("abort", () => resolve(null))),
    ]);
    if (drained === null) break;
    for (const f of drained.failed)
      process.stderr.write(`corroborate: ${jobName(f)} failed: ${f.message}\n`);
    failures += drained.failed.length;
    const queued = await queuedCount(store);
    if (queued === 0) break;
    if (queued === left) {
      process.stderr.write(
        `corroborate: ${plural(queued, "article")} still queued after their analysis failed; ` +
          "the next worker tries again\n",
      );
      return failures + 1;
    }
    left = queued;
    for (const ids of await queuedBefore(store, 0)) await jobs.sendArticleAnalysis(ids);
  }
  return failures;
}
