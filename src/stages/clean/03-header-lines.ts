/**
 * Header lines: what a page prints above its story besides the headline. A timestamp line
 * ("Updated: June 3, 2026 6:10 PM EDT") and the site's own name on a line of its own
 * ("HarbourPost", "harbourpost.com", under the page store's date line) are metadata, not article
 * text. They go to `removed` with these reasons; the date and provenance stages read them there.
 */
import { nameMatchesSite, type SiteOfHost } from "../../sites/outlet-name.js";
import { isTimestampLine } from "../../util/timestamp.js";

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
