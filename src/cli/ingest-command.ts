import { inProcessAnalyser, type ArticleAnalyser } from "../pipeline/analyser.js";
import { DEFAULT_THREADS, openAnalyser } from "../pipeline/article-pool.js";
import type { IngestResult } from "../ingest/read-inputs.js";
import { defaultContext } from "../pipeline/context.js";
import { jobName, openJobs, type JobFailure } from "../jobs/index.js";
import { queueArticles } from "../store/queue.js";
import { openCorpusJobs } from "../service/corpus-jobs.js";
import { storyCount } from "../service/update-store.js";
import { ingestArticles } from "../store/ingest.js";
import { openStoreForCommand, type StoreOptions } from "./open-store.js";
import { readArticles, type InputOptions } from "./analyse-inputs.js";
import { progress } from "./progress.js";

export type IngestOptions = InputOptions &
  StoreOptions & {
    /** Queue the articles for `corroborate worker` processes instead of analysing them here. */
    readonly queue?: boolean;
  };

/**
 * `corroborate ingest`: reads the inputs, runs the article stages on each article the store does
 * not hold yet, and stores it with its analysis. Prints one summary line on standard output.
 */
export async function ingestCommand(
  paths: readonly string[],
  options: IngestOptions,
): Promise<number> {
  const read = await readArticles(paths, options);
  if (read === null) return 1;
  if (options.queue) return queueOnly(read, options);
  const analyser = openAnalyser(options.threads ?? DEFAULT_THREADS);
  try {
    return await ingestWith(analyser, read, options);
  } finally {
    await analyser.close();
  }
}

async function ingestWith(
  analyser: ArticleAnalyser,
  read: IngestResult,
  options: IngestOptions,
): Promise<number> {
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  const show = progress(process.stderr);
  try {
    const ctx = defaultContext(options.today ? { today: options.today } : {});
    const report = await ingestArticles(store, read.articles, ctx, {
      analyser,
      onArticle: (done, total) => show.update(`analysing and storing ${done}/${total}`),
    });
    // The corpus update needs no threads: their memory is freed for it.
    await analyser.close();
    show.update("finding reuse and stories");
    // The corpus update and the stories' aggregation run as jobs, so work a killed ingest left
    // (here or in an earlier run) is finished now; the command returns when none is left.
    const { jobs, tally } = await openCorpusJobs(store, () => ctx, {
      onError: (e) => process.stderr.write(`corroborate: job queue: ${e.message}\n`),
      // Articles an earlier `ingest --queue` left for workers are analysed here too: the corpus
      // update takes no article after the first still queued, so this ingest's would wait.
      analyser: inProcessAnalyser(),
      onSkip: (s) => {
        if (!options.quiet) process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
      },
    });
    let failed: readonly JobFailure[] = [];
    try {
      await jobs.sendCorpusUpdate();
      ({ failed } = await jobs.drain());
    } finally {
      await jobs.stop();
    }
    const stories = await storyCount(store);
    show.done();
    for (const f of failed)
      process.stderr.write(`corroborate: ${jobName(f)} failed: ${f.message}\n`);
    if (!options.quiet)
      for (const s of report.skipped)
        process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
    const skipped = read.skipped.length + report.skipped.length;
    process.stdout.write(
      `stored ${report.added.length} new article${report.added.length === 1 ? "" : "s"}, ` +
        `${report.known} already known, ${skipped} input${skipped === 1 ? "" : "s"} ` +
        `skipped; ${stories} stor${stories === 1 ? "y" : "ies"}, ` +
        `${tally.briefsWritten} brief${tally.briefsWritten === 1 ? "" : "s"} written ` +
        `(${store.engine} store: ${store.location})\n`,
    );
    // A failed job leaves its work for the next ingest or run, which retries it.
    return failed.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

/**
 * `ingest --queue`: stores the articles not stored or queued yet in the queue, each batch with
 * an analysis job, and returns; `corroborate worker` processes (or `serve`) analyse them.
 */
async function queueOnly(read: IngestResult, options: IngestOptions): Promise<number> {
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  const show = progress(process.stderr);
  try {
    const jobs = await openJobs(store, {
      onError: (e) => process.stderr.write(`corroborate: job queue: ${e.message}\n`),
    });
    let report;
    try {
      report = await queueArticles(store, read.articles, async (ids, done) => {
        await jobs.sendArticleAnalysis(ids);
        show.update(`queueing ${Math.min(done, read.articles.length)}/${read.articles.length}`);
      });
    } finally {
      await jobs.stop();
    }
    show.done();
    if (!options.quiet)
      for (const s of report.skipped)
        process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
    const queued = report.batches.reduce((n, b) => n + b.length, 0);
    const skipped = read.skipped.length + report.skipped.length;
    process.stdout.write(
      `queued ${queued} new article${queued === 1 ? "" : "s"} for analysis ` +
        `(${report.batches.length} job${report.batches.length === 1 ? "" : "s"}), ` +
        `${report.known} already known, ${skipped} input${skipped === 1 ? "" : "s"} skipped ` +
        `(${store.engine} store: ${store.location}); corroborate worker analyses them\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
