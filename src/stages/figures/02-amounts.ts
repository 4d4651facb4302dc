import type { FigureConversion, FigureKind, FigureQualifier } from "../../model/figure.js";
import type { Range } from "../../model/span.js";
import { parseDigits, parseNumberWord, scaled, SCALES, type Numeral } from "./01-numbers.js";
import { measureUnit, countNoun } from "./03-measures.js";
import { matchAt, matchEnd, matchesAt, searchFrom } from "../../util/match-at.js";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../../lang/en/calendar.js";
import {
  DIGIT_NUMBER_PATTERN,
  TENS_NUMBER_PATTERN,
  UNIT_NUMBER_PATTERN,
} from "../../lang/en/numbers.js";

/**
 * Figures as written in a text: money ("$65.9 billion", "€2bn", "£300m", "48.3 billion euros
 * ($49.8 billion)"), percentages ("12%", "3.5 per cent"), measures ("one-kilometre radius",
 * "about 300 tonnes") and counts with their noun ("about 50 partner nations", "Eighteen fire
 * engines"), with the qualifier before them. Not figures: years, dates, clock times, ordinals,
 * phone numbers and ids, ages written after a name ("Ilsa Varnholt, 52,"), list numbering, and
 * numbers with nothing counted after them ("1,500 evacuated"). Vague quantities ("hundreds of",
 * "dozens") are skipped: they give no value to compare.
 */
export type RawFigure = Range & {
  readonly kind: FigureKind;
  readonly value: number;
  readonly precision: number;
  readonly unit: string;
  readonly qualifier: FigureQualifier | null;
  readonly conversion: FigureConversion | null;
  /** Where the number and its unit end, before a bracketed conversion. */
  readonly unitEnd: number;
};

const NUMBER_WORDS = `(?:${TENS_NUMBER_PATTERN})(?:-(?:${DIGIT_NUMBER_PATTERN}))?|${UNIT_NUMBER_PATTERN}`;
/** A number in digits ("1,500", "65.9"), in words ("fourteen", "twenty-five") or "a dozen". Global, read only through `searchFrom`. */
const CANDIDATE = new RegExp(
  `\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\b(?:a dozen|${NUMBER_WORDS})\\b(?!-year-old)`,
  "giu",
);

/** A currency sign right before the number: "$", "US$", "€", "£ ", "C$". */
const CURRENCY_BEFORE = /(?:^|[^\p{L}])((?:US|A|AU|C|CA|NZ|HK|S)?[$€£¥₹₴])\s?$/u;
const SIGN_CURRENCY: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["US$", "USD"],
  ["A$", "AUD"],
  ["AU$", "AUD"],
  ["C$", "CAD"],
  ["CA$", "CAD"],
  ["NZ$", "NZD"],
  ["HK$", "HKD"],
  ["S$", "SGD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₴", "UAH"],
]);
/** A currency named after the number: "48.3 billion euros", "5 million US dollars". */
const CURRENCY_AFTER =
  /\s+((?:US |U\.S\. |Australian |Canadian )?dollars?|euros?|pounds? sterling|pounds?|yen|yuan|rupees?|roubles?|rubles?|hryvnias?|hryvnia|swiss francs?|francs?)\b/iy;
