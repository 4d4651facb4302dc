import type { EntityMention } from "./entity.js";
import type { Figure } from "./figure.js";
import type { Quote } from "./quote.js";
import type { Range } from "./span.js";
import type { TemporalExpression, TemporalMatch } from "./timeline.js";

/** Which container an article was read from. */
export type InputFormat = "text" | "html" | "jsonl" | "json" | "feed";

/**
 * Where a published date came from. "metadata": what the container says about the page, not the
 * page's words — a record's or page's date field, the URL's date, a page store's leading `date`
 * line. "text": what the page itself states — a byline or timestamp line, a dateline, or the day
 * of the latest event it dates while speaking of it as today. "story": from the article's story
 * (not given at present: a day placed only by weekdays is kept as `dateEstimate` instead).
 */
export type PublishedFrom = "metadata" | "text" | "story";

/** Where the outlet's name came from. */
export type OutletFrom = "metadata" | "site-name" | "url" | "text" | "credit";

/**
 * What ingest hands to the pipeline: one article as read from its container, before any
 * analysis. `original` is the article text as read (for HTML, the main content Readability
 * extracted, one block a line); every offset in the model points into it.
 */
export type RawArticle = {
  readonly id: string;
  /** The input it came from: a path as given, `-` for standard input, with `#N` for a record. */
  readonly source: string;
  readonly format: InputFormat;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly outletFrom: OutletFrom | null;
  readonly title: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD from the container's metadata, if it had one. */
  readonly published: string | null;
  readonly original: string;
  /** Where the article's own text starts in `original`, after header lines such as `title: …`. */
  readonly bodyStart: number;
  /**
   * Pieces left out before `original` was made (blocks an HTML page's extraction dropped), as
   * zero-width removals at the offset where each stood. Cleaning lists them in `removed`.
   */
  readonly droppedBefore?: readonly Removal[];
  /**
   * Its paragraph blocks (indices into `paragraphBlocks` of `original`) another page of its site
   * read with it prints too: given by `withSiteShared` before the article stages, read and
   * dropped by the clean stage.
   */
  readonly siteShared?: readonly number[];
};

/** A piece of the original text that cleaning dropped, with the rule that dropped it. */
export type Removal = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: string;
};

/**
 * Maps offsets of the clean text back into the original. Clean text is a concatenation of
 * pieces of the original (paragraphs, with separators between them); piece i starts at
 * `cleanStarts[i]` in the clean text and at `originalStarts[i]` in the original and runs for
 * `lengths[i]` characters. Separators belong to no piece.
 */
export type OffsetMap = {
  readonly cleanStarts: readonly number[];
  readonly originalStarts: readonly number[];
  readonly lengths: readonly number[];
};

/**
 * A paragraph of the clean text. `quoteContinues` is set when a quotation opened in it is still
 * open at its end and the next paragraph reopens it — the newspaper convention for a quote that
 * runs on over several paragraphs.
 */
export type Paragraph = Range & { readonly quoteContinues: boolean };

/**
 * A sentence of the clean text; `paragraph` indexes `Article.paragraphs`. Its tokens are tokens
 * `tokenFrom` to `tokenTo` (end-exclusive) of `SegmentedArticle.tokens`.
 */
export type Sentence = Range & {
  readonly paragraph: number;
  readonly tokenFrom: number;
  readonly tokenTo: number;
};

/** An article as the pipeline first holds it: what ingest read, and where its date came from. */
export type ArticleDraft = RawArticle & { readonly publishedFrom: PublishedFrom | null };

/** After the clean stage. */
export type CleanedArticle = ArticleDraft & {
  readonly clean: string;
  readonly offsets: OffsetMap;
  readonly removed: readonly Removal[];
};

/**
 * After the segment stage. Ranges in `paragraphs`, `sentences` and `tokens` are offsets into
 * `clean`; `toOriginal` (see offsets.ts) turns them into spans of `original`.
 */
export type SegmentedArticle = CleanedArticle & {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /**
   * Word and punctuation tokens as flat [start, end, start, end, …] pairs into `clean`, in
   * wink-nlp's conventions (segment/02-tokens.ts): "Kyiv's" is "Kyiv" + "'s", "U.S." is one.
   */
  readonly tokens: Int32Array;
  /** Words of the clean text as a reader counts them ("didn't" is one). */
  readonly words: number;
};

/** After the provenance stage, which also settles `title`, `author` and `outlet` from the text. */
export type AttributedArticle = SegmentedArticle & {
  /** The wire service the text credits as its source ("Reuters", "AP", "AFP"), if any. */
  readonly credit: string | null;
};

/** After the temporal stage: the one reading of dates and times that later stages consume. */
export type TimedArticle = AttributedArticle & {
  /**
   * The temporal expressions of the clean text ("on Sunday", "Feb. 14-16", "three years"), read
   * but not yet placed on the calendar; dating, quotes and the timeline read them.
   */
  readonly timexes: readonly TemporalMatch[];
};

/**
 * An article after the article-level stages (the optional fields are added by later stages,
 * some of them corpus stages, and are absent until those have run).
 */
export type Article = TimedArticle & {
  /**
   * For an article that states no date: the day its relative dates ("on Sunday") are read
   * against, estimated from the weekdays it reports and its story's dates. Only an estimate (a
   * report of Sunday's news is as often Monday's), so it is never given as `published`.
   */
  readonly dateEstimate?: string;
  /** People, organisations and places named in the clean text. */
  readonly mentions: readonly EntityMention[];
  /** Quotes and reported speech, once the quotes stage has run. */
  readonly quotes?: readonly Quote[];
  /** Temporal expressions resolved against the article's date, once the timeline stage has run. */
  readonly temporal?: readonly TemporalExpression[];
  /** Money, counts, measures and percentages, once the figures stage has run. */
  readonly figures?: readonly Figure[];
  /**
   * What a stage left out of an absurd article, one line each ("figures: only the first 2,000
   * of 8,000 read"): shown among the brief's warnings.
   */
  readonly limits?: readonly string[];
};

/**
 * The fields of an article the stages compute: a stage `needs` some of them and `adds` some
 * (it may also change a field ingest gave, such as `title`).
 */
export type AnalysisField = Exclude<keyof Article, keyof ArticleDraft>;
