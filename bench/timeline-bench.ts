/**
 * The timeline stage alone (temporal expressions found and resolved, events read, merged into
 * one story's timeline), on real news texts: the GenderGapTracker and PolNeAR dev articles when
 * ../shared is there, else the example corpus. Earlier stages run first and are not timed; each
 * article gets a fixed date. The stage then runs `--repeat` times on one core.
 *
 *   npx tsx bench/timeline-bench.ts [--repeat 5]
 */
import { performance } from "node:perf_hooks";
import { realArticles } from "./real-articles.js";
import type { Article, Corpus } from "../src/model/index.js";
import { buildTimeline } from "../src/stages/timeline/timeline.js";

/** The target for the stage. */
const TARGET_PER_SECOND = 500;
/** A date for every article, so that every expression is resolved. */
const BENCH_DATE = "2025-02-11";

const args = process.argv.slice(2);
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 5;

const articles = (await realArticles()).map((a): Article => ({
  ...a,
  published: BENCH_DATE,
  publishedFrom: "metadata",
}));
const corpus: Corpus = {
  articles,
  skipped: [],
  stories: [
    { id: "s1", label: "bench", articles: articles.map((a) => a.id), from: null, to: null },
  ],
};
let best = Infinity;
let expressions = 0;
let events = 0;
for (let r = 0; r < repeat; r++) {
  const t0 = performance.now();
  const out = buildTimeline(corpus);
  best = Math.min(best, performance.now() - t0);
  expressions = out.articles.reduce((n, a) => n + (a.temporal?.length ?? 0), 0);
  events = out.timeline?.length ?? 0;
}
const words = articles.reduce((n, a) => n + a.words, 0);
const perSecond = (articles.length / best) * 1000;
process.stdout.write(
  `timeline stage: ${articles.length} articles (${Math.round(words / articles.length)} words each), ${expressions} expressions, ${events} events; ` +
    `best of ${repeat}: ${best.toFixed(0)} ms, ${Math.round(perSecond)} articles/s — target ${TARGET_PER_SECOND}: ${perSecond >= TARGET_PER_SECOND ? "PASS" : "FAIL"}\n`,
);
