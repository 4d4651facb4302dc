import type { Article, Range, SentenceFeatures } from "../../model/index.js";
import { WordScanner } from "./00-word-scan.js";
import { NEWS_STOP_WORDS } from "../../lang/en/function-words.js";

export type { SentenceFeatures } from "../../model/index.js";

/**
 * The article as one run of words, for finding phrases two texts share word for word. Sentence
 * breaks are ignored, so a scrape that lost its paragraph breaks or glued two sentences
 * together ("the plan.We will") still meets its source phrase by phrase.
 */
export type PhraseFeatures = {
  /** Per word: the hash of the `PHRASE_WORDS` words from it on (never 0), 0 where fewer remain. */
  readonly shingles: Uint32Array;
  /** Per word: `QUOTED`, `CONTENT`, `QUOTED_SHINGLE`, `SENTENCE_START` and `ANCHOR` bits. */
  readonly flags: Uint8Array;
  /** The index of each sentence's first word. */
  readonly sentenceStarts: Uint32Array;
  /** Content words outside quotation marks: what the article could share with a copy. */
  readonly content: number;
  /**
   * The keys the reuse index may keep (see `indexablePhrases`), each with the name or number it
   * is about: flat [key, anchor, key, anchor, …]. The index keeps those whose anchor is telling
   * (not a name or number of every story, such as "Tuesday").
   */
  readonly keys: Uint32Array;
};

export type ArticleFeatures = {
  readonly sentences: readonly SentenceFeatures[];
  /** The article's anchors for candidate search: names and numbers outside quotes. */
  readonly anchors: Uint32Array;
  readonly phrases: PhraseFeatures;
};

/**
 * Words in a shared phrase. Six: independent reports of one event share names ("at Harbourton
 * Kessel International Airport" is six words, but all of them names) and short stock phrases ("a
 * man in his 60s"), which the content-word count discounts; a copy shares runs of ordinary words.
 */
export const PHRASE_WORDS = 6;
/** Flag: the word lies inside quotation marks. */
export const QUOTED = 1;
/** Flag: a lower-case word that is not a function word or a number ("windstorm", "predicted"). */
export const CONTENT = 2;
/** Flag: the phrase starting at this word holds a quoted word. */
export const QUOTED_SHINGLE = 4;
/**
 * Flag: the word opens a sentence — the sentence's first word, or a capitalised word after a
 * full stop, question or exclamation mark inside it, where two sentences were glued together.
 */
export const SENTENCE_START = 8;
/** Flag: a name or number outside quotation marks (an anchor of the article). */
export const ANCHOR = 16;

/** Function words, reporting verbs and other words that say nothing about which text is which. */
const STOP = NEWS_STOP_WORDS;

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

/** A word without a final possessive "'s" or "’s". */
export function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word[n - 1] !== "s") return word;
  const mark = word[n - 2];
  return mark === "'" || mark === "’" ? word.slice(0, -2) : word;
}

/**
 * A crude stem: enough to meet inflections ("purchases", "purchased", "purchasing"). The
 * possessive goes, then on a word of more than five letters one of "ing", "ed", "es", "ly", then
 * on one of more than three a final "s". (Written with `endsWith`, not expressions: story
 * assignment stems every word of every article.)
 */
export function stem(word: string): string {
  let w = withoutPossessive(word);
  if (w.length > 5) {
    if (w.endsWith("ing")) w = w.slice(0, -3);
    else if (w.endsWith("ed") || w.endsWith("es") || w.endsWith("ly")) w = w.slice(0, -2);
  }
  if (w.length > 3 && w.endsWith("s")) w = w.slice(0, -1);
  return w;
}

/**
 * Character ranges of a text that lie inside quotation marks (paired within the text): “ … ”,
 * « … », straight double marks, and single curly marks ‘ … ’ (the British and Australian style)
 * where a ‘ opens after a space and a ’ that is no apostrophe closes ("‘Best day of my life’", not
 * "don’t" or "Varnholt’s").
 */
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
      else if (c === 0x2018 && (i === 0 || opensAfter(text.charCodeAt(i - 1)))) {
        // ‘ … ’ closed nearby, or no quotation: an odd apostrophe ("‘90s").
        const end = singleQuoteEnd(text, i);
        if (end > 0) {
          out.push({ start: i, end });
          i = end - 1;
        }
      }
    } else if (c === close) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // An unclosed quotation runs to the end of the paragraph, as continued quotes do.
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** Farthest a single-marked quotation runs: a few sentences. */
const SINGLE_QUOTE_REACH = 400;

/** The end of the quotation a ‘ at `at` opens: after the ’ that is no apostrophe, else -1. */
function singleQuoteEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + SINGLE_QUOTE_REACH);
  for (let i = at + 1; i < stop; i++) {
    if (text.charCodeAt(i) === 0x2019 && !isLetter(text.charCodeAt(i + 1))) return i + 1;
  }
  return -1;
}

