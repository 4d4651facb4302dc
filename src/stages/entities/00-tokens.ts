/**
 * Words and sentences of news English, for the name detector and its part-of-speech tagger.
 *
 * Tokens follow wink-nlp's conventions, which the detector's rules and the tagger's training
 * labels were built on: "Kyiv's" is "Kyiv" + "'s", "didn't" is "did" + "n't", "Rolls-Royce" is
 * "Rolls" + "-" + "Royce", while "U.S.", "Mr.", "F-16", "1996-08-30" and "anti-war" stay whole.
 * A regular-expression pass is about ten times faster than wink's tokenizer, which was most of
 * the mention stage's time (see bench/mentions-bench.ts).
 */

export type Token = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
};

/** A sentence as token indices, end-exclusive. */
export type SentenceSpan = { readonly from: number; readonly to: number };

export type Tokenized = { tokens: Token[]; sentences: SentenceSpan[] };

/**
 * Words written with a final period that does not end them ("Mr.", "Inc.", "Dec."). Letter-dot
 * sequences ("U.S.", "a.m.") and single capital initials ("J.") are recognised by shape.
 */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "mme",
  "dr",
  "prof",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "capt",
  "cpt",
  "sgt",
  "maj",
  "adm",
  "cmdr",
  "brig",
  "cpl",
  "pvt",
  "rev",
  "hon",
  "supt",
  "insp",
  "det",
  "st",
  "mt",
  "ft",
  "ave",
  "blvd",
  "rd",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "plc",
  "dept",
  "univ",
  "assn",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vs",
  "etc",
  "approx",
  "est",
  "fig",
  "vol",
  "pp",
  "ca",
]);

/** US states as news agencies abbreviate them ("Calif.", "Va."); only with a capital, as "ill." is not. */
const STATE_ABBREVIATIONS = new Set(
  "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo".split(
    " ",
  ),
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
const ENDS = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
/** Quotes and brackets that may close a sentence after its final mark ('over."'). */
const CLOSING_MARKS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const LONE_CONTRACTION = /^(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const DOMAIN = /^\p{L}{2,}(?:\.\p{L}{2,})+$/u;
const LETTER_DOTS = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;
const DIGIT_START = /^\d/;
const HAS_DIGIT = /\d/;
const ALL_LETTERS = /^\p{L}+$/u;
const LOWER_START = /^\p{Ll}/u;
const ALL_DASHES = /[—–]|--/g;

/** The tokens and sentences of `text`; offsets index `text`. */
export function tokenizeText(text: string): Tokenized {
  const tokens: Token[] = [];
  const chunk = /\S+/g;
  for (let m = chunk.exec(text); m !== null; m = chunk.exec(text)) {
    splitChunk(m[0], m.index, tokens);
  }
  return { tokens, sentences: sentencesOf(text, tokens) };
}

/** One whitespace-free stretch of text, cut into tokens. */
function splitChunk(chunk: string, at: number, out: Token[]): void {
  // most chunks are plain words or numbers, or a word and a comma or period: one test settles them
  if (ASCII_WORD.test(chunk) || PLAIN_WORD.test(chunk) || PLAIN_NUMBER.test(chunk)) {
    out.push({ text: chunk, start: at, end: at + chunk.length });
    return;
  }
  const punctuated = WORD_AND_MARK.exec(chunk);
  if (punctuated) {
    const word = punctuated[1]!;
    if (punctuated[2] === "." && isAbbreviation(word)) {
      out.push({ text: chunk, start: at, end: at + chunk.length });
    } else {
      out.push({ text: word, start: at, end: at + word.length });
      out.push({ text: punctuated[2]!, start: at + word.length, end: at + chunk.length });
    }
    return;
  }
  if (MAY_BE_ADDRESS.test(chunk) && URL_LIKE.test(chunk)) {
    const tail = URL_TAIL.exec(chunk);
    const core = tail ? chunk.slice(0, tail.index) : chunk;
    if (core !== "") out.push({ text: core, start: at, end: at + core.length });
    // the marks after an address are one token each
    if (tail)
      for (let k = 0; k < tail[0].length; k++) {
        const start = at + core.length + k;
        out.push({ text: tail[0][k]!, start, end: start + 1 });
      }
    return;
  }
  let from = 0;
  let to = chunk.length;
  // opening quotes and brackets, one mark each ("'s" alone is a contraction, not a quote)
  while (from < to && OPENERS.has(chunk[from]!) && !isLoneContraction(chunk, from, to)) {
    out.push({ text: chunk[from]!, start: at + from, end: at + from + 1 });
    from += 1;
  }
  const tail: Token[] = []; // closing marks, last first
  while (to > from) {
    const mark = trailingMark(chunk, from, to);
    if (mark === 0) break;
    tail.push({ text: chunk.slice(to - mark, to), start: at + to - mark, end: at + to });
    to -= mark;
  }
  if (to > from) splitCore(chunk.slice(from, to), at + from, out);
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]!);
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
  return ABBREVIATIONS.has(lower) || (STATE_ABBREVIATIONS.has(lower) && CAPITAL.test(core[0]!));
}

/**
 * A word without its outer punctuation: dashes, currencies, contractions, hyphens and units
 * split. Loops rather than recursion, so that a chunk of thousands of dashes or contractions
 * cannot exhaust the stack.
 */
