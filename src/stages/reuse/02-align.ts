import type { SentenceFeatures } from "./01-features.js";

/**
 * Two sentences are a pair when their weighted overlap (Dice over words, names and numbers
 * outside quotes) reaches this: the threshold that best separates paraphrases on MRPC train
 * (accuracy 0.723 there). The rewrite in the seeds aligns 82–84% of its sentences at it.
 */
export const MIN_SENTENCE_SIMILARITY = 0.52;
/** Sentences lighter than this (a bare "he said" around a quote) carry no evidence of reuse. */
export const MIN_SENTENCE_WEIGHT = 4;

/** Weighted Dice overlap of two sentences' features, 0–1. */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  if (a.totalWeight === 0 || b.totalWeight === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  const fa = a.features;
  const fb = b.features;
  while (i < fa.length && j < fb.length) {
    if (fa[i]! < fb[j]!) i++;
    else if (fa[i]! > fb[j]!) j++;
    else {
      common += Math.min(a.weights[i]!, b.weights[j]!);
      i++;
      j++;
    }
  }
  return (2 * common) / (a.totalWeight + b.totalWeight);
}

/**
 * A feature found in more than this share of an article's sentences ("the", "said", the story's
 * main name) is left out of the lookup: it would touch every sentence pair while deciding none.
 * Pairs are still scored on all their features once found. At 0.25 the generated corpus's reuse
 * search took 290 µs an article, at 0.1 190 µs, with the same pairs found.
 */
const COMMON_FEATURE_SHARE = 0.1;
/** A pair must share this much weight in less common features to be scored at all. */
const MIN_DISTINCT_COMMON = 2;

/**
 * An inverted index of one article's sentence features: feature → its sentences and weights,
 * as an open-addressing table over typed arrays (a Map of arrays cost more to build than the
 * comparisons it served). Built once for an article that is compared with many candidates.
 */
export type SentencePostings = {
  /** Slot → feature, the slot's first posting (-1: empty slot), and how many postings. */
  readonly keys: Uint32Array;
  readonly heads: Int32Array;
  readonly counts: Int32Array;
  /** Posting → the next posting of its feature (-1: none), its sentence, its weight. */
  readonly next: Int32Array;
  readonly sentence: Int32Array;
  readonly weight: Uint8Array;
  /** Features with more postings than this are too common to look up. */
  readonly maxCount: number;
  /** Exact-words hash → sentences with those words. */
  readonly exact: Map<number, number[]>;
};

const slotOf = (f: number): number => Math.imul(f ^ (f >>> 15), 0x9e3779b1) >>> 0;

/** The slot of feature `f` in the table: its own, or the empty one where it would go. */
function findSlot(keys: Uint32Array, heads: Int32Array, f: number): number {
  const mask = keys.length - 1;
  for (let s = slotOf(f); ; s++) {
    s &= mask;
    if (heads[s] === -1 || keys[s] === f) return s;
  }
}

export function sentencePostings(sentences: readonly SentenceFeatures[]): SentencePostings {
  let total = 0;
  for (const a of sentences) if (a.totalWeight >= MIN_SENTENCE_WEIGHT) total += a.features.length;
  const size = 1 << Math.ceil(Math.log2(Math.max(16, total * 2)));
  const keys = new Uint32Array(size);
  const heads = new Int32Array(size).fill(-1);
  const counts = new Int32Array(size);
  const next = new Int32Array(total);
  const sentence = new Int32Array(total);
  const weight = new Uint8Array(total);
  const exact = new Map<number, number[]>();
  let e = 0;
  for (let i = 0; i < sentences.length; i++) {
    const a = sentences[i]!;
    if (a.totalWeight < MIN_SENTENCE_WEIGHT) continue;
    const same = exact.get(a.exact);
    if (same) same.push(i);
    else exact.set(a.exact, [i]);
    for (let k = 0; k < a.features.length; k++) {
      const f = a.features[k]!;
      const s = findSlot(keys, heads, f);
      keys[s] = f;
      next[e] = heads[s]!;
      heads[s] = e;
      counts[s] = counts[s]! + 1;
      sentence[e] = i;
      weight[e++] = a.weights[k]!;
    }
  }
  return {
    keys,
    heads,
    counts,
    next,
    sentence,
    weight,
    exact,
    maxCount: Math.max(3, Math.ceil(sentences.length * COMMON_FEATURE_SHARE)),
  };
}

