/**
 * Places temporal expressions on the calendar: each against its article's date (the DCT) and
 * the tense of the words around it — "said on Sunday" is the Sunday before, "will meet on
 * Wednesday" the Wednesday after — and a relative chain ("the following day") against the
 * last day the article named. The value is written as TimeML writes it (2025-02-09, 2025-01,
 * 2025-W06, 1989-Q3, 199, P3Y, PRESENT_REF, 2026-03-17TMO), and for the timeline as a calendar
 * date with its precision and, for a range, its end.
 */
import { isoDay } from "../../util/iso-date.js";
import { fromDayNumber, toDayNumber, weekdayOf } from "../date/calendar.js";
import type { Tense } from "../date/01-cues.js";
import type { TemporalMatch, TemporalParts, TimexType, Unit } from "../temporal/01-find.js";

export type Precision = "day" | "month" | "year";

/** A temporal expression placed on the calendar. */
export type ResolvedTemporal = {
  readonly type: TimexType;
  /** The TimeML value. */
  readonly value: string;
  /** The calendar date it names (YYYY-MM-DD, YYYY-MM or YYYY), null for durations and sets. */
  readonly date: string | null;
  /** The last day, month or year of a range ("Feb. 14-16", "last week"), else null. */
  readonly until: string | null;
  readonly precision: Precision | null;
  /** Whether the words around it speak of the future. */
  readonly future: boolean;
};

/**
 * When a month and day without a year lie more than this many days on the wrong side of the
 * article's date for their tense ("said on Dec. 28" in a January article), they belong to the
 * year before (or after, for the future): about half a year, so a date is read in the nearer
 * year. Tuned on timebank/aquaint, where a tighter bound (a month) lost more than it won.
 */
const YEAR_FLIP_DAYS = 182;
/** A month named alone more than this many months ahead of (or behind) the article's month is
 * read in the year before (after): "in December" in a March article that says "said" is last
 * December. Tuned on timebank/aquaint. */
const MONTH_FLIP = 6;

const pad = (n: number): string => String(n).padStart(2, "0");

/** ISO week of a day number: [ISO year, week]. */
export function isoWeek(dayNumber: number): [number, number] {
  const wd = (weekdayOf(dayNumber) + 6) % 7; // Monday 0
  const thursday = dayNumber - wd + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = toDayNumber(`${year}-01-01`);
  return [year, Math.floor((thursday - jan1) / 7) + 1];
}

const weekValue = (dayNumber: number): string => {
  const [y, w] = isoWeek(dayNumber);
  return `${y}-W${pad(w)}`;
};

/** Months added to a year and month, as [year, month]. */
function addMonths(year: number, month: number, n: number): [number, number] {
  const i = year * 12 + (month - 1) + n;
  return [Math.floor(i / 12), (i % 12) + 1];
}

const day = (iso: string, precision: Precision = "day", until: string | null = null) => ({
  date: iso,
  until,
  precision,
});

function durationValue(n: number | null, unit: Unit, half: boolean): string {
  const count = n === null ? "X" : String(n);
  switch (unit) {
    case "H":
      return half && n !== null ? `PT${n * 60 + 30}M` : `PT${count}H`;
    case "MIN":
      return half && n !== null ? `PT${n}M30S` : `PT${count}M`;
    case "S":
      return `PT${count}S`;
    case "DE":
      return n === null ? "PXDE" : `P${n * 10}Y`;
    case "CE":
      return n === null ? "PXCE" : `P${n * 100}Y`;
    case "Q":
      return n === null ? "PXQ" : `P${n * 3}M`;
    case "WE":
      return `P${count}WE`;
    default:
      return half && n !== null && unit === "Y" ? `P${n * 12 + 6}M` : `P${count}${unit}`;
  }
}

type Out = Omit<ResolvedTemporal, "future">;

const vague = (type: TimexType, value: string): Out => ({
  type,
  value,
  date: null,
  until: null,
  precision: null,
});

/**
 * The calendar reading of an expression that names its own year ("June 4, 2008", "March 2016",
 * "in 2014", "the 1990s"), which needs no article date; null for any other.
 */
