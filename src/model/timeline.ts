import type { Range, Span } from "./span.js";

/*
 * What the temporal stage finds in an article's text, before anything is placed on the calendar
 * (that needs the article's date, which an undated article gets only in the corpus date stage).
 */

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** Units that durations, offsets and "this/last/next" references count in. */
export type Unit = "Y" | "M" | "W" | "D" | "H" | "MIN" | "S" | "DE" | "CE" | "Q" | "WE";

/** Parts of the day as TimeML writes them. */
export type DayPart = "MO" | "AF" | "EV" | "NI" | "DT";

/** What a matched phrase says, before it is placed on the calendar. */
export type TemporalParts =
  | { kind: "date"; year: number | null; month: number; day: number; dayEnd: number | null }
  | { kind: "month"; year: number | null; month: number; shift: number | null }
  | { kind: "year"; year: number; fiscal: boolean }
  | { kind: "decade"; decade: number } // 199 for "the 1990s"
  | { kind: "day-word"; offset: number; part: DayPart | null } // today, yesterday, tonight
  | { kind: "weekday"; weekday: number; shift: number | null; part: DayPart | null }
  | { kind: "this-unit"; unit: Unit; shift: number } // this week, last year, next month
  | { kind: "quarter"; quarter: number | null; year: number | null; shift: number }
  | { kind: "half"; half: number; year: number | null }
  | { kind: "season"; season: string; shift: number | null }
  | { kind: "offset"; n: number; unit: Unit; sign: number } // two days ago, a year earlier
  | { kind: "chain"; n: number; unit: Unit; sign: number } // the following day, that day
  | { kind: "duration"; n: number | null; unit: Unit; time: boolean; frac: string | null }
  | { kind: "set"; value: string }
  | { kind: "ref"; value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF" }
  | { kind: "clock"; hour: number; minute: number; day: number | null };

/** A temporal expression found in a text: its span and what it says. */
export type TemporalMatch = {
  readonly start: number;
  readonly end: number;
  readonly parts: TemporalParts;
};

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
