import { readFile, writeFile } from "node:fs/promises";
import { MIN_SENTENCE_WEIGHT } from "./02-align.js";
import {
  KEY_CONTENT_WORDS,
  NAME_WEIGHT,
  NUMBER_WEIGHT,
  PHRASE_SAMPLE,
  PHRASE_WORDS,
  type ArticleFeatures,
  type PhraseFeatures,
} from "./01-features.js";
import { minhash, SIGNATURE_SIZE } from "./03-minhash.js";
import { IntCounter, IntPairTable } from "./04-int-multimap.js";

/**
 * LSH banding over MinHash signatures of an article's anchors (names and numbers outside quotes,
 * which a rewrite keeps and an unrelated story does not share). 20 bands of 6 rows: a pair
 * becomes a candidate with probability 1-(1-J⁶)²⁰ — 1.00 at Jaccard 0.9 (the seeds' rewrite and
 * the examples' copies and rewrite measure 0.82–1.0), 0.92 at 0.7, 0.27 at 0.5 (independent
 * reports of one event measure 0.40–0.50), nil below. 16 bands gave 0.87 at 0.7, and missed a
 * rewrite on crawled news whose names and numbers measure 0.69. With 4 rows the generated 10k
 * corpus gave 18.6 candidates an article, with 6 rows 4.9, with the same pairs found. Copies that share
 * fewer anchors (a trimmed reprint, a scrape wrapped in menus, a short excerpt of a long story)
 * still share phrases, the index's second route.
 */
export const BANDS = 20;
const USED_ROWS = SIGNATURE_SIZE / BANDS;

/**
 * A phrase shared by more articles than this is a stock phrase ("did not immediately respond to a
 * request for comment"), not evidence of copying: it names no candidates.
 */
export const MAX_PHRASE_POSTINGS = 16;

/**
 * Sampled phrases two articles must share to be candidates: one is often a stock phrase of the
 * story's kind ("fire engines were at the scene"); a copied passage of 20 words holds about two.
 * On the generated corpus, where stories are built from one small base text, this cut the
 * candidates an article from 1.93 to 1.55 (the old index: 1.54).
 */
export const MIN_SAMPLED_HITS = 2;

/** Fewer anchors than this make a signature of noise: such articles go by their phrases only. */
export const MIN_ANCHORS = 3;
/**
 * A name or number found in more than this share of the indexed articles ("Tuesday", "U.S.", a
 * president's name) says nothing about which story an article tells; it is left out of the
 * signature. On 100k generated articles, whose stories share template words, candidates an
 * article fell from 12.6 to 2.0 with it, and reuse detection from 330 to 160 µs an article, with
 * the same pairs found.
 */
export const MAX_ANCHOR_SHARE = 0.02;
/** Until the index has seen this many articles, no anchor is common yet. */
export const MIN_ARTICLES_FOR_SHARE = 500;

/**
 * The index's third route, for rewrites: a reworded sentence keeps its names and numbers together
 * ("Judge Orla Penn" and "14" in one sentence, however it is phrased). Each sentence is indexed by
 * the pairs of its telling names and numbers, at most `SENTENCE_ANCHORS` of them (the smallest
 * hashes: a bottom-k sample, so two sentences with the same names pick the same ones), and an
 * article is a candidate when it shares `MIN_ANCHOR_PAIR_HITS` such pairs. On crawled news (about
 * 18 keys an article), AI rewrites and second write-throughs whose anchors as a whole are too
 * unlike for the signature (they cover different parts of a long story) share 6–13 pairs;
 * articles of different stories share at most 1, reports of one story up to 7 (verification
 * tells those apart). On the generated corpus the route adds about a fifth to the search time.
 */
export const SENTENCE_ANCHORS = 3;
export const MIN_ANCHOR_PAIR_HITS = 4;
const ANCHOR_WEIGHT = Math.min(NAME_WEIGHT, NUMBER_WEIGHT);

const ANCHOR_PAIR_TAG = 2;

/**
 * One key for two anchors that share a sentence, `a < b`. Kept in the phrase table: its low bits
 * are 010, where a sampled phrase's are 000 and a sentence opening's end in 1.
 */
