import type { ArticleAnalyser } from "../pipeline/analyser.js";
import { DEFAULT_THREADS, openAnalyser } from "../pipeline/article-pool.js";
import type { IngestResult } from "../ingest/read-inputs.js";
import { defaultContext } from "../pipeline/context.js";
import { jobName, type JobFailure } from "../jobs/index.js";
import { openCorpusJobs } from "../service/corpus-jobs.js";
import { storyCount } from "../service/update-store.js";
import { ingestArticles } from "../store/ingest.js";
import { openStoreForCommand, type StoreOptions } from "./open-store.js";
import { readArticles, type InputOptions } from "./analyse-inputs.js";
import { progress } from "./progress.js";

export type IngestOptions = InputOptions & StoreOptions;

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
