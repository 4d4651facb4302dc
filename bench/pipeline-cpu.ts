/**
 * CPU time of the whole pipeline and of each stage on the real news texts of `realArticles`
 * (the GGT and PolNeAR texts when ../shared is there), for comparing two versions of the code on
 * a busy machine, where wall-clock rates move by a factor of two between identical runs and CPU
 * time far less. Each figure is the least CPU time of several passes.
 *
 *   npx tsx bench/pipeline-cpu.ts [CHECKOUT] [--passes N]
 *
 * CHECKOUT is another checkout of this repository (a `git worktree` of an earlier commit, say):
 * its code is measured on the same texts, read by this checkout. Run it alternately with and
 * without a CHECKOUT and compare the lines. Checkouts from before the stage contracts (which
 * named the first step `unanalysed` and started the corpus with empty stories) work too.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { EVAL_TODAY, hasShared, rawFromText, sharedPath } from "../eval/shared.js";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const passesAt = args.indexOf("--passes");
const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 5;
const root = resolve(args.find((a, i) => !a.startsWith("--") && i !== passesAt + 1) ?? ".");
if (!Number.isInteger(passes) || passes < 1) {
  process.stderr.write("--passes takes a positive whole number\n");
  process.exit(2);
}

type Stage = { name: string; run: (input: unknown, ctx: unknown) => unknown };
const load = async (path: string): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(resolve(root, path)).href)) as Record<string, unknown>;
const run = await load("src/pipeline/run.ts");
const stages = await load("src/pipeline/stages.ts");
const { defaultContext } = (await load("src/pipeline/context.ts")) as {
  defaultContext: (o: object) => unknown;
};
const first = (run.draftArticle ?? run.unanalysed) as (raw: unknown) => unknown;
const runPipeline = run.runPipeline as (
  raws: unknown[],
  skipped: unknown[],
  ctx: unknown,
) => unknown;
const articleStages = stages.ARTICLE_STAGES as Stage[];
const corpusStages = stages.CORPUS_STAGES as Stage[];

const texts: string[] = [];
for (const [set, file] of [
  ["ggt-quotes", "articles.jsonl"],
  ["polnear", "dev.jsonl"],
] as const) {
  if (!hasShared("datasets", set)) continue;
  for (const line of readFileSync(sharedPath("datasets", set, file), "utf8").split("\n"))
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}
if (texts.length === 0) {
  process.stderr.write("no texts: this needs ../shared/datasets (ggt-quotes, polnear)\n");
  process.exit(1);
}
const raws = texts.map((t, i) => rawFromText(`bench-${i}`, t));
const ctx = defaultContext({ today: EVAL_TODAY });

const cpuMs = (work: () => void): number => {
  const start = process.cpuUsage();
  work();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

runPipeline(raws, [], ctx); // warm up the JIT and the lazily read data
const best = new Map<string, number>();
const keep = (name: string, ms: number): void => {
  best.set(name, Math.min(best.get(name) ?? Infinity, ms));
};
for (let p = 0; p < passes; p++) {
  keep(
    "whole pipeline",
    cpuMs(() => runPipeline(raws, [], ctx)),
  );
  let items = raws.map(first);
  for (const stage of articleStages)
    keep(
      stage.name,
      cpuMs(() => (items = items.map((a) => stage.run(a, ctx)))),
    );
  let corpus: unknown = run.draftArticle
    ? { articles: items, skipped: [] }
    : { articles: items, skipped: [], stories: [] };
  for (const stage of corpusStages)
    keep(
      stage.name,
      cpuMs(() => (corpus = stage.run(corpus, ctx))),
    );
}
process.stdout.write(
  `${root}: ${raws.length} articles, least CPU ms of ${passes} passes\n` +
    [...best].map(([name, ms]) => `  ${name.padEnd(16)} ${ms.toFixed(0).padStart(6)}`).join("\n") +
    "\n",
);