export function resolveSelfDated(parts: TemporalParts): Out | null {
  switch (parts.kind) {
    case "date": {
      if (parts.year === null) return null;
      const iso = isoDay(parts.year, parts.month, parts.day);
      if (!iso) return vague("DATE", `${parts.year}-${pad(parts.month)}`);
      const end = parts.dayEnd ? isoDay(parts.year, parts.month, parts.dayEnd) : null;
      return { type: "DATE", value: iso, ...day(iso, "day", end) };
    }
    case "month": {
      if (parts.year === null) return null;
      const v = `${parts.year}-${pad(parts.month)}`;
      return { type: "DATE", value: v, ...day(v, "month") };
    }
    case "year":
      return {
        type: "DATE",
        value: parts.fiscal ? `FY${parts.year}` : String(parts.year),
        ...day(String(parts.year), "year"),
      };
    case "decade":
      return {
        type: "DATE",
        value: String(parts.decade),
        date: `${parts.decade}0`,
        until: `${parts.decade}9`,
        precision: "year",
      };
    default:
      return null;
  }
}

/**
 * The calendar reading of one expression. `dct` is the article's date (YYYY-MM-DD); `last` is
 * the day number of the latest day-precise date named before it in the article (for chains).
 */
export function resolveParts(
  parts: TemporalParts,
  dct: string,
  tense: Tense,
  last: number | null,
): Out {
  const dctDay = toDayNumber(dct);
  const dctYear = Number(dct.slice(0, 4));
  const dctMonth = Number(dct.slice(5, 7));
  const future = tense === "future";
  const own = resolveSelfDated(parts);
  switch (parts.kind) {
    case "year":
    case "decade":
      return own!; // always self-dated
    case "date": {
      if (own) return own;
      // Without its year (self-dated ones are read above): the year that puts it nearest the
      // article's date, unless the tense says which side.
      let year = dctYear;
      const here = isoDay(year, parts.month, Math.min(parts.day, 28));
      const gap = here ? toDayNumber(here) - dctDay : 0;
      if (!future && gap > YEAR_FLIP_DAYS) year--;
      else if (tense !== "past" && gap < -YEAR_FLIP_DAYS) year++;
      const iso = isoDay(year, parts.month, parts.day);
      if (!iso) return vague("DATE", `${year}-${pad(parts.month)}`);
      const end = parts.dayEnd ? isoDay(year, parts.month, parts.dayEnd) : null;
      return { type: "DATE", value: iso, ...day(iso, "day", end) };
    }
    case "month": {
      if (own) return own;
      let year = dctYear;
      if (parts.shift === -1) year = parts.month < dctMonth ? dctYear : dctYear - 1;
      else if (parts.shift === 1) year = parts.month > dctMonth ? dctYear : dctYear + 1;
      // Otherwise the nearest such month, unless the tense says which side.
      else if (parts.month - dctMonth > MONTH_FLIP && !future) year = dctYear - 1;
      else if (dctMonth - parts.month > MONTH_FLIP && tense !== "past") year = dctYear + 1;
      const v = `${year}-${pad(parts.month)}`;
      return { type: "DATE", value: v, ...day(v, "month") };
    }
    case "day-word": {
      const iso = fromDayNumber(dctDay + parts.offset);
      return parts.part && parts.part !== "NI"
        ? { type: "TIME", value: `${iso}T${parts.part}`, ...day(iso) }
        : { type: "DATE", value: iso, ...day(iso) };
    }
    case "weekday": {
      const wd = weekdayOf(dctDay);
      let n: number;
      if (parts.shift === -1) n = dctDay - ((wd - parts.weekday + 7) % 7 || 7);
      else if (parts.shift === 1) n = dctDay + ((parts.weekday - wd + 7) % 7 || 7);
      else if (future) n = dctDay + ((parts.weekday - wd + 7) % 7);
      else n = dctDay - ((wd - parts.weekday + 7) % 7);
      const iso = fromDayNumber(n);
      // TimeBank writes a weekday's part of the day ("Sunday night") as the day alone.
      return { type: "DATE", value: iso, ...day(iso) };
    }
    case "this-unit": {
      const s = parts.shift;
      switch (parts.unit) {
        case "Y":
          return {
            type: "DATE",
            value: String(dctYear + s),
            ...day(String(dctYear + s), "year"),
          };
        case "M": {
          const [y, m] = addMonths(dctYear, dctMonth, s);
          const v = `${y}-${pad(m)}`;
          return { type: "DATE", value: v, ...day(v, "month") };
        }
        case "W":
        case "WE": {
          const n = dctDay + 7 * s;
          const monday = n - ((weekdayOf(n) + 6) % 7);
          const we = parts.unit === "WE";
          return {
            type: "DATE",
            value: we ? `${weekValue(n)}-WE` : weekValue(n),
            date: fromDayNumber(we ? monday + 5 : monday),
            until: fromDayNumber(monday + 6),
            precision: "day",
          };
        }
        case "DE": {
          const d = Math.floor(dctYear / 10) + s;
          return {
            type: "DATE",
            value: String(d),
            date: `${d}0`,
            until: `${d}9`,
            precision: "year",
          };
        }
        case "CE":
          return vague("DATE", String(Math.floor(dctYear / 100) + s));
        default:
          return vague("DATE", dct);
      }
    }
    case "quarter": {
      const current = Math.floor((dctMonth - 1) / 3) + 1;
      let year = parts.year ?? dctYear;
      let q = parts.quarter;
      if (q === null) {
        // "the quarter" in a report is the one just ended; "the year-ago quarter" (shift -4)
        // the same quarter a year before.
        const i = year * 4 + (current - 1) - 1 + (parts.shift === -4 ? -4 : 0);
        year = Math.floor(i / 4);
        q = (i % 4) + 1;
      } else if (parts.year === null) {
        if (parts.shift === -1) year--;
        else if (!future && q > current) year--;
      }
      const first = (q - 1) * 3 + 1;
      return {
        type: "DATE",
        value: `${year}-Q${q}`,
        date: `${year}-${pad(first)}`,
        until: `${year}-${pad(first + 2)}`,
        precision: "month",
      };
    }
    case "half": {
      const year = parts.year ?? dctYear;
      return vague("DATE", `${year}-H${parts.half}`);
    }
    case "season": {
      let year = dctYear;
      if (parts.shift === -1) year--;
      else if (parts.shift === 1) year++;
      return vague("DATE", `${year}-${parts.season}`);
    }
    case "offset": {
      const n = parts.n * parts.sign;
      return shifted(dctDay, dctYear, dctMonth, n, parts.unit);
    }
    case "chain": {
      const base = last ?? dctDay;
      const b = fromDayNumber(base);
      return shifted(
        base,
        Number(b.slice(0, 4)),
        Number(b.slice(5, 7)),
        parts.n * parts.sign,
        parts.unit,
      );
    }
    case "duration":
      return vague("DURATION", durationValue(parts.n, parts.unit, parts.frac !== null));
    case "set":
      return vague("SET", parts.value);
    case "ref":
      return vague("DATE", parts.value);
    case "clock": {
      const iso = fromDayNumber(dctDay);
      const v = `${iso}T${pad(parts.hour % 24)}:${pad(parts.minute)}`;
      return { type: "TIME", value: v, ...day(iso) };
    }
  }
}