const anchorPairKey = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x165667b1, 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 15), 0xc2b2ae35);
  return (((h ^ (h >>> 13)) & ~7) | ANCHOR_PAIR_TAG) >>> 0;
};

/** The anchor-pair keys of an article's sentences, over the anchors in `telling` (sorted). */
function anchorPairKeys(features: ArticleFeatures, telling: Uint32Array): Uint32Array {
  const keys = new Set<number>();
  const picked: number[] = [];
  for (const s of features.sentences) {
    if (s.totalWeight < MIN_SENTENCE_WEIGHT) continue;
    picked.length = 0;
    // Features are sorted by key: the first telling anchors are the sentence's smallest.
    for (let k = 0; k < s.features.length && picked.length < SENTENCE_ANCHORS; k++) {
      const f = s.features[k]!;
      if (s.weights[k]! >= ANCHOR_WEIGHT && sortedHas(telling, f)) picked.push(f);
    }
    for (let i = 0; i < picked.length; i++)
      for (let j = i + 1; j < picked.length; j++) keys.add(anchorPairKey(picked[i]!, picked[j]!));
  }
  return Uint32Array.from(keys);
}

/** Whether sorted `a` holds `x`. */
function sortedHas(a: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] === x;
}

/** What the index looks an article up by and keeps of it. */
export type ReuseFingerprint = {
  /** Null when the article has too few anchors for a meaningful signature. */
  readonly signature: Uint32Array | null;
  /** The article's indexed phrases (see `PHRASE_SAMPLE`). */
  readonly phraseKeys: Uint32Array;
  /** Pairs of telling anchors that share a sentence (see `SENTENCE_ANCHORS`). */
  readonly anchorPairs: Uint32Array;
  /** Its telling anchors, for verification (not kept). */
  readonly anchors: Uint32Array;
};

