import type { Article, Claim, Span, SummarySentence } from "../../model/index.js";
import { spanOf } from "../../model/offsets.js";
import { sentenceSimilarity } from "../reuse/02-align.js";
import type { StorySentence } from "../claims/01-sentences.js";
import { Heap } from "../../util/heap.js";

/** How long a summary runs, in words. */
export type SummaryLength = {
  /** Below this the story is too short for a full summary (the summary says so). */
  readonly minWords: number;
  /** Sentences are added until the summary reaches this. */
  readonly targetWords: number;
  /** A sentence that would take the summary past this is left out. */
  readonly maxWords: number;
};

/** The brief's summary: 120–250 words (issue 8), aiming at the middle. */
export const BRIEF_SUMMARY: SummaryLength = { minWords: 120, targetWords: 160, maxWords: 250 };

/** Sentences shorter than this ("He declined.") say too little out of context. */
export const MIN_SENTENCE_WORDS = 6;
/** Sentences longer than this are run-ons or lists that crowd out the rest. */
export const MAX_SENTENCE_WORDS = 60;
/**
 * Weight of corroboration beside centrality: a sentence other sources state independently is
 * more trustworthy and more likely to be the story's core. On neus-allsides val 0, 0.5 and 1 give
 * the same ROUGE within 0.001 (three short articles rarely share a whole sentence); 0.5 keeps
 * corroborated facts first in the seeds' brief.
 */
export const CORROBORATION_WEIGHT = 0.5;
/**
 * Weight of an early position: reporters put the main facts first. On neus-allsides val 0.3, 1
 * and 3 give ROUGE-2 within 0.001 of one another (0.3 the best by that); 0.3 lets centrality
 * rather than place choose between an article's opening lines.
 */
export const LEAD_WEIGHT = 0.3;
/**
 * A candidate this similar to a chosen sentence repeats it (diversity); below the claim
 * threshold so that close rewordings of a chosen claim are left out too.
 */
export const REDUNDANT_SIMILARITY = 0.35;

/** What the selection needs to know of a story. */
export type SummaryInput = {
  readonly articles: readonly Article[];
  readonly sentences: readonly StorySentence[];
  readonly centrality: Float64Array;
  /** Per sentence, the index of its claim in `claims`, or -1. */
  readonly clusterOf: Int32Array;
  readonly claims: readonly Claim[];
  /** Each article's copy-group origin: copies of one origin are one source. */
  readonly origins?: ReadonlyMap<string, string>;
};

/**
 * Each sentence already taken from a source multiplies the scores of that source's other
 * sentences by this. On neus-allsides val, 0.8, 0.6 and 0.4 lowered ROUGE-2 (0.171 → 0.168):
 * the roundups follow the most central source. Left at 1 (off); redundancy alone keeps variety.
 */
export const SOURCE_REPEAT_DISCOUNT = 1;

/** How the selection weighs corroboration, position and source diversity (for tuning). */
export type SummaryWeights = {
  readonly corroboration: number;
  readonly lead: number;
  /** At most 1: a discount (the selection relies on scores only falling as a source is used). */
  readonly sourceRepeat: number;
};
export const SUMMARY_WEIGHTS: SummaryWeights = {
  corroboration: CORROBORATION_WEIGHT,
  lead: LEAD_WEIGHT,
  sourceRepeat: SOURCE_REPEAT_DISCOUNT,
};

/** Relative weight of each candidate sentence: centrality, corroboration and position. */
export function sentenceScores(
  input: SummaryInput,
  weights: SummaryWeights = SUMMARY_WEIGHTS,
): Float64Array {
  const { sentences, centrality, clusterOf, claims, articles } = input;
  const others = Math.max(1, articles.length - 1);
  const out = new Float64Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const c = clusterOf[i]! >= 0 ? claims[clusterOf[i]!] : undefined;
    const corroboration = c ? (c.independentSources - 1) / others : 0;
    const lead = 1 / (1 + sentences[i]!.index);
    out[i] = centrality[i]! / others + weights.corroboration * corroboration + weights.lead * lead;
  }
  return out;
}

