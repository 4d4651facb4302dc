/**
 * Numbers as written: digits with thousands separators and decimals ("1,500", "65.9"), a scale
 * word or suffix ("billion", "bn", "m"), and numbers written as words ("fourteen",
 * "twenty-five", "a dozen", "two million").
 */
import { TENS_NUMBER_WORDS, UNIT_NUMBER_WORDS } from "../../lang/en/numbers.js";

/** A number read from text: its value and the value of its last written digit's place. */
export type Numeral = { readonly value: number; readonly precision: number };

/** "one" to "nineteen", and the tens: the words a number word is read from. */
export const UNITS_WORDS = UNIT_NUMBER_WORDS;
export const TENS_WORDS = TENS_NUMBER_WORDS;

/** Scale words after a number ("65.9 billion", "€2bn", "£300m", "5k"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["k", 1e3],
  ["million", 1e6],
  ["millions", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["m", 1e6],
  ["billion", 1e9],
  ["bn", 1e9],
  ["bln", 1e9],
  ["b", 1e9],
  ["trillion", 1e12],
  ["tn", 1e12],
  ["trn", 1e12],
]);

/** "1,500" → 1500 (precision 100); "65.9" → 65.9 (precision 0.1). */
export function parseDigits(text: string): Numeral {
  const plain = text.replace(/[,\u202f\u00a0 ]/g, "");
  const value = Number(plain);
  const dot = plain.indexOf(".");
  if (dot >= 0) return { value, precision: 10 ** -(plain.length - dot - 1) };
  // Trailing zeros of a whole number are read as rounding: "1,200" is good to the hundred.
  let zeros = 0;
  for (let i = plain.length - 1; i > 0 && plain.charCodeAt(i) === 48; i--) zeros++;
  return { value, precision: 10 ** zeros };
}

/** "fourteen" → 14, "twenty-five" → 25, "ninety" → 90; null for anything else. */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  const unit = UNITS_WORDS.get(w) ?? TENS_WORDS.get(w);
  if (unit !== undefined) return unit;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const tens = TENS_WORDS.get(w.slice(0, dash));
    const ones = UNITS_WORDS.get(w.slice(dash + 1));
    if (tens !== undefined && ones !== undefined && ones < 10) return tens + ones;
  }
  return null;
}

/** A number and a scale multiply; the precision scales with it ("65.9 billion": 0.1 billion). */
export function scaled(n: Numeral, scale: number): Numeral {
  // Multiply through a string to avoid 65.9 * 1e9 = 65900000000.00001.
  const value = Number((n.value * scale).toPrecision(15));
  return { value, precision: Number((n.precision * scale).toPrecision(15)) };
}
