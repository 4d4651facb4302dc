/**
 * The main content and metadata of one HTML page. linkedom builds the DOM (fast, no layout),
 * Readability picks the article container, and our own walk turns it into block text: one
 * paragraph per block, blocks separated by a blank line, which is what the later stages
 * segment on. The steps live in src/ingest/html/: cut (before parsing), dom (parsing and the
 * element index), metadata and json-ld, furniture (page chrome), main-text and blocks.
 */
import { cutInert } from "./html/cut.js";
import { indexPage, parseDocument, type ParseStep } from "./html/dom.js";
import type { HtmlExtraction } from "./html/extraction.js";
import { mainText } from "./html/main-text.js";
import { readMetadata } from "./html/metadata.js";
import { absoluteUrl, cleanByline } from "./html/values.js";

export type { HtmlExtraction } from "./html/extraction.js";

/** A page read, or the one-line reason it gives no article. */
export type HtmlReading = { readonly page: HtmlExtraction } | { readonly reason: string };

/** The skip reason of a page that parsed but holds no story text. */
export const EMPTY_PAGE = "no article text found in the page";

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

/**
 * The page's text and metadata; a page that could not be read comes back empty, so a caller
 * that only wants text (a JSON field holding HTML, the extraction benchmark) need not care why.
 * Callers that report skipped inputs use readHtmlPage.
 */
export function extractHtml(html: string, pageUrl?: string | null): HtmlExtraction {
  const read = readPage(html, pageUrl ?? null, parseDocument);
  return "page" in read ? read.page : { ...EMPTY, url: absoluteUrl(pageUrl ?? null, null) };
}

/**
 * The page as an article, or why it is none: it could not be parsed, its text could not be
 * extracted, or it holds no text. `parse` is the parser; tests hand in one that fails.
 */
export function readHtmlPage(
  html: string,
  pageUrl: string | null,
  parse: ParseStep = parseDocument,
): HtmlReading {
  const read = readPage(html, pageUrl, parse);
  if ("reason" in read) return read;
  return read.page.text.trim() === "" ? { reason: EMPTY_PAGE } : read;
}

function readPage(html: string, pageUrl: string | null, parse: ParseStep): HtmlReading {
  const fallbackUrl = absoluteUrl(pageUrl, null);
  const empty = { page: { ...EMPTY, url: fallbackUrl } };
  let parsed;
  try {
    const source = cutInert(typeof html === "string" ? html : "");
    if (!source.trim()) return empty;
    const doc = parse(source);
    if (!doc) return empty;
    parsed = { source, doc, page: indexPage(doc) };
  } catch (error) {
    // Broken markup must cost us the page, never the run, and say so.
    return { reason: `the page could not be parsed (${firstLine(error)})` };
  }
  try {
    const { source, doc, page } = parsed;
    // Metadata first: the pre-filter and Readability both remove nodes.
    const { meta, facts } = readMetadata(doc, page, fallbackUrl);
    const { text, dropped, byline } = mainText(doc, page, source, facts, parse);
    return { page: { ...meta, author: meta.author ?? cleanByline(byline), text, dropped } };
  } catch (error) {
    return { reason: `the page's text could not be extracted (${firstLine(error)})` };
  }
}

/** An error's message on one line, as a skip reason is printed. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0]?.trim() || "unknown error";
}
