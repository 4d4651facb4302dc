// Words keep inner apostrophes, hyphens, periods and digit separators: "don't", "U.S",
// "Lieutenant-General", "65.9", "1,500". Everything else that is not space is one token.
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of a text as flat [start, end, …] offset pairs. */
export function tokenize(text: string): { tokens: Int32Array; words: number } {
  // A token is at least one character, so there are at most as many tokens as characters.
  let offsets = new Int32Array(Math.min(text.length, 4096) * 2);
  let n = 0;
  let words = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (n + 2 > offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    const length = m[0].length;
    offsets[n++] = m.index;
    offsets[n++] = m.index + length;
    // Punctuation tokens are single characters that are not letters or digits.
    if (length > 1 || isWordChar(m[0].charCodeAt(0)) || /[\p{L}\p{N}]/u.test(m[0])) words++;
  }
  return { tokens: offsets.slice(0, n), words };
}

/** ASCII letters and digits, the common case, without a regex. */
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
