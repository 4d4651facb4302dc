import type { Range, Span } from "./span.js";

/** TimeML's four kinds of temporal expression. */
export type TemporalType = "DATE" | "TIME" | "DURATION" | "SET";

/** How exact a calendar date is. */
export type DatePrecision = "day" | "month" | "year";

/**
 * A temporal expression of an article ("on Sunday", "Feb. 14-16", "last month", "three years"),
 * a range into its clean text, resolved against the article's date.
 */
export type TemporalExpression = Range & {
  readonly text: string;
  readonly type: TemporalType;
  /** The TimeML value: 2025-02-09, 2025-01, 2025-W06, 1989-Q3, P3Y, PRESENT_REF, … */
  readonly value: string;
  /** The calendar date named (YYYY-MM-DD, YYYY-MM or YYYY); null for durations, sets, "now". */
  readonly date: string | null;
  /** The end of a range, at the same precision; null when it is one day, month or year. */
  readonly until: string | null;
  readonly precision: DatePrecision | null;
  /** Whether it speaks of the future (tense, or a date after the article's). */
  readonly future: boolean;
};

/** One article's account of something that happened (or is to happen) on a date. */
export type ArticleEvent = {
  readonly article: string;
  readonly date: string;
  readonly until: string | null;
  readonly precision: DatePrecision;
  /** The sentence (clean-text range) that tells of it. */
  readonly sentence: Range;
  /** The date expression in it. */
  readonly when: Range;
  /** The clause around the event verb: what happened. */
  readonly what: string;
  /** Who did it: the subject's name, when a named mention stands before the verb. */
  readonly who: string | null;
  readonly scheduled: boolean;
};

/** A story's timeline entry: one event, merged across the articles that tell of it. */
export type TimelineEvent = {
  readonly story: string;
  readonly date: string;
  readonly until: string | null;
  readonly precision: DatePrecision;
  readonly what: string;
  readonly who: string | null;
  /** Said of the future by every article that tells of it. */
  readonly scheduled: boolean;
  /** The sentences that tell of it, one or more per article. */
  readonly sources: readonly Span[];
  readonly articles: readonly string[];
};
