/**
 * Main-content extraction scored on the Zyte article-extraction benchmark
 * (scrapinghub/article-extraction-benchmark, 181 news pages with hand-written article bodies).
 * The metric follows the benchmark's own evaluate.py so our numbers sit beside its published
 * table: word 4-gram shingles, per-page counts normalised, precision and recall averaged over
 * pages, F1 from those averages.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gunzipSync } from "node:zlib";

import { extractHtml } from "../src/ingest/html.js";

/** The benchmark's shingle length: 4-grams are long enough that stray menu words rarely match. */
export const SHINGLE_SIZE = 4;

/**
 * Python's `\w` on str: Unicode letters and numbers plus underscore. Combining marks are not in
 * it (Python splits "हिन्दी" at its vowel signs), so they are left out here too, to count the
 * same tokens as the reference scorer.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

export type ShingleCounts = { tp: number; fp: number; fn: number };

export type ZyteScore = {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  msPerPage: number;
};

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  // Like the reference: a text shorter than one shingle still yields one shingle of all its
  // tokens, and an empty text yields none.
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + SHINGLE_SIZE);
    if (gram.length === 0) continue;
    // U+0001 cannot occur inside a \w token, so joined shingles never collide.
    const key = gram.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Multiset overlap of the two texts' shingles, normalised to sum to 1 (unless all are 0). */
export function shingleCounts(truth: string, predicted: string): ShingleCounts {
  const want = shingles(tokenize(truth));
  const got = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, wanted] of want) {
    const found = got.get(key) ?? 0;
    tp += Math.min(wanted, found);
    fn += Math.max(0, wanted - found);
  }
  for (const [key, found] of got) {
    fp += Math.max(0, found - (want.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  // Normalised so that long articles do not outweigh short ones.
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Scores per-page counts as the reference does: a page enters the precision average only if
 * something was predicted (tp + fp > 0) and the recall average only if the truth has shingles
 * (tp + fn > 0). So an empty prediction costs recall but not precision, and a page where both
 * sides are empty counts in neither.
 */
export function scoreCounts(pages: readonly ShingleCounts[]): {
  f1: number;
  precision: number;
  recall: number;
} {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

/** The benchmark's accuracy: the two texts have exactly the same token sequence. */
export function sameTokens(truth: string, predicted: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

type GroundTruth = Record<string, { articleBody?: string; url?: string }>;

/** Extracts every page of the dataset (or the first `limit`, in key order) and scores it. */
export async function evaluateZyte(
  datasetDir: string,
  opts: { limit?: number } = {},
): Promise<ZyteScore> {
  const truth = JSON.parse(
    await readFile(join(datasetDir, "ground-truth.json"), "utf8"),
  ) as GroundTruth;
  let ids = Object.keys(truth).sort();
  if (opts.limit !== undefined) ids = ids.slice(0, opts.limit);

  const counts: ShingleCounts[] = [];
  let identical = 0;
  let extractMs = 0;
  for (const id of ids) {
    const entry = truth[id] ?? {};
    const file = join(datasetDir, "html", `${id}.html.gz`);
    const html = existsSync(file) ? gunzipSync(await readFile(file)).toString("utf8") : "";
    const started = performance.now();
    const predicted = extractHtml(html, entry.url ?? null).text;
    extractMs += performance.now() - started;
    const expected = entry.articleBody ?? "";
    counts.push(shingleCounts(expected, predicted));
    if (sameTokens(expected, predicted)) identical++;
  }
  return {
    pages: ids.length,
    ...scoreCounts(counts),
    accuracy: ids.length === 0 ? 0 : identical / ids.length,
    msPerPage: ids.length === 0 ? 0 : extractMs / ids.length,
  };
}