/**
 * Similarities of every sentence pair that reaches the threshold, as an n×m matrix (0 elsewhere).
 * Candidates come from the copy's postings of its less common features, so the work is
 * proportional to what the two texts share, not to n×m: most sentence pairs share nothing.
 */
function pairSimilarities(
  copy: readonly SentenceFeatures[],
  source: readonly SentenceFeatures[],
  postings: SentencePostings,
): Float64Array {
  const n = copy.length;
  const m = source.length;
  const sims = new Float64Array(n * m);
  const common = new Float64Array(n);
  const touched: number[] = [];
  for (let j = 0; j < m; j++) {
    const b = source[j]!;
    if (b.totalWeight < MIN_SENTENCE_WEIGHT) continue;
    // A sentence copied word for word pairs with its copy at 1; nothing else can beat that.
    const copies = postings.exact.get(b.exact);
    if (copies) {
      for (const i of copies) sims[i * m + j] = 1;
      continue;
    }
    for (let k = 0; k < b.features.length; k++) {
      const slot = findSlot(postings.keys, postings.heads, b.features[k]!);
      if (postings.heads[slot] === -1 || postings.counts[slot]! > postings.maxCount) continue;
      const wb = b.weights[k]!;
      for (let e = postings.heads[slot]!; e !== -1; e = postings.next[e]!) {
        const i = postings.sentence[e]!;
        if (common[i] === 0) touched.push(i);
        common[i] = common[i]! + Math.min(wb, postings.weight[e]!);
      }
    }
    for (const i of touched) {
      const a = copy[i]!;
      // Dice cannot exceed 2·min/(sum) of the two weights: skip pairs too unequal in length.
      const bound = (2 * Math.min(a.totalWeight, b.totalWeight)) / (a.totalWeight + b.totalWeight);
      if (common[i]! >= MIN_DISTINCT_COMMON && bound >= MIN_SENTENCE_SIMILARITY) {
        const s = sentenceSimilarity(a, b);
        if (s >= MIN_SENTENCE_SIMILARITY) sims[i * m + j] = s;
      }
      common[i] = 0;
    }
    touched.length = 0;
  }
  return sims;
}

/** One aligned pair: sentence `copy` of the copy with sentence `source` of the source. */
export type AlignedPair = {
  readonly copy: number;
  readonly source: number;
  readonly similarity: number;
  readonly exact: boolean;
};

/**
 * The best in-order alignment of two articles' sentences: a one-to-one matching that keeps the
 * order of both texts (copies and rewrites follow their source paragraph by paragraph) and
 * maximises the summed similarity of the pairs it keeps. Classic weighted LCS by dynamic
 * programming, O(n·m) for n and m sentences.
 */
export function alignSentences(
  copy: readonly SentenceFeatures[],
  source: readonly SentenceFeatures[],
  copyPostings: SentencePostings = sentencePostings(copy),
): AlignedPair[] {
  const n = copy.length;
  const m = source.length;
  const sims = pairSimilarities(copy, source, copyPostings);
  const score = new Float64Array((n + 1) * (m + 1));
  const w = m + 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = score[(i - 1) * w + (j - 1)]! + sims[(i - 1) * m + (j - 1)]!;
      score[i * w + j] = Math.max(score[(i - 1) * w + j]!, score[i * w + (j - 1)]!, diag);
    }
  }
  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = sims[(i - 1) * m + (j - 1)]!;
    if (s > 0 && score[i * w + j] === score[(i - 1) * w + (j - 1)]! + s) {
      pairs.push({
        copy: i - 1,
        source: j - 1,
        similarity: s,
        exact: copy[i - 1]!.exact === source[j - 1]!.exact,
      });
      i--;
      j--;
    } else if (score[(i - 1) * w + j] === score[i * w + j]) i--;
    else j--;
  }
  return pairs.reverse();
}
