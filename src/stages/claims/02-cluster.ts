import { MIN_SENTENCE_SIMILARITY, sentenceSimilarity } from "../reuse/02-align.js";
import type { StorySentence } from "./01-sentences.js";
import type { Figure } from "../../model/figure.js";
import { compatible, unitHead } from "../figures/05-agreement.js";

/**
 * Two sentences of different articles state the same claim at the reuse aligner's paraphrase
 * threshold (weighted Dice, tuned on MRPC train), here with quoted words counted: the seeds'
 * "Europeans have to own this conflict" sentences of four outlets pair at it.
 */
export const CLAIM_SIMILARITY = MIN_SENTENCE_SIMILARITY;
/**
 * A feature in more than this share of the story's sentences (the story's main name, "said")
 * is left out of the candidate search, as in the reuse stage; pairs are still scored on it.
 */
const COMMON_FEATURE_SHARE = 0.1;
/** Below this many sentences every feature is searched: a tiny story has no common words. */
const MIN_COMMON_CUTOFF = 6;
/** A pair must share this much weight in less common features to be scored. */
const MIN_DISTINCT_COMMON = 2;

/** A scored pair of sentences from two different articles (indices into the story's sentences). */
export type SentencePair = { readonly a: number; readonly b: number; readonly similarity: number };

export type SentenceGraph = {
  /** Pairs at or above CLAIM_SIMILARITY, most similar first. */
  readonly pairs: readonly SentencePair[];
  /**
   * Per sentence, the summed best similarity with each other article's sentences (below the
   * threshold too): how much of it the rest of the story says.
   */
  readonly centrality: Float64Array;
};

/** The index of the first entry above `value` in an ascending list (its length if none). */
export function firstAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Similarities between the sentences of different articles. Candidates come from postings of
 * the less common features, so the work follows what the articles share rather than n².
 */
export function sentenceGraph(
  sentences: readonly StorySentence[],
  articles: number,
): SentenceGraph {
  const n = sentences.length;
  // Pairs are of sentences of two articles: a story of one article has none to weigh.
  if (articles < 2) return { pairs: [], centrality: new Float64Array(n) };
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    for (const f of sentences[i]!.features.features) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  }
  const cutoff = Math.max(MIN_COMMON_CUTOFF, Math.ceil(n * COMMON_FEATURE_SHARE));
  // best[i * articles + k]: the best similarity of sentence i with a sentence of article k.
  // Dense: a story of 400 articles and 10,000 sentences holds 32 MB here, and a map per
  // sentence, though smaller, made the scoring loop (millions of pairs) 2.5 times slower.
  const best = new Float64Array(n * articles);
  const common = new Float64Array(n);
  const touched: number[] = [];
  const pairs: SentencePair[] = [];
  for (let i = 0; i < n; i++) {
    const a = sentences[i]!;
    const fs = a.features.features;
    const ws = a.features.weights;
    for (let k = 0; k < fs.length; k++) {
      const list = postings.get(fs[k]!)!;
      if (list.length > cutoff) continue;
      // Each pair once, from its first sentence: the list is in sentence order, so the walk
      // starts past i instead of stepping over the sentences before it.
      for (let p = firstAfter(list, i); p < list.length; p++) {
        const j = list[p]!;
        if (sentences[j]!.article === a.article) continue;
        if (common[j] === 0) touched.push(j);
        common[j] = common[j]! + ws[k]!;
      }
    }
    for (const j of touched) {
      if (common[j]! >= MIN_DISTINCT_COMMON) {
        const b = sentences[j]!;
        const s = sentenceSimilarity(a.features, b.features);
        const ai = i * articles + b.article;
        const bj = j * articles + a.article;
        if (s > best[ai]!) best[ai] = s;
        if (s > best[bj]!) best[bj] = s;
        if (s >= CLAIM_SIMILARITY) pairs.push({ a: i, b: j, similarity: s });
      }
      common[j] = 0;
    }
    touched.length = 0;
  }
  const centrality = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < articles; k++) sum += best[i * articles + k]!;
    centrality[i] = sum;
  }
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  return { pairs, centrality };
}

/** A group's figures by the head of their unit ("delegates", "percent"). */
type FiguresByUnit = Map<string, Figure[]>;

/** Adds a figure to a group's, unless one written alike is there: a claim's copies repeat theirs. */
function addFigure(into: FiguresByUnit, f: Figure): void {
  const list = into.get(unitHead(f.unit));
  if (!list) into.set(unitHead(f.unit), [f]);
  else if (
    !list.some((g) => g.value === f.value && g.qualifier === f.qualifier && g.unit === f.unit)
  )
    list.push(f);
}

function byUnit(figures: readonly Figure[]): FiguresByUnit | null {
  if (figures.length === 0) return null;
  const out: FiguresByUnit = new Map();
  for (const f of figures) addFigure(out, f);
  return out;
}

/**
 * Whether two groups give different numbers of one thing: a unit both count in, with no value
 * of one that a value of the other could agree with ("is 420 berths short", "is 65 berths
 * short"). Their sentences are worded alike but do not state the same claim.
 */
function disagree(a: FiguresByUnit | null, b: FiguresByUnit | null): boolean {
  if (!a || !b) return false;
  const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
  for (const [unit, xs] of fewer) {
    const ys = more.get(unit);
    if (ys && !xs.some((x) => ys.some((y) => compatible(x, y)))) return true;
  }
  return false;
}

/**
 * Groups sentences into claims: the most similar pairs join first, and two groups merge only
 * when no article is in both, so a claim holds at most one sentence per article and a chain of
 * loose matches cannot run through one article's neighbouring sentences; nor when they give
 * different numbers of one thing (`figuresOf`, each sentence's figures), so a claim's sources
 * agree on its figures.
 */
export function clusterSentences(
  sentences: readonly StorySentence[],
  pairs: readonly SentencePair[],
  figuresOf: readonly (readonly Figure[])[] = [],
): number[][] {
  const n = sentences.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  // The articles of each group's sentences: a clash is looked up, not found by comparing every
  // sentence of one group with every sentence of the other.
  const articlesOf: Set<number>[] = Array.from(
    { length: n },
    (_, i) => new Set([sentences[i]!.article]),
  );
  // Most sentences hold no figure: null, not an empty map each.
  const figures: (FiguresByUnit | null)[] = Array.from({ length: n }, (_, i) =>
    byUnit(figuresOf[i] ?? []),
  );
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const p of pairs) {
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb) continue;
    const ma = members[ra]!;
    const mb = members[rb]!;
    const [fewer, more] =
      articlesOf[ra]!.size <= articlesOf[rb]!.size
        ? [articlesOf[ra]!, articlesOf[rb]!]
        : [articlesOf[rb]!, articlesOf[ra]!];
    let clash = false;
    for (const art of fewer) if (more.has(art)) clash = true;
    if (clash || disagree(figures[ra] ?? null, figures[rb] ?? null)) continue;
    const [big, small] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    parent[small] = big;
    members[big] = [...members[big]!, ...members[small]!];
    members[small] = [];
    for (const art of articlesOf[small]!) articlesOf[big]!.add(art);
    articlesOf[small] = new Set();
    const moved = figures[small];
    if (moved) {
      const kept = figures[big] ?? new Map<string, Figure[]>();
      for (const fs of moved.values()) for (const f of fs) addFigure(kept, f);
      figures[big] = kept;
      figures[small] = null;
    }
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) if (find(i) === i) out.push(members[i]!.sort((x, y) => x - y));
  return out;
}
