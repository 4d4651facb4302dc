/**
 * Temporal expressions: finds dates, times, durations and sets in English news text and reads
 * what each says (its parts: a month and day, "three years", "last week", "now"), without yet
 * placing it on the calendar — that needs the article's date, which undated articles only get
 * in the corpus date stage (see 02-resolve.ts).
 *
 * Own rules rather than chrono-node: chrono reads a phrase into an instant, whereas the brief
 * and TimeML want a value at its own granularity (a month, an ISO week, a quarter, a decade),
 * plus durations ("P3Y"), sets ("daily") and vague references ("now", "recently") that chrono
 * does not return at all. Spans follow the TimeML habit: determiners and modifiers inside
 * ("the past three months", "early next year"), prepositions outside ("on Friday").
 */
import { MONTH_NAME_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN } from "../../lang/en/calendar.js";
import {
  DIGIT_NUMBER_PATTERN,
  TENS_NUMBER_PATTERN,
  TENS_NUMBER_WORDS,
  UNIT_NUMBER_PATTERN,
  UNIT_NUMBER_WORDS,
} from "../../lang/en/numbers.js";
import { monthNumber } from "../../util/iso-date.js";

export type { DayPart, TemporalMatch, TemporalParts, TimexType, Unit } from "../../model/index.js";
import type { DayPart, TemporalMatch, TemporalParts, Unit } from "../../model/index.js";

// --- vocabulary ---------------------------------------------------------------------------

// A month with a day: its name, an abbreviation with its period, or one without where the bare
// word is seldom anything else ("Mar", "Apr", "Jun", "Jul" and "Sep" are also words and names).
const MONTH_NAME = `(?:${MONTH_NAME_PATTERN}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)`;
const WEEKDAY_NAME = `(?:${WEEKDAY_PATTERN})`;
const NUMBER = `(?:\\d+(?:\\.\\d+)?|(?:${TENS_NUMBER_PATTERN})(?:[- ](?:${DIGIT_NUMBER_PATTERN}))?|${UNIT_NUMBER_PATTERN}|a hundred|hundreds of|a few|a couple of|a couple|several|few|many|some|an|a)`;
const UNIT_WORD =
  "(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?|nights?|mornings?)";
const PART_WORD = "(?:morning|afternoon|evening|night|overnight)";

const NUMBER_VALUE: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(UNIT_NUMBER_WORDS),
  ...Object.fromEntries(TENS_NUMBER_WORDS),
  "a hundred": 100,
  "a couple": 2,
  "a couple of": 2,
};

/** A number word or figure as a number; null for vague ones ("several", "a few"). */
export function numberOf(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ""));
  const direct = NUMBER_VALUE[w];
  if (direct !== undefined) return direct;
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (m) {
    const tens = NUMBER_VALUE[m[1]!];
    const ones = NUMBER_VALUE[m[2]!];
    if (tens !== undefined && ones !== undefined && tens >= 20) return tens + ones;
  }
  return null;
}

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("year")) return "Y";
  if (w.startsWith("month")) return "M";
  if (w.startsWith("weekend")) return "WE";
  if (w.startsWith("week")) return "W";
  if (w.startsWith("day") || w.startsWith("night") || w.startsWith("morning")) return "D";
  if (w.startsWith("hour")) return "H";
  if (w.startsWith("minute")) return "MIN";
  if (w.startsWith("second")) return "S";
  if (w.startsWith("decade")) return "DE";
  if (w.startsWith("centur")) return "CE";
  return "Q";
}

const PART_OF: Record<string, DayPart> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
  tonight: "NI",
};

const WEEKDAY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  WEEKDAY_NAMES.map((name, i) => [name, i]),
);

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

const shiftOf = (word: string | undefined): number | null => {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === "last" || w === "past" || w === "previous") return -1;
  if (w === "next" || w === "coming") return 1;
  return 0; // this, current
};

// --- rules --------------------------------------------------------------------------------
// Each rule is a global regex and a reader of its match; all run over the text and the longest
// match wins where two overlap. Regexes are compiled once, here, and read only with matchAll.

type Rule = {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray) => TemporalParts | null;
};

