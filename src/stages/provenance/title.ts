import type { SegmentedArticle } from "../../model/index.js";
import { pathOf } from "../../ingest/url-date.js";

/** A headline is short; a longer opening line is the lede. */
const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MIN_WORDS = 3;
/** Enough characters to hold more words than a headline has. */
const WORD_COUNT_CHARS = 600;
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

/** An address spells a headline in this many words at least; fewer are a section or an id. */
const SLUG_MIN_WORDS = 3;
/** An address's words that are no headline's: file endings, path words, ids (long numbers, letters and digits mixed). */
const SLUG_NOISE =
  /^(?:html?|php|aspx?|cms|shtml|amp|index|story|article|\d{5,}|.*\d.*[a-z].*|.*[a-z].*\d.*)$/;

/**
 * The words of the headline a news address spells out: its path segment of the most words
 * ("/2026/03/17/ferry-returns-after-repairs-881234.html" → ferry, returns, after, repairs), when
 * it has at least `SLUG_MIN_WORDS`. Numbers of an id, file endings and letters alone are left out.
 */
export function slugWords(url: string | null): string[] {
  const path = pathOf(url);
  if (path === null) return [];
  let best: string[] = [];
  for (const segment of path.split("/")) {
    const words = segment
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !SLUG_NOISE.test(w));
    if (words.length > best.length) best = words;
  }
  return best.length >= SLUG_MIN_WORDS ? best : [];
}

/** A line's words as an address spells them: lower case, apostrophes and letters alone gone. */
const lineWords = (line: string): string[] =>
  line
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** Of the address's headline words, the share a line must hold, and of its words, the share that are the address's. */
const SLUG_RECALL = 0.6;
const SLUG_PRECISION = 0.5;
/**
 * An address may spell only the headline's key words ("/most-detailed-universe-simulation" for
 * "Physicists Just Created the Most Detailed Simulation of the Universe in History"): a line that
 * holds every one of at least this many needs fewer of its own words to be the address's.
 */
const SLUG_KEY_WORDS = 4;
const SLUG_KEY_PRECISION = 0.25;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S/i;
/** Lines of the page read for the headline: a whole page prints it below long menus. */
const SLUG_LINES = 400;

/**
 * The headline as the page prints it, found by its address: the line of headline length that
 * holds most of the words the address spells out, and little else. On a whole page the first
 * lines are menus and notices ("Skip to content", "Your privacy is important to us"); the
 * address names the story. Null when the address spells no headline or no line matches it.
 */
export function titleFromAddress(article: SegmentedArticle): string | null {
  const slug = slugWords(article.url);
  if (slug.length === 0) return null;
  const wanted = new Set(slug);
  let best: { line: string; score: number } | null = null;
  const lines = article.original.slice(article.bodyStart).split("\n", SLUG_LINES);
  for (const raw of lines) {
    const line = raw.replace(/^#{1,6}\s+/, "").trim();
    // (a page that prints its own address holds every word of it, and is no headline)
    if (line.length === 0 || line.length > WORD_COUNT_CHARS || WEB_ADDRESS.test(line)) continue;
    const words = lineWords(line);
    if (words.length < HEADLINE_MIN_WORDS || words.length > HEADLINE_MAX_WORDS) continue;
    const held = new Set(words.filter((w) => wanted.has(w))).size;
    const recall = held / wanted.size;
    const precision = held / words.length;
    const keyWords = recall === 1 && wanted.size >= SLUG_KEY_WORDS;
    if (recall < SLUG_RECALL || precision < (keyWords ? SLUG_KEY_PRECISION : SLUG_PRECISION))
      continue;
    const score = recall + precision;
    if (best === null || score > best.score) best = { line, score };
  }
  return best?.line ?? null;
}
