import { reasonOf } from "../ingest/read-inputs.js";
import type { Context } from "../pipeline/context.js";
import { claimDueFeed, nextDueAt, recordPollFailure } from "../store/feeds.js";
import type { Store } from "../store/open.js";
import { pollFeed, type PollReport, type PollSettings } from "./poll.js";
import { claimedUntil, nextPollAfterFailure, type Clock } from "./schedule.js";

/**
 * The longest sleep between looks at the schedule. Feeds added meanwhile by another process (on a
 * PostgreSQL store; an embedded one is held by the poller) are seen within this.
 */
export const MAX_IDLE_MS = 60_000;

/** Feeds polled at once: their network waits overlap; analysis still runs one article at a time. */
export const DEFAULT_CONCURRENCY = 4;

export type RunOptions = PollSettings & {
  readonly clock: Clock;
  /** Aborted, the run finishes the polls under way and returns. */
  readonly signal: AbortSignal;
  /** Poll what is due once and return, instead of running until stopped. */
  readonly once: boolean;
  readonly concurrency?: number;
  /** The article stages' context for articles read at a given time (its `today`). */
  readonly contextAt: (now: Date) => Context;
  /** Told about each poll as it ends. */
  readonly onPoll?: (report: PollReport) => void;
  /**
   * Run after a round of polls that added articles (not when stopping): the corpus-wide update
   * (reuse, stories, briefs) works on the whole store, so it runs once per round, not per feed.
   */
  readonly afterAdding?: (now: Date) => Promise<void>;
};

/**
 * One poll, whatever happens inside it: an error that is not the feed's own (a page that breaks
 * the reader, a bug) is recorded on the feed like a failed poll, so one feed cannot stop the
 * others. Only the store failing ends the run.
 */
async function pollSafely(store: Store, options: RunOptions): Promise<PollReport | null> {
  const now = options.clock.now();
  const feed = await claimDueFeed(store, now, claimedUntil(now));
  if (feed === null) return null;
  try {
    return await pollFeed(store, feed, now, options.contextAt(now), options);
  } catch (e) {
    const failures = feed.failures + 1;
    const reason = `the poll failed: ${reasonOf(e)}`;
    const nextPollAt = nextPollAfterFailure(now, failures, options.intervalSeconds);
    await recordPollFailure(store, feed.id, { failures, reason, nextPollAt });
    return { feed, nextPollAt, kind: "failed", failures, reason };
  }
}

/** Polls due feeds until none is due or the run is stopped: how many polls, how many articles. */
async function pollDueFeeds(
  store: Store,
  options: RunOptions,
): Promise<{ polls: number; added: number }> {
  let polls = 0;
  let added = 0;
  const worker = async (): Promise<void> => {
    while (!options.signal.aborted) {
      const report = await pollSafely(store, options);
      if (report === null) return;
      polls++;
      if (report.kind === "read") added += report.added.length;
      options.onPoll?.(report);
    }
  };
  const workers = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  await Promise.all(Array.from({ length: workers }, worker));
  return { polls, added };
}

/**
 * `corroborate run`: polls each feed when it is due, each by one poller at a time (a claim on the
 * feed's row), and sleeps until the next is due. With `once`, polls what is due now and returns.
 * Returns the number of polls made.
 */
export async function runFeeds(store: Store, options: RunOptions): Promise<number> {
  let polls = 0;
  for (;;) {
    const round = await pollDueFeeds(store, options);
    polls += round.polls;
    if (round.added > 0 && !options.signal.aborted)
      await options.afterAdding?.(options.clock.now());
    if (options.once || options.signal.aborted) return polls;
    const next = await nextDueAt(store);
    const wait = next === null ? MAX_IDLE_MS : next.getTime() - options.clock.now().getTime();
    await options.clock.sleep(Math.min(Math.max(wait, 0), MAX_IDLE_MS), options.signal);
  }
}