function shifted(base: number, year: number, month: number, n: number, unit: Unit): Out {
  switch (unit) {
    case "Y": {
      const v = String(year + n);
      return { type: "DATE", value: v, ...day(v, "year") };
    }
    case "DE": {
      const v = String(year + 10 * n);
      return { type: "DATE", value: v, ...day(v, "year") };
    }
    case "M": {
      const [y, m] = addMonths(year, month, n);
      const v = `${y}-${pad(m)}`;
      return { type: "DATE", value: v, ...day(v, "month") };
    }
    case "W":
    case "WE": {
      const d = base + 7 * n;
      return { type: "DATE", value: weekValue(d), ...day(fromDayNumber(d)) };
    }
    case "D": {
      const iso = fromDayNumber(base + n);
      return { type: "DATE", value: iso, ...day(iso) };
    }
    case "Q": {
      const [y, m] = addMonths(year, month, 3 * n);
      const v = `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
      return vague("DATE", v);
    }
    default:
      return { type: "TIME", value: fromDayNumber(base), ...day(fromDayNumber(base)) };
  }
}

/** Whether a resolved expression names a day, so that a later "the following day" counts from it. */
const anchorsChain = (r: Out): boolean =>
  r.precision === "day" && r.date !== null && r.until === null && /^\d{4}-\d\d-\d\d/.test(r.value);

/** The words of a text around a span, for the tense reader: its sentence. */
function sentenceAround(text: string, start: number, end: number): [string, number] {
  let a = start;
  while (a > 0 && start - a < 300) {
    const c = text.charCodeAt(a - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && /\s/.test(text[a] ?? ""))) break;
    a--;
  }
  let b = end;
  while (b < text.length && b - end < 300) {
    const c = text.charCodeAt(b);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && /\s|$/.test(text[b + 1] ?? ""))) break;
    b++;
  }
  return [text.slice(a, b), a];
}

export type ResolvedMatch = TemporalMatch & ResolvedTemporal;

/**
 * Resolves every expression of a text, in order, against its date. Chains count from the last
 * day named before them; the tense is read from the words of each expression's sentence.
 * Without a date (`dct` null) only the expressions that name their own year are read: "June 4,
 * 2008" needs no article date, "on Tuesday" or "March 17" does.
 */
export function resolveAll(
  text: string,
  matches: readonly TemporalMatch[],
  dct: string | null,
  tenseOf: (text: string, start: number, end: number) => Tense = defaultTense,
): ResolvedMatch[] {
  const out: ResolvedMatch[] = [];
  let last: number | null = null;
  for (const m of matches) {
    const tense = tenseOf(text, m.start, m.end);
    const r = dct === null ? resolveSelfDated(m.parts) : resolveParts(m.parts, dct, tense, last);
    if (!r) continue;
    const future =
      tense === "future" ||
      (dct !== null &&
        r.date !== null &&
        r.precision === "day" &&
        toDayNumber(r.date.slice(0, 10)) > toDayNumber(dct));
    if (anchorsChain(r) && m.parts.kind !== "clock") last = toDayNumber(r.date!);
    out.push({ ...m, ...r, future });
  }
  return out;
}

/**
 * Markers of time reference, as in the date stage's reader, plus "would" (future in the past:
 * "said it would begin a review on Monday" is the Monday after) and the present progressive.
 */
const FUTURE_WORD =
  /^(?:will|'ll|shall|would|scheduled|next|upcoming|due|expected|set|plans?|planned|going|ahead|later|until|till)$/i;
const PAST_WORD =
  /^(?:said|told|says|was|were|had|did|met|spoke|took|came|gave|went|made|held|began|sent|saw|wrote|announced|reported|last|ago|earlier|aired|declined|ran|won|lost|left|struck|fell|rose|hit|broke|shut)$/i;
/** Before an -ed word these make it a passive or an adjective, not a past tense ("to be allowed"). */
const NOT_PAST_BEFORE = /^(?:be|been|being|is|are|'s|not|to|will|would)$/i;
const WORDS = /[\p{L}']+/gu;
const CLAUSE_END = /[,;:—–]/;
const TENSE_WORDS_BEFORE = 8;
const TENSE_WORDS_AFTER = 6;

function judge(word: string, before: string | undefined): Tense {
  if (FUTURE_WORD.test(word)) return "future";
  if (PAST_WORD.test(word)) return "past";
  if (word.length > 4 && /ed$/i.test(word) && !(before && NOT_PAST_BEFORE.test(before)))
    return "past";
  return "unknown";
}

/** The tense nearest a date inside its sentence, by word distance (words before weigh first). */
export function tenseNear(sentence: string, at: number, length: number): Tense {
  const before = sentence.slice(0, at).match(WORDS) ?? [];
  // After a comma come other clauses ("…before Thursday, the council said"): they count only
  // for a date that opens its sentence ("On Wednesday, the board will vote").
  let rest = sentence.slice(at + length);
  const comma = rest.search(CLAUSE_END);
  if (comma >= 0 && before.length > 1) rest = rest.slice(0, comma);
  const after = rest.match(WORDS) ?? [];
  const lastBefore = before[before.length - 1];
  for (let d = 0; d < Math.max(TENSE_WORDS_BEFORE, TENSE_WORDS_AFTER); d++) {
    const b = before.length - 1 - d;
    if (d < TENSE_WORDS_BEFORE && b >= 0) {
      const t = judge(before[b]!, before[b - 1]);
      if (t !== "unknown") return t;
    }
    if (d < TENSE_WORDS_AFTER && d < after.length) {
      const t = judge(after[d]!, d === 0 ? lastBefore : after[d - 1]);
      if (t !== "unknown") return t;
    }
  }
  return "unknown";
}

/** A future marker anywhere in a sentence: "will", "'ll", "scheduled", and the present
 * progressive of an arrangement ("the U.K. is convening the meeting on Wednesday"). */
const FUTURE_IN_SENTENCE = /\b(?:will|shall|scheduled|upcoming|(?:is|are) \w+ing)\b|'ll\b/i;

function defaultTense(text: string, start: number, end: number): Tense {
  const [sentence, at] = sentenceAround(text, start, end);
  const near = tenseNear(sentence, start - at, end - start);
  // Nothing near the date: the sentence's main verb decides ("will push …, when officials meet
  // … on Wednesday").
  if (near === "unknown" && FUTURE_IN_SENTENCE.test(sentence)) return "future";
  return near;
}
