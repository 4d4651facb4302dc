import { openJobs, type Jobs, type JobsOptions } from "../jobs/index.js";
import type { Context } from "../pipeline/context.js";
import type { Store } from "../store/open.js";
import { reclusterBehind, reclusterDue, reclusterOpenWindow } from "../store/recluster.js";
import { staleStories } from "../store/stories.js";
import { aggregateStory } from "./aggregate-story.js";
import { takeInNewArticles } from "./update-store.js";

/** What the jobs of this process did, counted as they finish. */
export type JobTally = {
  indexed: number;
  newPairs: number;
  briefsWritten: number;
  /** Articles the re-clusterings of the open window moved to another story. */
  reclusterMoved: number;
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
  options: JobsOptions = {},
): Promise<{ readonly jobs: Jobs; readonly tally: Readonly<JobTally> }> {
  const jobs = await openJobs(store, options);
  const tally: JobTally = { indexed: 0, newPairs: 0, briefsWritten: 0, reclusterMoved: 0 };
  jobs.work({
    updateCorpus: async () => {
      const taken = await takeInNewArticles(store);
      tally.indexed += taken.indexed;
      tally.newPairs += taken.newPairs;
      // Read from the store, not from this run: a run killed after its writes leaves them stale
      // (and the re-clustering due).
      return {
        touchedStories: await staleStories(store, Number.MAX_SAFE_INTEGER),
        reclusterDue: await reclusterDue(store.db),
        reclusterBehind: await reclusterBehind(store.db),
      };
    },
    reclusterWindow: async () => {
      // A catch-up that finds a re-clustering ran since has nothing to do.
      if (await reclusterBehind(store.db)) {
        const done = await reclusterOpenWindow(store);
        tally.reclusterMoved += done.moved;
      }
      return { touchedStories: await staleStories(store, Number.MAX_SAFE_INTEGER) };
    },
    aggregateStory: async (id) => {
      if ((await aggregateStory(store, id, contextNow())) === "written") tally.briefsWritten++;
    },
  });
  return { jobs, tally };
}
