import { readFile } from "node:fs/promises";
import { sentenceFeatures } from "../src/stages/reuse/01-features.js";
import { MIN_SENTENCE_SIMILARITY, sentenceSimilarity } from "../src/stages/reuse/02-align.js";

export type MrpcScore = { pairs: number; accuracy: number; f1: number; majority: number };

/** MRPC's TSV: Quality, #1 ID, #2 ID, #1 String, #2 String (UTF-8 with a BOM). */
async function loadPairs(path: string): Promise<{ paraphrase: boolean; a: string; b: string }[]> {
  const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  return text
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const c = l.split("\t");
      return { paraphrase: c[0] === "1", a: c[3] ?? "", b: c[4] ?? "" };
    });
}

/**
 * The reuse stage's sentence aligner as a paraphrase detector: two sentences are a pair when
 * their similarity reaches the aligner's own threshold (chosen on MRPC train, never on test).
 */
export async function evaluateMrpc(path: string): Promise<MrpcScore> {
  const pairs = await loadPairs(path);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const p of pairs) {
    const a = sentenceFeatures(p.a);
    const b = sentenceFeatures(p.b);
    const said = (a.exact === b.exact ? 1 : sentenceSimilarity(a, b)) >= MIN_SENTENCE_SIMILARITY;
    if (said === p.paraphrase) right++;
    if (said && p.paraphrase) tp++;
    else if (said) fp++;
    else if (p.paraphrase) fn++;
  }
  const positives = pairs.filter((p) => p.paraphrase).length;
  return {
    pairs: pairs.length,
    accuracy: right / pairs.length,
    f1: (2 * tp) / (2 * tp + fp + fn),
    majority: Math.max(positives, pairs.length - positives) / pairs.length,
  };
}
