/**
 * Real news texts for the per-stage benchmarks: the GenderGapTracker articles and the PolNeAR
 * dev articles when ../shared is there, else the example corpus. Each text goes through every
 * article stage (not timed); a stage bench then runs its own stage again on them, which reads
 * only what the stages before it added, so it gets the input it gets in the pipeline.
 */
import { readFileSync } from "node:fs";
import { analyzeFolder, EVAL_TODAY, hasShared, rawFromText, sharedPath } from "../eval/shared.js";
import type { Article } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { hashShingles } from "./shingle-baseline.js";

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

/** The articles, each through every article stage. */
export async function realArticles(): Promise<Article[]> {
  const ctx = defaultContext({ today: EVAL_TODAY });
  const found = texts();
  if (found.length === 0) return [...(await analyzeFolder("examples/corpus")).articles];
  return found.map((text, i) => runArticleStages(rawFromText(`bench-${i}`, text), ctx));
}

/**
 * The same-run yardstick for a stage bench: the best of `repeat` passes that hash the word
 * 3-shingles of every article's clean text in memory. A stage's time over this one cancels most
 * of a shared machine's swings (DESIGN §6). The checksum is returned so the hashing is used.
 */
export function baselinePass(
  articles: readonly Article[],
  repeat: number,
): { ms: number; checksum: number } {
  let ms = Infinity;
  let checksum = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    for (const a of articles) checksum ^= hashShingles(a.clean).checksum;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, checksum };
}
