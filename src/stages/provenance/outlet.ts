import type { SegmentedArticle } from "../../model/index.js";
import { nameMatchesSite, outletFromHost, siteOfUrl } from "../../sites/outlet-name.js";
import { SITE_NAME_LINE } from "../clean/03-header-lines.js";

// "Discover more from Harbour Talks | Marine News and Pictures"
const DISCOVER_MORE = /^Discover more from\s+(.+?)(?:\s+[|–—-]\s+.*)?$/i;
// "News from © The Associated Press, . All rights reserved.", "© 2026 Harbour Gazette."
const COPYRIGHT_HOLDER =
  /(?:©|\bCopyright\b)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?((?:The )?\p{Lu}[\p{L}&'.-]*(?:\s+\p{Lu}[\p{L}&'.-]*){0,4})/u;
// "CNBC has reached out to …", "CNBC asked the Pentagon for further comment": the outlet
// speaking of itself, as reporters do when they seek comment.
const SELF_REFERENCE =
  /\b(\p{Lu}[\p{L}&'.-]*(?:\s+\p{Lu}[\p{L}&'.-]*){0,3})\s+(?:has\s+|had\s+)?(?:reached out to|requested (?:further )?comment|asked [^.]{1,60}? for (?:further )?comment|contacted [^.]{1,60}? for comment|has requested)/gu;
const NOT_AN_OUTLET = /^(?:He|She|They|We|It|I|The|This|That|Officials?|Police|Reporters?|A|An)$/;
// Image addresses in the text: an article's own pictures are served from its own site.
const IMAGE_URL = /https?:\/\/([a-z0-9.-]+\.[a-z]{2,})\/[^\s)"'>]*\.(?:jpe?g|png|webp|gif|avif)/gi;
/** Hosts that serve pictures for many sites, so they say nothing of the outlet. */
const SHARED_IMAGE_HOST =
  /(?:^|\.)(?:gettyimages|getty|cloudfront|amazonaws|wp|googleusercontent|twimg|fbcdn|akamaized|akamaihd|imgix|cloudinary|staticflickr|ytimg|unsplash|shutterstock|gravatar|wikimedia|imgur|pinimg|githubusercontent)\.[a-z.]+$/i;
// A name as pages write it: capitalised words, joined by "of", "and", "&", "the" ("Los Angeles
// Times", "Times of India"), a dotted or camel-cased brand ("Harbour-Post.com", "HarbourPost").
const WRITTEN_NAME =
  /(?:The\s+)?[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:of|and|&|the|[\p{Lu}\d][\p{L}\d'’&.-]*))*/gu;
/** Names longer than this many words are sentences in capitals, not a site's name. */
const MAX_NAME_WORDS = 6;
/**
 * How much of a text is searched for the site's name: its head and foot carry it, and a name
 * repeated in the body is met early. Keeps the scan short on a very long text.
 */
const NAME_SCAN_CHARS = 20_000;

function mostCommon(names: string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [n, c] of counts) if (c > bestCount) [best, bestCount] = [n, c];
  return best;
}

/** The copyright holder a line names: "© 2026 The Northern Ledger. All rights reserved." */
function copyrightHolder(line: string): string | null {
  const m = COPYRIGHT_HOLDER.exec(line);
  // "© 2026 The Northern Ledger. All rights reserved.": the name ends at the sentence.
  return m ? m[1]!.split(/\.\s|\s+All\b/)[0]!.replace(/[.,\s]+$/, "") : null;
}

/**
 * The outlet an article names itself by, for articles whose container gave none: a "Discover
 * more from" line, a copyright holder, the outlet seeking comment in its own name, or the site
 * that serves the article's own pictures.
 */
export function outletFromText(article: SegmentedArticle): string | null {
  const removed = article.removed.map((r) => r.text);
  for (const line of removed) {
    const m = DISCOVER_MORE.exec(line.trim());
    if (m) return m[1]!.trim();
  }
  for (const line of removed) {
    const holder = copyrightHolder(line);
    if (holder) return holder;
  }
  const selves: string[] = [];
  for (const m of article.clean.matchAll(SELF_REFERENCE)) {
    if (!NOT_AN_OUTLET.test(m[1]!)) selves.push(m[1]!);
  }
  const self = mostCommon(selves);
  if (self) return self;
  const hosts: string[] = [];
  for (const m of article.original.matchAll(IMAGE_URL)) {
    if (!SHARED_IMAGE_HOST.test(m[1]!)) hosts.push(m[1]!.toLowerCase());
  }
  const host = mostCommon(hosts);
  return host ? outletFromHost(host) : null;
}

/**
 * The site's name as the page itself writes it, when it spells the site's address: its name on
 * a line of its own, in a "Discover more from" or copyright line, or anywhere in the text
 * ("Harbour Post" for harbourpost.com; "Los Angeles Harbour Post" in a photo credit for
 * laharbourpost.com). Only names the address spells count, so the address vouches for them;
 * the most frequent wins, the first written on a tie.
 */
export function siteNameOnPage(article: SegmentedArticle): string | null {
  const site = siteOfUrl(article.url);
  if (site === null) return null;
  const fits = (name: string | null | undefined): name is string =>
    !!name && nameMatchesSite(name, site);
  for (const r of article.removed) {
    const line = r.text.trim();
    if (r.reason === SITE_NAME_LINE && fits(line)) return line;
  }
  for (const r of article.removed) {
    const line = r.text.trim();
    const discover = DISCOVER_MORE.exec(line)?.[1]?.trim();
    if (fits(discover)) return discover;
    const holder = copyrightHolder(line);
    if (fits(holder)) return holder;
  }
  const found: string[] = [];
  for (const m of article.original.slice(0, NAME_SCAN_CHARS).matchAll(WRITTEN_NAME)) {
    const words = m[0].split(/\s+/);
    // Every run of words inside the capitalised run: "Wally Lund / Harbour Post" holds the name.
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= Math.min(words.length, i + MAX_NAME_WORDS); j++) {
        const name = words
          .slice(i, j)
          .join(" ")
          .replace(/[.,'’]+$/, "");
        if (fits(name)) found.push(name);
      }
    }
  }
  return mostCommon(found);
}