const WORD_CURRENCY: ReadonlyMap<string, string> = new Map([
  ["dollar", "USD"],
  ["us dollar", "USD"],
  ["u.s. dollar", "USD"],
  ["australian dollar", "AUD"],
  ["canadian dollar", "CAD"],
  ["euro", "EUR"],
  ["pound sterling", "GBP"],
  ["pound", "GBP"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["rupee", "INR"],
  ["rouble", "RUB"],
  ["ruble", "RUB"],
  ["hryvnia", "UAH"],
  ["swiss franc", "CHF"],
  ["franc", "CHF"],
]);

/** A scale word after the number, spaced or attached: "65.9 billion", "€2bn", "£300m". */
const SCALE_AFTER =
  /(\s?)(million|millions|billion|trillion|thousand|hundred|bn|mn|mln|bln|tn|trn|m|k|b)\b/iy;
/** Scale abbreviations that stand for a scale only after a currency ("£300m"; "300m" is metres). */
const MONEY_ONLY_SCALES = new Set(["m", "k", "b", "mn", "mln", "bln", "tn", "trn"]);
const PERCENT_AFTER = /\s?(%|per ?cent\b|percentage points?\b)/iy;

/** The hedge before a figure, longest first; group 1 is the phrase. */
const QUALIFIER_BEFORE =
  /\b(about|around|roughly|approximately|approx\.|some|an estimated|estimated|nearly|almost|close to|more than|over|well over|just over|upwards of|in excess of|above|at least|up to|as many as|no more than|at most|less than|fewer than|under|just under|below)\s+$/i;
const QUALIFIERS: ReadonlyMap<string, FigureQualifier> = new Map([
  ["about", "about"],
  ["around", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["approx.", "about"],
  ["some", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["just under", "nearly"],
  ["more than", "more than"],
  ["over", "more than"],
  ["well over", "more than"],
  ["just over", "more than"],
  ["upwards of", "more than"],
  ["in excess of", "more than"],
  ["above", "more than"],
  ["at least", "at least"],
  ["up to", "up to"],
  ["as many as", "up to"],
  ["no more than", "up to"],
  ["at most", "up to"],
  ["less than", "less than"],
  ["fewer than", "less than"],
  ["under", "less than"],
  ["below", "less than"],
]);
const OR_MORE_AFTER = /\s+or (more|less|fewer)\b/iy;
/** Characters before the number searched for a qualifier and a currency sign. */
const LOOKBEHIND = 24;

/** A conversion in brackets right after a money figure: " ($49.8 billion)", " (about £2bn)". */
const CONVERSION =
  /\s*\((?:about |around |roughly |some |approximately )?((?:US|A|AU|C|CA|NZ|HK|S)?[$€£¥₹₴])\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(million|billion|trillion|bn|mn|m|k|tn))?\)/iy;

/** A month's name or abbreviation, any case ("Feb", "sept", "March"). */
const MONTH_WORD = [...MONTH_ABBREVIATIONS.keys(), ...MONTH_NAMES.filter((m) => m.length > 3)].join(
  "|",
);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_WORD})\\.?\\s*$`, "i");
const MONTH_AFTER = new RegExp(`\\s(?:${MONTH_WORD})\\b`, "iy");
/** A clock time after the number: "5 a.m.", "6pm", "10 GMT", "4.43am". */
const TIME_AFTER = /\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|bst\b|cet\b|o'clock\b|hrs\b)/iy;
/** "1st", "26th", "43rd". */
const ORDINAL_AFTER = /(?:st|nd|rd|th)\b/iy;
/** The noun an ordinal numbers: one lower-case word after it ("26th meeting", "3rd round"). */
const ORDINAL_NOUN = / ([a-z]{3,})\b/y;
/** Words after an ordinal that make it a date, a rank in a list or no noun at all. */
const NOT_ORDINAL_NOUNS = new Set([
  "of",
  "and",
  "or",
  "the",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "place",
  "minute",
]);

/** An ordinal figure at [start, digitsEnd + suffix), or null when no noun follows or a month is near. */
function ordinalOf(text: string, start: number, suffixEnd: number): RawFigure | null {
  if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 11), start))) return null;
  const m = matchAt(ORDINAL_NOUN, text, suffixEnd);
  if (!m || NOT_ORDINAL_NOUNS.has(m[1]!)) return null;
  const value = Number(text.slice(start, suffixEnd).replace(/\D/g, ""));
  return {
    start,
    end: matchEnd(m),
    kind: "ordinal",
    value,
    precision: 1,
    unit: "ordinal",
    qualifier: null,
    conversion: null,
    unitEnd: matchEnd(m),
  };
}

/** "a 52-year-old": an age used as an adjective. */
const AGE_AFTER = /[- ]years?[- ]old\b/iy;
/** Years standing alone: four digits from 1500 to 2100 with no separator. */
const YEAR_MIN = 1500;
const YEAR_MAX = 2100;

const LETTER = /\p{L}/u;
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c > 0x7f && LETTER.test(String.fromCharCode(c)));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the number at [start, end) is part of an id, a phone number, a path or a range. */
function glued(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  // "G20", "867524_66147630", "2025/02", "+44", "#3", "No.5"
  if (isLetter(before) || isDigit(before) || before === 95 || before === 47 || before === 43)
    return true;
  if (before === 35 || before === 64) return true;
  if (after === 95 || after === 47 || after === 64) return true;
  // "555-0123", "14-16", "0-1" (ranges and phone numbers), "10:30" (times, scores)
  if ((after === 45 || after === 8211 || after === 58) && isDigit(text.charCodeAt(end + 1)))
    return true;
  if ((before === 45 || before === 8211 || before === 58) && isDigit(text.charCodeAt(start - 2)))
    return true;
  // "4.5.6" or "v2.1" style versions; "Feb.24" is caught by the month rule.
  if (before === 46 && isDigit(text.charCodeAt(start - 2))) return true;
  return false;
}

/** "3. The mayor said…" or "2) …" at the start of a paragraph: list numbering. */
function listNumber(text: string, start: number, end: number, paraStart: number): boolean {
  const after = text.charCodeAt(end);
  if (after !== 46 && after !== 41) return false;
  return text.slice(paraStart, start).trim() === "";
}

/** "Graham Osk, 71," or "Ilsa Varnholt (52)": an age after a name. */
function ageAfterName(
  text: string,
  start: number,
  end: number,
  nameEnds: ReadonlySet<number>,
): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.charAt(end);
  if (before === ", " && (after === "," || after === "." || after === ")"))
    return nameEnds.has(start - 2);
  if (before.endsWith("(") && after === ")")
    return nameEnds.has(start - 1) || nameEnds.has(start - 2);
  return false;
}

function qualifierBefore(text: string, at: number): { q: FigureQualifier | null; start: number } {
  const window = text.slice(Math.max(0, at - LOOKBEHIND), at);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m) return { q: null, start: at };
  return {
    q: QUALIFIERS.get(m[1]!.toLowerCase()) ?? null,
    start: at - window.length + m.index,
  };
}

function currencyOfSign(sign: string): string {
  return SIGN_CURRENCY.get(sign.toUpperCase()) ?? SIGN_CURRENCY.get(sign) ?? "USD";
}

function currencyOfWord(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/s$/, "")
    .replace(/s sterling$/, " sterling");
  return WORD_CURRENCY.get(w) ?? WORD_CURRENCY.get(w.replace(/s$/, "")) ?? w.toUpperCase();
}

/** A bracketed conversion after a money figure, and where it ends. */
function conversionAt(text: string, at: number): { conv: FigureConversion; end: number } | null {
  const m = matchAt(CONVERSION, text, at);
  if (!m) return null;
  let n = parseDigits(m[2]!);
  if (m[3]) n = scaled(n, SCALES.get(m[3].toLowerCase()) ?? 1);
  return { conv: { value: n.value, unit: currencyOfSign(m[1]!) }, end: matchEnd(m) };
}

/**
 * Every figure of a text, in order. `paragraphStarts` are the starts of its paragraphs (for list
 * numbering); `nameEnds` the ends of names found in it (for ages after names).
 */
export function findAmounts(
  text: string,
  paragraphStarts: readonly number[],
  nameEnds: ReadonlySet<number>,
): RawFigure[] {
  const out: RawFigure[] = [];
  let consumed = 0;
  let para = 0;
  for (let m = searchFrom(CANDIDATE, text, 0); m; m = searchFrom(CANDIDATE, text, matchEnd(m))) {
    const start = m.index;
    let end = start + m[0].length;
    if (start < consumed) continue;
    while (para + 1 < paragraphStarts.length && (paragraphStarts[para + 1] as number) <= start)
      para++;
    const isDigits = isDigit(text.charCodeAt(start));
    let n: Numeral;
    if (isDigits) {
      if (glued(text, start, end)) continue;
      const ordinalSuffix = matchAt(ORDINAL_AFTER, text, end);
      if (ordinalSuffix) {
        // "the 26th meeting": an ordinal before a noun numbers an event of a series, which
        // sources can disagree on; "March 26th", "26th of March" and "21st-century" are not
        const ordinal = ordinalOf(text, start, matchEnd(ordinalSuffix));
        if (ordinal) out.push(ordinal);
        continue;
      }
      if (matchesAt(TIME_AFTER, text, end)) continue;
      if (listNumber(text, start, end, paragraphStarts[para] ?? 0)) continue;
      n = parseDigits(m[0]);
    } else {
      // Lower-case "a dozen" only; a number word glued to a hyphenated word ("one-off") is not one.
      const word = m[0].toLowerCase();
      n =
        word === "a dozen"
          ? { value: 12, precision: 1 }
          : { value: parseNumberWord(word)!, precision: 1 };
    }
    if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 11), start))) continue;
    if (isDigits && matchesAt(MONTH_AFTER, text, end)) continue;
    if (matchesAt(AGE_AFTER, text, end)) continue;
    if (isDigits && ageAfterName(text, start, end, nameEnds)) continue;

    // A currency sign before it.
    const behind = text.slice(Math.max(0, start - 5), start);
    const sign = CURRENCY_BEFORE.exec(behind);
    const figStart = sign
      ? start - sign[1]!.length - (sign[0].length - sign[0].trimEnd().length)
      : start;
    let unit: string | null = sign ? currencyOfSign(sign[1]!) : null;
    let kind: FigureKind | null = sign ? "money" : null;

    // A scale word or suffix after it.
    const sc = matchAt(SCALE_AFTER, text, end);
    if (sc) {
      const word = sc[2]!.toLowerCase();
      const attachedOnly = MONEY_ONLY_SCALES.has(word);
      if (!attachedOnly || (sign && (sc[1] === "" || word.length > 1))) {
        if (!(attachedOnly && !sign)) {
          n = scaled(n, SCALES.get(word)!);
          end = matchEnd(sc);
        }
      }
    }
    if (isDigits && !sign && n.value >= YEAR_MIN && n.value <= YEAR_MAX && /^\d{4}$/.test(m[0])) {
      // A bare four-digit number in this range is a year unless money or a percentage follows.
      if (!matchesAt(PERCENT_AFTER, text, end) && !matchesAt(CURRENCY_AFTER, text, end)) continue;
    }
    let unitEnd = end;
    if (!unit) {
      const cw = matchAt(CURRENCY_AFTER, text, end);
      const pc = cw ? null : matchAt(PERCENT_AFTER, text, end);
      if (cw) {
        unit = currencyOfWord(cw[1]!);
        kind = "money";
        unitEnd = matchEnd(cw);
      } else if (pc) {
        unit = pc[1]!.toLowerCase().startsWith("percentage") ? "percentage points" : "%";
        kind = "percent";
        unitEnd = matchEnd(pc);
      } else {
        const measure = measureUnit(text, end);
        if (measure) {
          unit = measure.unit;
          kind = "measure";
          unitEnd = measure.end;
        } else if (isDigits || n.value > 1) {
          // "one" counts only with a measure: "one person" is a figure, but "one day", "one side" are not.
          const noun = countNoun(text, end);
          if (noun) {
            unit = noun.unit;
            kind = "count";
            unitEnd = noun.end;
          }
        }
      }
    }
    if (!unit || !kind) continue;
    const before = qualifierBefore(text, figStart);
    let q = before.q;
    const qStart = before.start;
    // "$250 or less", "$80,000 or more": the hedge after the figure.
    const orMore = q ? null : matchAt(OR_MORE_AFTER, text, unitEnd);
    if (orMore) {
      q = orMore[1]!.toLowerCase() === "more" ? "at least" : "up to";
      unitEnd = matchEnd(orMore);
    }
    let figEnd = unitEnd;
    let conversion: FigureConversion | null = null;
    if (kind === "money") {
      const c = conversionAt(text, unitEnd);
      if (c) {
        conversion = c.conv;
        figEnd = c.end;
      }
    }
    consumed = figEnd;
    out.push({
      start: qStart,
      end: figEnd,
      kind,
      value: n.value,
      precision: n.precision,
      unit,
      qualifier: q,
      conversion,
      unitEnd,
    });
  }
  return out;
}
