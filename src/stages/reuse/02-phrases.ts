import {
  CONTENT,
  PHRASE_WORDS,
  QUOTED,
  QUOTED_SHINGLE,
  type PhraseFeatures,
} from "./01-features.js";

/**
 * Phrases two articles share word for word, found through their word shingles: what tells a copy
 * (a scrape, a wire write-through that trims and reorders, a rewrite that keeps some of its
 * source's phrasing) from an independent report of the same event. Two reports of one event
 * share names, figures and quotations; a copy shares runs of ordinary words outside quotation
 * marks. Sentence breaks play no part, so glued sentences and lost paragraph breaks do not hide a
 * copy.
 */

/** Shingle → the positions it starts at, of one article; built once for many comparisons. */
export type PhrasePostings = ReadonlyMap<number, number | number[]>;

export function phrasePostings(p: PhraseFeatures): PhrasePostings {
  const map = new Map<number, number | number[]>();
  for (let i = 0; i < p.shingles.length; i++) {
    const h = p.shingles[i]!;
    if (h === 0) continue;
    const had = map.get(h);
    if (had === undefined) map.set(h, i);
    else if (typeof had === "number") map.set(h, [had, i]);
    else had.push(i);
  }
  return map;
}

/** A run of words shared by the two articles: `length` words from `copy` and from `source`. */
export type PhraseTile = {
  readonly copy: number;
  readonly source: number;
  readonly length: number;
};

export type SharedPhrases = {
  /** Shared runs, in the copy's order. */
  readonly tiles: readonly PhraseTile[];
  /** Content words outside quotation marks in shared phrases, on each side. */
  readonly contentA: number;
  readonly contentB: number;
  /** Words in shared phrases, quoted ones included, on each side. */
  readonly wordsA: number;
  readonly wordsB: number;
  /** The most content words outside quotation marks in one shared run (A's side). */
  readonly longest: number;
};

const NONE: SharedPhrases = {
  tiles: [],
  contentA: 0,
  contentB: 0,
  wordsA: 0,
  wordsB: 0,
  longest: 0,
};

/** A position of `postings` for shingle `h`: the one continuing the previous match if any. */
function positionOf(postings: PhrasePostings, h: number, continuing: number): number {
  const at = postings.get(h);
  if (at === undefined) return -1;
  if (typeof at === "number") return at;
  return at.includes(continuing) ? continuing : at[0]!;
}

/**
 * The phrases `a` (the copy's side) and `b` share, with `aPostings` the postings of `a`. Linear in
 * the two articles' words: each shingle of `b` is looked up once.
 */
export function sharedPhrases(
  a: PhraseFeatures,
  b: PhraseFeatures,
  aPostings: PhrasePostings,
): SharedPhrases {
  const n = a.flags.length;
  const m = b.flags.length;
  if (n < PHRASE_WORDS || m < PHRASE_WORDS) return NONE;
  // 1: in a shared phrase; 2: in a shared phrase without quoted words.
  const coverA = new Uint8Array(n);
  const coverB = new Uint8Array(m);
  const matchOf = new Int32Array(m).fill(-1);
  let last = -2;
  for (let j = 0; j < m; j++) {
    const h = b.shingles[j]!;
    if (h === 0) continue;
    const i = positionOf(aPostings, h, last + 1);
    if (i < 0) {
      last = -2;
      continue;
    }
    matchOf[j] = i;
    last = i;
    const mark = (a.flags[i]! | b.flags[j]!) & QUOTED_SHINGLE ? 1 : 3;
    for (let k = 0; k < PHRASE_WORDS; k++) {
      coverA[i + k] = coverA[i + k]! | mark;
      coverB[j + k] = coverB[j + k]! | mark;
    }
  }
  // Tiles: maximal runs of matches that continue each other on both sides.
  const tiles: PhraseTile[] = [];
  for (let j = 0; j < m; j++) {
    const i = matchOf[j]!;
    if (i < 0) continue;
    let end = j;
    while (end + 1 < m && matchOf[end + 1] === matchOf[end]! + 1) end++;
    tiles.push({ copy: i, source: j, length: end - j + PHRASE_WORDS });
    j = end;
  }
  if (tiles.length === 0) return NONE;
  tiles.sort((x, y) => x.copy - y.copy);
  const [contentA, wordsA] = covered(a.flags, coverA);
  const [contentB, wordsB] = covered(b.flags, coverB);
  let longest = 0;
  for (const t of tiles) {
    let content = 0;
    for (let i = t.copy; i < t.copy + t.length; i++)
      if (isSharedContent(a.flags[i]!, coverA[i]!)) content++;
    longest = Math.max(longest, content);
  }
  return { tiles, contentA, contentB, wordsA, wordsB, longest };
}

/** A content word outside quotation marks, in a shared phrase that holds no quoted word. */
const isSharedContent = (flags: number, cover: number): boolean =>
  (cover & 2) !== 0 && (flags & (CONTENT | QUOTED)) === CONTENT;

/** [content words outside quotes in quote-free shared phrases, words in any shared phrase]. */
function covered(flags: Uint8Array, cover: Uint8Array): [number, number] {
  let content = 0;
  let words = 0;
  for (let i = 0; i < cover.length; i++) {
    const c = cover[i]!;
    if (c === 0) continue;
    words++;
    if (isSharedContent(flags[i]!, c)) content++;
  }
  return [content, words];
}
