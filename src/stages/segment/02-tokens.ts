/**
 * Tokens of news English: the words and marks every later stage reads, the name detector and its
 * part-of-speech tagger above all.
 *
 * Tokens follow wink-nlp's conventions, which the detector's rules and the tagger's training
 * labels were built on: "Kyiv's" is "Kyiv" + "'s", "didn't" is "did" + "n't", "Rolls-Royce" is
 * "Rolls" + "-" + "Royce", while "U.S.", "Mr.", "F-16", "1996-08-30" and "anti-war" stay whole.
 * A regular-expression pass is about ten times faster than wink's tokenizer, which was most of
 * the mention stage's time (see bench/mentions-bench.ts). Tokens are kept as offsets only: a
 * stage that wants a token's text slices it from the text.
 */
import {
  MONTH_DAY_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PHRASE_END_ABBREVIATIONS,
  STATE_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from "../../lang/en/abbreviations.js";

/**
 * Token offsets as they are found: [start, end] pairs in an Int32Array that grows, so that an
 * article's tokens cost two numbers each and no object.
 */
export class TokenOffsets {
  private pairs = new Int32Array(1024);
  private size = 0;

  /** How many tokens so far. */
  get count(): number {
    return this.size >> 1;
  }

  push(start: number, end: number): void {
    if (this.size + 2 > this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.size++] = start;
    this.pairs[this.size++] = end;
  }

  /** The pairs found, as flat [start, end, start, end, …] offsets. */
  toArray(): Int32Array {
    return this.pairs.slice(0, this.size);
  }
}

/**
 * Words written with a final period that does not end them ("Mr.", "Inc.", "Dec."), from the
 * language shelf's lists, lowercased. Letter-dot sequences ("U.S.", "a.m.") and single capital
 * initials ("J.") are recognised by shape.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    ...TITLE_ABBREVIATIONS,
    ...NUMBER_ABBREVIATIONS,
    ...PHRASE_END_ABBREVIATIONS,
    ...MONTH_DAY_ABBREVIATIONS,
  ].map((a) => a.toLowerCase()),
);

/** US states as agencies abbreviate them ("Calif.", "Va."); only with a capital, as "ill." is not. */
const STATE_ABBREVIATION_SET: ReadonlySet<string> = new Set(
  STATE_ABBREVIATIONS.map((a) => a.toLowerCase()),
);

/** Left halves of hyphenated words that stay one token ("anti-war", "co-operation", "e-mail"). */
const HYPHEN_PREFIXES = new Set([
  "anti",
  "pro",
  "co",
  "e",
  "mid",
  "non",
  "ex",
  "re",
  "pre",
  "post",
  "multi",
  "semi",
  "inter",
  "ultra",
  "neo",
  "sub",
  "counter",
  "quasi",
  "pseudo",
]);

/** Units written against a number that are words of their own ("5m", "3.5bn"). */
const NUMBER_UNIT = /^(\d[\d.,]*)(bn|m|mn|k|b|tn|tr|km|kg|cm|mm|ml|g|lb|lbs|ft|mph|kph|pc|pct)$/i;
const CURRENCY_PREFIX = /^((?:US|A|C|NZ|HK|S)?[$£€¥₹₽])(?=\d)/;
const URL_LIKE = /^(?:[a-z][a-z+.-]*:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.\w+$|^[#@][\p{L}\p{N}_]+$/iu;
/** The commonest chunk, tested without Unicode tables first. */
const ASCII_WORD = /^[A-Za-z]+$/;
const PLAIN_WORD = /^\p{L}+$/u;
const PLAIN_NUMBER = /^\d+(?:[.,:]\d+)*$/;
const WORD_AND_MARK = /^(\p{L}+)([.,;:])$/u;
const MAY_BE_ADDRESS = /[:@#]|^www\./i;
const URL_TAIL = /[.,;:!?)\]"'”’]+$/;
const OPENERS = new Set(['"', "'", "“", "”", "‘", "’", "(", "[", "{", "<", "«", "„"]);
const CLOSERS = new Set(['"', "'", "“", "”", "‘", "’", ")", "]", "}", ">", "»", ",", ";", ":"]);
// (A left single quotation mark stands for the apostrophe in some real text: "Varnholt‘s".)
const LONE_CONTRACTION = /^(?:n['’‘]t|['’‘](?:s|re|ve|ll|d|m))$/i;
const DOMAIN = /^\p{L}{2,}(?:\.\p{L}{2,})+$/u;
const LETTER_DOTS = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;
const DIGIT_START = /^\d/;
const HAS_DIGIT = /\d/;
const ALL_LETTERS = /^\p{L}+$/u;
const LOWER_START = /^\p{Ll}/u;
const ALL_DASHES = /[—–]|--/g;

/**
 * The tokens of `text` from `start` to `end` (a sentence), appended to `out` with offsets into
 * `text`. Tokens never run over whitespace, nor over the range's edges.
 */
export function tokenizeRange(text: string, start: number, end: number, out: TokenOffsets): void {
  // whitespace-free chunks, found by character codes: a /\S+/g pass cost a third of the time
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const from = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    if (i > from) splitChunk(text.slice(from, i), from, out);
  }
}

/** Is the character whitespace, as `\s` in a regular expression reads it? */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** One whitespace-free stretch of text, cut into tokens. */
function splitChunk(chunk: string, at: number, out: TokenOffsets): void {
  // most chunks are plain words or numbers, or a word and a comma or period: one test settles them
  if (ASCII_WORD.test(chunk) || PLAIN_WORD.test(chunk) || PLAIN_NUMBER.test(chunk)) {
    out.push(at, at + chunk.length);
    return;
  }
  const punctuated = WORD_AND_MARK.exec(chunk);
  if (punctuated) {
    const word = punctuated[1]!;
    if (punctuated[2] === "." && isAbbreviation(word)) {
      out.push(at, at + chunk.length);
    } else {
      out.push(at, at + word.length);
      out.push(at + word.length, at + chunk.length);
    }
    return;
  }
  if (MAY_BE_ADDRESS.test(chunk) && URL_LIKE.test(chunk)) {
    const tail = URL_TAIL.exec(chunk);
    const core = tail ? tail.index : chunk.length;
    if (core > 0) out.push(at, at + core);
    // the marks after an address are one token each
    for (let k = core; k < chunk.length; k++) out.push(at + k, at + k + 1);
    return;
  }
  let from = 0;
  let to = chunk.length;
  // opening quotes and brackets, one mark each ("'s" alone is a contraction, not a quote)
  while (from < to && OPENERS.has(chunk[from]!) && !isLoneContraction(chunk, from, to)) {
    out.push(at + from, at + from + 1);
    from += 1;
  }
  const tail: number[] = []; // closing marks as [start, end] pairs, last first
  while (to > from) {
    const mark = trailingMark(chunk, from, to);
    if (mark === 0) break;
    tail.push(at + to - mark, at + to);
    to -= mark;
  }
  if (to > from) splitCore(chunk.slice(from, to), at + from, out);
  for (let k = tail.length - 2; k >= 0; k -= 2) out.push(tail[k]!, tail[k + 1]!);
}

/** Is `chunk` from `from` to `to` a contraction on its own ("'s" in "Vell 's")? */
function isLoneContraction(chunk: string, from: number, to: number): boolean {
  return to - from <= 3 && LONE_CONTRACTION.test(chunk.slice(from, to));
}

/** Length of the punctuation mark that ends `chunk` at `to` and is a token of its own, or 0. */
function trailingMark(chunk: string, from: number, to: number): number {
  const length = to - from;
  if (length > 3 && chunk.endsWith("...", to)) return 3;
  const last = chunk[to - 1]!;
  // "Smiths'" ends in a possessive mark, kept as its own token like wink does
  if (last === "…" || last === "!" || last === "?" || last === "%" || CLOSERS.has(last)) {
    return length > 1 ? 1 : 0;
  }
  if (last === "." && length > 1) {
    return length <= MAX_ABBREVIATION && isAbbreviation(chunk.slice(from, to - 1)) ? 0 : 1;
  }
  return 0;
}

/** Longest word with its period that can be an abbreviation ("U.S.A.", "Messrs."). */
const MAX_ABBREVIATION = 12;

function isAbbreviation(core: string): boolean {
  if (CAPITAL.test(core) || LETTER_DOTS.test(core)) return true;
  const lower = core.toLowerCase();
  return ABBREVIATIONS.has(lower) || (STATE_ABBREVIATION_SET.has(lower) && CAPITAL.test(core[0]!));
}

/**
 * A word without its outer punctuation: dashes, currencies, contractions, hyphens and units
 * split. Loops rather than recursion, so that a chunk of thousands of dashes or contractions
 * cannot exhaust the stack.
 */
function splitCore(core: string, at: number, out: TokenOffsets): void {
  const dashes = [...core.matchAll(ALL_DASHES)];
  let from = 0;
  dashes.forEach((m, k) => {
    const end = m.index + m[0].length;
    if (m.index === from || end === core.length) return; // no word on one side
    const left = core.slice(from, m.index);
    const right = core.slice(end, dashes[k + 1]?.index ?? core.length);
    // "1990–95" is one token: a range between numbers
    if (m[0] !== "--" && HAS_DIGIT.test(left) && HAS_DIGIT.test(right)) return;
    splitWithMarks(left, at + from, out);
    out.push(at + m.index, at + end);
    from = end;
  });
  if (from === 0) splitWord(core, at, out);
  else splitWithMarks(core.slice(from), at + from, out);
}

/**
 * A word between dashes with the brackets and quotes that touch the dash split off:
 * "(Kestrel Press)--Tarnby" gives "Press" + ")" + "--", not "Press)".
 */
function splitWithMarks(word: string, at: number, out: TokenOffsets): void {
  let from = 0;
  let to = word.length;
  while (from < to - 1 && OPENERS.has(word[from]!)) {
    out.push(at + from, at + from + 1);
    from += 1;
  }
  while (to > from + 1 && CLOSERS.has(word[to - 1]!) && word[to - 1] !== "'") to -= 1;
  splitWord(word.slice(from, to), at + from, out);
  for (let k = to; k < word.length; k++) out.push(at + k, at + k + 1);
}

/** The length of the contraction ("n't", "'s", "'ll"…) that ends `word` at `end`, or 0. */
function contractionBefore(word: string, end: number): number {
  for (const length of [3, 2]) {
    if (end - length < 1) continue;
    if (LONE_CONTRACTION.test(word.slice(end - length, end))) return length;
  }
  return 0;
}

/** A word between dashes: currency, contractions, then the word itself. */
function splitWord(core: string, at: number, out: TokenOffsets): void {
  if (LONE_CONTRACTION.test(core) || core.length === 1) {
    out.push(at, at + core.length);
    return;
  }
  const currency = CURRENCY_PREFIX.exec(core);
  if (currency) {
    const sign = currency[1]!;
    out.push(at, at + sign.length);
    splitWord(core.slice(sign.length), at + sign.length, out); // a digit follows: no second sign
    return;
  }
  if (!core.endsWith(".")) {
    // "wouldn't've": contractions come off the end, one after another
    let end = core.length;
    const endings: number[] = []; // [start, end] pairs, last first
    for (
      let length = contractionBefore(core, end);
      length > 0;
      length = contractionBefore(core, end)
    ) {
      endings.push(at + end - length, at + end);
      end -= length;
    }
    if (endings.length > 0) {
      splitStem(core.slice(0, end), at, out);
      for (let k = endings.length - 2; k >= 0; k -= 2) out.push(endings[k]!, endings[k + 1]!);
      return;
    }
  }
  splitStem(core, at, out);
}

/** A word without dashes, currency or contractions: web names, hyphens and units split. */
function splitStem(core: string, at: number, out: TokenOffsets): void {
  if (core.length <= 1) {
    if (core !== "") out.push(at, at + core.length);
    return;
  }
  if (DOMAIN.test(core) && !LETTER_DOTS.test(core)) {
    // "harbour.example.org" is its words and periods, as wink reads it
    let start = at;
    for (const part of core.split(".")) {
      if (start > at) out.push(start - 1, start);
      out.push(start, start + part.length);
      start += part.length + 1;
    }
    return;
  }
  if (core.includes("-") && !core.startsWith("-") && !core.endsWith("-")) {
    splitHyphens(core, at, out);
    return;
  }
  const unit = NUMBER_UNIT.exec(core);
  if (unit) {
    const number = unit[1]!;
    out.push(at, at + number.length);
    out.push(at + number.length, at + core.length);
    return;
  }
  out.push(at, at + core.length);
}

/**
 * "Rolls-Royce" is three tokens, "F-16", "3-4" and "anti-war" one: a hyphen between two words
 * splits them unless the left one is a prefix or a capital before a lowercase word, or a number
 * is on its right.
 */
function splitHyphens(core: string, at: number, out: TokenOffsets): void {
  const parts = core.split("-");
  let text = parts[0]!;
  let start = at;
  for (let k = 1; k < parts.length; k++) {
    const right = parts[k]!;
    if (right !== "" && keepsHyphen(parts[k - 1]!, right)) {
      text = `${text}-${right}`;
      continue;
    }
    pushWord(text, start, out);
    const hyphenAt = start + text.length;
    out.push(hyphenAt, hyphenAt + 1);
    start = hyphenAt + 1;
    text = right;
  }
  pushWord(text, start, out);
}

function keepsHyphen(left: string, right: string): boolean {
  if (DIGIT_START.test(right)) return HAS_DIGIT.test(left) || ALL_LETTERS.test(left);
  if (DIGIT_START.test(left)) return false;
  // "X-ray", "T-shirt" are words; "R-Texas" is a party and a state
  return HYPHEN_PREFIXES.has(left.toLowerCase()) || (CAPITAL.test(left) && LOWER_START.test(right));
}

function pushWord(text: string, start: number, out: TokenOffsets): void {
  if (text === "") return;
  const unit = NUMBER_UNIT.exec(text);
  if (unit) {
    const number = unit[1]!;
    out.push(start, start + number.length);
    out.push(start + number.length, start + text.length);
    return;
  }
  out.push(start, start + text.length);
}

/** Marks that join the parts of one word when nothing separates them: "Rolls-Royce", "U.S.-led". */
const JOINERS = new Set(["'", "’", ".", ",", "-"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Does the token hold a letter or a digit? ASCII is read without a regex. */
function isWordToken(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return WORD_CHAR.test(end - start === 1 ? text[start]! : text.slice(start, end));
}

const LETTER = /\p{L}/u;

/**
 * Words as a reader counts them: tokens with a letter or digit, where the pieces of one written
 * word count once — "did" + "n't", "Kyiv" + "'s", "5" + "m", and "Rolls" + "-" + "Royce" (a
 * joining mark between two pieces, touching both) are one word each — while a slash between
 * letters inside a token parts two words ("and/or", "Dyck/Canadian Press"; "24/7" is one).
 */
export function countWords(text: string, tokens: Int32Array): number {
  const slashes: number[] = [];
  for (let at = text.indexOf("/"); at !== -1; at = text.indexOf("/", at + 1)) slashes.push(at);
  let nextSlash = 0;
  let words = 0;
  // where the last word, or a joining mark touching it, ends: a piece starting there continues it
  let wordEnd = -1;
  for (let i = 0; i < tokens.length; i += 2) {
    const start = tokens[i]!;
    const end = tokens[i + 1]!;
    if (isWordToken(text, start, end)) {
      if (start !== wordEnd) words++;
      wordEnd = end;
      while (nextSlash < slashes.length && slashes[nextSlash]! < start) nextSlash++;
      for (; nextSlash < slashes.length && slashes[nextSlash]! < end; nextSlash++) {
        const at = slashes[nextSlash]!;
        if (LETTER.test(text[at - 1] ?? "") && LETTER.test(text[at + 1] ?? "")) words++;
      }
    } else {
      wordEnd = start === wordEnd && end - start === 1 && JOINERS.has(text[start]!) ? end : -1;
    }
  }
  return words;
}