/** The date a sentence is ordered by: the earliest date among the articles that state it. */
function dateOf(cites: readonly Span[], byId: Map<string, Article>): string {
  let best = "9999-99-99"; // undated sentences go last
  for (const s of cites) {
    const d = byId.get(s.article)?.published;
    if (d && d < best) best = d;
  }
  return best;
}

/**
 * An extractive summary: the highest-scoring sentences that do not repeat one another, until
 * the target length; then in time order (earliest stating article, then place in its article),
 * each citing its own span and every other article's sentence stating the same claim.
 */
export function selectSentences(
  input: SummaryInput,
  length: SummaryLength,
  weights: SummaryWeights = SUMMARY_WEIGHTS,
): { sentences: SummarySentence[]; words: number } {
  const { sentences, clusterOf, claims, articles } = input;
  const scores = sentenceScores(input, weights);
  const order = sentences
    .map((_, i) => i)
    .filter((i) => {
      const s = sentences[i]!;
      return (
        !s.fragment &&
        s.complete &&
        !s.preamble &&
        s.words >= MIN_SENTENCE_WORDS &&
        s.words <= MAX_SENTENCE_WORDS
      );
    })
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  // Each pick discounts the rest of its source's sentences, so that the summary draws on
  // several sources rather than the one whose sentences happen to score highest.
  const originOf = order.map((i) => {
    const id = articles[sentences[i]!.article]!.id;
    return input.origins?.get(id) ?? id;
  });
  const used = new Map<string, number>();
  // The best open candidate comes off a heap rather than a scan of all of them per pick (a
  // scan is quadratic when most candidates are turned away as redundant, as in one very long
  // article). An entry holds its score at its source's count of picks when it was pushed; the
  // discount only lowers scores, so a stale entry is re-scored and pushed back when it comes up.
  type Entry = { readonly k: number; readonly score: number; readonly picks: number };
  const heap = new Heap<Entry>((x, y) => (x.score !== y.score ? x.score > y.score : x.k < y.k));
  const scoreAt = (k: number, picks: number): number =>
    scores[order[k]!]! * weights.sourceRepeat ** picks;
  order.forEach((_, k) => heap.push({ k, score: scoreAt(k, 0), picks: 0 }));
  const chosen: number[] = [];
  const usedClaims = new Set<number>();
  let words = 0;
  while (words < length.targetWords) {
    const top = heap.pop();
    if (top === undefined) break;
    const picks = used.get(originOf[top.k]!) ?? 0;
    if (picks !== top.picks) {
      heap.push({ k: top.k, score: scoreAt(top.k, picks), picks });
      continue;
    }
    const best = top.k;
    const i = order[best]!;
    const s = sentences[i]!;
    if (words + s.words > length.maxWords) continue;
    const claim = clusterOf[i]!;
    if (claim >= 0 && usedClaims.has(claim)) continue;
    if (
      chosen.some(
        (j) => sentenceSimilarity(s.features, sentences[j]!.features) >= REDUNDANT_SIMILARITY,
      )
    )
      continue;
    chosen.push(i);
    if (claim >= 0) usedClaims.add(claim);
    used.set(originOf[best]!, (used.get(originOf[best]!) ?? 0) + 1);
    words += s.words;
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const picked = chosen.map((i) => {
    const s = sentences[i]!;
    const own = spanOf(articles[s.article]!, s.range.start, s.range.end);
    const claim = clusterOf[i]! >= 0 ? claims[clusterOf[i]!]! : undefined;
    const cites = [own, ...(claim?.sources ?? []).filter((c) => c.article !== own.article)];
    const count = articles[s.article]!.sentences.length;
    return {
      sentence: { text: s.text, cites, claim: claim?.id ?? null },
      date: dateOf(cites, byId),
      place: s.index / Math.max(1, count),
      article: s.article,
    };
  });
  picked.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.place - b.place ||
      a.article - b.article,
  );
  return { sentences: picked.map((p) => p.sentence), words };
}
