import { openJobs, type Jobs, type JobsOptions } from "../jobs/index.js";
import type { Skip } from "../model/index.js";
import type { ArticleAnalyser } from "../pipeline/analyser.js";
import { queuedBefore, queuedCount } from "../store/queue.js";
import { analyseQueued } from "./analyse-queued.js";
import type { Context } from "../pipeline/context.js";
import type { Store } from "../store/open.js";
import { reclusterBehind, reclusterDue, reclusterOpenWindow } from "../store/recluster.js";
import { staleStories } from "../store/stories.js";
import { aggregateStory } from "./aggregate-story.js";
import { takeInNewArticles } from "./update-store.js";

/** What the jobs of this process did, counted as they finish. */
export type JobTally = {
  /** Queued articles this process analysed and stored. */
  analysed: number;
  /** Queued articles whose analysis failed (each also told to `onSkip`). */
  analysisSkipped: number;
  indexed: number;
  newPairs: number;
  briefsWritten: number;
  /** Articles the re-clusterings of the open window moved to another story. */
  reclusterMoved: number;
};

/** The stale stories, or none while articles wait for analysis. */
async function staleUnlessQueued(store: Store): Promise<string[]> {
  if ((await queuedCount(store)) > 0) return [];
  return staleStories(store, Number.MAX_SAFE_INTEGER);
}

/**
 * Queued articles with no analysis job for this long are given one: long enough that a queueing
 * process still running has asked for theirs, so none is analysed twice.
 */
const FORGOTTEN_AFTER_SECONDS = 60;

export type CorpusJobsOptions = JobsOptions & {
  /**
   * Runs the article stages of queued articles (`corroborate ingest --queue`); without it this
   * process leaves their analysis to processes that have one (`corroborate worker`).
   */
  readonly analyser?: ArticleAnalyser;
  /** Told each queued article whose analysis failed: it leaves the queue. */
  readonly onSkip?: (skip: Skip) => void;
};

/**
 * The store's corpus work as jobs on its own database (issue 15, item 4): the corpus update
 * takes the new articles in; the re-clustering of the open window follows it (once for a burst
 * of updates) and names every stale story; each story's aggregation is a job of its own, one per story at a time, repeated asks joined. Both are idempotent, so a job whose
 * process was killed runs again from the start when the store is next opened with jobs.
 * `contextNow` gives each job the day it runs on.
 */
export async function openCorpusJobs(
  store: Store,
  contextNow: () => Context,
  options: CorpusJobsOptions = {},
): Promise<{ readonly jobs: Jobs; readonly tally: Readonly<JobTally> }> {
  const jobs = await openJobs(store, options);
  const tally: JobTally = {
    analysed: 0,
    analysisSkipped: 0,
    indexed: 0,
    newPairs: 0,
    briefsWritten: 0,
    reclusterMoved: 0,
  };
  const { analyser } = options;
  jobs.work({
    ...(analyser === undefined
      ? {}
      : {
          analyseArticles: async (ids) => {
            const done = await analyseQueued(store, ids, contextNow(), analyser);
            tally.analysed += done.stored;
            tally.analysisSkipped += done.skipped.length;
            for (const skip of done.skipped) options.onSkip?.(skip);
          },
          queuedWithoutJob: () => queuedBefore(store, FORGOTTEN_AFTER_SECONDS),
        }),
    updateCorpus: async () => {
      const taken = await takeInNewArticles(store);
      tally.indexed += taken.indexed;
      tally.newPairs += taken.newPairs;
      tally.reclusterMoved += taken.reclusterMoved;
      // Read from the store, not from this run: a run killed after its writes leaves them stale
      // (and the re-clustering due). None while articles are queued for analysis: stories wait
      // for them (see `corpusBehind` in open-jobs.ts), and the update after the last batch names
      // them all, instead of every update asking again for every story stale so far.
      return {
        touchedStories: await staleUnlessQueued(store),
        reclusterDue: await reclusterDue(store.db),
        reclusterBehind: await reclusterBehind(store.db),
      };
    },
    reclusterWindow: async () => {
      // A catch-up that finds a re-clustering ran since has nothing to do; nor one that finds
      // articles still queued for analysis: the corpus update after their analysis re-clusters
      // when that is due, or asks for another catch-up.
      if ((await reclusterBehind(store.db)) && (await queuedCount(store)) === 0) {
        const done = await reclusterOpenWindow(store);
        tally.reclusterMoved += done.moved;
      }
      return { touchedStories: await staleUnlessQueued(store) };
    },
    aggregateStory: async (id) => {
      if ((await aggregateStory(store, id, contextNow())) === "written") tally.briefsWritten++;
    },
  });
  return { jobs, tally };
}