const bandKey = (sig: Uint32Array, band: number): number => {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = 0; r < USED_ROWS; r++) {
    h = Math.imul(h ^ sig[band * USED_ROWS + r]!, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
};

/** What an index knows of anchors: how many articles it has observed and how many hold each anchor. */
export type AnchorStats = { readonly observed: number; count(anchor: number): number };

/** The most articles a telling anchor is found in. */
function anchorLimit(stats: AnchorStats): number {
  return stats.observed >= MIN_ARTICLES_FOR_SHARE ? stats.observed * MAX_ANCHOR_SHARE : Infinity;
}

/** An article's anchors that are not common in the indexed articles. */
export function tellingAnchorsOf(features: ArticleFeatures, stats: AnchorStats): Uint32Array {
  const limit = anchorLimit(stats);
  return features.anchors.filter((a) => stats.count(a) <= limit);
}

/** An article's indexable phrases about a telling name or number, unique. */
function tellingPhrasesOf(p: PhraseFeatures, stats: AnchorStats): Uint32Array {
  const limit = anchorLimit(stats);
  const keys = new Set<number>();
  for (let x = 0; x < p.keys.length; x += 2) {
    if (stats.count(p.keys[x + 1]!) <= limit) keys.add(p.keys[x]!);
  }
  return Uint32Array.from(keys);
}

/** What an index looks an article up by, and files it under, given the index's anchor statistics. */
export function fingerprintOf(features: ArticleFeatures, stats: AnchorStats): ReuseFingerprint {
  const anchors = tellingAnchorsOf(features, stats);
  return {
    signature: anchors.length >= MIN_ANCHORS ? minhash(anchors) : null,
    phraseKeys: tellingPhrasesOf(features.phrases, stats),
    anchorPairs: anchorPairKeys(features, anchors),
    anchors,
  };
}

/** The band keys of a fingerprint's signature (none without one), band by band. */
export function bandKeysOf(fp: ReuseFingerprint): Uint32Array {
  const sig = fp.signature;
  return sig ? Uint32Array.from({ length: BANDS }, (_, b) => bandKey(sig, b)) : new Uint32Array(0);
}

/**
 * Where an index keeps the articles filed under a key: in memory (`ReuseIndex`) or in the store's
 * tables. `D` is how it names an article.
 */
export type KeyPostings<D> = {
  band(key: number, visit: (doc: D) => void): void;
  /** Articles under a phrase key (phrases, sentence openings and anchor pairs), counted up to `limit + 1`. */
  phraseCount(key: number, limit: number): number;
  phrase(key: number, visit: (doc: D) => void): void;
};

/**
 * The articles that may share text with a fingerprint: one shared band, one shared sentence
 * opening, `MIN_SAMPLED_HITS` sampled phrases or `MIN_ANCHOR_PAIR_HITS` anchor pairs; a phrase
 * filed under more than `MAX_PHRASE_POSTINGS` articles names none.
 */
export function candidatesIn<D>(fp: ReuseFingerprint, postings: KeyPostings<D>): Set<D> {
  const found = new Set<D>();
  const add = (d: D): void => void found.add(d);
  for (const key of bandKeysOf(fp)) postings.band(key, add);
  // A sentence opening (odd key) names a candidate; sampled phrases must agree twice.
  const sampledHits = new Map<D, number>();
  const hit = (d: D): void => void sampledHits.set(d, (sampledHits.get(d) ?? 0) + 1);
  for (const key of fp.phraseKeys) {
    if (postings.phraseCount(key, MAX_PHRASE_POSTINGS) > MAX_PHRASE_POSTINGS) continue;
    postings.phrase(key, key & 1 ? add : hit);
  }
  for (const [d, n] of sampledHits) if (n >= MIN_SAMPLED_HITS) add(d);
  const pairHits = new Map<D, number>();
  const pairHit = (d: D): void => void pairHits.set(d, (pairHits.get(d) ?? 0) + 1);
  for (const key of fp.anchorPairs) {
    if (postings.phraseCount(key, MAX_PHRASE_POSTINGS) > MAX_PHRASE_POSTINGS) continue;
    postings.phrase(key, pairHit);
  }
  for (const [d, n] of pairHits) if (n >= MIN_ANCHOR_PAIR_HITS) add(d);
  return found;
}

/**
 * The corpus-level index of the reuse stage: an explicit object, built incrementally, saved and
 * loaded. It answers "which indexed articles might share text with this one"; verification by
 * sentence alignment decides.
 */
export class ReuseIndex implements AnchorStats {
  private readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
  private bands: IntPairTable;
  /** Sampled phrases, sentence openings and anchor pairs, told apart by their low bits. */
  private phrases: IntPairTable;
  /** How many observed articles hold each anchor, to tell common names from telling ones. */
  private anchorCounts: IntCounter;
  private observedArticles = 0;

  constructor(expectedArticles = 1024) {
    this.bands = new IntPairTable(expectedArticles * BANDS);
    this.phrases = new IntPairTable(expectedArticles * 16);
    this.anchorCounts = new IntCounter(expectedArticles * 4);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Articles counted into the statistics. */
  get observed(): number {
    return this.observedArticles;
  }

  /** Observed articles that hold an anchor. */
  count(anchor: number): number {
    return this.anchorCounts.get(anchor);
  }

  /** Bytes of index structure: its typed arrays. */
  get bytes(): number {
    return this.bands.bytes + this.phrases.bytes + this.anchorCounts.bytes;
  }

  /**
   * Counts an article's anchors into the index's statistics. A feed observes each article as it
   * comes; a batch observes all of its articles first, so that every fingerprint of the batch
   * sees the same statistics.
   */
  observe(features: ArticleFeatures): void {
    this.observedArticles++;
    for (const a of features.anchors) this.anchorCounts.increment(a);
  }

  /** An article's anchors that are not common in the indexed articles. */
  tellingAnchors(features: ArticleFeatures): Uint32Array {
    return tellingAnchorsOf(features, this);
  }

  /** What the index looks an article up by, and stores of it. */
  fingerprint(features: ArticleFeatures): ReuseFingerprint {
    return fingerprintOf(features, this);
  }

  add(id: string, fp: ReuseFingerprint): void {
    if (this.byId.has(id)) return;
    const doc = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, doc);
    for (const key of bandKeysOf(fp)) this.bands.add(key, doc);
    for (const key of fp.phraseKeys) this.phrases.add(key, doc);
    for (const key of fp.anchorPairs) this.phrases.add(key, doc);
  }

  /** Ids of indexed articles that may share text with the fingerprint, oldest first. */
  candidates(fp: ReuseFingerprint): string[] {
    const found = candidatesIn<number>(fp, {
      band: (key, visit) => this.bands.forEach(key, visit),
      phraseCount: (key, limit) => this.phrases.count(key, limit),
      phrase: (key, visit) => this.phrases.forEach(key, visit),
    });
    return [...found].sort((a, b) => a - b).map((d) => this.ids[d]!);
  }

  async save(path: string): Promise<void> {
    const b = this.bands.toParts();
    const s = this.phrases.toParts();
    const anchors = this.anchorCounts.entries();
    const anchorKeys = anchors.keys;
    const anchorValues = anchors.counts;
    const arrays = [b.keys, b.values, s.keys, s.values, anchorKeys, anchorValues];
    const header = Buffer.from(
      JSON.stringify({
        format: "corroborate.reuse-index/4",
        bands: BANDS,
        rows: USED_ROWS,
        sample: PHRASE_SAMPLE,
        phraseWords: PHRASE_WORDS,
        keyContent: KEY_CONTENT_WORDS,
        ids: this.ids,
        observed: this.observedArticles,
        sentenceAnchors: SENTENCE_ANCHORS,
        sizes: [b.size, s.size],
        lengths: arrays.map((a) => a.length),
      }),
    );
    const lengthPrefix = Buffer.alloc(4);
    lengthPrefix.writeUInt32LE(header.length);
    const pad = Buffer.alloc((4 - ((4 + header.length) % 4)) % 4);
    await writeFile(
      path,
      Buffer.concat([
        lengthPrefix,
        header,
        pad,
        ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
      ]),
    );
  }

  static async load(path: string): Promise<ReuseIndex> {
    const buf = await readFile(path);
    const headerLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8")) as {
      format: string;
      observed: number;
      bands: number;
      rows: number;
      sample: number;
      phraseWords: number;
      keyContent: number;
      sentenceAnchors: number;
      ids: string[];
      sizes: number[];
      lengths: number[];
    };
    if (
      header.format !== "corroborate.reuse-index/4" ||
      header.bands !== BANDS ||
      header.rows !== USED_ROWS ||
      header.sample !== PHRASE_SAMPLE ||
      header.phraseWords !== PHRASE_WORDS ||
      header.keyContent !== KEY_CONTENT_WORDS ||
      header.sentenceAnchors !== SENTENCE_ANCHORS
    ) {
      throw new Error(`${path}: not a reuse index of this version`);
    }
    let offset = 4 + headerLength + ((4 - ((4 + headerLength) % 4)) % 4);
    const take = (i: number, signed: boolean): Uint32Array | Int32Array => {
      const n = header.lengths[i]!;
      const bytes = buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + n * 4);
      offset += n * 4;
      return signed ? new Int32Array(bytes) : new Uint32Array(bytes);
    };
    const index = new ReuseIndex(16);
    index.bands = IntPairTable.fromParts({
      keys: take(0, false) as Uint32Array,
      values: take(1, true) as Int32Array,
      size: header.sizes[0]!,
    });
    index.phrases = IntPairTable.fromParts({
      keys: take(2, false) as Uint32Array,
      values: take(3, true) as Int32Array,
      size: header.sizes[1]!,
    });
    const anchorKeys = take(4, false);
    const anchorValues = take(5, false);
    index.anchorCounts = new IntCounter(anchorKeys.length);
    anchorKeys.forEach((k, i) => index.anchorCounts.set(k, anchorValues[i]!));
    index.observedArticles = header.observed;
    header.ids.forEach((id, d) => {
      index.ids.push(id);
      index.byId.set(id, d);
    });
    return index;
  }
}
