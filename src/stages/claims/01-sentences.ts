import type { Article, StorySentence } from "../../model/index.js";
import { quotedRanges, sentenceFeatures } from "../reuse/01-features.js";
import { MIN_SENTENCE_WEIGHT } from "../reuse/02-align.js";

export type { StorySentence } from "../../model/index.js";

/** A headline found this far into an article still heads it; later, it is a subheading. */
export const HEADLINE_WINDOW = 3;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const countWords = (s: string): number => s.match(WORD)?.length ?? 0;
const SPACES = /\s+/g;
/** A full stop, question or exclamation mark, maybe inside a closing quotation mark or bracket. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;

/** The sentences of one article worth comparing (a bare "he said" carries no claim). */
export function articleSentences(article: Article, articleIndex: number): StorySentence[] {
  const text = article.clean;
  const out: StorySentence[] = [];
  const quotesOf = article.paragraphs.map((p) => quotedRanges(text.slice(p.start, p.end)));
  // Sentences before a headline in the first few: "Ilsa Varnholt at the quay on Monday." above it.
  let headline = -1;
  for (let i = 1; i < Math.min(HEADLINE_WINDOW, article.sentences.length); i++) {
    const s = article.sentences[i]!;
    if (!ENDS_SENTENCE.test(text.slice(s.start, s.end).trim())) headline = i;
  }
  for (let i = 0; i < article.sentences.length; i++) {
    const s = article.sentences[i]!;
    const sentence = text.slice(s.start, s.end).replace(SPACES, " ").trim();
    const features = sentenceFeatures(sentence);
    if (features.totalWeight < MIN_SENTENCE_WEIGHT) continue;
    const p = article.paragraphs[s.paragraph]!;
    const from = s.start - p.start;
    const to = s.end - p.start;
    let fragment = false;
    for (const q of quotesOf[s.paragraph]!) {
      // A quotation that straddles the sentence's start or end.
      if ((q.start < from && q.end > from) || (q.start < to && q.end > to)) fragment = true;
    }
    out.push({
      article: articleIndex,
      index: i,
      range: { start: s.start, end: s.end },
      text: sentence,
      words: countWords(sentence),
      features,
      fragment,
      complete: ENDS_SENTENCE.test(sentence),
      preamble: i < headline,
    });
  }
  return out;
}