function splitCore(core: string, at: number, out: Token[]): void {
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
    out.push({ text: m[0], start: at + m.index, end: at + end });
    from = end;
  });
  if (from === 0) splitWord(core, at, out);
  else splitWithMarks(core.slice(from), at + from, out);
}

/**
 * A word between dashes with the brackets and quotes that touch the dash split off:
 * "(Kestrel Press)--Tarnby" gives "Press" + ")" + "--", not "Press)".
 */
function splitWithMarks(word: string, at: number, out: Token[]): void {
  let from = 0;
  let to = word.length;
  while (from < to - 1 && OPENERS.has(word[from]!)) {
    out.push({ text: word[from]!, start: at + from, end: at + from + 1 });
    from += 1;
  }
  while (to > from + 1 && CLOSERS.has(word[to - 1]!) && word[to - 1] !== "'") to -= 1;
  splitWord(word.slice(from, to), at + from, out);
  for (let k = to; k < word.length; k++)
    out.push({ text: word[k]!, start: at + k, end: at + k + 1 });
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
function splitWord(core: string, at: number, out: Token[]): void {
  if (LONE_CONTRACTION.test(core) || core.length === 1) {
    out.push({ text: core, start: at, end: at + core.length });
    return;
  }
  const currency = CURRENCY_PREFIX.exec(core);
  if (currency) {
    const sign = currency[1]!;
    out.push({ text: sign, start: at, end: at + sign.length });
    splitWord(core.slice(sign.length), at + sign.length, out); // a digit follows: no second sign
    return;
  }
  if (!core.endsWith(".")) {
    // "wouldn't've": contractions come off the end, one after another
    let end = core.length;
    const endings: Token[] = [];
    for (
      let length = contractionBefore(core, end);
      length > 0;
      length = contractionBefore(core, end)
    ) {
      endings.push({
        text: core.slice(end - length, end),
        start: at + end - length,
        end: at + end,
      });
      end -= length;
    }
    if (endings.length > 0) {
      splitStem(core.slice(0, end), at, out);
      for (let k = endings.length - 1; k >= 0; k--) out.push(endings[k]!);
      return;
    }
  }
  splitStem(core, at, out);
}

/** A word without dashes, currency or contractions: web names, hyphens and units split. */
function splitStem(core: string, at: number, out: Token[]): void {
  if (core.length <= 1) {
    if (core !== "") out.push({ text: core, start: at, end: at + core.length });
    return;
  }
  if (DOMAIN.test(core) && !LETTER_DOTS.test(core)) {
    // "harbour.example.org" is its words and periods, as wink reads it
    let start = at;
    for (const part of core.split(".")) {
      if (start > at) out.push({ text: ".", start: start - 1, end: start });
      out.push({ text: part, start, end: start + part.length });
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
    out.push({ text: number, start: at, end: at + number.length });
    out.push({ text: unit[2]!, start: at + number.length, end: at + core.length });
    return;
  }
  out.push({ text: core, start: at, end: at + core.length });
}

/**
 * "Rolls-Royce" is three tokens, "F-16", "3-4" and "anti-war" one: a hyphen between two words
 * splits them unless the left one is a prefix or a capital before a lowercase word, or a number
 * is on its right.
 */
function splitHyphens(core: string, at: number, out: Token[]): void {
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
    out.push({ text: "-", start: hyphenAt, end: hyphenAt + 1 });
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

function pushWord(text: string, start: number, out: Token[]): void {
  if (text === "") return;
  const unit = NUMBER_UNIT.exec(text);
  if (unit) {
    const number = unit[1]!;
    out.push({ text: number, start, end: start + number.length });
    out.push({ text: unit[2]!, start: start + number.length, end: start + text.length });
    return;
  }
  out.push({ text, start, end: start + text.length });
}

/**
 * Sentences end after ".", "!", "?" or an ellipsis (with any closing quote or bracket that
 * touches it) unless a lowercase word follows, and at every line break: headlines, datelines
 * and paragraphs are units of their own.
 */
function sentencesOf(text: string, tokens: Token[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let from = 0;
  let lineBreak = text.indexOf("\n");
  // the token is a final mark, or a closing mark touching one ('over."')
  let closing = false;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next === undefined) break;
    const token = tokens[i]!;
    while (lineBreak !== -1 && lineBreak < token.end) lineBreak = text.indexOf("\n", lineBreak + 1);
    closing =
      ENDS.has(token.text) ||
      (closing && CLOSING_MARKS.has(token.text) && tokens[i - 1]!.end === token.start);
    let ends = false;
    if (lineBreak !== -1 && lineBreak < next.start) ends = true;
    else if (closing) {
      if (next.start === token.end && CLOSING_MARKS.has(next.text)) continue;
      ends = !LOWER_START.test(next.text);
    }
    if (ends) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}

const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * For each token, 1 when it is the first word of its sentence: the first token that starts with a
 * letter or digit, after any opening quotes, brackets or dashes ('"Kyiv," she said').
 */
export function sentenceInitialFlags({ tokens, sentences }: Tokenized): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (const { from, to } of sentences) {
    for (let i = from; i < to; i++) {
      if (WORD_START.test(tokens[i]!.text)) {
        flags[i] = 1;
        break;
      }
    }
  }
  return flags;
}
