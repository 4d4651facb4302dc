import { MONTH_PATTERN, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from "../lang/en/calendar.js";
import { isoDay, monthNumber } from "./iso-date.js";

/**
 * Dates in the lines pages print around a story: bylines and timestamp lines ("June 3, 2026
 * 6:10 PM", "Updated: 3 June 2026, 18:10 BST", "Published 2026-06-03"). Only dates with their
 * year count: a line without one says nothing sure about the year.
 */

const MONTH = `(${MONTH_PATTERN})\\.?`;
// "June 3, 2026", "Jun. 03 2026", "June 3rd, 2026"
const MONTH_FIRST = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`,
  "gi",
);
// "3 June 2026", "03 Jun, 2026"
const DAY_FIRST = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d{2})\b`,
  "gi",
);
// "2026-06-03", "2026/06/03", and "2026-06-03T18:10:00Z" (an ISO time run on after a "T")
const NUMERIC = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-])/g;
// "11/19/26", "19.11.2026", "11/19/2026": day and month in figures, in an order the line must
// make plain (see `figuresDay`); a two-digit year is this century's.
const FIGURES = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/.]|\.\d)/g;
// Zones of the Americas, where pages write the month first ("11/19/26 6:56 AM EST").
const MONTH_FIRST_ZONES = /\b(?:E|C|M|P|AK|HA)[SD]?T\b/;
// "Updated", "Last modified": a date after these is a later revision's.
const UPDATED = /\b(?:updated|modified|edited|revised)(?:\s+on)?\b[^0-9a-z]*$/i;

// "Published: June 3, 2026", "Posted on 3 June 2026", "Last updated 2026-06-03": a date the
// page labels as its filing or revision day, wherever it stands in a line.
const LABEL_BEFORE =
  /\b(?:published|posted|updated|modified|first published|last updated)(?:\s+on)?\s*:?\s*$/i;

/** How far before a date its label may stand ("Last updated on: "). */
const LABEL_REACH = 24;

/** A date found in a line, with where it stands and whether the line labels it a revision's. */
export type LineDate = {
  readonly day: string;
  readonly start: number;
  readonly end: number;
  readonly updated: boolean;
  /** Whether a label ("Published:", "Updated") stands right before it. */
  readonly labelled: boolean;
};

/**
 * The day of a date written in figures, or null when the order of day and month is not plain: a
 * number above 12 can only be the day; otherwise only an American time zone in the line says
 * the month comes first. Pages elsewhere put the day first, so a bare "03/04/26" says nothing
 * sure, and no date is better than a wrong one.
 */
function figuresDay(m: RegExpMatchArray, line: string): string | null {
  const [a, b] = [Number(m[1]), Number(m[3])];
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  if (a > 12 && b <= 12) return isoDay(year, b, a);
  if (b > 12 && a <= 12) return isoDay(year, a, b);
  if (a === b) return isoDay(year, a, b);
  return MONTH_FIRST_ZONES.test(line) ? isoDay(year, a, b) : null;
}

/** Every full date in a line, in order. */
export function datesInLine(line: string): LineDate[] {
  const out: LineDate[] = [];
  const push = (day: string | null, start: number, end: number): void => {
    if (!day || out.some((d) => start < d.end && end > d.start)) return;
    const before = line.slice(Math.max(0, start - LABEL_REACH), start);
    out.push({
      day,
      start,
      end,
      updated: UPDATED.test(before),
      labelled: LABEL_BEFORE.test(before),
    });
  };
  for (const m of line.matchAll(MONTH_FIRST)) {
    const month = monthNumber(m[1]!);
    push(month ? isoDay(Number(m[3]), month, Number(m[2])) : null, m.index, m.index + m[0].length);
  }
  for (const m of line.matchAll(DAY_FIRST)) {
    const month = monthNumber(m[2]!);
    push(month ? isoDay(Number(m[3]), month, Number(m[1])) : null, m.index, m.index + m[0].length);
  }
  for (const m of line.matchAll(NUMERIC)) {
    push(isoDay(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m.index + m[0].length);
  }
  for (const m of line.matchAll(FIGURES)) push(figuresDay(m, line), m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The publication day a byline or timestamp line gives: its first date that is not labelled an
 * update, else its first date; null when its dates disagree without labels to tell them apart.
 */
export function publishedInLine(line: string): string | null {
  const dates = datesInLine(line);
  const first = dates.find((d) => !d.updated);
  if (first) {
    const others = dates.filter((d) => !d.updated && d.day !== first.day);
    return others.length ? null : first.day;
  }
  return dates[0]?.day ?? null;
}

// What a timestamp line holds besides its dates: labels, weekdays, clock times, an update's age
// ("/ Updated 14 hours ago"), glue.
const WEEKDAY_WORDS = [...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS].join("|");
const FILLER_WORDS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:published|updated|posted|first|last|modified|edited|created|date|on|at|and|${WEEKDAY_WORDS}|\d{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|[ap]\.?m\.?|noon|midnight|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)(?![\p{L}\d])|[|·•,:;()–—\-/]+`,
  "giu",
);
// Time zones, in capitals as printed: "EDT", "GMT+1", "AEST", "ET".
const ZONES =
  /\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT(?:[+-]\d{1,2})?|IST|WIB|JST|KST|HKT|SGT|CET|CEST|BST|EET|EEST)\b/g;

/**
 * Whether a line is a timestamp and nothing else: a full date, with at most labels ("Updated"),
 * weekdays, clock times and time zones around it ("Updated: June 3, 2026 6:10 PM EDT").
 */
export function isTimestampLine(line: string): boolean {
  return besideTimestamp(line) === "";
}

/** What a line holds besides its dates and a timestamp's words; null when it holds no date. */
function besideTimestamp(line: string): string | null {
  // (a long line is no timestamp: the length is checked before the dates are looked for)
  if (line.length > 120) return null;
  const dates = datesInLine(line);
  if (dates.length === 0) return null;
  let rest = "";
  let at = 0;
  for (const d of dates) {
    rest += ` ${line.slice(at, d.start)}`;
    at = d.end;
  }
  rest += ` ${line.slice(at)}`;
  return rest.replace(ZONES, " ").replace(FILLER_WORDS, " ").trim();
}

/** A writer's name beside a timestamp: capitalised words, initials, "by" and "written by". */
const WRITER_WORDS =
  /^(?:(?:[Ww]ritten |[Pp]osted |[Ff]iled )?[Bb]y\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al|bin)){0,5}(?:\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$/u;

/**
 * Whether a line is a timestamp with its writer's name, as pages print them under a headline:
 * "Chris Vell - Nov 19, 2026, 10:31 pm CST", "By Ana Lund November 19, 2026, 07:47 PM EST",
 * "5:45 AM PST 11/19/2026 by Ana Lund". One day only: a line of two days is not one filing.
 */
export function isDatedByline(line: string): boolean {
  const rest = besideTimestamp(line);
  if (rest === null || rest === "") return false;
  if (new Set(datesInLine(line).map((d) => d.day)).size !== 1) return false;
  return WRITER_WORDS.test(rest.replace(/\s+/g, " "));
}
