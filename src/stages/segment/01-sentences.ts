import type { Range } from "../../model/index.js";
import { matchEnd, searchFrom } from "../../util/match-at.js";
import {
  MONTH_DAY_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PHRASE_END_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from "../../lang/en/abbreviations.js";

/** Words after which a period never ends a sentence: titles and name parts. */
const TITLES = new Set(TITLE_ABBREVIATIONS);
/** Abbreviations that hold a number after them: "Feb. 14", "No. 10", "Vol. 3". */
const BEFORE_NUMBER = new Set([...MONTH_DAY_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS]);
/** Abbreviations that end a sentence only when a new sentence plainly starts after them. */
const MAY_END = new Set([...PHRASE_END_ABBREVIATIONS, ...MONTH_DAY_ABBREVIATIONS]);
/** Words that start sentences but seldom follow an abbreviation inside one. */
const SENTENCE_STARTERS = new Set(
  "The A An He She It They We I You But And Or So Yet In On At This That These Those His Her Their Its Our My There When While After Before If As Some Many Most No Not Now Then Still Meanwhile However Officials Police".split(
    " ",
  ),
);

const OPENERS = /["“‘'«([¿¡—–-]/;
// A sentence end: terminal marks, then any closing quotes or brackets, then space or the end —
// or, in text run together, an opening quotation mark or a capitalised word ("plan.”“We",
// "(IMF).The fund", "Monday.After docking").
/** A sentence end; global, read only through `searchFrom`. */
const END = /[.!?…]+["”’'»)\]]*(?=\s|$|[“«]|\p{Lu}\p{Ll})/gu;
/** The word before a glued end: a plain word, not a web address, a file name or "a.m". */
/** A web address's ending after a dot ("example.Com"), not a sentence. */
const DOMAIN_END = /^(?:com|org|net|gov|edu|int|info|co|io)\b/i;
const GLUED_WORD = /^[^./@:\\]*[\p{Ll}\p{N})\]]$/u;
/**
 * A bracketed credit and a dash after a period: a dateline's ("ORLANDO, Fla. (Northwire) – …"),
 * whose place ends in an abbreviated state or region, so the period ends no sentence.
 */
const DATELINE_CREDIT = /^\s*\(\s*\p{Lu}[^()\n]{0,30}\)\s*(?:--|[-–—])\s/u;
/** The abbreviated state or region of a dateline's place: "Fla", "Calif", "Ore". */
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Word directly before offset `at` (without its final period), e.g. "Lt" in "Lt. Gen.". */
function wordBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^["“‘'«([]+/, "");
}

function nextWord(text: string, at: number): string {
  const m = /^\s*["“‘'«(]*([^\s"“”‘’'«»()]+)/.exec(text.slice(at, at + 40));
  return m ? m[1]!.replace(/[,;:.!?]+$/, "") : "";
}

/** Whether the period at `dot` (a lone ".") ends the sentence, given what follows. */
function periodEnds(text: string, from: number, dot: number, after: number): boolean {
  const word = wordBefore(text, from, dot);
  const next = nextWord(text, after);
  const nextIsDigit = /^\d/.test(next);
  const startsNew = SENTENCE_STARTERS.has(next) || /^["“‘«]/.test(text.slice(after).trimStart());
  // a title in a headline in capitals is a title still: "ST. LOUIS", "DR. ANA RUIZ"
  const title =
    word.length > 1 && /^\p{Lu}+$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
  if (TITLES.has(title)) return false;
  if (SHORT_CAPITALISED.test(word) && DATELINE_CREDIT.test(text.slice(after, after + 40)))
    return false;
  if (BEFORE_NUMBER.has(word) && nextIsDigit) return false;
  // Initials and dotted initialisms: "J.D. Vance", "Donald J. Trump", "the U.S. envoy".
  const initialism = /^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word);
  if (initialism || MAY_END.has(word)) return startsNew;
  return true;
}

/**
 * Sentences of one paragraph as ranges of `text`. Handles abbreviations (U.S., Feb., Lt. Gen.,
 * J.D.), ends inside quotation marks (`"We will win." Then …` splits after the mark), and
 * lower-case continuations (`"Why?" he asked.` stays one sentence). A line break ends a sentence
 * too: a headline or a dateline on a line of its own is a unit. (Clean text has no line break
 * inside a paragraph; a text read without cleaning, as the evaluations read theirs, may.)
 */
export function splitSentences(text: string, para: Range): Range[] {
  let lineBreak = text.indexOf("\n", para.start);
  if (lineBreak === -1 || lineBreak >= para.end) return splitLine(text, para);
  const out: Range[] = [];
  for (let start = para.start; start < para.end;) {
    const end = lineBreak === -1 || lineBreak >= para.end ? para.end : lineBreak;
    if (/\S/.test(text.slice(start, end))) out.push(...splitLine(text, { start, end }));
    start = end + 1;
    lineBreak = text.indexOf("\n", start);
  }
  return out;
}

/** Sentences of one line of a paragraph. */
function splitLine(text: string, para: Range): Range[] {
  const out: Range[] = [];
  let start = para.start;
  const body = text.slice(para.start, para.end);
  for (let m = searchFrom(END, body, 0); m; m = searchFrom(END, body, matchEnd(m))) {
    const markEnd = para.start + m.index + m[0].length;
    if (markEnd >= para.end) break;
    // Glued to the next sentence: only after a plain word ending in a small letter, a digit or a
    // bracket ("U.S.The", "example.Com", "a.m.The" stay whole).
    if (
      !/\s/.test(text[markEnd]!) &&
      (!GLUED_WORD.test(wordBefore(text, start, para.start + m.index)) ||
        DOMAIN_END.test(text.slice(markEnd, markEnd + 5)))
    )
      continue;
    const rest = text.slice(markEnd, Math.min(para.end, markEnd + 3)).trimStart();
    const first = rest[0] ?? "";
    // The next sentence must open with a capital, a digit or an opening mark.
    if (!(/\p{Lu}|\d/u.test(first) || OPENERS.test(first))) continue;
    const marks = m[0].replace(/["”’'»)\]]+$/, "");
    if (marks === "." && !periodEnds(text, start, para.start + m.index, markEnd)) continue;
    out.push({ start, end: markEnd });
    start = markEnd;
    while (start < para.end && /\s/.test(text[start]!)) start++;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}
