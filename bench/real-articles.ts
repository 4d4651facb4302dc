/**
 * Real news texts for the per-stage benchmarks: the GenderGapTracker articles and the PolNeAR
 * dev articles when ../shared is there, else the example corpus. Each text goes through the
 * article stages before the one measured (not timed), so the measured stage gets the input it
 * gets in the pipeline.
 */
import { readFileSync } from "node:fs";
import { analyzeFolder, EVAL_TODAY, hasShared, rawFromText, sharedPath } from "../eval/shared.js";
import type { Article } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { unanalysed } from "../src/pipeline/run.js";
import { ARTICLE_STAGES } from "../src/pipeline/stages.js";

const SOURCES = [
  ["ggt-quotes", "articles.jsonl"],
  ["polnear", "dev.jsonl"],
] as const;

function texts(): string[] {
  const out: string[] = [];
  for (const [set, file] of SOURCES) {
    if (!hasShared("datasets", set)) continue;
    for (const line of readFileSync(sharedPath("datasets", set, file), "utf8").split("\n"))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

/**
 * The articles, each through the article stages that run before `stage` (every article stage
 * when `stage` is not one of them, as for a corpus stage).
 */
export async function realArticles(stage: string): Promise<Article[]> {
  const ctx = defaultContext({ today: EVAL_TODAY });
  const found = texts();
  if (found.length === 0) return [...(await analyzeFolder("examples/corpus")).articles];
  return found.map((text, i) => {
    let a = unanalysed(rawFromText(`bench-${i}`, text));
    for (const s of ARTICLE_STAGES) {
      if (s.name === stage) break;
      a = s.run(a, ctx);
    }
    return a;
  });
}
