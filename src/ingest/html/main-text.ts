/**
 * The story's text: Readability picks the article container on a page a person could have
 * written; anything else, or a page where Readability finds nothing, is read whole minus its
 * chrome.
 */
import { Readability } from "@mozilla/readability";
import { blockText } from "./blocks.js";
import {
  indexPage,
  type DomDocument,
  type DomElement,
  type DomNode,
  type PageIndex,
  type ParseStep,
} from "./dom.js";
import type { Extracted } from "./extraction.js";
import { removeFallbackChrome, removeFurniture } from "./furniture.js";
import type { PageFacts } from "./metadata.js";
import { cleanByline } from "./values.js";

/** The story's blocks; `parse` reads the source again for the fallback. */
export function mainText(
  doc: DomDocument,
  page: PageIndex,
  source: string,
  facts: PageFacts,
  parse: ParseStep,
): Extracted & { byline: string | null } {
  if (tooComplex(page, source)) {
    // Not a page a person wrote: no article search, just its blocks.
    return { ...bodyText(doc, facts, page), byline: null };
  }
  removeFurniture(page);
  let article: ReturnType<Readability<DomElement>["parse"]> = null;
  try {
    const reader = new Readability<DomElement>(doc as unknown as Document, {
      serializer: (node) => node as unknown as DomElement,
      // readMetadata has read the JSON-LD already.
      disableJSONLD: true,
    });
    article = reader.parse();
  } catch {
    article = null;
  }
  const byline = article?.byline ?? null;
  const known = { ...facts, author: facts.author ?? cleanByline(byline) };
  const found = article?.content ? blockText(article.content, known) : { text: "", dropped: [] };
  if (found.text) return { ...found, byline };
  // Readability found nothing (index pages, odd markup): the page's own blocks minus chrome.
  // Readability has rewritten the first DOM, so the fallback parses again.
  const fresh = parse(source);
  return { ...(fresh ? bodyText(fresh, known) : { text: "", dropped: [] }), byline: null };
}

/**
 * Readability's cost grows steeply with nesting depth (a page of 5,000 nested <div>s takes it
 * minutes, then overflows the stack) and with the number of nodes. The benchmark's deepest page
 * is 51 levels, its largest 1,600 elements, and its most "<" and "&" (each can start a node) is
 * 3,238 once scripts are cut. Beyond these limits a page is generated or broken, and gets the
 * fallback.
 */
const MAX_DOM_DEPTH = 400;
const MAX_ELEMENTS = 50_000;
const MAX_MARKUP_CHARS = 100_000;

function tooComplex(page: PageIndex, source: string): boolean {
  if (page.all.length > MAX_ELEMENTS) return true;
  let markup = 0;
  for (let i = source.indexOf("<"); i >= 0; i = source.indexOf("<", i + 1)) markup++;
  for (let i = source.indexOf("&"); i >= 0; i = source.indexOf("&", i + 1)) markup++;
  if (markup > MAX_MARKUP_CHARS) return true;
  const depth = new Map<DomNode | null, number>();
  for (const el of page.all) {
    const d = (depth.get(el.parentNode) ?? 0) + 1;
    if (d > MAX_DOM_DEPTH) return true;
    depth.set(el, d);
  }
  return false;
}

function bodyText(doc: DomDocument, known: PageFacts, page = indexPage(doc)): Extracted {
  removeFallbackChrome(page);
  const body = doc.body ?? doc.documentElement;
  return body ? blockText(body, known) : { text: "", dropped: [] };
}
