import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../lang/en/calendar.js";

/** Month number by abbreviation ("jan", "sept", "may"); a month word is looked up by its first three letters. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(MONTH_ABBREVIATIONS);

const pad = (n: number): string => String(n).padStart(2, "0");

/** YYYY-MM-DD for a real calendar day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The calendar day a metadata date value names, as written: "2025-02-11T23:30:00-05:00" is
 * 2025-02-11 (the publisher's own day, not shifted to UTC); "Tue, 11 Feb 2025 10:00:00 GMT",
 * "February 11, 2025", "2017-06-09 14:52:00" and epoch seconds or milliseconds work too.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== "string") return null;
  const s = value.trim();
  // "2025-02-11", "2025/02/11", "2025.02.11", with or without a time after
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // "20250211", "20250211T0930"
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // "Tue, 11 Feb 2025 …" (RSS), "11 February 2025", "19th November 2019"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()] && monthWord(m[2]!)) {
    return isoDay(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]));
  }
  // "February 11, 2025"
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthWord(m[1]!)) {
    return isoDay(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2]));
  }
  if (/^\d{10}(\d{3})?$/.test(s)) return toIsoDate(Number(s));
  return null;
}

/** The months' names, lowercased, January first. */
export { MONTH_NAMES };

/** A month's name or its abbreviation ("Feb", "Sept", "February"), not any word starting so. */
export function monthWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  const key = w.slice(0, 3);
  if (!(key in MONTHS)) return false;
  const full = MONTH_NAMES[MONTHS[key]! - 1]!;
  return w === full || w === key || (key === "sep" && w === "sept");
}

/** The month number of a month word, 1–12. */
export function monthNumber(word: string): number | null {
  return monthWord(word) ? MONTHS[word.toLowerCase().slice(0, 3)]! : null;
}
