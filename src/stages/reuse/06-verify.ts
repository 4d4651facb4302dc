import type { ReuseKind } from "../../model/index.js";
import type { ArticleFeatures } from "./01-features.js";
import {
  alignSentences,
  MIN_SENTENCE_WEIGHT,
  sentencePostings,
  sentenceSimilarity,
  type AlignedPair,
  type SentencePostings,
} from "./02-align.js";
import {
  NO_PHRASES,
  phraseLinks,
  phraseTable,
  sharedPhrases,
  type PhraseTable,
  type PhraseTile,
  type SentenceLink,
  type SharedPhrases,
} from "./02-phrases.js";

/**
 * A pair of articles is reuse when the summed similarity of its aligned sentences reaches this
 * share of one article's substantive sentences. On the seeds and the examples, copies and
 * rewrites measure 0.49–1.0 and independent reports of the same event at most 0.32.
 */
export const MIN_WEIGHTED_SHARE = 0.4;
/**
 * Content words (outside quotation marks) in one unbroken shared run that make a copied passage:
 * about 20 words copied as they stand — a lede kept by a scraper that rewrote the rest, a
 * paragraph pasted into a rewrite. Independent reports of one event share runs of names and stock
 * phrases ("a boy of 12 and a woman in her 70s") of at most 5 such words on crawled news and
 * in the example corpus; on ECB+, whose texts lost their quotation marks, only an unmarked
 * quotation or a court's list of charges reaches 10, and no two reports of different events do.
 */
export const COPIED_PASSAGE_WORDS = 10;
/**
 * Several shorter shared passages are a write-through that trims and reorders its source: at
 * least `SHARED_CONTENT_WORDS` content words in shared runs, one of them at least
 * `SEVERAL_PASSAGES_WORDS` long. Scattered single phrases do not count: the benchmark's stories,
 * built from one small base text, share dozens of five-word fragments without being copies. On
 * crawled news, independent reports share at most 9 such words; the example corpus's independent
 * report from the same news conference shares 13, with no run over 5.
 */
export const SHARED_CONTENT_WORDS = 20;
export const SEVERAL_PASSAGES_WORDS = 6;
/**
 * A short text cannot share 20 content words, nor hold a passage of 10: it needs this share of
 * what it could share (the content words outside quotes of the shorter), and never fewer than
 * `MIN_SHARED_CONTENT_WORDS` in all or `SEVERAL_PASSAGES_WORDS` in one run.
 */
export const SHORT_TEXT_SHARE = 0.5;
export const MIN_SHARED_CONTENT_WORDS = 8;
/**
 * Telling names and numbers (outside quotes) a pair must share for its shared phrases to count: a
 * copy of a story keeps its names and figures; two stories about different people and places
 * that share wording share boilerplate. Copies on crawled news share 6–26.
 */
export const MIN_SHARED_ANCHORS = 3;
/** A sentence this close to its partner was copied, perhaps lightly edited, not reworded. */
export const NEAR_SIMILARITY = 0.8;
/**
 * This many near-identical sentences in order are reuse even inside a much longer article (an
 * outlet pasting a few paragraphs of a wire story into its own report).
 */
export const MIN_PASTED_SENTENCES = 4;
/**
 * A rewrite follows its source sentence by sentence: this many aligned sentences in a row, each
 * the next but at most one of the last on both sides (`RUN_STEP`), are reuse however much else
 * either article holds. An AI rewrite or a second write-through keeps its source's order for
 * 4–6 sentences; independent reports of one event, which tell it in their own order, align at
 * most 2 in a row in the example corpus and on crawled news, and at most 3 on the reports in
 * NeuS-AllSides' validation split. On ECB+ the pairs that align 4 in a row are rewrites of one
 * agency story or press release.
 */
export const MIN_PARAPHRASED_RUN = 4;
const RUN_STEP = 2;
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
  /** Phrases shared word for word; `tiles` have A on the copy's side. */
  readonly phrases: SharedPhrases;
  /** Content words outside quotes of each side: what they could share. */
  readonly contentA: number;
  readonly contentB: number;
  /** Names and numbers outside quotes that both hold (telling ones, when the index says which). */
  readonly sharedAnchors: number;
  /** Words of each article (the phrase features' words). */
  readonly wordsA: number;
  readonly wordsB: number;
  /**
   * The sentence pairs that show the reuse, in A's order: the aligned pairs, and (once
   * `explained`) the pairs that hold a shared run of words where the alignment has none (a glued
   * or reordered sentence).
   */
  readonly evidence: readonly AlignedPair[];
  /** Once `explained`: per sentence of each side, the share of its words in shared runs. */
  readonly coveredA: Float32Array | null;
  readonly coveredB: Float32Array | null;
};

/** What one article is compared by, built once for all its candidates. */
export class Postings {
  readonly sentences: SentencePostings;
  private table: PhraseTable | null = null;

  constructor(private readonly features: ArticleFeatures) {
    this.sentences = sentencePostings(features.sentences);
  }

