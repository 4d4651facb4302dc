/**
 * Header lines: what a page prints above its story besides the headline. A timestamp line
 * ("Updated: June 3, 2026 6:10 PM EDT") and the site's own name on a line of its own
 * ("HarbourPost", "harbourpost.com", under the page store's date line) are metadata, not article
 * text. They go to `removed` with these reasons; the date and provenance stages read them there.
 */
import { nameMatchesSite, type SiteOfHost } from "../../sites/outlet-name.js";
import { isDatedByline, isTimestampLine } from "../../util/timestamp.js";
import { DEBRIS, NAVIGATION, SUBHEAD, TRAILING } from "./04-chrome.js";
import { SITE_TEMPLATE } from "./00-site-lines.js";

export const TIMESTAMP_LINE = "timestamp line";
export const SITE_NAME_LINE = "site name";
// The date and provenance stages read bylines with the header lines.
export { BYLINE } from "../../boilerplate/line-rules.js";

/** Timestamps stand in the page's head: above the story, or after its headline and byline. */
const HEADER_BLOCKS = 6;
/** The site's name opens the page, before or after the headline. */
const SITE_NAME_BLOCKS = 2;
/** A site's name on its own line is short. */
const SITE_NAME_MAX_CHARS = 60;

/**
 * The reason a paragraph block at `index` (counted from the body's start) is a header line, or
 * null. `site` is the site of the article's address, if it has one.
 */
export function headerLineReason(
  paragraph: string,
  index: number,
  site: SiteOfHost | null,
): string | null {
  if (index >= HEADER_BLOCKS) return null;
  if (isTimestampLine(paragraph)) return TIMESTAMP_LINE;
  if (
    site !== null &&
    index < SITE_NAME_BLOCKS &&
    paragraph.length <= SITE_NAME_MAX_CHARS &&
    nameMatchesSite(paragraph, site)
  )
    return SITE_NAME_LINE;
  return null;
}

/** A story's first paragraph runs past this many words: no headline, teaser or caption line does. */
const BODY_MIN_WORDS = 25;
/** How far above the story's first paragraph its head may begin (headline, byline, photo credit). */
const HEAD_REACH_BLOCKS = 16;
const SENTENCE_END = /[.!?]["'”’)]*$/;
/** The page's timestamp stands this close above the headline its address names, or below it. */
const ABOVE_HEADLINE_BLOCKS = 2;
const BELOW_HEADLINE_BLOCKS = 4;
/** What the chrome reader said of a line by its shape alone, which a timestamp's place outweighs. */
const CHROME_REASONS: ReadonlySet<string> = new Set([
  DEBRIS,
  NAVIGATION,
  SUBHEAD,
  TRAILING,
  SITE_TEMPLATE,
]);

/**
 * Whether a paragraph can open the story on a whole page: it ends as a sentence and runs longer
 * than any headline, teaser or caption line a page prints above the story.
 */
export function opensStory(paragraph: string): boolean {
  const t = paragraph.trim();
  return SENTENCE_END.test(t) && t.split(/\s+/, BODY_MIN_WORDS).length >= BODY_MIN_WORDS;
}

/**
 * Timestamp lines of a page whose head stands below its menus: the page text a crawler keeps
 * from a whole page opens with navigation, so the story's timestamp ("Nov. 20, 2026 5:52 AM
 * EST") stands many lines down. The head is then found twice more: as the first `HEADER_BLOCKS`
 * lines the page keeps once its chrome is known, and as the lines just above the story's first
 * paragraph (the headline, byline and timestamp stand there, whatever menus and teasers came
 * before); above the story, a timestamp with its writer's name counts too ("Ana Lund - Mar 17,
 * 2026, 10:31 pm CST"). A timestamp elsewhere (a teaser's, a comment's) stays where it is.
 * Returns `reasons` with the head's timestamp lines given their reason.
 *
 * A line that holds only a timestamp is never a sentence of the story, so taking one out of the
 * text loses nothing; which ones the date stage believes is what the position decides.
 */
export function keptHeadReasons(
  paragraphs: readonly string[],
  reasons: readonly (string | null)[],
  headlines: readonly number[] = [],
): (string | null)[] {
  const out = [...reasons];
  const mark = (i: number): boolean => {
    if (out[i] !== null || !isTimestampLine(paragraphs[i]!)) return false;
    out[i] = TIMESTAMP_LINE;
    return true;
  };
  let kept = 0;
  for (let i = 0; i < paragraphs.length && kept < HEADER_BLOCKS; i++) {
    if (out[i] === null && !mark(i)) kept++;
  }
  // Timestamps standing apart in a stretch of the head are a list of other stories, each dated,
  // and say nothing sure of this one: only one run of them is taken.
  const markRun = (stamps: readonly number[]): void => {
    const oneRun = stamps.every((i, k) => k === 0 || i === stamps[k - 1]! + 1);
    if (oneRun) for (const i of stamps) out[i] = TIMESTAMP_LINE;
  };
  // Above the story's first paragraph, its timestamp (with any right above it: "Published …",
  // "Updated …"), even where the menu reader took it for a menu item.
  const body = paragraphs.findIndex(opensStory);
  const stamps: number[] = [];
  for (let i = Math.max(0, body - HEAD_REACH_BLOCKS); i < body; i++) {
    const open = out[i] === null || CHROME_REASONS.has(out[i]!);
    if (open && (isTimestampLine(paragraphs[i]!) || isDatedByline(paragraphs[i]!))) stamps.push(i);
  }
  markRun(stamps);
  // Around the headline the page's address names: its timestamp right above it, or a few lines
  // below, past the byline, however far down a long page the headline stands. A page may print
  // its headline more than once (a sticky bar, the heading): the one copy with a timestamp near
  // it is the head; with several, none is sure.
  const runs = headlines
    .map((h) => {
      const near: number[] = [];
      const last = Math.min(paragraphs.length - 1, h + BELOW_HEADLINE_BLOCKS);
      for (let i = Math.max(0, h - ABOVE_HEADLINE_BLOCKS); i <= last; i++) {
        const open = out[i] === null || CHROME_REASONS.has(out[i]!);
        if (
          !headlines.includes(i) &&
          open &&
          (isTimestampLine(paragraphs[i]!) || isDatedByline(paragraphs[i]!))
        )
          near.push(i);
      }
      return near;
    })
    .filter((near) => near.length > 0);
  if (runs.length === 1) markRun(runs[0]!);
  return out;
}
