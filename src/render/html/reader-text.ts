/**
 * What the reader panel leaves out of an article's text. The spans' offsets point into the text
 * as read, header lines and boilerplate included; the reader shows the clean article by hiding
 * those ranges, never by re-offsetting, so a highlighted span is always exactly its characters.
 * A hidden range that overlaps the cited span is shown after all (see the page script).
 */
import type { BriefArticle } from "../../brief/schema.js";
import { parseTextHeader } from "../../ingest/text-file.js";

/** [start, end) offsets into the text. */
export type Range = readonly [number, number];

// Markdown images the clean stage may have kept: `![alt](https://…)`
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;

/** The range grown over the line breaks right after it, so a hidden line leaves no blank hole. */
function withTrailingBreaks(text: string, [start, end]: Range): Range {
  let e = end;
  while (e < text.length && /[ \t\r\n]/.test(text[e]!)) e++;
  return [start, e];
}

/** The non-body ranges of an article's text, sorted and merged. */
export function hiddenRanges(article: BriefArticle, text: string): Range[] {
  const ranges: Range[] = [];
  // plain-text articles keep their `title:` / `url:` header lines in the text
  if (article.format === "text") {
    const { bodyStart } = parseTextHeader(text);
    if (bodyStart > 0) ranges.push([0, bodyStart]);
  }
  for (const r of article.removed) {
    // removed with zero width: cut before the text was kept (an HTML page's byline), not in it
    if (r.end > r.start && r.end <= text.length) ranges.push([r.start, r.end]);
  }
  for (const m of text.matchAll(MARKDOWN_IMAGE)) ranges.push([m.index, m.index + m[0].length]);
  const sorted = ranges
    .map((r) => withTrailingBreaks(text, r))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
