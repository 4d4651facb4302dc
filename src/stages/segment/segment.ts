import type {
  CleanedArticle,
  Paragraph,
  Range,
  SegmentedArticle,
  Sentence,
} from "../../model/index.js";
import { PARAGRAPH_SEPARATOR } from "../clean/clean.js";
import { splitSentences } from "./01-sentences.js";
import { countWords, tokenizeRange, TokenOffsets } from "./02-tokens.js";
import { opensWithQuote, quoteOpenAtEnd } from "./03-quote-continuation.js";

/** The paragraphs of a text: the stretches between paragraph separators, empty ones left out. */
export function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let pos = 0;
  while (pos < text.length) {
    const sep = text.indexOf(PARAGRAPH_SEPARATOR, pos);
    const end = sep === -1 ? text.length : sep;
    if (end > pos) ranges.push({ start: pos, end });
    pos = end + PARAGRAPH_SEPARATOR.length;
  }
  return ranges;
}

/** The text spine: sentences, each with the range of its tokens, the tokens, and the words. */
export type Spine = {
  readonly sentences: Sentence[];
  readonly tokens: Int32Array;
  readonly words: number;
};

/**
 * Sentences and tokens of `text`'s paragraphs, found once for every later stage. Each sentence
 * is tokenized on its own, so that no token runs over a sentence's end even where the text runs
 * two sentences together ("(HFA).The fund").
 */
export function segmentText(text: string, paragraphs: readonly Range[]): Spine {
  const offsets = new TokenOffsets();
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(text, p)) {
      const tokenFrom = offsets.count;
      tokenizeRange(text, s.start, s.end, offsets);
      sentences.push({ start: s.start, end: s.end, paragraph, tokenFrom, tokenTo: offsets.count });
    }
  });
  const tokens = offsets.toArray();
  return { sentences, tokens, words: countWords(text, tokens) };
}

/** The segment stage: paragraphs, sentences and tokens of the clean text. */
export function segmentArticle(article: CleanedArticle): SegmentedArticle {
  const text = article.clean;
  const ranges = paragraphRanges(text);
  const paragraphs: Paragraph[] = ranges.map((r, i) => {
    const next = ranges[i + 1];
    return {
      ...r,
      // (the cheap test first: few paragraphs open with a quotation mark)
      quoteContinues:
        next !== undefined &&
        opensWithQuote(text.slice(next.start, next.end)) &&
        quoteOpenAtEnd(text.slice(r.start, r.end)),
    };
  });
  return { ...article, paragraphs, ...segmentText(text, paragraphs) };
}