const isLetter = (c: number): boolean =>
  !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

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

/** Whether the characters [from, to) between two words hold a full stop, "?" or "!". */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}

// Plain arrays of small integers: a sentence's few dozen features are cheaper to allocate that
// way than as typed arrays, and as fast to read.
type Features = { features: number[]; weights: number[]; total: number; exact: number };

/**
 * Features of one span of text; `skip` ranges (quotations) are left out of the features but not
 * of `exact`, the hash of all its words, which tells a copied sentence from a reworded one.
 */
/** Where `featuresOf` appends each word of the article, in order, for its phrase features. */
class WordSink {
  keys: Uint32Array;
  flags: Uint8Array;
  anchors: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.anchors = new Uint32Array(capacity);
  }

  push(key: number, flags: number, anchor: number): void {
    if (this.length === this.keys.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      const size = this.keys.length * 2 + 16;
      this.keys = grow(this.keys, new Uint32Array(size));
      this.flags = grow(this.flags, new Uint8Array(size));
      this.anchors = grow(this.anchors, new Uint32Array(size));
    }
    this.keys[this.length] = key;
    this.flags[this.length] = flags;
    this.anchors[this.length++] = anchor;
  }
}

function featuresOf(
  text: string,
  skip: readonly Range[],
  anchors: Set<number> | null,
  sink: WordSink | null = null,
): Features {
  // A sentence has a few dozen distinct words: plain arrays with a linear search beat a Map.
  const keys: number[] = [];
  const keyWeights: number[] = [];
  let exact = 0x811c9dc5;
  let s = 0;
  let previousEnd = -1;
  const w = new WordScanner(text);
  while (w.next()) {
    exact = Math.imul(exact ^ w.lower, 0x01000193) >>> 0;
    while (s < skip.length && skip[s]!.end <= w.start) s++;
    const q = skip[s];
    const quoted = q !== undefined && w.start >= q.start && w.start < q.end;
    const stop = !w.number && (w.end - w.start < 3 || STOP_HASHES.has(w.lower));
    // A capitalised word that does not open the sentence is a name (or part of one).
    const weight = w.number
      ? NUMBER_WEIGHT
      : stop
        ? STOP_WEIGHT
        : w.capital && !opensSentence(text, w.start)
          ? NAME_WEIGHT
          : WORD_WEIGHT;
    if (sink) {
      const opens = previousEnd < 0 || (w.capital && endsSentence(text, previousEnd, w.start));
      sink.push(
        w.key,
        (quoted ? QUOTED : weight > WORD_WEIGHT ? ANCHOR : 0) |
          (!stop && !w.number && !w.capital ? CONTENT : 0) |
          (opens ? SENTENCE_START : 0),
        !quoted && weight > WORD_WEIGHT ? w.key & 0x3fffffff : 0,
      );
      previousEnd = w.end;
    }
    if (quoted) continue;
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
  // A typed array sorts numerically without a comparator call per step.
  const packed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) packed[i] = keys[i]! * 8 + keyWeights[i]!;
  packed.sort();
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

/**
 * One in this many phrases is offered to the index (chosen by its hash, so two texts choose the
 * same ones), among those outside quotation marks with at least `KEY_CONTENT_WORDS` content words
 * and a name or number. The opening phrase of a sentence is offered too, joined with the
 * sentence's first name or number: a copied sentence is then found whatever the sampling, glued or
 * not, while two stories that open a sentence alike ("The company said in a statement") about
 * different people do not meet. Joining each of the first three, as before the index's anchor-pair
 * route (which finds an edited sentence through its names), found the same pairs on crawled news
 * and the generated corpus with half again as many keys.
 */
export const PHRASE_SAMPLE = 8;
export const KEY_CONTENT_WORDS = 2;
export const OPENING_ANCHORS = 1;

/**
 * A sentence's opening phrase joined with one of its names or numbers: one index key, always odd
 * (sampled phrase keys are multiples of `PHRASE_SAMPLE`), so the index tells the two apart.
 */
export const openingKey = (shingle: number, anchor: number): number => {
  let h = Math.imul(shingle ^ 0x27d4eb2f, 0x85ebca6b);
  h = Math.imul(h ^ anchor ^ (h >>> 15), 0xc2b2ae35);
  return ((h ^ (h >>> 13)) | 1) >>> 0;
};

/**
 * The [key, anchor] pairs an article offers the index (see `PhraseFeatures.keys`); a key may come
 * more than once. `contentIn` holds each phrase's content words outside quotes.
 */
function indexablePhrases(
  shingles: Uint32Array,
  flags: Uint8Array,
  anchors: Uint32Array,
  contentIn: Uint8Array,
): Uint32Array {
  const out: number[] = [];
  const n = flags.length;
  for (let i = 0; i + PHRASE_WORDS <= n; i++) {
    const f = flags[i]!;
    const h = shingles[i]!;
    const opens = (f & SENTENCE_START) !== 0;
    const sampled = h % PHRASE_SAMPLE === 0;
    if ((!opens && !sampled) || f & QUOTED_SHINGLE || contentIn[i]! < KEY_CONTENT_WORDS) continue;
    if (sampled)
      for (let k = i; k < i + PHRASE_WORDS; k++) if (anchors[k]) out.push(h, anchors[k]!);
    if (opens) {
      // The sentence's first names and numbers, up to the next sentence.
      let taken = 0;
      for (let k = i; k < n && taken < OPENING_ANCHORS; k++) {
        if (k > i && flags[k]! & SENTENCE_START) break;
        if (!anchors[k]) continue;
        out.push(openingKey(h, anchors[k]!), anchors[k]!);
        taken++;
      }
    }
  }
  return Uint32Array.from(out);
}

/** The multiplier of the phrases' rolling hash (FNV's prime), and its power for the word leaving. */
const ROLL = 0x01000193;
const ROLL_OUT = Array.from({ length: PHRASE_WORDS }).reduce<number>((p) => Math.imul(p, ROLL), 1);

/**
 * The phrase features of an article's words, in order (see `PhraseFeatures`): one pass, each
 * phrase's hash rolled on from the one before (a polynomial over its word keys, then mixed).
 */
function phraseFeatures(sink: WordSink, sentenceStarts: number[]): PhraseFeatures {
  const n = sink.length;
  const keys = sink.keys;
  const flags = sink.flags.slice(0, n);
  const shingles = new Uint32Array(n);
  const contentIn = new Uint8Array(n);
  const isContent = (f: number): number => ((f & (CONTENT | QUOTED)) === CONTENT ? 1 : 0);
  let content = 0;
  let roll = 0;
  let quoted = 0;
  let contentInWindow = 0;
  for (let w = 0; w < n; w++) {
    const f = flags[w]!;
    content += isContent(f);
    roll = (Math.imul(roll, ROLL) + keys[w]!) | 0;
    quoted += f & QUOTED;
    contentInWindow += isContent(f);
    if (w >= PHRASE_WORDS) {
      const gone = flags[w - PHRASE_WORDS]!;
      roll = (roll - Math.imul(keys[w - PHRASE_WORDS]!, ROLL_OUT)) | 0;
      quoted -= gone & QUOTED;
      contentInWindow -= isContent(gone);
    }
    if (w < PHRASE_WORDS - 1) continue;
    const i = w - PHRASE_WORDS + 1;
    let h = Math.imul(roll ^ (roll >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    shingles[i] = (h ^ (h >>> 16)) >>> 0 || 1;
    contentIn[i] = contentInWindow;
    if (quoted > 0) flags[i] = flags[i]! | QUOTED_SHINGLE;
  }
  return {
    shingles,
    flags,
    sentenceStarts: Uint32Array.from(sentenceStarts),
    content,
    keys: indexablePhrases(shingles, flags, sink.anchors, contentIn),
  };
}

/** The reuse features of an article's sentences and of the whole article. */
export function articleFeatures(article: Article): ArticleFeatures {
  const text = article.clean;
  const sentences: SentenceFeatures[] = [];
  const anchors = new Set<number>();
  // Room for the article's words as the segmenter counted them; the sink grows if it needs more.
  const sink = new WordSink(article.words + 16);
  const sentenceStarts: number[] = [];
  // Quotations are found per paragraph: a quote never spans a paragraph break unreopened.
  const quotesOf = article.paragraphs.map((p) => quotedRanges(text.slice(p.start, p.end)));
  for (const s of article.sentences) {
    const p = article.paragraphs[s.paragraph]!;
    const local = s.start - p.start;
    const sentence = text.slice(s.start, s.end);
    const quotes = quotesOf[s.paragraph]!;
    const skip =
      quotes.length === 0
        ? quotes
        : quotes
            .map((q) => ({ start: q.start - local, end: q.end - local }))
            .filter((q) => q.end > 0 && q.start < sentence.length);
    sentenceStarts.push(sink.length);
    const f = featuresOf(sentence, skip, anchors, sink);
    sentences.push({
      range: { start: s.start, end: s.end },
      features: f.features,
      weights: f.weights,
      totalWeight: f.total,
      exact: f.exact,
    });
  }
  return {
    sentences,
    anchors: Uint32Array.from(anchors).sort(),
    phrases: phraseFeatures(sink, sentenceStarts),
  };
}