  /** The phrase table, built on first use: a verbatim copy's pairs never need it. */
  get phrases(): PhraseTable {
    return (this.table ??= phraseTable(this.features.phrases));
  }
}

export const postingsOf = (f: ArticleFeatures): Postings => new Postings(f);

const eligible = (f: ArticleFeatures): number =>
  f.sentences.filter((s) => s.totalWeight >= MIN_SENTENCE_WEIGHT).length;

/** How many values two sorted arrays share. */
function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * Aligns two articles; `aPostings`, when given, saves rebuilding A's index for every candidate.
 * `anchors` are the two articles' telling anchors (`ReuseIndex.tellingAnchors`), sorted; without
 * them every name and number counts.
 */
export function measurePair(
  a: ArticleFeatures,
  b: ArticleFeatures,
  aPostings: Postings = postingsOf(a),
  anchors: readonly [ArrayLike<number>, ArrayLike<number>] = [a.anchors, b.anchors],
): PairMeasure {
  const pairs = alignSentences(a.sentences, b.sentences, aPostings.sentences);
  const eligibleA = Math.max(1, eligible(a));
  const eligibleB = Math.max(1, eligible(b));
  const sum = pairs.reduce((t, p) => t + p.similarity, 0);
  const exact = pairs.filter((p) => p.exact).length;
  // Every sentence copied word for word is a verbatim copy already: its phrases add nothing.
  const phrases = isFullCopy(exact, eligibleA, eligibleB)
    ? NO_PHRASES
    : sharedPhrases(a.phrases, b.phrases, aPostings.phrases);
  return {
    pairs,
    eligibleA,
    eligibleB,
    weightedA: sum / eligibleA,
    weightedB: sum / eligibleB,
    near: pairs.filter((p) => p.similarity >= NEAR_SIMILARITY).length,
    exact,
    phrases,
    contentA: a.phrases.content,
    contentB: b.phrases.content,
    sharedAnchors: sharedCount(anchors[0], anchors[1]),
    wordsA: a.phrases.flags.length,
    wordsB: b.phrases.flags.length,
    evidence: pairs,
    coveredA: null,
    coveredB: null,
  };
}

/**
 * The measure of a pair found to be reuse, with what shows it: where its shared runs fall in the
 * two articles' sentences, added to the evidence. Done only for the pairs kept, which are few.
 */
export function explained(m: PairMeasure, a: ArticleFeatures, b: ArticleFeatures): PairMeasure {
  const { links, coveredA, coveredB } = phraseLinks(m.phrases.tiles, a.phrases, b.phrases);
  return { ...m, evidence: evidenceOf(m.pairs, links, a, b), coveredA, coveredB };
}

/** The aligned pairs, with the sentence pairs of shared runs whose copy sentence has none. */
function evidenceOf(
  pairs: readonly AlignedPair[],
  links: readonly SentenceLink[],
  a: ArticleFeatures,
  b: ArticleFeatures,
): AlignedPair[] {
  if (links.length === 0) return [...pairs];
  const aligned = new Set(pairs.map((p) => p.copy));
  const out = [...pairs];
  for (const l of links) {
    if (aligned.has(l.copy)) continue;
    const [x, y] = [a.sentences[l.copy]!, b.sentences[l.source]!];
    if (x.totalWeight < MIN_SENTENCE_WEIGHT || y.totalWeight < MIN_SENTENCE_WEIGHT) continue;
    out.push({
      copy: l.copy,
      source: l.source,
      similarity: sentenceSimilarity(x, y),
      exact: x.exact === y.exact,
    });
  }
  return out.sort((p, q) => p.copy - q.copy || p.source - q.source);
}

