import { readFile, writeFile } from "node:fs/promises";
import type { ArticleFeatures } from "./01-features.js";
import { MIN_SENTENCE_WEIGHT } from "./02-align.js";
import { minhash, SIGNATURE_SIZE } from "./03-minhash.js";
import { IntMultiMap } from "./04-int-multimap.js";

/**
 * LSH banding over MinHash signatures of an article's anchors (names and numbers outside quotes,
 * which a rewrite keeps and an unrelated story does not share). 16 bands of 6 rows: a pair
 * becomes a candidate with probability 1-(1-J⁶)¹⁶ — 1.00 at Jaccard 0.9 (the seeds' rewrite and
 * the examples' copies and rewrite measure 0.82–1.0), 0.87 at 0.7, 0.22 at 0.5 (independent
 * reports of one event measure 0.40–0.50), nil below. With 4 rows the generated 10k corpus gave
 * 18.6 candidates an article, with 6 rows 4.9, with the same pairs found. Copies that share
 * fewer anchors (a trimmed reprint) still share sentences, the index's second route.
 */
export const BANDS = 16;
const USED_ROWS = SIGNATURE_SIZE / BANDS;

/**
 * One in this many sentences is indexed by its exact words, so that a few paragraphs pasted
 * into a longer article are found even when the articles' anchor sets differ: 8 pasted
 * sentences are missed with probability (3/4)⁸ = 0.10 at 1 in 4.
 */
export const SENTENCE_SAMPLE = 4;

/**
 * A sentence shared word for word by more articles than this is a stock phrase ("The company did
 * not respond to a request for comment."), not evidence of copying: it names no candidates.
 */
export const MAX_SENTENCE_POSTINGS = 16;

/** Fewer anchors than this make a signature of noise: such articles go by their sentences only. */
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

/** What the index keeps of an article. */
export type ReuseFingerprint = {
  /** Null when the article has too few anchors for a meaningful signature. */
  readonly signature: Uint32Array | null;
  /** Exact-word hashes of the article's substantive sentences. */
  readonly sentenceKeys: Uint32Array;
};

const bandKey = (sig: Uint32Array, band: number): number => {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = 0; r < USED_ROWS; r++) {
    h = Math.imul(h ^ sig[band * USED_ROWS + r]!, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
};

const sampled = (key: number): boolean => key % SENTENCE_SAMPLE === 0;

/**
 * The corpus-level index of the reuse stage: an explicit object, built incrementally, saved and
 * loaded. It answers "which indexed articles might share text with this one"; verification by
 * sentence alignment decides.
 */
export class ReuseIndex {
  private readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
  private bands: IntMultiMap;
  private sentences: IntMultiMap;
  /** How many observed articles hold each anchor, to tell common names from telling ones. */
  private anchorCounts = new Map<number, number>();
  private observed = 0;

  constructor(expectedArticles = 1024) {
    this.bands = new IntMultiMap(expectedArticles * BANDS);
    this.sentences = new IntMultiMap(expectedArticles * 4);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Bytes of index structure: typed arrays, and the anchor counts at a Map entry's ~40 bytes. */
  get bytes(): number {
    return this.bands.bytes + this.sentences.bytes + this.anchorCounts.size * 40;
  }

  /**
   * Counts an article's anchors into the index's statistics. A feed observes each article as it
   * comes; a batch observes all of its articles first, so that every fingerprint of the batch
   * sees the same statistics.
   */
  observe(features: ArticleFeatures): void {
    this.observed++;
    for (const a of features.anchors) this.anchorCounts.set(a, (this.anchorCounts.get(a) ?? 0) + 1);
  }

  /** An article's anchors that are not common in the indexed articles. */
  tellingAnchors(features: ArticleFeatures): Uint32Array {
    const limit =
      this.observed >= MIN_ARTICLES_FOR_SHARE ? this.observed * MAX_ANCHOR_SHARE : Infinity;
    return features.anchors.filter((a) => (this.anchorCounts.get(a) ?? 0) <= limit);
  }

  /** What the index looks an article up by, and stores of it. */
  fingerprint(features: ArticleFeatures): ReuseFingerprint {
    const anchors = this.tellingAnchors(features);
    return {
      signature: anchors.length >= MIN_ANCHORS ? minhash(anchors) : null,
      sentenceKeys: Uint32Array.from(
        features.sentences.filter((s) => s.totalWeight >= MIN_SENTENCE_WEIGHT).map((s) => s.exact),
      ),
    };
  }

  add(id: string, fp: ReuseFingerprint): void {
    if (this.byId.has(id)) return;
    const doc = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, doc);
    const sig = fp.signature;
    if (sig) for (let b = 0; b < BANDS; b++) this.bands.add(bandKey(sig, b), doc);
    for (const key of fp.sentenceKeys) if (sampled(key)) this.sentences.add(key, doc);
  }

  /** Ids of indexed articles that may share text with the fingerprint, oldest first. */
  candidates(fp: ReuseFingerprint): string[] {
    const found = new Set<number>();
    const add = (d: number): void => void found.add(d);
    const sig = fp.signature;
    for (let b = 0; sig && b < BANDS; b++) this.bands.forEach(bandKey(sig, b), add);
    for (const key of fp.sentenceKeys) {
      if (!sampled(key) || this.sentences.count(key, MAX_SENTENCE_POSTINGS) > MAX_SENTENCE_POSTINGS)
        continue;
      this.sentences.forEach(key, add);
    }
    return [...found].sort((a, b) => a - b).map((d) => this.ids[d]!);
  }

  async save(path: string): Promise<void> {
    const b = this.bands.toParts();
    const s = this.sentences.toParts();
    const anchorKeys = Uint32Array.from(this.anchorCounts.keys());
    const anchorValues = Uint32Array.from(this.anchorCounts.values());
    const arrays = [
      b.keys,
      b.heads,
      b.values,
      b.next,
      s.keys,
      s.heads,
      s.values,
      s.next,
      anchorKeys,
      anchorValues,
    ];
    const header = Buffer.from(
      JSON.stringify({
        format: "corroborate.reuse-index/2",
        bands: BANDS,
        rows: USED_ROWS,
        sample: SENTENCE_SAMPLE,
        ids: this.ids,
        observed: this.observed,
        used: [b.used, s.used],
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
      ids: string[];
      used: number[];
      sizes: number[];
      lengths: number[];
    };
    if (
      header.format !== "corroborate.reuse-index/2" ||
      header.bands !== BANDS ||
      header.rows !== USED_ROWS ||
      header.sample !== SENTENCE_SAMPLE
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
    const part = (base: number, k: number) => ({
      keys: take(base, false) as Uint32Array,
      heads: take(base + 1, true) as Int32Array,
      values: take(base + 2, true) as Int32Array,
      next: take(base + 3, true) as Int32Array,
      used: header.used[k]!,
      size: header.sizes[k]!,
    });
    const index = new ReuseIndex(16);
    index.bands = IntMultiMap.fromParts(part(0, 0));
    index.sentences = IntMultiMap.fromParts(part(4, 1));
    const anchorKeys = take(8, false);
    const anchorValues = take(9, false);
    anchorKeys.forEach((k, i) => index.anchorCounts.set(k, anchorValues[i]!));
    index.observed = header.observed;
    header.ids.forEach((id, d) => {
      index.ids.push(id);
      index.byId.set(id, d);
    });
    return index;
  }
}
