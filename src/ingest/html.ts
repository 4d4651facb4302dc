/**
 * The main content and metadata of one HTML page. linkedom builds the DOM (fast, no layout),
 * Readability picks the article container, and our own walk turns it into block text: one
 * paragraph per block, blocks separated by a blank line, which is what the later stages
 * segment on. The steps live in src/ingest/html/: cut (before parsing), dom (parsing and the
 * element index), metadata and json-ld, furniture (page chrome), main-text and blocks.
 */
import { cutInert } from "./html/cut.js";
import { indexPage, parseDocument } from "./html/dom.js";
import type { HtmlExtraction } from "./html/extraction.js";
import { mainText } from "./html/main-text.js";
import { readMetadata } from "./html/metadata.js";
import { absoluteUrl, cleanByline } from "./html/values.js";

export type { HtmlExtraction } from "./html/extraction.js";

const EMPTY: HtmlExtraction = {
  dropped: [],
  text: "",
  title: null,
  published: null,
  author: null,
  siteName: null,
  url: null,
  lang: null,
};

export function extractHtml(html: string, pageUrl?: string | null): HtmlExtraction {
  const fallbackUrl = absoluteUrl(pageUrl ?? null, null);
  try {
    const source = cutInert(typeof html === "string" ? html : "");
    if (!source.trim()) return { ...EMPTY, url: fallbackUrl };
    const doc = parseDocument(source);
    if (!doc) return { ...EMPTY, url: fallbackUrl };
    const page = indexPage(doc);
    // Metadata first: the pre-filter and Readability both remove nodes.
    const { meta, facts } = readMetadata(doc, page, fallbackUrl);
    const { text, dropped, byline } = mainText(doc, page, source, facts);
    return { ...meta, author: meta.author ?? cleanByline(byline), text, dropped };
  } catch {
    // Broken markup must cost us the page, never the run.
    return { ...EMPTY, url: fallbackUrl };
  }
}
