import type { CleanedArticle, Paragraph, SegmentedArticle, Sentence } from "../../model/index.js";
import { PARAGRAPH_SEPARATOR } from "../clean/clean.js";
import { splitSentences } from "./01-sentences.js";
import { tokenize } from "./02-tokens.js";
import { opensWithQuote, quoteOpenAtEnd } from "./03-quote-continuation.js";

/** The segment stage: paragraphs, sentences and tokens of the clean text. */
export function segmentArticle(article: CleanedArticle): SegmentedArticle {
  const text = article.clean;
  const ranges: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos < text.length) {
    const sep = text.indexOf(PARAGRAPH_SEPARATOR, pos);
    const end = sep === -1 ? text.length : sep;
    if (end > pos) ranges.push({ start: pos, end });
    pos = end + PARAGRAPH_SEPARATOR.length;
  }
  const paragraphs: Paragraph[] = ranges.map((r, i) => {
    const next = ranges[i + 1];
    const here = next !== undefined ? text.slice(r.start, r.end) : "";
    return {
      ...r,
      quoteContinues:
        next !== undefined &&
        quoteOpenAtEnd(here) &&
        opensWithQuote(text.slice(next.start, next.end)),
    };
  });
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(text, p)) sentences.push({ ...s, paragraph: i });
  });
  const { tokens, words } = tokenize(text);
  return { ...article, paragraphs, sentences, tokens, words };
}
