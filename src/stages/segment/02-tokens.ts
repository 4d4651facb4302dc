import type { Range } from "../../model/index.js";

// Words keep inner apostrophes, hyphens, periods and digit separators: "don't", "U.S",
// "Lieutenant-General", "65.9", "1,500". Everything else that is not space is one token.
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of a text as flat [start, end, …] offset pairs. */
export function tokenize(text: string): { tokens: Int32Array; words: number } {
  const offsets: number[] = [];
  let words = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    offsets.push(m.index, m.index + m[0].length);
    if (m[0].length > 1 || /[\p{L}\p{N}]/u.test(m[0])) words++;
  }
  return { tokens: Int32Array.from(offsets), words };
}

/** The token ranges of a token array, for reading them one by one. */
export function* tokenRanges(tokens: Int32Array): Generator<Range> {
  for (let i = 0; i + 1 < tokens.length; i += 2) yield { start: tokens[i]!, end: tokens[i + 1]! };
}
