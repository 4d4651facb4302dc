import { DEFAULT_POLL_SETTINGS, type PollReport } from "../feeds/poll.js";
import { runFeeds } from "../feeds/run.js";
import { systemClock } from "../feeds/schedule.js";
import { DEFAULT_THREADS, openAnalyser, POOL_IDLE_MS } from "../pipeline/article-pool.js";
import { defaultContext, type Context } from "../pipeline/context.js";
import { jobName } from "../jobs/index.js";
import { openCorpusJobs } from "../service/corpus-jobs.js";
import { storyCount } from "../service/update-store.js";
import { listFeeds } from "../store/feeds.js";
import { shownTime } from "./feeds-command.js";
import { openStoreForCommand, type StoreOptions } from "./open-store.js";
import { stopSignals } from "./stop-signals.js";

export type RunCommandOptions = StoreOptions & {
  readonly intervalSeconds: number;
  readonly once: boolean;
  readonly today?: string;
  /** Threads running the article stages of the items read (1: this thread, no pool). */
  readonly threads?: number;
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line per poll, on standard output; what an item's reading skipped, on standard error. */
function reportPoll(report: PollReport, quiet: boolean): void {
  const name = `feed ${report.feed.id} ${report.feed.url}`;
  switch (report.kind) {
    case "not-modified":
      process.stdout.write(`${name}: not modified\n`);
      return;
    case "failed":
      process.stdout.write(
        `${name}: failed (${report.failures} in a row): ${report.reason}; ` +
          `next try ${shownTime(report.nextPollAt)}\n`,
      );
      return;
    case "read":
      process.stdout.write(
        `${name}: ${plural(report.items, "item")}, ${report.added.length} new, ` +
          `${report.known} known, ${report.skipped.length} skipped` +
          (report.retried.length ? `, ${report.retried.length} to read again` : "") +
          "\n",
      );
      if (quiet) return;
      for (const s of report.skipped)
        process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
      for (const s of report.retried)
        process.stderr.write(`corroborate: will read ${s.input} again: ${s.reason}\n`);
  }
}

/**
 * `corroborate run`: polls the store's feeds on their schedule until stopped (Ctrl-C or
 * SIGTERM: the polls under way finish, then the store is closed and its lock released), or
 * once with `--once`.
 */
export async function runCommand(options: RunCommandOptions): Promise<number> {
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  const stop = stopSignals("the polls under way");
  const contextAt = (now: Date): Context =>
    defaultContext({ today: options.today ?? now.toISOString().slice(0, 10) });
  let today = contextAt(systemClock.now());
  // Threads start with a round's first article and stop when idle: most rounds find nothing new.
  const analyser = openAnalyser(options.threads ?? DEFAULT_THREADS, {
    idleMs: POOL_IDLE_MS,
  });
  const opened = await openCorpusJobs(store, () => today, {
    onError: (e) => process.stderr.write(`corroborate: job queue: ${e.message}\n`),
    // Articles `ingest --queue` left are analysed here too (the corpus update waits for them).
    analyser,
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
  try {
    if ((await listFeeds(store)).length === 0)
      process.stderr.write(
        "corroborate: no feeds to poll yet: add one with corroborate feeds add URL\n",
      );
    const polls = await runFeeds(store, {
      ...DEFAULT_POLL_SETTINGS,
      intervalSeconds: options.intervalSeconds,
      once: options.once,
      clock: systemClock,
      signal: stop.signal,
      contextAt,
      analyser,
      onPoll: (report) => reportPoll(report, options.quiet ?? false),
      // As after `corroborate ingest`: reuse, stories and the briefs of the stories that changed.
      // As jobs, so work a killed run left is finished by the next; the round waits for them.
      afterAdding: async (now) => {
        today = contextAt(now);
        const before = tally.briefsWritten;
        await jobs.sendCorpusUpdate();
        const { failed } = await jobs.drain();
        for (const f of failed)
          process.stderr.write(`corroborate: ${jobName(f)} ` + `failed: ${f.message}\n`);
        process.stdout.write(
          `${plural(await storyCount(store), "story", "stories")}, ` +
            `${plural(tally.briefsWritten - before, "brief")} written\n`,
        );
      },
    });
    if (!options.quiet)
      process.stderr.write(
        `corroborate: ${plural(polls, "poll")} (${store.engine} store: ${store.location})\n`,
      );
    return 0;
  } finally {
    stop.dispose();
    // The jobs first: a running analysis job still uses the analyser.
    await jobs.stop();
    await analyser.close();
    await store.close();
  }
}
