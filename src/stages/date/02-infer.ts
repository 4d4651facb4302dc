import { isoDay } from "../../util/iso-date.js";
import { fromDayNumber, toDayNumber, weekdayOf } from "./calendar.js";
import type { DateCue } from "./01-cues.js";

/**
 * How far from the batch's anchor date an undated article may be placed. Articles about one
 * batch of news fall within a few weeks of each other; beyond that, weekday cues are ambiguous.
 */
const SEARCH_DAYS = 21;
/** A weekday named with the future tense ("will meet on Wednesday") lies within the next week. */
const WEEK = 7;

/** The day number of month/day in the year that puts it nearest `near`. */
function nearestMonthDay(month: number, day: number, near: number): number | null {
  const year = Number(fromDayNumber(near).slice(0, 4));
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoDay(y, month, day);
    if (!iso) continue;
    const n = toDayNumber(iso);
    if (best === null || Math.abs(n - near) < Math.abs(best - near)) best = n;
  }
  return best;
}

/** Latest day ≤ d with the given weekday. */
const weekdayOnOrBefore = (d: number, weekday: number): number =>
  d - ((weekdayOf(d) - weekday + 7) % 7);

/**
 * Gap between a candidate publication day and the latest event the text reports as past, or
 * null when the candidate contradicts a cue. A news article is published on the day of the
 * latest past event it reports or soon after, so the best candidate has the smallest gap.
 */
function gapFor(d: number, cues: readonly DateCue[]): number | null {
  let latestPast: number | null = null;
  for (const cue of cues) {
    let day: number | null = null;
    if (cue.kind === "weekday") {
      if (cue.tense === "past") day = weekdayOnOrBefore(d, cue.weekday);
      else if (cue.tense === "future") {
        // The named day must come within the week after the candidate.
        const next = weekdayOnOrBefore(d + WEEK, cue.weekday);
        if (next <= d || next > d + WEEK) return null;
      }
    } else if (cue.kind === "month-day" || cue.kind === "full") {
      const n = cue.kind === "full" ? cue.day : nearestMonthDay(cue.month, cue.day, d);
      if (n === null) continue;
      if (cue.tense === "past") {
        if (n > d) return null;
        day = n;
      } else if (cue.tense === "future" && n < d) return null;
    }
    if (cue.kind !== "dateline" && day !== null && (latestPast === null || day > latestPast))
      latestPast = day;
  }
  return latestPast === null ? null : d - latestPast;
}

/**
 * The publication day an article's own words give, or null when they do not settle it.
 * A dateline's day wins. Otherwise the days the text reports as past and future are matched
 * against candidate days around the anchor — the batch's own date, or the latest full date
 * the text states — and the candidate nearest its latest past event is taken, ties going to
 * the candidate nearest the anchor. Without an anchor, weekdays alone date nothing.
 */
export function inferPublished(
  cues: readonly DateCue[],
  anchor: string | null,
  today: string,
): string | null {
  const limit = toDayNumber(today);
  const fulls = cues.filter(
    (c): c is Extract<DateCue, { kind: "full" }> => c.kind === "full" && c.day <= limit,
  );
  const anchorDay = anchor
    ? toDayNumber(anchor)
    : fulls.length
      ? Math.max(...fulls.map((c) => c.day))
      : null;

  const dateline = cues.find(
    (c): c is Extract<DateCue, { kind: "dateline" }> => c.kind === "dateline",
  );
  if (dateline) {
    if (dateline.year !== null) return isoDay(dateline.year, dateline.month, dateline.day);
    if (anchorDay === null) return null;
    const n = nearestMonthDay(dateline.month, dateline.day, anchorDay);
    return n === null ? null : fromDayNumber(n);
  }
  if (anchorDay === null) return null;

  let best: { day: number; gap: number; distance: number } | null = null;
  // With only the text's own full dates as anchor, the article can only be later than them.
  const from = anchor ? anchorDay - SEARCH_DAYS : anchorDay;
  for (let d = from; d <= anchorDay + SEARCH_DAYS && d <= limit; d++) {
    const gap = gapFor(d, cues);
    if (gap === null) continue;
    const distance = Math.abs(d - anchorDay);
    if (!best || gap < best.gap || (gap === best.gap && distance < best.distance))
      best = { day: d, gap, distance };
  }
  return best ? fromDayNumber(best.day) : null;
}
