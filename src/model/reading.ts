import type { Range } from "./span.js";

/*
 * What the claims stage reads from a story's sentences and hands to the summary stage: an
 * intermediate result of the pipeline, kept in the corpus between the two stages and left out
 * of the brief.
 */

/**
 * What the reuse stage compares: per sentence, the words a rewrite keeps — content words (crudely
 * stemmed, so "purchases" meets "purchase"), names and numbers — with the words inside quotation
 * marks left out. Two reports quoting the same interview share the quoted words; that is not
 * text reuse, so quotations are discounted before anything is compared.
 */
export type SentenceFeatures = {
  /** The sentence, as a range of the clean text. */
  readonly range: Range;
  /** Feature hashes (sorted, unique) of the words outside quotation marks. */
  readonly features: readonly number[];
  /** Weight of each feature (names and numbers weigh more: rewrites keep them). */
  readonly weights: readonly number[];
  readonly totalWeight: number;
  /** Hash of the sentence's exact words, quoted words included, for telling copies from rewrites. */
  readonly exact: number;
};

/** One sentence of a story's articles, as the claims and summary stages weigh it. */
export type StorySentence = {
  /** Index of its article in the story's article list. */
  readonly article: number;
  /** Index of the sentence in its article. */
  readonly index: number;
  readonly range: Range;
  readonly text: string;
  readonly words: number;
  /**
   * Features with the words inside quotation marks kept: unlike text reuse, a claim is what the
   * sentence says, and two reports quoting the same words state the same thing.
   */
  readonly features: SentenceFeatures;
  /**
   * The sentence opens inside a quotation begun before it, or leaves one open: it reads as
   * someone's words only with its neighbours, so it does not stand alone in a summary.
   */
  readonly fragment: boolean;
  /** It ends as a sentence does (a headline does not). */
  readonly complete: boolean;
  /**
   * It stands before the article's headline (a photo caption, a byline): page furniture, not
   * the report. A headline is an unfinished sentence among the first few
   * (`HEADLINE_WINDOW` in the claims stage).
   */
  readonly preamble: boolean;
};

/** One story's sentences as the claims stage read them; the summary chooses among them. */
export type StoryReading = {
  readonly story: string;
  readonly sentences: readonly StorySentence[];
  /** Per sentence, how central it is among the story's sentences. */
  readonly centrality: Float64Array;
  /** Per sentence, the index of its claim among the story's claims (in `Corpus.claims` order), or -1. */
  readonly clusterOf: Int32Array;
};
