/**
 * The article stages in a pool of worker threads, so that a batch uses every core. The stages
 * are pure functions of the raw article and the context, so a worker needs nothing but those:
 * the context goes as plain data (`ContextData`) and the outcome comes back as a structured
 * clone, which keeps every field, typed array and key order, so the corpus is the one a run in
 * this thread makes.
 *
 * The pool is Piscina's (docs/dependencies.md): it queues the tasks, keeps one article per
 * thread at a time, and starts a new thread when one dies, rejecting only the task the dead one
 * held.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import type { RawArticle } from "../model/index.js";
import { inProcessAnalyser, type ArticleAnalyser } from "./analyser.js";
import { contextData, type Context } from "./context.js";
import type { ArticleTask, ArticleTaskResult } from "./article-worker.js";
import type { ArticleOutcome } from "./run.js";
import { StageOrderError } from "./stage.js";
import { reasonOf } from "../util/reason.js";
import { withSiteShared } from "../stages/clean/00-site-lines.js";

/**
 * The worker entry: `article-worker` beside this module, .js when built and .ts when run from
 * the TypeScript sources (tests, `npx tsx`), whichever this module is.
 */
const defaultWorker = (): URL =>
  new URL(`./article-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

/**
 * How a thread loads `worker`: a .ts entry needs tsx, and a worker does not inherit the loader
 * of the thread that starts it unless it is on the command line (under vitest it is not). Its
 * path is resolved here, so the thread finds it whatever the working folder.
 */
function execArgvFor(worker: URL): string[] {
  if (!worker.pathname.endsWith(".ts")) return [];
  return ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href];
}

/**
 * How long a long-running command (`serve`, `run`) keeps an idle thread: long enough to carry
 * a burst of ingests, short enough that a quiet server does not hold the stages' memory twice.
 */
export const POOL_IDLE_MS = 30_000;

export type ArticlePoolOptions = {
  /** Worker threads; at least 1. */
  readonly threads: number;
  /**
   * Milliseconds an idle thread is kept before it stops (a long-lived server's pool frees its
   * memory between ingests). Unset, the threads start at once and stay until `close`: a command
   * that analyses one batch has them ready while it reads its inputs.
   */
  readonly idleMs?: number;
  /**
   * The module each thread runs, default `article-worker`: its default export takes an
   * `ArticleTask` and returns an `ArticleTaskResult`. Tests give one that can die.
   */
  readonly worker?: URL;
};

/** The outcome of one task: the worker's, or, for a thread that died under it, a skip. */
function outcomeOf(
  raw: RawArticle,
  settled: PromiseSettledResult<ArticleTaskResult>,
  ctx: Context,
): ArticleOutcome {
  if (settled.status === "rejected")
    return {
      skip: {
        input: raw.id,
        reason: `the thread analysing it stopped (${reasonOf(settled.reason)})`,
      },
    };
  const result = settled.value;
  if ("stageOrderError" in result) throw new StageOrderError(result.stageOrderError);
  for (const line of result.logs) ctx.log(line);
  return result.outcome;
}

/** Opens a pool of `threads` worker threads running the article stages. Close it when done. */
export function openArticlePool(options: ArticlePoolOptions): ArticleAnalyser {
  const threads = Math.max(1, Math.floor(options.threads));
  const worker = options.worker ?? defaultWorker();
  const pool = new Piscina<ArticleTask, ArticleTaskResult>({
    filename: worker.href,
    execArgv: execArgvFor(worker),
    maxThreads: threads,
    minThreads: options.idleMs === undefined ? threads : 0,
    idleTimeout: options.idleMs ?? 0,
    // The threads' own timing histograms are not read.
    recordTiming: false,
  });
  // A thread that fails outside any task could not load the stages (the worker does nothing
  // between tasks): no thread will, Piscina starts no more, and the queued tasks would wait for
  // ever. Every analysis from then on fails with the reason.
  const broken = new Promise<never>((_, reject) =>
    pool.on("error", (e: unknown) =>
      reject(new Error(`the article threads could not start: ${reasonOf(e)}`)),
    ),
  );
  broken.catch(() => {}); // Seen by the next analysis, if there is one.
  let closing: Promise<void> | undefined;
  return {
    threads,
    async analyse(raws, ctx, onArticle) {
      const context = contextData(ctx);
      // (the batch's lines shared across a site's pages, as analyseInThisThread reads them)
      const batch = withSiteShared(raws);
      let done = 0;
      const settled = await Promise.race([
        broken,
        Promise.allSettled(
          batch.map((raw) =>
            pool.run({ raw, context }).finally(() => onArticle?.(++done, raws.length)),
          ),
        ),
      ]);
      // In input order, whatever order the threads finished in; logs replayed in that order too.
      return raws.map((raw, i) => outcomeOf(raw, settled[i]!, ctx));
    },
    // Once: a command may close it early, to free the threads' memory, and again on its way out.
    close: () => (closing ??= pool.destroy()),
  };
}

/**
 * Threads a command analyses with when not told: one, with no pool. Measured on the 2-core
 * machine, quiet (`npm run bench:threads -- --reps 2`, 2,088 real news texts): a pool of two
 * analysed 270–280 articles/s against 337–401 in one thread, and the whole pipeline ran at 0.84×,
 * since starting its threads (each loads the stages) and copying every article in and out cost
 * more than the split saves; the output is the same either way. `--threads N` asks for a pool.
 */
export const DEFAULT_THREADS = 1;

/**
 * The analyser for `threads` threads: 1 is this thread alone, with no pool and nothing to start;
 * more is a pool of that many worker threads (this thread then waits on them).
 */
export function openAnalyser(
  threads: number,
  options: Omit<ArticlePoolOptions, "threads"> = {},
): ArticleAnalyser {
  return threads <= 1 ? inProcessAnalyser() : openArticlePool({ ...options, threads });
}
