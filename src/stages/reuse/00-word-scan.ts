/**
 * A word scanner for the reuse features that allocates nothing: it walks the text's character
 * codes, and for each word (letters and digits, with inner ' ’ . , - joining parts: "don't",
 * "U.S", "1,200", "Okafor-Lindqvist"; see `joins`) computes the hashes the features need. The regex and
 * string version cost about half of the reuse stage's time (a substring, a lower-case copy and a
 * stem per word); this keeps the same words and hashes without them.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 1: letter or digit, 2: neither; filled lazily for characters beyond ASCII. */
const CLASS = new Uint8Array(65536);
/** Lower-case code of each character, or 0 until looked up. */
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  CLASS[c] = letter ? 1 : 2;
  LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
// A curly apostrophe hashes as a straight one: "Varnholt’s" and "Varnholt's", "It’s" and "It's" are
// one word to a copy that only changed its quote marks.
LOWER[0x2019] = 39;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

function isWordChar(c: number): boolean {
  let k = CLASS[c]!;
  if (k === 0) {
    // Surrogate halves are left out: astral-plane letters are rare in news text.
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

function lowerOf(c: number): number {
  let l = LOWER[c]!;
  if (l === 0) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    LOWER[c] = l;
  }
  return l;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether the mark at `i` joins the word parts around it (a letter or digit follows it): an
 * apostrophe or hyphen always ("don't", "Okafor-Lindqvist"); a comma between digits ("1,200");
 * a full stop unless it glues two sentences together — after a lower-case word or a number,
 * before a capital ("the plan.We will", "in 2024.The fund"), where a scraper lost the space. "U.S",
 * "p.m" and "example.com" stay one word.
 */
function joins(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 39 || c === 0x2019 || c === 45) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (c === 44) return isDigit(before) && isDigit(after);
  if (c !== 46) return false;
  if (!isUpperAscii(after)) return true;
  const before2 = i >= 2 ? text.charCodeAt(i - 2) : 0;
  const gluedAfterWord = isLowerAscii(before) && (isLowerAscii(before2) || isUpperAscii(before2));
  return !(gluedAfterWord || isDigit(before));
}

/** FNV-1a of the lower-cased characters [start, end) of `text`, skipping commas when `noCommas`. */
function hashLower(text: string, start: number, end: number, noCommas: boolean): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (noCommas && c === 44) continue;
    h ^= lowerOf(c);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

const endsWith = (text: string, end: number, length: number, suffix: string): boolean => {
  if (length < suffix.length) return false;
  for (let k = 0; k < suffix.length; k++) {
    if (lowerOf(text.charCodeAt(end - suffix.length + k)) !== suffix.charCodeAt(k)) return false;
  }
  return true;
};

/**
 * Length of the crude stem of the word [start, end): the same rule as `stem` in 01-features —
 * drop a possessive 's, then -ing/-ed/-es/-ly from words over five letters, then a plural -s
 * from words over three.
 */
function stemLength(text: string, start: number, end: number): number {
  let n = end - start;
  if (n >= 2 && lowerOf(text.charCodeAt(start + n - 1)) === 115) {
    const q = text.charCodeAt(start + n - 2);
    if (q === 39 || q === 0x2019) n -= 2;
  }
  if (n > 5) {
    const e = start + n;
    if (endsWith(text, e, n, "ing")) n -= 3;
    else if (endsWith(text, e, n, "ed") || endsWith(text, e, n, "es") || endsWith(text, e, n, "ly"))
      n -= 2;
  }
  if (n > 3 && lowerOf(text.charCodeAt(start + n - 1)) === 115) n -= 1;
  return n;
}

/**
 * Walks the words of a text, in order: call `next()` until it returns false, reading the fields
 * of the current word in between. A class rather than a callback, so the hot loop makes no
 * closure per sentence.
 */
export class WordScanner {
  start = 0;
  end = 0;
  /** FNV-1a of the lower-cased word. */
  lower = 0;
  /** FNV-1a of the feature key: digits without separators for numbers, the crude stem otherwise. */
  key = 0;
  number = false;
  capital = false;
  private i = 0;

  constructor(private readonly text: string) {}

  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) {
      this.i = n;
      return false;
    }
    const start = i++;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      // A joining mark continues the word only when a letter or digit follows it.
      if (i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && joins(text, i)) i++;
      else break;
    }
    this.i = i;
    const first = text.charCodeAt(start);
    this.start = start;
    this.end = i;
    this.number = isDigit(first);
    this.capital =
      !this.number && (first < 128 ? first >= 65 && first <= 90 : UPPER.test(text[start]!));
    this.lower = hashLower(text, start, i, false);
    this.key = this.number
      ? hashLower(text, start, i, true)
      : hashLower(text, start, start + stemLength(text, start, i), false);
    return true;
  }
}
