/**
 * The headline a news address spells out ("/2026/03/17/ferry-returns-after-repairs-881234.html")
 * and the line of a page that prints it: the title stage takes that line as the title, and the
 * clean stage looks for the page's timestamp around it.
 */
import { pathOf } from "../ingest/url-date.js";

/** A headline is short; a longer opening line is the lede. */
export const HEADLINE_MAX_WORDS = 25;
export const HEADLINE_MIN_WORDS = 3;
/** Enough characters to hold more words than a headline has. */
export const WORD_COUNT_CHARS = 600;

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
export const ADDRESS_HEADLINE_LINES = 400;

/** A line as a headline is compared: a Markdown heading's marks and the spaces around gone. */
export const headlineLine = (raw: string): string => raw.replace(/^#{1,6}\s+/, "").trim();

/**
 * Which of a page's lines print its headline, found by its address: the lines of headline length
 * that hold most of the words the address spells out, and little else (every line with the best
 * score: pages print their headline more than once, in a sticky bar, a heading, a share card). On
 * a whole page the first lines are menus and notices ("Skip to content", "Your privacy is
 * important to us"); the address names the story. Empty when the address spells no headline or
 * no line matches it.
 */
export function addressHeadlineIndices(lines: readonly string[], url: string | null): number[] {
  const slug = slugWords(url);
  if (slug.length === 0) return [];
  const wanted = new Set(slug);
  let best: number[] = [];
  let bestScore = 0;
  const reading = Math.min(lines.length, ADDRESS_HEADLINE_LINES);
  for (let i = 0; i < reading; i++) {
    const line = headlineLine(lines[i]!);
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
    if (best.length === 0 || score > bestScore) [best, bestScore] = [[i], score];
    else if (score === bestScore) best.push(i);
  }
  return best;
}
