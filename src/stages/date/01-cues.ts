import type { Article } from "../../model/index.js";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "../../lang/en/calendar.js";
import { isoDay, monthNumber } from "../../util/iso-date.js";
import { toDayNumber, WEEKDAYS } from "./calendar.js";

/** Whether the words around a date speak of the past, the future, or cannot tell. */
export type Tense = "past" | "future" | "unknown";

/** A mention of a day in an article's text that bears on when the article was written. */
export type DateCue =
  | {
      readonly kind: "dateline";
      readonly month: number;
      readonly day: number;
      readonly year: number | null;
    }
  | { readonly kind: "full"; readonly day: number; readonly tense: Tense } // a day number with its year
  | {
      readonly kind: "month-day";
      readonly month: number;
      readonly day: number;
      readonly tense: Tense;
    }
  | { readonly kind: "weekday"; readonly weekday: number; readonly tense: Tense }
  /** A year named alone ("in 2014"): when told in the past tense, the text was written in it or later. */
  | { readonly kind: "year"; readonly year: number; readonly tense: Tense };

const MONTH = `(${MONTH_PATTERN})\\.?`;
// A date the temporal stage read that names its month in letters ("March 17", "9 February 2025"),
// as a writer dates an event; numeric dates in running text are mostly machine stamps.
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_PATTERN})`);
// "Tuesday, March 17": the temporal stage reads it as one date; the weekday is a cue too.
const LEADING_WEEKDAY = new RegExp(`^(${WEEKDAY_PATTERN})\\b`);
// "HARBOURTON, March 17 (Northwire) –", "WASHINGTON, Feb 11 –", "Harbourton, Mar. 17
// (Northwire)--", "Lakeside, Ore., Feb. 18:", "NEW HARBOUR [Ruritania], 3 February (Northwire):":
// a place of a few capitalised words (a region in brackets or after a comma), a date month first
// or day first, an agency in brackets maybe, and a dash or a colon.
const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\s*\[[^\]]{1,30}\])?(?:,\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?`;
const DATELINE_END = String.raw`(?:,?\s*(\d{4}))?\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])`;
const DATELINE = new RegExp(`^${DATELINE_PLACE},\\s*${MONTH}\\s*(\\d{1,2})${DATELINE_END}`, "u");
const DATELINE_DAY_FIRST = new RegExp(
  `^${DATELINE_PLACE},\\s*(\\d{1,2})\\s+${MONTH}${DATELINE_END}`,
  "u",
);
/** A dateline opens the story, after at most a section label and a headline. */
const DATELINE_PARAGRAPHS = 3;

