import { toIsoDate } from "../util/iso-date.js";
import { outletFromUrl } from "../sites/outlet-name.js";
import { extractHtml } from "./html.js";
import { leadingDateLine } from "./text-file.js";
import { metadataDate } from "./url-date.js";
import type { OutletFrom } from "../model/index.js";

/** An article read from a JSON record or a feed item, before it gets its id and source. */
export type RecordArticle = {
  readonly ownId: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly outletFrom: OutletFrom | null;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly text: string;
  /** Where the article's own words start in `text`, after a page store's leading date line. */
  readonly bodyStart?: number;
};

/** The keys crawlers use for each field, in order of preference (news-please, Common Crawl news, …). */
const TEXT_KEYS = ["text", "maintext", "body", "content", "article", "article_text", "fulltext"];
const ID_KEYS = ["id", "_id", "uuid", "guid", "doc_id", "article_id"];
const URL_KEYS = ["url", "link", "uri", "canonical_url"];
const TITLE_KEYS = ["title", "headline"];
const DATE_KEYS = [
  "date",
  "date_publish",
  "published",
  "publishedAt",
  "published_at",
  "pubDate",
  "datePublished",
  "date_published",
  "publish_date",
  "pub_date",
  "created_at",
];
const OUTLET_KEYS = [
  "outlet",
  "source",
  "source_domain",
  "site_name",
  "publisher",
  "siteName",
  "domain",
];
const AUTHOR_KEYS = ["author", "authors", "byline", "creator"];

function first(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = record[k];
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

/**
 * A display string from a scalar, a `{ name }` object or a list of either, nested as deep as
 * the record goes: walked with a stack of its own, since a record nested ten thousand deep
 * would overflow the call stack.
 */
function asName(value: unknown): string | null {
  const names: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v === "string") {
      const name = v.trim();
      if (name) names.push(name);
    } else if (typeof v === "number") {
      names.push(String(v));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) pending.push(v[i]); // popped in order
    } else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      pending.push(o.name ?? o.title ?? o["#text"]);
    }
  }
  return names.length ? names.join(", ") : null;
}

/** `<p>`, `<br>` or `<div>` tags in quantity mean the record holds HTML, not text. */
const HTML_TAGS = /<\/?(?:p|div|br|span|a|em|strong|figure|img|h[1-6]|li)\b[^>]*>/gi;
const MIN_TAGS_FOR_HTML = 3;

/** Plain text from a text field that may hold HTML (feeds' `content:encoded`, some crawls). */
export function textOfField(value: string): string {
  const tags = value.match(HTML_TAGS);
  if (!tags || tags.length < MIN_TAGS_FOR_HTML) return value;
  return extractHtml(`<html><body><article>${value}</article></body></html>`).text;
}

/**
 * An article from one record, or the reason the record is not one. A bare domain in `outlet`
 * ("kyivindependent.com") becomes a readable name. Without a date field, the date comes from
 * the address and the page store's date line (see `metadataDate`).
 */
export function articleFromRecord(record: unknown): RecordArticle | { reason: string } {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    return { reason: "not a JSON object" };
  }
  const r = record as Record<string, unknown>;
  const rawText = first(r, TEXT_KEYS);
  if (typeof rawText !== "string" || rawText.trim() === "") {
    return { reason: `no article text (expected one of ${TEXT_KEYS.slice(0, 4).join(", ")})` };
  }
  const url = asName(first(r, URL_KEYS));
  let outlet = asName(first(r, OUTLET_KEYS));
  let outletFrom: OutletFrom | null = outlet ? "metadata" : null;
  if (outlet && /^[\w-]+(\.[\w-]+)+$/.test(outlet)) outlet = outletFromUrl(`https://${outlet}`);
  if (!outlet) {
    outlet = outletFromUrl(url);
    outletFrom = outlet ? "url" : null;
  }
  const id = asName(first(r, ID_KEYS));
  const text = textOfField(rawText);
  // Page stores put their ` date YYYY-MM-DD ` line before the page's text: it is metadata.
  const dateLine = leadingDateLine(text);
  if (text.slice(dateLine?.end ?? 0).trim() === "") {
    return {
      reason: "no article text (its text field is blank once markup and date line are left out)",
    };
  }
  return {
    ownId: id,
    url,
    outlet,
    outletFrom,
    title: asName(first(r, TITLE_KEYS)),
    author: asName(first(r, AUTHOR_KEYS)),
    published: metadataDate({
      field: toIsoDate(first(r, DATE_KEYS)),
      dateLine: dateLine?.day ?? null,
      url,
    }),
    text,
    bodyStart: dateLine?.end ?? 0,
  };
}

/** The records of a `.json` file: an array, an object holding one (`articles`, `items`, …), or one record. */
export function recordsOfJson(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const k of ["articles", "items", "data", "results", "documents", "docs", "records"]) {
      if (Array.isArray(o[k])) return o[k] as unknown[];
    }
  }
  return [value];
}
