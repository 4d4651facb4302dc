import type { Article, Range } from "../../model/index.js";
import { isDigitAt, TRANSCRIPT_LABEL } from "./00-lexicon.js";

/**
 * Direct quotations: text between quotation marks of any common style — `"…"`, `“…”`, `‘…’`,
 * `«…»`, doubled singles `‘‘…’’` and the doubled apostrophes of archive text (`''…''`, `` ``…'' ``)
 * — with a quotation that runs on into the next paragraph
 * (`“We will rebuild.` ⏎ `“It will take two years,” she said.`) kept whole. Marks nested inside
 * an open quotation are a quote inside the quote and stay part of it.
 */
export type RawQuote = {
  /** With the marks: first opening mark to last closing mark (or the paragraph end). */
  readonly outer: Range;
  /** Content of each paragraph the quotation covers, inside the marks. */
  readonly pieces: readonly Range[];
  readonly paragraph: number;
  /** Paragraph of the closing mark. */
  readonly lastParagraph: number;
  /** Closed by a mark (false when a paragraph ended with the quotation open and none followed). */
  readonly closed: boolean;
};

const enum Mark {
  None = 0,
  Double = 1, // “ ”, ‘‘ ’’, '' '' and `` ''
  Ascii = 2, // "
  Single = 3, // ‘ ’
  Guillemet = 4, // « »
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

type Hit = { mark: Mark; open: boolean; len: number };

/** The character two places on (after a two-character mark), a space past the end. */
const next2 = (text: string, i: number, end: number): number =>
  i + 2 < end ? text.charCodeAt(i + 2) : 32;
/** What may end a quotation just before its closing mark: `complexity,''`, `true.''`. */
const isClosingPunct = (c: number): boolean =>
  c === 44 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 41;

/**
 * The mark at `i`, if any, and whether it opens or closes. `openAscii` says whether a `"`
 * quotation is open (an ASCII mark closes one if so); `openSingle` the same for `‘ ’`, so that
 * the apostrophe in `don’t` or `Europeans’` is never a closing mark unless a single quotation is open.
 */
function markAt(
  text: string,
  i: number,
  end: number,
  openAscii: boolean,
  openSingle: boolean,
): Hit | null {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
      return { mark: Mark.Double, open: true, len: 1 };
    case 0x201d: // ”
      return { mark: Mark.Double, open: false, len: 1 };
    case 0xab:
      return { mark: Mark.Guillemet, open: true, len: 1 };
    case 0xbb:
      return { mark: Mark.Guillemet, open: false, len: 1 };
    case 0x22: // "
      if (openAscii && !(isWordChar(next) && isSpace(prev)))
        return { mark: Mark.Ascii, open: false, len: 1 };
      if (!isSpace(next) || i + 1 >= end) return { mark: Mark.Ascii, open: true, len: 1 };
      return openAscii ? { mark: Mark.Ascii, open: false, len: 1 } : null;
    case 0x27: // ' — doubled '' is a double mark: it opens before a word, closes after one
      if (next !== 0x27) return null;
      if (!isWordChar(prev) && !isSpace(next2(text, i, end)) && !isClosingPunct(prev))
        return { mark: Mark.Double, open: true, len: 2 };
      if (!isSpace(prev)) return { mark: Mark.Double, open: false, len: 2 };
      return null;
    case 0x60: // ` — doubled `` opens a double mark
      return next === 0x60 ? { mark: Mark.Double, open: true, len: 2 } : null;
    case 0x2018: // ‘ — doubled ‘‘ is a double mark
      if (next === 0x2018) return { mark: Mark.Double, open: true, len: 2 };
      // "in ‘08", "the ‘90s": a year's elided century written with the opening mark
      if (isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3)) return null;
      if (!isWordChar(prev) && !isSpace(next)) return { mark: Mark.Single, open: true, len: 1 };
      return null;
    case 0x2019: // ’ — doubled ’’ closes a double mark; a single closes only an open ‘
      if (next === 0x2019) return { mark: Mark.Double, open: false, len: 2 };
      if (openSingle && !isWordChar(next) && !isSpace(prev))
        return { mark: Mark.Single, open: false, len: 1 };
      return null;
    default:
      return null;
  }
}

/** Does the paragraph open with a quotation mark (the reopening of a continued quotation)? */
function opensWith(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) return -1;
  const h = markAt(text, i, end, false, false);
  return h && h.open ? i + h.len : -1;
}

function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** A quotation's piece ending mid-sentence: on a word or a comma, not on a sentence's end. */
const MID_SENTENCE_END = /[\p{L}\p{N},;]$/u;

/**
 * Whether the paragraph break after a piece of an open quotation (from `pieceStart` to `end`)
 * falls inside a sentence: the piece stops mid-sentence and the next paragraph closes the
 * quotation (with the same kind of mark) before it opens any other. Real paragraphs of a long
 * quotation end their sentences and reopen with a mark; this is a break a scraper added.
 */
