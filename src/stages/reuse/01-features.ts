import type { Article, Range } from "../../model/index.js";
import { WordScanner } from "./00-word-scan.js";

/**
 * What the reuse stage compares: per sentence, the words a rewrite keeps — content words (crudely
 * stemmed, so "purchases" meets "purchase"), names and numbers — with the words inside quotation
 * marks left out. Two reports quoting the same interview share the quoted words; that is not
 * text reuse, so quotations are discounted before anything is compared.
 */
export type SentenceFeatures = {
  /** The sentence, as a range of the clean text. */
  readonly range: Range;
  /** Feature hashes (sorted, unique) of the words outside quotation marks. */
  readonly features: readonly number[];
  /** Weight of each feature (names and numbers weigh more: rewrites keep them). */
  readonly weights: readonly number[];
  readonly totalWeight: number;
  /** Hash of the sentence's exact words, quoted words included, for telling copies from rewrites. */
  readonly exact: number;
};

export type ArticleFeatures = {
  readonly sentences: readonly SentenceFeatures[];
  /** The article's anchors for candidate search: names and numbers outside quotes. */
  readonly anchors: Uint32Array;
};

/** Function words, reporting verbs and other words that say nothing about which text is which. */
const STOP = new Set(
  `a an and are as at be been being but by can could did do does for from had has have he her hers him his how i if in into is it its
  me more most my no nor not of on once only or other our out over own same she should so some such than that the their them then there
  these they this those through to too under until up very was we were what when where which while who whom why will with would you
  your also just about after again against all am any because before below between both down during each few further here off
  said says say told tell according added adding stated noted while upon onto per via ago yet still even however than whether
  mr mrs ms dr new one two three`.split(/\s+/),
);

/** Names and numbers count double: a rewrite rewords everything but them. */
export const NAME_WEIGHT = 2;
export const NUMBER_WEIGHT = 2;
export const WORD_WEIGHT = 1;
/**
 * Function words count as much as content words. Tried at 0, 0.25, 0.5 and 1 on MRPC train:
 * paraphrase accuracy 0.708, 0.714, 0.721, 0.723 — phrasing is evidence of shared text.
 */
export const STOP_WEIGHT = 1;
// featuresOf packs a key and its weight into one number to sort them together.
for (const w of [NAME_WEIGHT, NUMBER_WEIGHT, WORD_WEIGHT, STOP_WEIGHT]) {
  if (!Number.isInteger(w) || w < 0 || w > 7)
    throw new Error("feature weights must be integers 0–7");
}

/** FNV-1a, 32-bit: fast and well spread for short strings. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A crude stem: enough to meet inflections ("purchases", "purchased", "purchasing"). */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length > 5) w = w.replace(/(?:ing|ed|es|ly)$/, "");
  if (w.length > 3) w = w.replace(/s$/, "");
  return w;
}

/** Character ranges of a text that lie inside quotation marks (paired within the text). */
export function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  let close = 0; // the mark that closes the open quotation
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (c === 0x201c)
        [open, close] = [i, 0x201d]; // “ … ”
      else if (c === 0xab)
        [open, close] = [i, 0xbb]; // « … »
      else if (c === 34 && (i === 0 || opensAfter(text.charCodeAt(i - 1)))) [open, close] = [i, 34];
    } else if (c === close) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // An unclosed quotation runs to the end of the paragraph, as continued quotes do.
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** A straight double mark opens a quotation after a space, a bracket or a dash. */
const opensAfter = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 0xa0 ||
  c === 40 ||
  c === 91 ||
  c === 0x2014 ||
  c === 0x2013 ||
  c === 45;

/** Lower-case hashes of the function words, to look words up without making strings of them. */
const STOP_HASHES = new Set([...STOP].map(hashString));

