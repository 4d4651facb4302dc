import type { EntityType } from "./entity.js";
import type { Range, Span } from "./span.js";

/** How a quote is given: whole sentences in quotation marks, a phrase in marks, or reported speech. */
export type QuoteKind = "direct" | "partial" | "indirect";

/**
 * How a speaker was found: named beside the quote, a pronoun or a description ("the mayor")
 * resolved to a name, or carried over from the quote before.
 */
export type SpeakerFrom = "named" | "pronoun" | "description" | "carried";

/**
 * Who a quote is attributed to, as written in the clean text (`start`/`end`: "he", "Mayor Ilsa
 * Varnholt", "a port spokesperson") and the name it stands for (`name`: the pronoun's antecedent,
 * the carried-over speaker's name; null when nothing could be resolved).
 */
export type QuoteSpeaker = Range & {
  readonly text: string;
  readonly name: string | null;
  /** The entity key of the mention named (see EntityMention.key), when it is one. */
  readonly key: string | null;
  readonly type: EntityType | null;
  readonly from: SpeakerFrom;
};

/**
 * One quote of one article. Ranges are offsets into the article's clean text: `start`/`end` is
 * the content (inside the marks for a direct quote), `outer` includes the marks, `pieces` the
 * content of each paragraph of a quotation that runs on over several.
 */
export type Quote = Range & {
  readonly kind: QuoteKind;
  readonly outer: Range;
  readonly pieces: readonly Range[];
  /** The quoted words, one space between the pieces of a multi-paragraph quotation. */
  readonly text: string;
  readonly speaker: QuoteSpeaker | null;
  /** The reporting verb ("said", "told reporters", "according to"). */
  readonly cue: (Range & { readonly text: string }) | null;
  /** Where it was said, as written ("in a Fox News interview", "on Meet the Press", "told Reuters"). */
  readonly venue: string | null;
  /** When it was said, as written ("Monday", "on Sunday"). */
  readonly when: string | null;
  readonly paragraph: number;
};

/**
 * A quote as it appears in one article of a story. A quotation that runs over several paragraphs
 * (each reopening with a mark) has one occurrence per paragraph, so each can be cited on its own;
 * `part` says which paragraph of how many it is (null for a quotation within one paragraph).
 */
export type QuoteOccurrence = {
  readonly span: Span;
  readonly part: { readonly index: number; readonly of: number } | null;
  readonly kind: QuoteKind;
  readonly text: string;
  readonly venue: string | null;
  readonly when: string | null;
  readonly cue: string | null;
  readonly speakerText: string | null;
};

/** An occurrence whose words differ from another article's wording of the same utterance. */
export type QuoteDifference = {
  readonly article: string;
  readonly text: string;
  /** The article with the other wording, and a word-level difference ("−[ordinary] +[normal]"). */
  readonly against: string;
  readonly diff: string;
};

/** One utterance of a story with every article that quotes it. */
export type StoryQuote = {
  readonly id: string;
  readonly story: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerEntity: string | null;
  readonly kind: QuoteKind;
  readonly occurrences: readonly QuoteOccurrence[];
  /** The article that has it first (earliest date, then the origin of a copy group). */
  readonly first: string;
  /** Copy-group origins of the articles that carry it: how many sources give it independently. */
  readonly independentSources: number;
  readonly variants: readonly QuoteDifference[];
  readonly altered: readonly QuoteDifference[];
  /** Copies that report this direct quote as indirect speech. */
  readonly turnedIndirect: readonly {
    readonly article: string;
    readonly span: Span;
    readonly against: string;
  }[];
  /**
   * Articles that give these words to this speaker where an earlier article gives them to
   * another (`againstSpeaker`, in `against`): each side with a name written beside the quote.
   */
  readonly reattributed: readonly Reattribution[];
};

/** One article's occurrence of a quotation that an earlier article gives to someone else. */
export type Reattribution = {
  readonly article: string;
  readonly span: Span;
  readonly speaker: string;
  readonly against: string;
  /** The earlier article's occurrence of the words. */
  readonly againstSpan: Span;
  readonly againstSpeaker: string;
};
