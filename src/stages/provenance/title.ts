import type { Article } from "../../model/index.js";

/** A headline is short; a longer opening line is the lede. */
const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MIN_WORDS = 3;
/** Headlines come first, after at most a caption or a section label. */
const HEADLINE_PARAGRAPHS = 3;

/**
 * The headline of an article whose container gave no title: an opening paragraph that is short
 * and does not end like a sentence ("US will push European allies to buy more arms for Ukraine,
 * say sources"). Section labels ("World") are too short to count.
 */
export function titleFromText(article: Article): string | null {
  for (const p of article.paragraphs.slice(0, HEADLINE_PARAGRAPHS)) {
    const text = article.clean.slice(p.start, p.end);
    const words = text.split(/\s+/).length;
    if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) continue;
    if (/[.!?:;"”’]$/.test(text)) continue;
    return text;
  }
  return null;
}
