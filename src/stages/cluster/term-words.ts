/**
 * The words a story's terms are made of, found by a scan of character codes: the matches of
 * `TERM_WORD` below, in order, without running the regular expression. Story assignment reads
 * every article's text this way once; with the expression (Unicode letter classes, a match object
 * and a string per word) it was a tenth of the whole pipeline's time on the real-text mix. The
 * scan gives exactly the expression's matches (a test holds it to them on random text), so
 * stories do not change.
 */

/**
 * What a term word is: two or more letters, with apostrophes and hyphens between them ("don't",
 * "Ruiz-Vell"), or a number with its separators ("1,200", "3.5").
 */
export const TERM_WORD = /[\p{L}][\p{L}'’-]*[\p{L}]|\d+(?:[.,]\d+)*/gu;

const LETTER = /^\p{L}$/u;

/** Code units taken by a letter at `i` (1, or 2 for a letter outside the BMP), 0 if none is there. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return LETTER.test(text[i]!) ? 1 : 0;
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** Apostrophe, right single quotation mark or hyphen: what may join the letters of a word. */
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/** Calls `onWord(start, end)` for each match of `TERM_WORD` in `text`, in order. */
export function forEachTermWord(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = letterAt(text, i);
    if (first > 0) {
      // Letters and joiners as far as they go, the word ending at the last letter.
      let j = i + first;
      let end = -1;
      while (j < n) {
        const l = letterAt(text, j);
        if (l > 0) {
          j += l;
          end = j;
        } else if (isJoiner(text.charCodeAt(j))) j++;
        else break;
      }
      if (end > 0) {
        onWord(i, end);
        i = end;
      } else i += first; // a lone letter is no word; the search goes on after it
      continue;
    }
    if (isDigit(text, i)) {
      let j = i + 1;
      while (j < n && isDigit(text, j)) j++;
      while (j + 1 < n && (text[j] === "." || text[j] === ",") && isDigit(text, j + 1)) {
        j += 2;
        while (j < n && isDigit(text, j)) j++;
      }
      onWord(i, j);
      i = j;
      continue;
    }
    // One character on, a surrogate pair as one (as the expression's Unicode mode steps).
    const c = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
}