function breaksMidSentence(
  text: string,
  pieceStart: number,
  end: number,
  next: Range,
  mark: Mark,
): boolean {
  if (mark === Mark.Single) return false;
  const piece = trimRange(text, pieceStart, end);
  if (piece.end <= piece.start || !MID_SENTENCE_END.test(text.slice(piece.end - 1, piece.end)))
    return false;
  for (let i = next.start; i < next.end; i++) {
    const h = markAt(text, i, next.end, mark === Mark.Ascii, false);
    if (!h) continue;
    return !h.open && h.mark === mark;
  }
  return false;
}

/** Every top-level quotation of the article, in text order. */
export function findDirectQuotes(article: Article): RawQuote[] {
  const text = article.clean;
  const paras = article.paragraphs;
  const out: RawQuote[] = [];
  const stack: { mark: Mark; at: number }[] = [];
  // The open top-level quotation: where it opened, the pieces so far.
  let openStart = -1;
  let openPara = -1;
  let pieceStart = -1;
  let pieces: Range[] = [];
  // The paragraph break before this paragraph fell inside a sentence of the open quotation.
  let brokenBreak = false;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    // The paragraph's last closing curly mark and last straight one, for quotations opened in
    // one style and closed in the other: read once, and only in a paragraph that asks.
    let lastMarks: { curly: number; straight: number } | null = null;
    const lastMarksOf = (): { curly: number; straight: number } => {
      if (lastMarks === null) {
        lastMarks = { curly: -1, straight: -1 };
        for (let k = start; k < end; k++) {
          const c = text.charCodeAt(k);
          if (c === 0x201d) lastMarks.curly = k;
          else if (c === 0x22) lastMarks.straight = k;
        }
      }
      return lastMarks;
    };
    let i = start;
    if (openStart >= 0 && !brokenBreak) {
      // Continued from the paragraph before: skip its reopening mark.
      const reopen = opensWith(text, start, end);
      i = reopen >= 0 ? reopen : start;
      pieceStart = i;
    }
    brokenBreak = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (
        c !== 0x22 &&
        c !== 0x201c &&
        c !== 0x201d &&
        c !== 0x201e &&
        c !== 0xab &&
        c !== 0xbb &&
        c !== 0x2018 &&
        c !== 0x2019 &&
        // an apostrophe or a backtick counts only doubled ('' or ``): most are single
        !((c === 0x27 || c === 0x60) && text.charCodeAt(i + 1) === c)
      )
        continue;
      let openAscii = false;
      let openSingle = false;
      for (const s of stack) {
        if (s.mark === Mark.Ascii) openAscii = true;
        else if (s.mark === Mark.Single) openSingle = true;
      }
      let h = markAt(text, i, end, openAscii, openSingle);
      // Scraped and edited text mixes styles ("“The ferry is back," she said): a mark of the
      // other style right after a word closes the one open quotation when the paragraph holds
      // no closing mark of its own style after it.
      if (stack.length === 1 && i > start && !isSpace(text.charCodeAt(i - 1))) {
        const top = stack[0]!.mark;
        if (c === 0x22 && top === Mark.Double && lastMarksOf().curly < i)
          h = { mark: Mark.Double, open: false, len: 1 };
        else if (c === 0x201d && top === Mark.Ascii && lastMarksOf().straight < i)
          h = { mark: Mark.Ascii, open: false, len: 1 };
      }
      if (!h) continue;
      if (h.open) {
        if (stack.length === 0) {
          openStart = i;
          openPara = p;
          pieceStart = i + h.len;
          pieces = [];
        }
        stack.push({ mark: h.mark, at: i });
      } else {
        // Close the innermost quotation of this kind; unmatched closers are ignored.
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.mark !== h.mark) k--;
        if (k >= 0) {
          stack.length = k;
          if (k === 0) {
            pieces.push(trimRange(text, pieceStart, i));
            out.push({
              outer: { start: openStart, end: i + h.len },
              pieces,
              paragraph: openPara,
              lastParagraph: p,
              closed: true,
            });
            openStart = -1;
          }
        }
      }
      i += h.len - 1;
    }
    if (openStart >= 0) {
      const next = paras[p + 1];
      if (next && breaksMidSentence(text, pieceStart, end, next, stack[0]!.mark)) {
        // "“… involving a ⏎ Kessa Air jet arriving from Orvik,” the port authority wrote": a
        // paragraph break a scraper put inside the sentence. The quotation runs on as one piece.
        brokenBreak = true;
        stack.length = 1;
        continue;
      }
      pieces.push(trimRange(text, pieceStart, end));
      const reopen = next ? opensWith(text, next.start, next.end) : -1;
      // (a transcript's next speaker, "“PENCE: Well, …", opens a quotation of its own)
      if (
        next &&
        reopen >= 0 &&
        !TRANSCRIPT_LABEL.test(text.slice(reopen, Math.min(next.end, reopen + 60)))
      ) {
        // A quotation continued in the next paragraph: only the outermost mark carries on.
        stack.length = 1;
        continue;
      }
      out.push({
        outer: { start: openStart, end },
        pieces,
        paragraph: openPara,
        lastParagraph: p,
        closed: false,
      });
    }
    openStart = -1;
    stack.length = 0;
  }
  return out.filter((q) => q.pieces.some((r) => r.end > r.start));
}
