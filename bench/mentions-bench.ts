/**
 * The mentions article stage alone (people, organisations and places), on real news texts (see
 * real-articles.ts), `--repeat` times on one core; the best run counts.
 *
 *   npx tsx bench/mentions-bench.ts [--repeat 5]
 */
import { performance } from "node:perf_hooks";
import { findMentions } from "../src/stages/entities/entities.js";
import { baselinePass, realArticles } from "./real-articles.js";

/** The target for the stage. */
const TARGET_PER_SECOND = 500;

const args = process.argv.slice(2);
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 5;
const articles = await realArticles();
let best = Infinity;
let mentions = 0;
for (let r = 0; r < repeat; r++) {
  const t0 = performance.now();
  mentions = 0;
  for (const a of articles) mentions += findMentions(a).mentions.length;
  best = Math.min(best, performance.now() - t0);
}
const words = articles.reduce((n, a) => n + a.words, 0);
const perSecond = (articles.length / best) * 1000;
const baseline = baselinePass(articles, repeat).ms;
process.stdout.write(
  `mentions stage: ${articles.length} articles (${Math.round(words / articles.length)} words each), ${mentions} mentions; best of ${repeat}: ${Math.round(best)} ms, ${Math.round(perSecond)} articles/s, ${(best / baseline).toFixed(1)}× the same-run baseline (hashing word 3-shingles: ${Math.round((articles.length / baseline) * 1000)} articles/s) — target ${TARGET_PER_SECOND}: ${perSecond >= TARGET_PER_SECOND ? "PASS" : "FAIL"}\n`,
);
