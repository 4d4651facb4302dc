/**
 * Name forms for matching: the same person or organisation spelled as outlets spell it.
 */

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const SINGLE_LETTER_WORD = /(?:^| )[A-Za-z](?: |$)/;

/**
 * Lower case, no diacritics, no periods or brackets, hyphens between letters as spaces, single
 * spaces: "J.D. Vance" → "jd vance", "Okafor-Lindqvist" → "okafor lindqvist".
 */
export function nameKey(name: string): string {
  // most names are plain ASCII words without initials: nothing to fold but case
  if (PLAIN_NAME.test(name) && !SINGLE_LETTER_WORD.test(name)) return name.toLowerCase();
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[.,[\]()]/g, "") // (a comma only before a suffix: "Ana Vell, Jr.")
    .replace(/(\p{L})-(?=\p{L})/gu, "$1 ") // "Okafor-Lindqvist" is "Okafor Lindqvist"
    .replace(/\b(\p{L}) (?=\p{L}\b)/gu, "$1") // "j d vance" → "jd vance"
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A transliteration key: Cyrillic and Arabic names reach English in several spellings
 * ("Kovalenkyy", "Kovalenky", "Kovalenkiy"; "Yaroshenko"/"Jaroshenko"). Endings -yy/-iy/-y/-i fold together, doubled letters single.
 */
export function transliterationKey(word: string): string {
  return withoutDoubledLetters(nameKey(word).replace(/(?:iy|yy|ij|yi|y|i)$/, "i")).replace(
    /^j/,
    "y",
  );
}

const LETTER = /\p{L}/u;

/**
 * A run of one letter as that letter once ("Kovalenkko" → "Kovalenko"), other characters as they
 * are. A loop rather than `/(\p{L})\1+/gu`: story entities key every name form through here, and
 * the regular expression's back-reference cost a tenth of the stage on a long article.
 */
function withoutDoubledLetters(s: string): string {
  let out = "";
  let previous = "";
  for (const c of s) {
    if (c !== previous || !LETTER.test(c)) out += c;
    previous = c;
  }
  return out;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const MINOR_WORDS = new Set([
  "of",
  "the",
  "and",
  "for",
  "&",
  "de",
  "du",
  "la",
  "der",
  "von",
  "van",
]);

/** The initials of a multi-word name: "Harbour Safety Working Group" → "HSWG". */
export function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** An all-capitals token of 2–6 letters: "NATO", "HSWG", "EU". */
export const isAcronym = (name: string): boolean =>
  /^[A-Z][A-Z&]{1,5}$/.test(name.replace(/\./g, ""));

/** "jr", "sr", "iii" closing a name's key: "Ana Vell Jr." is not "Ana Vell", but her surname is "Vell". */
export const GENERATION_SUFFIX = / (?:jr|sr|ii|iii|iv)$/;
