/**
 * The quotes article stage alone, on real news texts: the GenderGapTracker and PolNeAR dev
 * articles when ../shared is there, else the example corpus. Earlier stages run first and are
 * not timed; the stage then runs `--repeat` times over every article on one core.
 *
 *   npx tsx bench/quotes-bench.ts [--repeat 5]
 */
import { performance } from "node:perf_hooks";
import { realArticles } from "./real-articles.js";
import { articleQuotes } from "../src/stages/quotes/quotes.js";

/** The target for the stage. */
const TARGET_PER_SECOND = 500;

const args = process.argv.slice(2);
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 5;

const articles = await realArticles();
let best = Infinity;
let quotes = 0;
for (let r = 0; r < repeat; r++) {
  const t0 = performance.now();
  quotes = 0;
  for (const a of articles) quotes += articleQuotes(a).length;
  best = Math.min(best, performance.now() - t0);
}
const words = articles.reduce((n, a) => n + a.words, 0);
const perSecond = (articles.length / best) * 1000;
process.stdout.write(
  `quotes stage: ${articles.length} articles (${Math.round(words / articles.length)} words each), ${quotes} quotes; ` +
    `best of ${repeat}: ${best.toFixed(0)} ms, ${Math.round(perSecond)} articles/s — target ${TARGET_PER_SECOND}: ${perSecond >= TARGET_PER_SECOND ? "PASS" : "FAIL"}\n`,
);
