/**
 * What a page says about itself: title, publication date, author, site name, address and
 * language, from its meta tags, JSON-LD, <title>, <h1> and <time>.
 */
import { toIsoDate } from "../../util/iso-date.js";
import type { DomDocument, DomElement, DomNode, PageIndex } from "./dom.js";
import type { HtmlExtraction } from "./extraction.js";
import { firstString, hasType, jsonLdAuthors, jsonLdNodes, publisherName } from "./json-ld.js";
import { absoluteUrl, clean, cleanName, siteNameOf } from "./values.js";

export type Metadata = Omit<HtmlExtraction, "text" | "dropped">;

/** What the page says about itself: recognises the headline and byline inside the content. */
export type PageFacts = { titles: string[]; author: string | null };

export function readMetadata(
  doc: DomDocument,
  page: PageIndex,
  fallbackUrl: string | null,
): { meta: Metadata; facts: PageFacts } {
  const metas = metaIndex(page.metas);
  const ld = jsonLdNodes(page.jsonLd);
  const articles = ld.filter((node) => hasType(node, ARTICLE_TYPE));
  const pages = ld.filter((node) => hasType(node, /WebPage$/));

  const titles = [
    clean(metas.get("og:title")),
    clean(firstString(articles, "headline")),
    clean(metas.get("twitter:title")),
    clean(page.titles[0]?.textContent),
    clean(page.h1s[0]?.textContent),
  ].filter((t): t is string => t !== null);
  const title = titles[0] ?? null;

  const published =
    firstDate(PUBLISHED_META.map((name) => metas.get(name))) ??
    firstDate(articles.map((node) => node["datePublished"])) ??
    firstDate(pages.map((node) => node["datePublished"])) ??
    firstDate(articleTimes(page.times)) ??
    firstDate(DATE_META.map((name) => metas.get(name)));

  const author =
    firstName(AUTHOR_META.map((name) => metas.get(name))) ?? jsonLdAuthors(articles) ?? null;

  const siteName =
    siteNameOf(metas.get("og:site_name")) ??
    publisherName([...articles, ...pages, ...ld]) ??
    siteNameOf(metas.get("application-name"));

  const canonical =
    page.links
      .find((link) => /(^|\s)canonical(\s|$)/i.test(link.getAttribute("rel") ?? ""))
      ?.getAttribute("href") ?? null;
  const url =
    absoluteUrl(canonical, fallbackUrl) ??
    absoluteUrl(metas.get("og:url") ?? null, fallbackUrl) ??
    fallbackUrl;

  const lang = clean(doc.documentElement?.getAttribute("lang"));
  return {
    meta: { title, published, author, siteName, url, lang },
    facts: { titles, author },
  };
}

/** schema.org types that describe the article itself (NewsArticle, ReportageNewsArticle, …). */
const ARTICLE_TYPE =
  /(Article|^ReportageNews|^Report|BlogPosting|^SocialMediaPosting|^DiscussionForumPosting)$/;

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "article:published",
  "datepublished",
];

/** Weaker than the article's own fields: these sometimes hold a modification date. */
const DATE_META = [
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "dc.date",
  "dc.date.issued",
  "dc.date.created",
  "dcterms.date",
  "dcterms.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "originalpublicationdate",
  "article.published",
  "published_time",
  "article_date_original",
  "cxenseparse:recs:publishtime",
];

const AUTHOR_META = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
  "byl",
];

/** name / property / itemprop of every meta tag, lower-cased, first value wins. */
function metaIndex(metas: readonly DomElement[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute("content");
    if (content === null) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const keys = el.getAttribute(attr);
      if (!keys) continue;
      // property="og:title twitter:title" names several keys at once.
      for (const key of keys.toLowerCase().split(/\s+/)) {
        if (key && !index.has(key)) index.set(key, content);
      }
    }
  }
  return index;
}

/**
 * A <time> inside an <article> (or marked datePublished) dates the story; elsewhere it may date
 * a teaser or a comment.
 */
function articleTimes(times: readonly DomElement[]): unknown[] {
  return times
    .filter((el) => /datePublished/i.test(el.getAttribute("itemprop") ?? "") || insideArticle(el))
    .map((el) => el.getAttribute("datetime"));
}

function insideArticle(el: DomNode): boolean {
  for (let node = el.parentNode; node; node = node.parentNode) {
    if (node.nodeName.toUpperCase() === "ARTICLE") return true;
  }
  return false;
}

function firstName(values: readonly unknown[]): string | null {
  for (const value of values) {
    if (typeof value !== "string") continue;
    const name = cleanName(value);
    if (name) return name;
  }
  return null;
}

/** Years outside this range are typos or epoch placeholders, not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function firstDate(values: readonly unknown[]): string | null {
  for (const value of values) {
    const date = typeof value === "string" ? parseDate(value) : null;
    if (date) return date;
  }
  return null;
}

/**
 * The calendar date as the publisher wrote it: "2019-11-19T23:30:00-05:00" is the 19th, not
 * the 20th in UTC, because the reader's paper said the 19th.
 */
function parseDate(value: string): string | null {
  const day = toIsoDate(value);
  if (day === null) return null;
  const year = Number(day.slice(0, 4));
  return year < MIN_YEAR || year > MAX_YEAR ? null : day;
}
