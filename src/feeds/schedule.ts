/**
 * When a feed is polled next. Pure functions of the poll's time and the feed's record: the clock
 * is the caller's, so a test can walk a feed through a week of failures without waiting.
 */

/** How often a feed is polled when nothing goes wrong, unless `run --interval` says otherwise. */
export const DEFAULT_INTERVAL_SECONDS = 15 * 60;

/**
 * The longest wait after failures. A feed down for a day is still tried a few times a day, so it
 * comes back on its own when its server does; tried more often, a dead feed costs requests to
 * no use.
 */
export const MAX_BACKOFF_SECONDS = 6 * 60 * 60;

/** Where the time comes from: the real clock in the CLI, a hand-set one in tests. */
export type Clock = {
  now(): Date;
  /** Waits `ms`, or less when `signal` aborts (it never rejects). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
};

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done);
    }),
};

const after = (time: Date, seconds: number): Date => new Date(time.getTime() + seconds * 1000);

/** After a poll that worked (new items or none): the feed is due again one interval later. */
export function nextPollAfterSuccess(polledAt: Date, intervalSeconds: number): Date {
  return after(polledAt, intervalSeconds);
}

/**
 * The wait after the `failures`-th failure in a row: the interval doubled per failure (the first
 * failure waits two intervals), never more than `MAX_BACKOFF_SECONDS` unless the interval itself
 * is longer. A server asking for a longer wait (`Retry-After`) gets it.
 */
export function backoffSeconds(
  failures: number,
  intervalSeconds: number,
  retryAfterSeconds: number | null = null,
): number {
  const cap = Math.max(intervalSeconds, MAX_BACKOFF_SECONDS);
  // 2^failures overflows nothing below 2^1023; the exponent is clamped long before that matters.
  const doubled = intervalSeconds * 2 ** Math.min(failures, 30);
  return Math.max(Math.min(doubled, cap), retryAfterSeconds ?? 0);
}

/**
 * A `Retry-After` header as seconds from `now`: either form HTTP allows, a number of seconds or
 * a date. Null when there is none or it cannot be read.
 */
export function retryAfterSeconds(value: string | null, now: Date): number | null {
  if (value === null) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** After a failed poll: when to try again. */
export function nextPollAfterFailure(
  polledAt: Date,
  failures: number,
  intervalSeconds: number,
  retryAfterSeconds: number | null = null,
): Date {
  return after(polledAt, backoffSeconds(failures, intervalSeconds, retryAfterSeconds));
}

/**
 * How long a claimed poll keeps its feed from other pollers. A poll fetches the feed and perhaps
 * a page per item, each bounded by a timeout, so this is generous; a poller killed mid-poll
 * leaves its feed for this long, then another takes it.
 */
export const CLAIM_SECONDS = 10 * 60;

/** The time a claimed feed is held until. */
export function claimedUntil(now: Date): Date {
  return after(now, CLAIM_SECONDS);
}