/** Whether offset `at` opens a sentence: nothing but spaces and opening marks since a full stop. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 34 || ch === 0x201c || ch === 0x2018 || ch === 40 || ch === 0xa0)
      continue;
    return ch === 46 || ch === 33 || ch === 63; // . ! ?
  }
  return true;
}

// Plain arrays of small integers: a sentence's few dozen features are cheaper to allocate that
// way than as typed arrays, and as fast to read.
type Features = { features: number[]; weights: number[]; total: number; exact: number };

/**
 * Features of one span of text; `skip` ranges (quotations) are left out of the features but not
 * of `exact`, the hash of all its words, which tells a copied sentence from a reworded one.
 */
function featuresOf(text: string, skip: readonly Range[], anchors: Set<number> | null): Features {
  // A sentence has a few dozen distinct words: plain arrays with a linear search beat a Map.
  const keys: number[] = [];
  const keyWeights: number[] = [];
  let exact = 0x811c9dc5;
  let s = 0;
  const w = new WordScanner(text);
  while (w.next()) {
    exact = Math.imul(exact ^ w.lower, 0x01000193) >>> 0;
    while (s < skip.length && skip[s]!.end <= w.start) s++;
    const q = skip[s];
    if (q && w.start >= q.start && w.start < q.end) continue;
    const stop = !w.number && (w.end - w.start < 3 || STOP_HASHES.has(w.lower));
    // A capitalised word that does not open the sentence is a name (or part of one).
    const weight = w.number
      ? NUMBER_WEIGHT
      : stop
        ? STOP_WEIGHT
        : w.capital && !opensSentence(text, w.start)
          ? NAME_WEIGHT
          : WORD_WEIGHT;
    // 30 bits keep keys small integers for the engine: lookups on them run several times
    // faster than on 32-bit values, and collisions stay negligible for a news vocabulary.
    const key = w.key & 0x3fffffff;
    const at = keys.indexOf(key);
    if (at === -1) {
      keys.push(key);
      keyWeights.push(weight);
    } else if (weight > keyWeights[at]!) keyWeights[at] = weight;
    if (anchors && weight > WORD_WEIGHT) anchors.add(key);
  }
  // Sort keys with their weights: pack both in one number (keys < 2^30, weights 0–7).
  const packed = keys.map((k, i) => k * 8 + keyWeights[i]!).sort((a, b) => a - b);
  const features: number[] = new Array(packed.length);
  const weights: number[] = new Array(packed.length);
  let total = 0;
  for (let i = 0; i < packed.length; i++) {
    const w = packed[i]! % 8;
    features[i] = (packed[i]! - w) / 8;
    weights[i] = w;
    total += w;
  }
  return { features, weights, total, exact };
}

/** Features of a lone sentence, quoted words included (for sentence-pair checks such as MRPC). */
export function sentenceFeatures(text: string): SentenceFeatures {
  const f = featuresOf(text, [], null);
  return {
    range: { start: 0, end: text.length },
    features: f.features,
    weights: f.weights,
    totalWeight: f.total,
    exact: f.exact,
  };
}

/** The reuse features of an article's sentences and of the whole article. */
export function articleFeatures(article: Article): ArticleFeatures {
  const text = article.clean;
  const sentences: SentenceFeatures[] = [];
  const anchors = new Set<number>();
  // Quotations are found per paragraph: a quote never spans a paragraph break unreopened.
  const quotesOf = article.paragraphs.map((p) => quotedRanges(text.slice(p.start, p.end)));
  for (const s of article.sentences) {
    const p = article.paragraphs[s.paragraph]!;
    const local = s.start - p.start;
    const sentence = text.slice(s.start, s.end);
    const skip = quotesOf[s.paragraph]!.map((q) => ({
      start: q.start - local,
      end: q.end - local,
    })).filter((q) => q.end > 0 && q.start < sentence.length);
    const f = featuresOf(sentence, skip, anchors);
    sentences.push({
      range: { start: s.start, end: s.end },
      features: f.features,
      weights: f.weights,
      totalWeight: f.total,
      exact: f.exact,
    });
  }
  return { sentences, anchors: Uint32Array.from(anchors).sort() };
}