// Words that may lead a date expression and belong to it (TimeML puts them inside the span).
const LEAD = "(?:(?:early|late|mid|the end of|the beginning of|the middle of|earlier|later)[- ]+)?";

/** Time zones written after a 24-hour clock time ("1620 GMT", "0815 GMT (1615 HKT)"). */
const TIME_ZONES =
  "GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|HKT|SGT|AEST|AEDT|ET|PT";

/**
 * What follows a house number: one or two capitalised words, then a street's type
 * ("1600 Pennsylvania Avenue", "2100 K St."). A year is not followed by a street.
 */
const STREET_AFTER = String.raw`\s+(?:[A-Z][\w'’-]*\.?\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Terrace|Plaza|Circle|Place|Court|Way)\b\.?`;

const RULES: readonly Rule[] = [
  // "Feb. 14-16", "March 17, 2026", "Feb.24", "Tuesday, March 17", "February 14th"
  {
    re: new RegExp(
      `\\b(?:${WEEKDAY_NAME},?\\s+)?(${MONTH_NAME})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*(?:[-–]|to|and|through)\\s*(\\d{1,2})\\b(?!:))?(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    read: (m) => {
      const month = monthNumber(m[1]!);
      const day = Number(m[2]);
      if (!month || day < 1 || day > 31) return null;
      const end = m[3] ? Number(m[3]) : null;
      return {
        kind: "date",
        year: m[4] ? Number(m[4]) : null,
        month,
        day,
        dayEnd: end && end > day && end <= 31 ? end : null,
      };
    },
  },
  // "14 February 2025", "the 9th of March"
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    read: (m) => {
      const month = monthNumber(m[2]!);
      const day = Number(m[1]);
      if (!month || day < 1 || day > 31) return null;
      return { kind: "date", year: m[3] ? Number(m[3]) : null, month, day, dayEnd: null };
    },
  },
  // ISO and numeric dates: "2025-02-11", "19980114"
  {
    re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g,
    read: (m) => ({
      kind: "date",
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      dayEnd: null,
    }),
  },
  // "August 1988", "last April", "in October", "late November", "early next month" is below
  {
    re: new RegExp(
      `\\b(${LEAD})(?:(last|next|this|past|coming)\\s+)?(${MONTH_NAME_PATTERN}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b)?`,
      "g",
    ),
    read: (m) => {
      const month = monthNumber(m[3]!);
      if (!month) return null;
      // "May" alone is mostly the verb; it stands as a month only with a year, a shift or a
      // lead ("the end of May").
      if (m[3] === "May" && !m[4] && !m[2] && !m[1]) return null;
      return { kind: "month", year: m[4] ? Number(m[4]) : null, month, shift: shiftOf(m[2]) };
    },
  },
  // "fiscal 1997", "1998", "mid-1990s", "the 1990s", "the '80s"; not a price ("$1649"), a time
  // of day ("1620 GMT"), a size ("1440 x 900"), a frequency ("1600 MHz") or a house number
  // ("1600 Pennsylvania Avenue", "2100 K St.")
  {
    re: new RegExp(
      String.raw`(?<![$£€¥]\s?)\b(?:(the)\s+)?(?:(early|late|mid)[- ])?(fiscal\s+)?((?:1[6-9]|20)\d(\d))(s)?\b` +
        String.raw`(?![-–]\d|%|,\d|\.\d| percent| per cent|\s*(?:${TIME_ZONES})\b|\s*[x×]\s*\d|\s*-?\s*[kMG]Hz\b|${STREET_AFTER})`,
      "g",
    ),
    read: (m) => {
      const year = Number(m[4]);
      if (m[6]) return m[5] === "0" ? { kind: "decade", decade: Math.floor(year / 10) } : null;
      if (m[1] && !m[3]) return null; // "the 1998 …" modifies a noun: keep the year alone
      return { kind: "year", year, fiscal: false };
    },
  },
  {
    re: /\b(?:the\s+)?'(\d)0s\b/g,
    read: (m) => ({ kind: "decade", decade: 190 + Number(m[1]) }),
  },
  // today, yesterday, tomorrow, tonight, "yesterday morning", "this afternoon", "last night"
  {
    re: new RegExp(
      `\\b(?:(?:late|early)\\s+)?(?:(today|yesterday|tomorrow|tonight)(?:\\s+(${PART_WORD}))?|(this|last|tomorrow|yesterday)\\s+(${PART_WORD})|(overnight))\\b`,
      "gi",
    ),
    read: (m) => {
      const word = (m[1] ?? m[3] ?? "").toLowerCase();
      const partWord = (m[2] ?? m[4] ?? m[5] ?? "").toLowerCase();
      const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : word === "last" ? -1 : 0;
      const part = word === "tonight" ? "NI" : (PART_OF[partWord] ?? null);
      if (m[5]) return null; // "overnight" alone is too vague to date
      if (word === "last" && part !== "NI") return null; // "last morning" is not said
      return { kind: "day-word", offset, part };
    },
  },
  // "Friday", "last Friday", "next Tuesday", "Wednesday night"
  {
    re: new RegExp(
      `\\b(?:(last|next|this|past|coming)\\s+)?(${WEEKDAY_NAME})(?:\\s+(${PART_WORD}))?\\b`,
      "g",
    ),
    read: (m) => ({
      kind: "weekday",
      weekday: WEEKDAY_INDEX[m[2]!.toLowerCase()]!,
      shift: shiftOf(m[1]),
      part: m[3] ? (PART_OF[m[3].toLowerCase()] ?? null) : null,
    }),
  },
  // "this week", "last year", "next month", "earlier this year", "the current quarter",
  // "the weekend", "the year" (a business year)
  {
    re: /\b(?:(early|late|the end of|the beginning of|the middle of|the rest of|mid)[- ]+)?(this|last|next|current|past|coming|the current|the past|the coming|the fiscal|the full|the)\s+(week|month|year|weekend|quarter|decade|century)\b(?![- ](?:old|long|high|low))/gi,
    read: (m) => {
      const word = m[2]!.toLowerCase().replace(/^the /, "");
      if (word === "the" && m[1] === undefined && !/^(weekend|year|quarter)$/i.test(m[3]!))
        return null;
      const unit = unitOf(m[3]!);
      if (unit === "Q") {
        return { kind: "quarter", quarter: null, year: null, shift: word === "last" ? -1 : 0 };
      }
      // "the past year", "the past decade": TimeML calls these durations.
      if (word === "past" && !m[1])
        return {
          kind: "duration",
          n: unit === "DE" ? 10 : 1,
          unit: unit === "DE" ? "Y" : unit,
          time: false,
          frac: null,
        };
      // "the year", "the fiscal year" in a report are a year's length, as TimeML reads them.
      if ((word === "the" || word === "fiscal") && unit === "Y" && !m[1])
        return { kind: "duration", n: 1, unit: "Y", time: false, frac: null };
      const shift = word === "the" || word === "full" ? 0 : (shiftOf(word) ?? 0);
      return { kind: "this-unit", unit, shift };
    },
  },
  // "the third quarter", "third-quarter", "the fourth quarter of 1996", "the fiscal first quarter"
  {
    re: /\b(?:(the|this year's|last year's)\s+(?=\S+ ))?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b(?:\s+of\s+((?:19|20)\d\d))?/gi,
    read: (m) => ({
      kind: "quarter",
      quarter: ORDINAL[m[2]!.toLowerCase()] ?? null,
      year: m[3] ? Number(m[3]) : null,
      shift: /last/i.test(m[1] ?? "") ? -1 : 0,
    }),
  },
  {
    re: /\bthe\s+(?:latest|year-earlier|year-ago|year earlier|same)\s+(quarter|period)\b/gi,
    read: (m) =>
      /year/i.test(m[0])
        ? { kind: "quarter", quarter: null, year: null, shift: -4 }
        : m[1] === "quarter"
          ? { kind: "quarter", quarter: null, year: null, shift: 0 }
          : null,
  },
  // "the first half", "the second half of 1997"
  {
    re: /\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+((?:19|20)\d\d))?\b/gi,
    read: (m) => ({
      kind: "half",
      half: m[1]!.toLowerCase() === "first" ? 1 : 2,
      year: m[2] ? Number(m[2]) : null,
    }),
  },
  // "this summer", "last fall", "next spring"
  {
    re: /\b(?:(this|last|next|the|early|late)\s+)?(spring|summer|fall|autumn|winter)\b(?:\s+of\s+((?:19|20)\d\d))?/gi,
    read: (m) => {
      if (!m[1] && !m[3]) return null;
      const s = m[2]!.toLowerCase();
      const season = s === "spring" ? "SP" : s === "summer" ? "SU" : s === "winter" ? "WI" : "FA";
      return { kind: "season", season, shift: m[1] ? shiftOf(m[1]) : null };
    },
  },
  // "two days ago", "a year earlier", "three weeks later", "six months from now"
  {
    re: new RegExp(
      `\\b(?:(about|some|nearly|almost|more than|less than|just|only)\\s+)?(${NUMBER})[\\s-](${UNIT_WORD})\\s+(ago|earlier|before|later|after|from now|hence)\\b`,
      "gi",
    ),
    read: (m): TemporalParts | null => {
      const n = numberOf(m[2]!);
      const sign = /ago|earlier|before/i.test(m[4]!) ? -1 : 1;
      const unit = unitOf(m[3]!);
      const rel = m[4]!.toLowerCase();
      // "three years after the invasion" counts from an event we cannot date: a duration.
      if (rel === "before" || rel === "after")
        return { kind: "duration", n, unit, time: unit === "H" || unit === "MIN", frac: null };
      if (n === null) return { kind: "ref", value: sign < 0 ? "PAST_REF" : "FUTURE_REF" };
      // "a day earlier", "two days later" count from the day last named: a relative chain.
      const chained = (rel === "earlier" || rel === "later") && (unit === "D" || unit === "H");
      // Hours earlier or later land on the day before or after ("less than a day earlier").
      const days: Unit = unit === "H" ? "D" : unit;
      const count = unit === "H" ? 1 : n;
      return chained
        ? { kind: "chain", n: count, unit: days, sign }
        : { kind: "offset", n: count, unit: days, sign };
    },
  },
  // Relative chains: "the following day", "the next day", "the day before", "that day",
  // "the same day", "the previous week", "the following morning"
  {
    re: /\b(?:the\s+(?:following|next|previous|preceding|same)\s+(day|week|month|year|morning|night|evening)|the\s+(day|week|month|year)\s+(before|after)|that\s+(day|morning|night|evening))\b/gi,
    read: (m) => {
      const unitWord = (m[1] ?? m[2] ?? m[4])!;
      const unit = unitOf(unitWord);
      const w = m[0].toLowerCase();
      const sign = /following|next|after/.test(w)
        ? 1
        : /previous|preceding|before/.test(w)
          ? -1
          : 0;
      return { kind: "chain", n: sign === 0 ? 0 : 1, unit, sign };
    },
  },
  // Durations: "three years", "the past three months", "a two-week", "up to 180 days",
  // "the first nine months", "a minute and a half"
  {
    re: new RegExp(
      `\\b(?:the\\s+(?:(?:past|last|next|first|coming|previous|final|following|latest)\\s+)?)?(?:(?:more than|less than|nearly|almost|up to|at least|over|at most|roughly)\\s+)?(${NUMBER})[\\s-](${UNIT_WORD})(\\s+and\\s+a\\s+half)?\\b(?![- ]old)`,
      "gi",
    ),
    read: (m) => {
      const unit = unitOf(m[2]!);
      if (unit === "WE") return null;
      const numWord = m[1]!.toLowerCase();
      const n = numberOf(numWord);
      // "a day" after an amount is a rate ("$5 a day"): the set rule takes it.
      if (n !== null && n > 10_000) return null;
      const plural = /s$/i.test(m[2]!);
      if (n === 1 && plural) return null; // "one days" does not occur; a stray "a" before a plural
      const time = unit === "H" || unit === "MIN" || unit === "S";
      return { kind: "duration", n, unit, time, frac: m[3] ? "half" : null };
    },
  },
  // Vague plural durations: "for years", "over the past several months", "in recent years"
  {
    re: /\b(?:(recent|the past few|the last few|the past several|the last several|the next few|the coming)\s+)?(years|months|weeks|days|decades|hours)\b(?=\s*(?:[,.;]|of|to|and|ago|now|later|earlier|before|after)|$)/gi,
    read: (m) => {
      if (m[1] && /coming|next/i.test(m[1])) return { kind: "ref", value: "FUTURE_REF" };
      if (!m[1]) return null;
      return {
        kind: "duration",
        n: null,
        unit: unitOf(m[2]!),
        time: m[2]!.toLowerCase() === "hours",
        frac: null,
      };
    },
  },
  // Sets: "daily", "every week", "each year", "annually", "a year" after an amount
  {
    re: /\b(?:(daily|weekly|monthly|yearly|annually|nightly|hourly)|(?:every|each|per)\s+(day|week|month|year|quarter|night|morning|season|hour))\b/gi,
    read: (m) => {
      const w = (m[1] ?? m[2])!.toLowerCase();
      const value: Record<string, string> = {
        daily: "P1D",
        day: "P1D",
        nightly: "P1D",
        night: "P1D",
        morning: "P1D",
        weekly: "P1W",
        week: "P1W",
        monthly: "P1M",
        month: "P1M",
        yearly: "P1Y",
        annually: "P1Y",
        year: "P1Y",
        quarterly: "P3M",
        quarter: "P3M",
        hourly: "PT1H",
        hour: "PT1H",
        season: "XXXX-WI",
      };
      return { kind: "set", value: value[w] ?? "P1D" };
    },
  },
  // Vague references: now, currently, recently, the past, the future, soon
  {
    re: /\b(now|currently|current|nowadays|these days|at present|at the moment|the moment|recently|lately|the past|the future|formerly|previously|earlier|ever since|meanwhile)\b/gi,
    read: (m) => {
      const w = m[1]!.toLowerCase();
      if (
        /^(now|currently|current|nowadays|these days|at present|at the moment|the moment)$/.test(w)
      )
        return w === "the moment" ? null : { kind: "ref", value: "PRESENT_REF" };
      if (/^(recently|recent|lately|the past|formerly|previously)$/.test(w))
        return w === "formerly" || w === "previously" ? null : { kind: "ref", value: "PAST_REF" };
      if (/^(the future|future|soon)$/.test(w)) return { kind: "ref", value: "FUTURE_REF" };
      return null;
    },
  },
  // Clock times: "5 p.m.", "10:30 a.m.", "4.43am", "6pm", "noon", "midnight"
  {
    re: /\b(?:(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|(\d{1,2}):(\d\d)\b(?!\s*%)|(noon|midnight|midday))/gi,
    read: (m) => {
      if (m[6]) {
        const w = m[6].toLowerCase();
        return { kind: "clock", hour: w === "midnight" ? 24 : 12, minute: 0, day: null };
      }
      let hour = Number(m[1] ?? m[4]);
      const minute = Number(m[2] ?? m[5] ?? 0);
      const ampm = (m[3] ?? "").toLowerCase();
      if (hour > 23 || minute > 59) return null;
      if (ampm.startsWith("p") && hour < 12) hour += 12;
      if (ampm.startsWith("a") && hour === 12) hour = 0;
      if (!m[3] && hour > 23) return null;
      return { kind: "clock", hour, minute, day: null };
    },
  },
];

const TRAILING = /[\s,]/;

/**
 * Every temporal expression in `text`, in text order, without overlaps: where matches overlap
 * the longest wins (then the earliest). A clock time right after a day expression ("Tuesday
 * at 5 p.m.") stays a separate expression, as TimeML annotates it.
 */
export function findTemporal(text: string): TemporalMatch[] {
  const found: TemporalMatch[] = [];
  for (const rule of RULES) {
    // matchAll reads a copy of the rule's regex (and steps over empty matches itself).
    for (const m of text.matchAll(rule.re)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      let end = start + m[0].length;
      // Trim spaces and commas a match may end on ("Tuesday, " before a date it did not take).
      while (end > start && TRAILING.test(text[end - 1]!)) end--;
      const parts = rule.read(m);
      if (parts) found.push({ start, end, parts });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TemporalMatch[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}
