/**
 * Where the timeline puts each date: proportional to real time, so two events a day apart sit
 * closer than two a month apart. A story's history ("opened in 2021") and its news week would
 * squeeze the week into one point on a single scale, so a gap much longer than the others is
 * cut out and drawn as a break of fixed width, labelled with the time it stands for.
 */

const DAY_MS = 86_400_000;
/** A gap becomes a break when it is this many times the median gap between dates... */
export const BREAK_RATIO = 4;
/** ...and longer than this many days: weeks-apart events of a month-long story stay on scale. */
export const BREAK_MIN_DAYS = 14;
/** Width in pixels of a break on the axis. */
export const BREAK_WIDTH = 40;
/** Width given to a segment that is a single day, so its mark is not squeezed into a break. */
const POINT_WIDTH = 24;

/** Days since 1970 of the first day of a date written YYYY, YYYY-MM or YYYY-MM-DD; null if not a date. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2] ?? "1") - 1, Number(m[3] ?? "1"));
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

export type TimeBreak = { readonly x: number; readonly days: number };
export type TimeScale = {
  /** The x of a day number within [left, left + width]. */
  readonly at: (day: number) => number;
  readonly breaks: readonly TimeBreak[];
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The scale for these days over an axis from `left` to `left + width` pixels. */
export function timeScale(days: readonly number[], left: number, width: number): TimeScale {
  const distinct = [...new Set(days)].sort((a, b) => a - b);
  if (distinct.length <= 1) return { at: () => left + width / 2, breaks: [] };
  const gaps = distinct.slice(1).map((d, i) => d - distinct[i]!);
  const typical = median(gaps);
  const isBreak = gaps.map((g) => g > BREAK_MIN_DAYS && g > BREAK_RATIO * typical);
  // segments of dates joined by ordinary gaps; each break sits between two segments
  const segments: { from: number; to: number }[] = [{ from: distinct[0]!, to: distinct[0]! }];
  gaps.forEach((_, i) => {
    const d = distinct[i + 1]!;
    if (isBreak[i]) segments.push({ from: d, to: d });
    else segments[segments.length - 1]!.to = d;
  });
  const breakCount = segments.length - 1;
  const spans = segments.map((s) => s.to - s.from);
  const totalSpan = spans.reduce((a, b) => a + b, 0);
  const points = spans.filter((s) => s === 0).length;
  const room = Math.max(0, width - breakCount * BREAK_WIDTH - points * POINT_WIDTH);
  const perDay = totalSpan > 0 ? room / totalSpan : 0;
  const starts: number[] = [];
  const breaks: TimeBreak[] = [];
  let x = left;
  segments.forEach((s, i) => {
    if (i > 0) {
      breaks.push({ x: x + BREAK_WIDTH / 2, days: s.from - segments[i - 1]!.to });
      x += BREAK_WIDTH;
    }
    starts.push(x);
    x += s.to === s.from ? POINT_WIDTH : (s.to - s.from) * perDay;
  });
  const at = (day: number): number => {
    let i = segments.findIndex((s) => day <= s.to);
    if (i === -1) i = segments.length - 1;
    const s = segments[i]!;
    if (s.to === s.from) return starts[i]! + POINT_WIDTH / 2;
    return starts[i]! + (Math.min(Math.max(day, s.from), s.to) - s.from) * perDay;
  };
  return { at, breaks };
}

/** "3 years", "5 months", "20 days": how long a break stands for. */
export function spanWords(days: number): string {
  if (days >= 730) return `${Math.round(days / 365)} years`;
  if (days >= 60) return `${Math.round(days / 30.4)} months`;
  return `${days} days`;
}
