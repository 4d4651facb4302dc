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

/** A run of words shared by the two articles: `length` words from `copy` and from `source`. */
export type PhraseTile = {
  readonly copy: number;
  readonly source: number;
  readonly length: number;
};

/** Two sentences, one of each article, that hold the same shared run of words. */
export type SentenceLink = { readonly copy: number; readonly source: number };

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

/** Where the shared runs fall in the two articles' sentences (for evidence and kind). */
export type PhraseLinks = {
  /** Sentences that share runs, in A's order, each pair once. */
  readonly links: readonly SentenceLink[];
  /** Per sentence of each side, the share of its words in shared runs. */
  readonly coveredA: Float32Array;
  readonly coveredB: Float32Array;
};

/** Nothing shared. */
export const NO_PHRASES: SharedPhrases = {
  tiles: [],
  contentA: 0,
  contentB: 0,
  wordsA: 0,
  wordsB: 0,
  longest: 0,
};

/**
 * One article's phrases as a table, built once when the article is compared with its candidates:
 * open addressing over the shingle hashes, each slot holding where the phrase first starts.
 * Typed arrays only, linear to build.
 */
export type PhraseTable = { readonly keys: Uint32Array; readonly at: Int32Array };

const slotOf = (h: number): number => Math.imul(h ^ (h >>> 16), 0x9e3779b1) >>> 0;

export function phraseTable(p: PhraseFeatures): PhraseTable {
  const n = p.shingles.length;
  const size = 1 << Math.ceil(Math.log2(Math.max(16, n * 2)));
  const keys = new Uint32Array(size);
  const at = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const h = p.shingles[i]!;
    if (h === 0) continue;
    for (let s = slotOf(h); ; s++) {
      s &= mask;
      if (at[s] === -1) {
        keys[s] = h;
        at[s] = i;
        break;
      }
      if (keys[s] === h) break;
    }
  }
  return { keys, at };
}

/** Where phrase `h` first starts in the table's article, -1 if it has none. */
function lookup(t: PhraseTable, h: number): number {
  const mask = t.keys.length - 1;
  for (let s = slotOf(h); ; s++) {
    s &= mask;
    const at = t.at[s]!;
    if (at === -1 || t.keys[s] === h) return at;
  }
}

/**
 * The phrases `a` (the copy's side) and `b` share, with `aTable` the phrase table of `a`. Linear in
 * the two articles' words: each phrase of `b` is looked up once, and the shared runs are walked
 * once.
 */
export function sharedPhrases(
  a: PhraseFeatures,
  b: PhraseFeatures,
  aTable: PhraseTable = phraseTable(a),
): SharedPhrases {
  const tiles: PhraseTile[] = [];
  // The run being read: `run` phrases from (ti, tj).
  let ti = 0;
  let tj = 0;
  let run = 0;
  let last = -2;
  for (let j = 0; j <= b.shingles.length; j++) {
    const h = j < b.shingles.length ? b.shingles[j]! : 0;
    // The occurrence that continues the run before it, where the phrase is repeated in `a`.
    const i = h === 0 ? -1 : last >= 0 && a.shingles[last + 1] === h ? last + 1 : lookup(aTable, h);
    if (run > 0 && i >= 0 && i === ti + run && j === tj + run) {
      run++;
    } else {
      if (run > 0) tiles.push({ copy: ti, source: tj, length: run + PHRASE_WORDS - 1 });
      [ti, tj, run] = [i, j, i >= 0 ? 1 : 0];
    }
    last = i >= 0 ? i : -2;
  }
  if (tiles.length === 0) return NO_PHRASES;
  tiles.sort((x, y) => x.copy - y.copy || x.source - y.source);
  // Per word, 1 in a shared run, 3 in a shared phrase without quoted words (on either side).
  const coverA = new Uint8Array(a.flags.length);
  const coverB = new Uint8Array(b.flags.length);
  let longest = 0;
  for (const t of tiles) {
    let cleanUntil = -1;
    let content = 0;
    for (let w = 0; w < t.length; w++) {
      const x = t.copy + w;
      const y = t.source + w;
      if (w + PHRASE_WORDS <= t.length && !((a.flags[x]! | b.flags[y]!) & QUOTED_SHINGLE))
        cleanUntil = w + PHRASE_WORDS;
      const mark = w < cleanUntil ? 3 : 1;
      coverA[x] = coverA[x]! | mark;
      coverB[y] = coverB[y]! | mark;
      if (isSharedContent(a.flags[x]!, mark)) content++;
    }
    longest = Math.max(longest, content);
  }
  const [contentA, wordsA] = covered(a.flags, coverA);
  const [contentB, wordsB] = covered(b.flags, coverB);
  return { tiles, contentA, contentB, wordsA, wordsB, longest };
}

/** Where the tiles fall in the two articles' sentences. */
export function phraseLinks(
  tiles: readonly PhraseTile[],
  a: PhraseFeatures,
  b: PhraseFeatures,
): PhraseLinks {
  const coverA = new Uint8Array(a.flags.length);
  const coverB = new Uint8Array(b.flags.length);
  for (const t of tiles) {
    coverA.fill(1, t.copy, t.copy + t.length);
    coverB.fill(1, t.source, t.source + t.length);
  }
  return {
    links: linksOf(tiles, a.sentenceStarts, b.sentenceStarts),
    coveredA: coveredPerSentence(coverA, a.sentenceStarts),
    coveredB: coveredPerSentence(coverB, b.sentenceStarts),
  };
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

/** The sentence that holds word `w`: the last start at or before it. */
function sentenceOf(starts: Uint32Array, w: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= w) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentence pairs the tiles run through, word by word, each pair once, in the copy's order. */
function linksOf(
  tiles: readonly PhraseTile[],
  startsA: Uint32Array,
  startsB: Uint32Array,
): SentenceLink[] {
  const seen = new Set<number>();
  const links: SentenceLink[] = [];
  const link = (sa: number, sb: number): void => {
    const key = sa * (startsB.length + 1) + sb;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ copy: sa, source: sb });
  };
  for (const t of tiles) {
    let sa = sentenceOf(startsA, t.copy);
    let sb = sentenceOf(startsB, t.source);
    link(sa, sb);
    // Step from sentence break to sentence break on either side, not word by word.
    let k = 0;
    for (;;) {
      const nextA = sa + 1 < startsA.length ? startsA[sa + 1]! - t.copy : Infinity;
      const nextB = sb + 1 < startsB.length ? startsB[sb + 1]! - t.source : Infinity;
      k = Math.max(k, Math.min(nextA, nextB));
      if (k >= t.length) break;
      if (nextA <= k) sa++;
      if (nextB <= k) sb++;
      link(sa, sb);
    }
  }
  return links.sort((x, y) => x.copy - y.copy || x.source - y.source);
}

/** Per sentence, the share of its words in shared runs. */
function coveredPerSentence(cover: Uint8Array, starts: Uint32Array): Float32Array {
  const out = new Float32Array(starts.length);
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    const to = s + 1 < starts.length ? starts[s + 1]! : cover.length;
    if (to <= from) continue;
    let n = 0;
    for (let w = from; w < to; w++) if (cover[w]) n++;
    out[s] = n / (to - from);
  }
  return out;
}
