import { readInputs, type IngestResult } from "../ingest/read-inputs.js";
import type { Corpus } from "../model/index.js";
import { DEFAULT_THREADS, openAnalyser } from "../pipeline/article-pool.js";
import { defaultContext } from "../pipeline/context.js";
import { corpusStagesThrough, runCorpusStages, type ArticleOutcome } from "../pipeline/run.js";
import { progress } from "./progress.js";

export type InputOptions = {
  readonly maxMb: number;
  readonly today?: string;
  readonly quiet: boolean;
  /**
   * Threads running the article stages: 1 is this thread alone, more a pool of workers; not
   * given, `DEFAULT_THREADS`.
   */
  readonly threads?: number;
};

/**
 * What every command does first: read the inputs with progress on a terminal and report skipped
 * inputs on standard error. Null when nothing usable was read (exit 1).
 */
export async function readArticles(
  paths: readonly string[],
  options: InputOptions,
): Promise<IngestResult | null> {
  const show = progress(process.stderr);
  let files = 0;
  const ingest = await readInputs(paths, {
    maxBytes: options.maxMb * 1024 * 1024,
    stdin: process.stdin,
    onInput: (input) => show.update(`reading ${++files}: ${input}`),
  });
  show.done();
  if (!options.quiet) {
    for (const s of ingest.skipped)
      process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
    for (const w of ingest.warnings)
      process.stderr.write(`corroborate: note ${w.input}: ${w.reason}\n`);
  }
  if (ingest.articles.length === 0) {
    process.stderr.write("corroborate: no usable articles in the given inputs\n");
    return null;
  }
  return ingest;
}

/** Reads the inputs (see `readArticles`) and runs the pipeline on them. */
export async function analyseInputs(
  paths: readonly string[],
  options: InputOptions,
  /** The last corpus stage the command needs (see `RunOptions.through`); all by default. */
  through?: string,
): Promise<{ corpus: Corpus; ingest: IngestResult } | null> {
  const ingest = await readArticles(paths, options);
  if (ingest === null) return null;
  corpusStagesThrough(through); // a stage name it does not know fails before any work
  const ctx = defaultContext(options.today ? { today: options.today } : {});
  const show = progress(process.stderr);
  // Closed once the articles are analysed, so that its threads' memory is free for the corpus
  // stages.
  const analyser = openAnalyser(options.threads ?? DEFAULT_THREADS);
  let outcomes: ArticleOutcome[];
  try {
    outcomes = await analyser.analyse(ingest.articles, ctx, (done, total) =>
      show.update(`analysing ${done}/${total}`),
    );
  } finally {
    await analyser.close();
  }
  const corpus = runCorpusStages(outcomes, ingest.skipped, ctx, through);
  show.done();
  // The inputs skipped before analysis were listed by readArticles; these are the ones the
  // article stages could not read, which follow them.
  if (!options.quiet)
    for (const s of corpus.skipped.slice(ingest.skipped.length))
      process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
  if (corpus.articles.length === 0) {
    process.stderr.write("corroborate: no usable articles in the given inputs\n");
    return null;
  }
  return { corpus, ingest };
}
