import type { SegmentedArticle } from "../../model/index.js";
import {
  ADDRESS_HEADLINE_LINES,
  addressHeadlineIndices,
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_WORDS,
  headlineLine,
  WORD_COUNT_CHARS,
} from "../../sites/address-headline.js";
/** Headlines come first, after at most a caption or a section label. */
const HEADLINE_PARAGRAPHS = 3;
/**
 * Lines among the page's first this many that a headline may repeat: pages print their
 * headline more than once (the page title, the article's heading, a share card).
 */
const REPEAT_LINES = 8;

/**
 * A paragraph that ends as a sentence and is this long is the story's first paragraph; a
 * shorter one may be a photo caption above the headline.
 */
const BODY_MIN_WORDS = 15;

// A line that ends as a sentence does, or as a quotation: the lede, or a quote, not a headline.
// A question mark may end a headline ("Fire at the plant: what happens next?").
const SENTENCE_END = /[.!:;"”’]$/;

/**
 * The headline of an article whose container gave no title: an opening paragraph that is short
 * and does not end like a sentence ("US will push European allies to buy more arms for Ukraine,
 * say sources"), or a short line the page prints twice or more near its top, whatever its end
 * ("Bridge to close for a year."), before the story's first paragraph. Section labels ("World")
 * are too short to count.
 */
export function titleFromText(article: SegmentedArticle): string | null {
  const paras = article.paragraphs
    .slice(0, REPEAT_LINES)
    .map((p) => article.clean.slice(p.start, p.end).trim());
  const head = paras.slice(0, HEADLINE_PARAGRAPHS);
  // Counting stops past a headline's length: a long paragraph needs no more counting.
  const wordsOf = (text: string): number => text.slice(0, WORD_COUNT_CHARS).split(/\s+/).length;
  const short = (text: string): boolean =>
    wordsOf(text) >= HEADLINE_MIN_WORDS && wordsOf(text) <= HEADLINE_MAX_WORDS;
  // Cleaning may have dropped a repeat of the headline as chrome: count what it dropped too.
  const lines = [...paras, ...article.removed.slice(0, REPEAT_LINES).map((r) => r.text.trim())];
  const repeated = (text: string): boolean => lines.filter((l) => l === text).length >= 2;
  for (const text of head) {
    if (short(text) && (!SENTENCE_END.test(text) || repeated(text))) return text;
    // The story has begun: a line after its first paragraph is body text, not its headline. A
    // teaser the page repeats as the story's start ("A fire … area." twice) is not that start.
    const prose = wordsOf(text) > HEADLINE_MAX_WORDS || SENTENCE_END.test(text);
    if (prose && wordsOf(text) >= BODY_MIN_WORDS && !repeated(text)) break;
  }
  return null;
}

/** The headline as the page prints it (its first copy), found by its address (see `addressHeadlineIndices`). */
export function titleFromAddress(article: SegmentedArticle): string | null {
  const lines = article.original.slice(article.bodyStart).split("\n", ADDRESS_HEADLINE_LINES);
  const [at] = addressHeadlineIndices(lines, article.url);
  return at === undefined ? null : headlineLine(lines[at]!);
}
