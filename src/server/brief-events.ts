import type { Store } from "../store/open.js";
import { storyIdOf } from "../service/store-brief.js";
import { briefsWrittenWithin } from "../store/stories.js";

/** A story's brief got a new version. */
export type BriefEvent = { readonly story: string; readonly version: number };

export type BriefSubscriber = {
  readonly onBrief: (event: BriefEvent) => void;
  /** The watcher closed (the server is stopping): end the stream. */
  readonly onClose: () => void;
};

/** New brief versions, told to every subscriber; one database query per tick for all of them. */
export type BriefEvents = {
  /** Starts telling `subscriber` of versions written from now on; call the result to stop. */
  subscribe(subscriber: BriefSubscriber): () => void;
  /** Stops watching and tells every subscriber so. */
  close(): Promise<void>;
};

export type BriefWatchOptions = {
  /** How often the store is asked (default 1 s). */
  readonly pollMs?: number;
  /**
   * How far back each ask looks (default 300 s): a version is stamped when its aggregation's
   * transaction began and visible once it commits, so the window must outlast the longest
   * aggregation, or a slow one's version would be stamped before the last ask and never seen.
   */
  readonly windowSeconds?: number;
  readonly onError?: (error: Error) => void;
};

const keyOf = (storyId: string, version: number): string => `${storyId}:${version}`;

/**
 * Watches the store for new brief versions by asking, once a tick while anyone listens, for
 * the versions written within a window and telling the ones not told before. A poll, not
 * LISTEN/NOTIFY: it works the same on the embedded engine and when the jobs that write briefs
 * run in another process on a PostgreSQL server.
 */
export function watchBriefs(store: Store, options: BriefWatchOptions = {}): BriefEvents {
  const pollMs = options.pollMs ?? 1000;
  const windowSeconds = options.windowSeconds ?? 300;
  const subscribers = new Set<BriefSubscriber>();
  /** Versions seen within the window: what the last ask returned. */
  let seen = new Set<string>();
  let loop: Promise<void> | null = null;
  let wakeEarly: (() => void) | null = null;
  let closed = false;

  /** One ask; `tell` false notes what is there without telling it (the first ask of a loop). */
  const ask = async (tell: boolean): Promise<void> => {
    try {
      const written = await briefsWrittenWithin(store, windowSeconds);
      const now = new Set<string>();
      for (const brief of written) {
        const key = keyOf(brief.storyId, brief.version);
        now.add(key);
        if (!tell || seen.has(key)) continue;
        const event = { story: storyIdOf(brief.storyId), version: brief.version };
        for (const s of subscribers) s.onBrief(event);
      }
      // What fell out of the window is forgotten: it cannot come back.
      seen = now;
    } catch (error) {
      options.onError?.(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const pause = (): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, pollMs);
      wakeEarly = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  /** Asks once a tick while anyone listens; stops when the last one leaves. */
  const run = async (): Promise<void> => {
    await ask(false);
    while (!closed && subscribers.size > 0) {
      await pause();
      if (!closed && subscribers.size > 0) await ask(true);
    }
    loop = null;
  };

  return {
    subscribe(subscriber) {
      if (closed) {
        subscriber.onClose();
        return () => {};
      }
      subscribers.add(subscriber);
      loop ??= run();
      return () => {
        subscribers.delete(subscriber);
      };
    },
    async close() {
      closed = true;
      wakeEarly?.();
      await loop;
      for (const s of [...subscribers]) s.onClose();
      subscribers.clear();
    },
  };
}
