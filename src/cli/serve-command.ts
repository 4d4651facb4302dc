import { DEFAULT_POLL_SETTINGS } from "../feeds/poll.js";
import { runFeeds } from "../feeds/run.js";
import { DEFAULT_INTERVAL_SECONDS, systemClock } from "../feeds/schedule.js";
import { reasonOf } from "../ingest/read-inputs.js";
import { DEFAULT_THREADS, openAnalyser, POOL_IDLE_MS } from "../pipeline/article-pool.js";
import { defaultContext, type Context } from "../pipeline/context.js";
import { pageRoutes } from "../server/pages.js";
import { refusalToServe, startService } from "../server/service.js";
import { openStoreForCommand, type StoreOptions } from "./open-store.js";
import { stopSignals } from "./stop-signals.js";

export type ServeOptions = StoreOptions & {
  readonly host: string;
  readonly port: number;
  /** From --token or CORROBORATE_TOKEN (main.ts reads the environment). */
  readonly token: string | null;
  readonly pollFeeds: boolean;
  readonly today?: string;
  /** Threads running the article stages of an ingest or a feed poll (1: this thread, no pool). */
  readonly threads?: number;
};

/** A story's aggregation waits this long for more articles of a burst to join it. */
const STORY_DELAY_SECONDS = 2;

/**
 * `corroborate serve`: the HTTP API on the store, with the jobs worker in this process, until
 * Ctrl-C or SIGTERM (then: the server closes, the running job ends, the store closes).
 */
export async function serveCommand(options: ServeOptions): Promise<number> {
  const refusal = refusalToServe(options.host, options.token);
  if (refusal !== null) {
    process.stderr.write(`corroborate: ${refusal}\n`);
    return 2;
  }
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  const contextAt = (now: Date): Context =>
    defaultContext({ today: options.today ?? now.toISOString().slice(0, 10) });
  const log = (e: Error): void => {
    process.stderr.write(`corroborate: ${reasonOf(e)}\n`);
  };
  // Threads start with an ingest's first article and stop when idle, freeing their memory.
  const analyser = openAnalyser(options.threads ?? DEFAULT_THREADS, {
    idleMs: POOL_IDLE_MS,
  });
  let service;
  try {
    service = await startService(store, {
      host: options.host,
      port: options.port,
      token: options.token,
      contextNow: () => contextAt(systemClock.now()),
      analyser,
      now: () => systemClock.now(),
      storyDelaySeconds: STORY_DELAY_SECONDS,
      onError: log,
      pages: pageRoutes(store),
    });
  } catch (e) {
    await analyser.close();
    await store.close();
    process.stderr.write(`corroborate: ${reasonOf(e)}\n`);
    return 1;
  }
  const stop = stopSignals();
  stop.listen();
  process.stdout.write(
    `corroborate: serving ${store.engine} store ${store.location} at ${service.url}/ (API under ${service.url}/api/)` +
      (options.token === null ? "" : " (writes need the token)") +
      "\n",
  );
  // Feed polling is the one thing that reaches out; it runs only when asked for.
  const polling = options.pollFeeds
    ? runFeeds(store, {
        ...DEFAULT_POLL_SETTINGS,
        intervalSeconds: DEFAULT_INTERVAL_SECONDS,
        once: false,
        clock: systemClock,
        signal: stop.signal,
        contextAt,
        analyser,
        onPoll: (report) => {
          if (report.kind === "failed")
            process.stderr.write(`corroborate: feed ${report.feed.url}: ${report.reason}\n`);
        },
        // The worker in this process takes the new articles in; the server goes on answering.
        afterAdding: () => service.sendCorpusUpdate(),
      }).catch((e: unknown) => {
        log(e instanceof Error ? e : new Error(String(e)));
      })
    : Promise.resolve();
  try {
    await stop.stopped;
    await polling;
    return 0;
  } finally {
    stop.dispose();
    await service.close();
    await analyser.close();
    await store.close();
  }
}
