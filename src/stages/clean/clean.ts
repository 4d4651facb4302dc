import type { ArticleDraft, CleanedArticle, Removal } from "../../model/index.js";
import { paragraphBlocks } from "./01-blocks.js";
import { boilerplateReason } from "./02-boilerplate-rules.js";
import { headerLineReason, keptHeadReasons } from "./03-header-lines.js";
import { chromeReasons } from "./04-chrome.js";
import { SITE_TEMPLATE, siteTemplateFlags } from "./00-site-lines.js";
import { siteOfUrl } from "../../sites/outlet-name.js";
import { addressHeadlineIndices } from "../../sites/address-headline.js";

/** Paragraphs of clean text are joined by a blank line, as Markdown and our HTML text do. */
export const PARAGRAPH_SEPARATOR = "\n\n";

// "## Heading" → "Heading": Markdown heading marks are markup, not text.
const HEADING_MARKS = /^#{1,6}[ \t]+/;

/**
 * The clean stage: drops boilerplate paragraphs from the body, listing each with its reason,
 * and builds the clean text from the paragraphs that remain together with the offset map back
 * into the original.
 */
export function cleanArticle(draft: ArticleDraft): CleanedArticle {
  // (what the batch said of the site's other pages is read here and goes no further)
  const { siteShared, ...article } = draft;
  const text = article.original;
  const removed: Removal[] = [];
  const cleanStarts: number[] = [];
  const originalStarts: number[] = [];
  const lengths: number[] = [];
  const parts: string[] = [];
  let cleanLength = 0;
  const site = siteOfUrl(article.url);
  const blocks = paragraphBlocks(text, article.bodyStart);
  const raws = blocks.map((b) => text.slice(b.start, b.end));
  const sharedBlocks = new Set(siteShared ?? []);
  const template = siteTemplateFlags(
    raws,
    raws.map((_, i) => sharedBlocks.has(i)),
  );
  // Rules first (boilerplate, then header lines, then the site's template); the chrome
  // classifier reads their verdicts as the neighbours' classes; then the page's head is looked
  // for again below the chrome a whole page opens with, and around the headline the page's
  // address spells (keptHeadReasons).
  const reasons = keptHeadReasons(
    raws,
    chromeReasons(
      raws,
      raws.map(
        (r, i) =>
          boilerplateReason(r) ??
          headerLineReason(r, i, site) ??
          (template[i] ? SITE_TEMPLATE : null),
      ),
    ),
    addressHeadlineIndices(raws, article.url),
  );
  for (const [index, block] of blocks.entries()) {
    let start = block.start;
    const raw = raws[index]!;
    const reason = reasons[index]!;
    if (reason !== null) {
      removed.push({ start, end: block.end, text: raw, reason });
      continue;
    }
    const heading = HEADING_MARKS.exec(raw);
    if (heading) start += heading[0].length;
    // Hard-wrapped paragraphs: line breaks become spaces, which keeps every offset in place.
    const piece = text.slice(start, block.end).replace(/\r?\n/g, (m) => " ".repeat(m.length));
    if (parts.length) {
      parts.push(PARAGRAPH_SEPARATOR);
      cleanLength += PARAGRAPH_SEPARATOR.length;
    }
    cleanStarts.push(cleanLength);
    originalStarts.push(start);
    lengths.push(piece.length);
    parts.push(piece);
    cleanLength += piece.length;
  }
  const all = [...(article.droppedBefore ?? []), ...removed].sort((a, b) => a.start - b.start);
  return {
    ...article,
    clean: parts.join(""),
    offsets: { cleanStarts, originalStarts, lengths },
    removed: all,
  };
}
