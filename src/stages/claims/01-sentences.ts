import type { Article, Range } from "../../model/index.js";
import { quotedRanges, sentenceFeatures, type SentenceFeatures } from "../reuse/01-features.js";
import { MIN_SENTENCE_WEIGHT } from "../reuse/02-align.js";

/** One sentence of a story's articles, as the claims and summary stages weigh it. */
export type StorySentence = {
  /** Index of its article in the story's article list. */
  readonly article: number;
  /** Index of the sentence in its article. */
  readonly index: number;
  readonly range: Range;
  readonly text: string;
  readonly words: number;
  /**
   * Features with the words inside quotation marks kept: unlike text reuse, a claim is what the
   * sentence says, and two reports quoting the same words state the same thing.
   */
  readonly features: SentenceFeatures;
  /**
   * The sentence opens inside a quotation begun before it, or leaves one open: it reads as
   * someone's words only with its neighbours, so it does not stand alone in a summary.
   */
  readonly fragment: boolean;
  /** It ends as a sentence does (a headline does not). */
  readonly complete: boolean;
  /**
   * It stands before the article's headline (a photo caption, a byline): page furniture, not
   * the report. A headline is an unfinished sentence among the first HEADLINE_WINDOW.
   */
  readonly preamble: boolean;
};

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
