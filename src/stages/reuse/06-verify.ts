import type { ReuseKind } from "../../model/index.js";
import type { ArticleFeatures } from "./01-features.js";
import {
  alignSentences,
  MIN_SENTENCE_WEIGHT,
  type AlignedPair,
  type SentencePostings,
} from "./02-align.js";

/**
 * A pair of articles is reuse when the summed similarity of its aligned sentences reaches this
 * share of one article's substantive sentences. On the seeds and the examples, copies and
 * rewrites measure 0.49–1.0 and independent reports of the same event at most 0.32.
 */
export const MIN_WEIGHTED_SHARE = 0.4;
/** A sentence this close to its partner was copied, perhaps lightly edited, not reworded. */
export const NEAR_SIMILARITY = 0.8;
/**
 * This many near-identical sentences in order are reuse even inside a much longer article (an
 * outlet pasting a few paragraphs of a wire story into its own report).
 */
export const MIN_PASTED_SENTENCES = 4;
/** A near-verbatim copy has at least this share of its aligned sentences near-identical. */
const NEAR_VERBATIM_SHARE = 0.7;
/** A verbatim copy leaves out (or adds) at most this share of either article's sentences. */
const VERBATIM_TOLERANCE = 0.02;

/** How two articles' sentences line up. `a` plays the copy's side in `pairs`. */
export type PairMeasure = {
  readonly pairs: readonly AlignedPair[];
  readonly eligibleA: number;
  readonly eligibleB: number;
  /** Σ similarity / substantive sentences, for each side. */
  readonly weightedA: number;
  readonly weightedB: number;
  readonly near: number;
  readonly exact: number;
};

const eligible = (f: ArticleFeatures): number =>
  f.sentences.filter((s) => s.totalWeight >= MIN_SENTENCE_WEIGHT).length;

/** Aligns two articles; `aPostings`, when given, saves rebuilding A's index for every candidate. */
export function measurePair(
  a: ArticleFeatures,
  b: ArticleFeatures,
  aPostings?: SentencePostings,
): PairMeasure {
  const pairs = alignSentences(a.sentences, b.sentences, aPostings);
  const eligibleA = Math.max(1, eligible(a));
  const eligibleB = Math.max(1, eligible(b));
  const sum = pairs.reduce((t, p) => t + p.similarity, 0);
  return {
    pairs,
    eligibleA,
    eligibleB,
    weightedA: sum / eligibleA,
    weightedB: sum / eligibleB,
    near: pairs.filter((p) => p.similarity >= NEAR_SIMILARITY).length,
    exact: pairs.filter((p) => p.exact).length,
  };
}

/** Whether the measured pair is text reuse at all, in either direction. */
export function isReuse(m: PairMeasure): boolean {
  return Math.max(m.weightedA, m.weightedB) >= MIN_WEIGHTED_SHARE || m.near >= MIN_PASTED_SENTENCES;
}

/** The kind of reuse, seen from the copy (side A of the measure). */
export function reuseKind(m: PairMeasure): ReuseKind {
  const full = (n: number, of: number): boolean => n >= of * (1 - VERBATIM_TOLERANCE);
  if (full(m.exact, m.eligibleA) && full(m.exact, m.eligibleB)) return "verbatim";
  if (m.pairs.length > 0 && m.near / m.pairs.length >= NEAR_VERBATIM_SHARE) return "near-verbatim";
  return "rewrite";
}

/** The same measure with the roles of the two articles swapped. */
export function swapped(m: PairMeasure): PairMeasure {
  return {
    ...m,
    pairs: m.pairs.map((p) => ({ ...p, copy: p.source, source: p.copy })),
    eligibleA: m.eligibleB,
    eligibleB: m.eligibleA,
    weightedA: m.weightedB,
    weightedB: m.weightedA,
  };
}
