/**
 * The claims and summary stages alone, on a generated corpus (stories of origins, reports and
 * planted copies): every earlier stage runs first and is not timed; then each of the two stages
 * runs `--repeat` times over the whole corpus on one core, and the best run counts.
 *
 *   npx tsx bench/claims-bench.ts [--count 2000] [--repeat 3]
 */
import { performance } from "node:perf_hooks";
import type { Corpus, CorpusDraft } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { CORPUS_STAGES } from "../src/pipeline/stages.js";
import { findClaims } from "../src/stages/claims/claims.js";
import { summarizeStories } from "../src/stages/summary/summary.js";
import { generateArticles, loadBase, toRawArticle } from "./generate.js";

/** The target for a stage. */
const TARGET_PER_SECOND = 500;

const args = process.argv.slice(2);
const count = args.includes("--count") ? Number(args[args.indexOf("--count") + 1]) : 2000;
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 3;
const ctx = defaultContext({ today: "2026-11-23" });

const base = await loadBase();
const articles = [...generateArticles(base, { count, seed: 20261123 })].map((g) =>
  runArticleStages(toRawArticle(g), ctx),
);
let draft: CorpusDraft = { articles, skipped: [] };
for (const stage of CORPUS_STAGES) {
  if (stage.name === "claims") break;
  draft = stage.run(draft, ctx);
}
const corpus: Corpus = { ...draft, stories: draft.stories ?? [] };

function best(run: () => Corpus): { ms: number; out: Corpus } {
  let ms = Infinity;
  let out = corpus;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    out = run();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, out };
}

const claims = best(() => findClaims(corpus));
const { readings, claims: found } = claims.out;
if (!readings || !found) throw new Error("the claims stage gave no readings");
const summary = best(() => summarizeStories({ ...claims.out, readings, claims: found }));
const sizes = corpus.stories.map((s) => s.articles.length);
const per = (ms: number): string => ((articles.length / ms) * 1000).toFixed(0);
process.stdout.write(
  [
    `${articles.length} articles, ${corpus.stories.length} stories (largest ${Math.max(...sizes)} articles)`,
    `claims:  ${claims.ms.toFixed(0)} ms, ${per(claims.ms)} articles/s, ${claims.out.claims!.length} claims (${claims.out.claims!.filter((c) => c.status === "corroborated").length} corroborated)`,
    `summary: ${summary.ms.toFixed(0)} ms, ${per(summary.ms)} articles/s`,
    `target:  ${TARGET_PER_SECOND} articles/s each`,
    "",
  ].join("\n"),
);