// Markers of time reference in the words around a date. Future first: "will", "is set to",
// "plans to", "scheduled", "next", "upcoming", "is due to", "is expected to".
const FUTURE =
  /^(?:will|'ll|shall|scheduled|next|upcoming|due|expected|set|plans?|planned|going|ahead|later)$/i;
// Past: reporting verbs and other common past forms. A word ending in -ed counts too.
const PAST =
  /^(?:said|told|says|was|were|had|did|met|spoke|took|came|gave|went|made|held|began|sent|saw|wrote|announced|reported|last|ago|earlier|aired|declined|ran|won|lost|left|struck|fell|rose|hit|broke|shut)$/i;
const WINDOW_BEFORE = 8;
// Wide enough to reach the verb after an adverbial: "In a Monday interview with Northwire, Vell refrained".
const WINDOW_AFTER = 6;

/**
 * How far either side of a date its words are read: far more than the eight words before and
 * six after that decide the tense, and a bound on the cost of each date in a sentence of
 * thousands (a list of dates with no full stop). Only words this far away read differently.
 */
const TENSE_LOOK_CHARS = 2048;
/** The first window read before a date, doubled until it holds WINDOW_BEFORE words. */
const FIRST_REACH = 128;

/**
 * The tense nearest to a date mention inside its sentence, by word distance: the date is `length`
 * characters at `at` in `text`, whose sentence runs from `from` to `to` (the whole text unless
 * given).
 */
export function tenseAround(
  text: string,
  at: number,
  length: number,
  from = 0,
  to = text.length,
): Tense {
  const before = wordsBefore(text, from, at).slice(-WINDOW_BEFORE).reverse();
  const after = (
    text.slice(at + length, Math.min(to, at + length + TENSE_LOOK_CHARS)).match(/[\p{L}']+/gu) ?? []
  ).slice(0, WINDOW_AFTER);
  const judge = (w: string): Tense =>
    FUTURE.test(w)
      ? "future"
      : PAST.test(w) || (/ed$/i.test(w) && w.length > 4)
        ? "past"
        : "unknown";
  for (let d = 0; d < Math.max(before.length, after.length); d++) {
    // Words before the date weigh first at equal distance: "said Sunday that … will meet".
    for (const w of [before[d], after[d]]) {
      if (w === undefined) continue;
      const t = judge(w);
      if (t !== "unknown") return t;
    }
  }
  return "unknown";
}

/**
 * The words from `from` to `at`, at least the last WINDOW_BEFORE of them: read from a window
 * before `at`, widened until it holds that many whole words (its first word may be cut, so it is
 * dropped) or reaches `from` or TENSE_LOOK_CHARS.
 */
function wordsBefore(text: string, from: number, at: number): string[] {
  for (let reach = FIRST_REACH; ; reach *= 2) {
    const start = Math.max(from, at - reach);
    const words = text.slice(start, at).match(/[\p{L}']+/gu) ?? [];
    if (start === from) return words;
    if (words.length > WINDOW_BEFORE || reach >= TENSE_LOOK_CHARS) return words.slice(1);
  }
}

/** The dateline of an article ("HARBOURTON, March 17 (Northwire) –"), if it opens with one. */
export function datelineCue(article: Article): Extract<DateCue, { kind: "dateline" }> | null {
  for (const p of article.paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const text = article.clean.slice(p.start, p.end);
    const m = DATELINE.exec(text);
    const d = m ? null : DATELINE_DAY_FIRST.exec(text);
    const [monthWord, day, year] = m ? [m[1], m[2], m[3]] : d ? [d[2], d[1], d[3]] : [];
    const month = monthWord ? monthNumber(monthWord) : null;
    if (month)
      return { kind: "dateline", month, day: Number(day), year: year ? Number(year) : null };
  }
  return null;
}

/**
 * Every date cue of an article's clean text: its dateline, then the dates and weekdays the
 * temporal stage found, each with the tense of its sentence's words around it.
 */
export function dateCues(article: Article): DateCue[] {
  const cues: DateCue[] = [];
  const dateline = datelineCue(article);
  if (dateline) cues.push(dateline);
  const { clean, sentences } = article;
  let s = 0;
  for (const t of article.timexes) {
    const { parts } = t;
    if (parts.kind !== "date" && parts.kind !== "weekday" && parts.kind !== "year") continue;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > t.start) continue;
    // "last Monday", "next Friday": the modifier the expression holds tells the tense itself.
    const shift = parts.kind === "weekday" ? parts.shift : null;
    const tense: Tense =
      shift !== null && shift < 0
        ? "past"
        : shift !== null && shift > 0
          ? "future"
          : tenseAround(clean, t.start, t.end - t.start, sentence.start, sentence.end);
    if (parts.kind === "weekday") {
      cues.push({ kind: "weekday", weekday: parts.weekday, tense });
      continue;
    }
    if (parts.kind === "year") {
      if (!parts.fiscal) cues.push({ kind: "year", year: parts.year, tense });
      continue;
    }
    const written = clean.slice(t.start, t.end);
    if (!MONTH_WORD.test(written)) continue;
    const weekday = LEADING_WEEKDAY.exec(written);
    if (weekday)
      cues.push({ kind: "weekday", weekday: WEEKDAYS.indexOf(weekday[1]!.toLowerCase()), tense });
    pushDay(cues, parts.month, parts.day, parts.year, tense);
  }
  return cues;
}

function pushDay(
  cues: DateCue[],
  month: number,
  day: number,
  year: number | null,
  tense: Tense,
): void {
  if (year !== null) {
    const iso = isoDay(year, month, day);
    if (iso) cues.push({ kind: "full", day: toDayNumber(iso), tense });
  } else if (day >= 1 && day <= 31) {
    cues.push({ kind: "month-day", month, day, tense });
  }
}

// "today", "tonight", "this morning", "earlier this evening": the text speaking of the day it is
// written on. "Today's phones" is not that: a possessive speaks of the present age.
const SAME_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b(?!['’]s)/i;
// "yesterday", "last night": the text was written the day after what it reports.
const DAY_AFTER = /\b(?:yesterday|last night)\b/i;

/**
 * Whether an article speaks of its events as happening on the day it is written ("said today",
 * "crews will stay tonight") and never of yesterday: only then is the day of the latest event it
 * dates its own day.
 */
export function writtenOnTheDay(article: Article): boolean {
  return SAME_DAY.test(article.clean) && !DAY_AFTER.test(article.clean);
}