/** The most aligned pairs in a row that follow each other closely on both sides. */
export function longestAlignedRun(pairs: readonly AlignedPair[]): number {
  let best = 0;
  let run = 0;
  for (let k = 0; k < pairs.length; k++) {
    const [p, prev] = [pairs[k]!, pairs[k - 1]];
    const follows =
      prev !== undefined && p.copy - prev.copy <= RUN_STEP && p.source - prev.source <= RUN_STEP;
    run = follows ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** `enough` content words, or less for a short text: what it could share, scaled (see `SHORT_TEXT_SHARE`). */
function scaled(m: PairMeasure, enough: number, least: number): number {
  const could = Math.min(m.contentA, m.contentB);
  return Math.min(enough, Math.max(least, could * SHORT_TEXT_SHARE));
}

/**
 * Whether the measured pair is text reuse at all, in either direction. Any of five signs is
 * enough: its sentences align over much of either text (a rewrite keeps its source's structure
 * and facts sentence by sentence); several sentences are pasted near word for word; and, when the
 * two share enough telling names and numbers (else it is a stock passage about other people), a
 * run of sentences aligns in a row (a rewrite of part of a long story), it shares enough
 * phrasing outside quotations (a write-through), or it shares one long passage (a scrape that
 * kept the lede). Quotations count in none of them: independent reports of one event quote the
 * same words.
 */
export function isReuse(m: PairMeasure): boolean {
  if (Math.max(m.weightedA, m.weightedB) >= MIN_WEIGHTED_SHARE) return true;
  if (m.near >= MIN_PASTED_SENTENCES) return true;
  // Shared wording about different specifics is a stock passage (an outlet's background
  // paragraph, a court's list of charges), not a copy of this story.
  if (m.sharedAnchors < MIN_SHARED_ANCHORS) return false;
  if (longestAlignedRun(m.pairs) >= MIN_PARAPHRASED_RUN) return true;
  const longest = m.phrases.longest;
  if (longest >= scaled(m, COPIED_PASSAGE_WORDS, SEVERAL_PASSAGES_WORDS)) return true;
  const shared = Math.min(m.phrases.contentA, m.phrases.contentB);
  return (
    longest >= SEVERAL_PASSAGES_WORDS &&
    shared >= scaled(m, SHARED_CONTENT_WORDS, MIN_SHARED_CONTENT_WORDS)
  );
}

/**
 * Words of the shorter article that one run of shared passages in order must hold for a verbatim
 * copy found through its phrases: what a scrape of the whole text keeps when menus, captions and
 * share lines (the rest) and its paragraph breaks differ.
 */
const VERBATIM_COVER = 0.8;
/**
 * Words between two passages of that run, on one side, that can be clutter (a caption, a "Read
 * more" line, a share line); more is a cut, and the copy is near-verbatim.
 */
const CLUTTER_GAP = 40;
/** A sentence this much held in shared runs was kept word for word (bar a glued neighbour). */
const KEPT_COVER = 0.7;

/**
 * Words of either article before a verbatim copy's first shared passage, at most (as a share of
 * its words): a page's masthead and menus. More is an article of its own that quotes the other.
 */
const LEADING_CLUTTER_SHARE = 0.25;

/**
 * Whether the tiles make one copy of the whole text: a chain of shared passages in the same order
 * on both sides, separated by clutter only, holding most of the shorter article, and starting
 * near the top of both. The end may differ: excerpts are cut off.
 */
function verbatimChain(m: PairMeasure): boolean {
  const shorter = Math.min(m.wordsA, m.wordsB);
  if (shorter === 0) return false;
  let words = 0;
  let first: PhraseTile | null = null;
  let prev: PhraseTile | null = null;
  for (const t of m.phrases.tiles) {
    // Words between this passage and the last, on each side: clutter sits on one side only (a
    // caption the copy added, a line it left out); words on both sides are an edit.
    const gapCopy = prev ? t.copy - (prev.copy + prev.length) : 0;
    const gapSource = prev ? t.source - (prev.source + prev.length) : 0;
    const follows =
      prev !== null &&
      t.source > prev.source &&
      Math.min(gapCopy, gapSource) <= 0 &&
      Math.max(gapCopy, gapSource) <= CLUTTER_GAP;
    if (!follows) [words, first] = [0, t];
    words += t.length;
    prev = t;
    if (
      words >= VERBATIM_COVER * shorter &&
      first!.copy <= LEADING_CLUTTER_SHARE * m.wordsA &&
      first!.source <= LEADING_CLUTTER_SHARE * m.wordsB
    )
      return true;
  }
  return false;
}

/** Whether `exact` sentence pairs are (nearly) all the substantive sentences of both articles. */
const isFullCopy = (exact: number, eligibleA: number, eligibleB: number): boolean =>
  exact >= eligibleA * (1 - VERBATIM_TOLERANCE) && exact >= eligibleB * (1 - VERBATIM_TOLERANCE);

/** The kind of reuse, seen from the copy (side A of the measure). */
export function reuseKind(m: PairMeasure): ReuseKind {
  if (isFullCopy(m.exact, m.eligibleA, m.eligibleB)) return "verbatim";
  if (verbatimChain(m)) return "verbatim";
  // Sentences of the copy that show the reuse, and those of them kept near word for word.
  const shown = new Set<number>();
  const kept = new Set<number>();
  for (const p of m.evidence) {
    shown.add(p.copy);
    if (p.similarity >= NEAR_SIMILARITY || (m.coveredA?.[p.copy] ?? 0) >= KEPT_COVER)
      kept.add(p.copy);
  }
  if (shown.size > 0 && kept.size / shown.size >= NEAR_VERBATIM_SHARE) return "near-verbatim";
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
    phrases: {
      tiles: m.phrases.tiles
        .map((t) => ({ copy: t.source, source: t.copy, length: t.length }))
        .sort((x, y) => x.copy - y.copy || x.source - y.source),
      contentA: m.phrases.contentB,
      contentB: m.phrases.contentA,
      wordsA: m.phrases.wordsB,
      wordsB: m.phrases.wordsA,
      longest: m.phrases.longest,
    },
    contentA: m.contentB,
    contentB: m.contentA,
    sharedAnchors: m.sharedAnchors,
    wordsA: m.wordsB,
    wordsB: m.wordsA,
    evidence: m.evidence
      .map((p) => ({ ...p, copy: p.source, source: p.copy }))
      .sort((x, y) => x.copy - y.copy || x.source - y.source),
    coveredA: m.coveredB,
    coveredB: m.coveredA,
  };
}
