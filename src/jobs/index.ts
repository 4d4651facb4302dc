/**
 * The store's job queues: the corpus update and the re-clustering of the open window (each one
 * at a time) and the aggregation of each story
 * (one per story at a time, repeated asks joined), on pg-boss in the store's own database, so
 * they work the same on the embedded engine and on a PostgreSQL server. See docs/store.md.
 */
export {
  openJobs,
  jobName,
  CORPUS_QUEUE,
  RECLUSTER_QUEUE,
  RECLUSTER_CATCH_UP_QUEUE,
  STORY_QUEUE,
  ANALYSIS_QUEUE,
  JOBS_SCHEMA,
  type Jobs,
  type JobsOptions,
  type JobHandlers,
  type JobFailure,
  type DrainReport,
} from "./open-jobs.js";
