import { isoDay, monthNumber } from "../util/iso-date.js";
import { MONTH_PATTERN } from "../lang/en/calendar.js";

/**
 * Dates that news sites write into their addresses. A full date in the path is the day the
 * site filed the story under: `/2026/03/17/`, `/2026/mar/17/`, `/20260317/`, `-2026-03-17`,
 * `2026_03_17`. A
 * six-digit segment (`/260317/`) may be a date or an id, so it is offered apart, for a caller
 * that has other evidence to check it against.
 */

/** Years a news site's address can hold; a number outside is an id, not a year. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

// "/2026/03/17/", "/2026/3/17"
const SLASHED = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[/?#.]|$|-)/g;
// "/2026/mar/17/", "/2026/march/17": the month by its name, as some papers' archives write it
const NAMED_MONTH = new RegExp(
  String.raw`\/((?:19|20)\d{2})\/(${MONTH_PATTERN})\/(\d{1,2})(?=[/?#.]|$|-)`,
  "gi",
);
// "-2026-03-17", "/2026-03-17/", "story_2026_03_17": digits not part of a longer number
const SEPARATED = /(?<!\d)((?:19|20)\d{2})([-_.])(\d{2})\2(\d{2})(?!\d)/g;
// "/20260317/", "-20260317/": eight digits standing alone between separators, not inside an id
const PACKED = /(?<![\p{L}\d])((?:19|20)\d{2})(\d{2})(\d{2})(?![\p{L}\d])/gu;
// "/260317/": a whole path segment of six digits
const SHORT = /\/(\d{2})(\d{2})(\d{2})(?=\/)/g;

/** The path of a web address (with an embedded address's path, as proxies write them). */
export function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
}

const inRange = (y: number): boolean => y >= FIRST_YEAR && y <= LAST_YEAR;

/**
 * The date a web address's path states in full, or null when it states none, or two that
 * disagree (an archive page's address holding two dates says nothing sure about the story's).
 */
export function urlDate(url: string | null): string | null {
  const path = pathOf(url);
  if (path === null) return null;
  const days = new Set<string>();
  for (const m of path.matchAll(SLASHED)) {
    const d = inRange(Number(m[1])) ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (d) days.add(d);
  }
  for (const m of path.matchAll(NAMED_MONTH)) {
    const month = monthNumber(m[2]!);
    const d = month && inRange(Number(m[1])) ? isoDay(Number(m[1]), month, Number(m[3])) : null;
    if (d) days.add(d);
  }
  for (const m of path.matchAll(SEPARATED)) {
    const d = inRange(Number(m[1])) ? isoDay(Number(m[1]), Number(m[3]), Number(m[4])) : null;
    if (d) days.add(d);
  }
  for (const m of path.matchAll(PACKED)) {
    const d = inRange(Number(m[1])) ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (d) days.add(d);
  }
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * Days that six-digit path segments could be, read as YYMMDD (`/260317/` → 2026-03-17). Such a
 * segment is as often an id, so these are candidates only: a date needs other evidence, such as
 * the dates of the story's other articles, before it is believed.
 */
export function shortUrlDates(url: string | null): string[] {
  const path = pathOf(url);
  if (path === null) return [];
  const out: string[] = [];
  for (const m of path.matchAll(SHORT)) {
    const d = isoDay(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) out.push(d);
  }
  return out;
}

/** The day with its month and day of month swapped (2026-06-02 ↔ 2026-02-06), if it is one. */
export function swapDayMonth(day: string): string | null {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return m === d ? null : isoDay(y, d, m);
}

/**
 * The publication day a container's metadata gives, from the strongest evidence: a date field
 * of the record or page; else the address's date and the page store's `date` line, which must
 * agree. When they disagree, a date line that is the address's day with month and day swapped
 * is a misread of it; any other disagreement gives no date, since either may be the wrong one.
 */
export function metadataDate(evidence: {
  readonly field?: string | null;
  readonly dateLine?: string | null;
  readonly url?: string | null;
}): string | null {
  if (evidence.field) return evidence.field;
  const fromUrl = urlDate(evidence.url ?? null);
  const line = evidence.dateLine ?? null;
  if (fromUrl && line && fromUrl !== line) return swapDayMonth(line) === fromUrl ? fromUrl : null;
  return fromUrl ?? line;
}
