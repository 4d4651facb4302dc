import type { Span } from "./span.js";

/** How far a story's sources back a claim. */
export type ClaimStatus = "corroborated" | "single-source" | "contested";

/**
 * A fact one or more articles of a story state: sentences of different articles that say the
 * same thing, in the same or other words. `sources` holds one sentence per article (the best
 * match); copies of one origin count once in `independentSources`.
 */
/** A speaker a claim is attributed to, with the quote (or reported statement) that says so. */
export type ClaimAttribution = {
  readonly speaker: string;
  readonly speakerEntity: string | null;
  /** The story quote whose occurrence the claim's sentence holds. */
  readonly quote: string;
  /** How many of the claim's sentences give it to this speaker. */
  readonly sentences: number;
};

export type Claim = {
  readonly id: string;
  readonly story: string;
  /** The words of its most central sentence (the one closest to the others). */
  readonly text: string;
  /** Its sentences, the representative first, then in story article order. */
  readonly sources: readonly Span[];
  /** Articles stating it. */
  readonly articles: readonly string[];
  /** Copy-group origins of those articles: how many sources stated it independently. */
  readonly origins: readonly string[];
  readonly independentSources: number;
  readonly status: ClaimStatus;
  /** Why it is contested: conflicting figures, altered or reattributed quotes it carries. */
  readonly contestedBy: readonly string[];
  /**
   * Who the claim's sentences say it comes from: the speakers of the quotations and reported
   * statements that make up most of a sentence ("…, the council said"), the one most of its
   * sentences name first. Empty when its sentences state it on the outlet's own account.
   */
  readonly attribution: readonly ClaimAttribution[];
  /** Among the story's key claims (the first few by rank). */
  readonly key: boolean;
  /** How central it is to the story: summed similarity of its sentences with other articles'. */
  readonly centrality: number;
};

/** One sentence of a story's summary: the words of an article, with every span that backs it. */
export type SummarySentence = {
  readonly text: string;
  readonly cites: readonly Span[];
  /** The claim it states, when it is one. */
  readonly claim: string | null;
};

/** A story's extractive summary; `short` when the story has too little text for the usual length. */
export type StorySummary = {
  readonly story: string;
  readonly sentences: readonly SummarySentence[];
  readonly words: number;
  readonly short: boolean;
};

/** What one article of a story carries against the story's key claims and quotes. */
export type ArticleCoverage = {
  readonly story: string;
  readonly article: string;
  readonly outlet: string | null;
  /** Key claims it states. */
  readonly keyClaims: readonly string[];
  /** Key claims it leaves out. */
  readonly missingClaims: readonly string[];
  /** Claims only its copy group states (itself or copies of one origin). */
  readonly onlyClaims: readonly string[];
  /** Quotes it carries. */
  readonly quotes: readonly string[];
  /** Quotes only its copy group carries. */
  readonly onlyQuotes: readonly string[];
};
