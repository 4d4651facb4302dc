import { XMLParser } from "fast-xml-parser";
import { toIsoDate } from "../util/iso-date.js";
import { outletFromUrl } from "../sites/outlet-name.js";
import { textOfField, type RecordArticle } from "./records.js";

/** True when a text is an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /<rss[\s>]/i.test(head) ||
    /<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) ||
    /<rdf:RDF[\s>]/i.test(head)
  );
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

const str = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v)
    return str((v as Record<string, unknown>)["#text"]);
  return null;
};

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return str(links);
  const alternate = links.find(
    (l) =>
      l &&
      typeof l === "object" &&
      ((l as Record<string, unknown>)["@rel"] ?? "alternate") === "alternate",
  ) as Record<string, unknown> | undefined;
  return str(alternate?.["@href"]) ?? str(links[0]);
}

/** One entry of a feed: an article when it carries content, else the reason it does not. */
export type FeedEntry = RecordArticle | { reason: string };

/**
 * The items of an RSS 2.0, RSS 1.0 or Atom feed. The feed's title names the outlet; an item's
 * full content (`content:encoded`, Atom `content`) is preferred to its summary.
 */
export function parseFeed(xml: string): FeedEntry[] {
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Record<string, unknown> | undefined;
  const items = ((rss ? channel?.item : rdf ? rdf.item : atom?.entry) ?? []) as Record<
    string,
    unknown
  >[];
  const feedTitle = str(channel?.title) ?? str(atom?.title);
  const feedLink = channel
    ? str(Array.isArray(channel.link) ? channel.link[0] : channel.link)
    : atomLink(atom?.link);
  return items.map((item) => {
    const url = atom
      ? atomLink(item.link)
      : str(Array.isArray(item.link) ? item.link[0] : item.link);
    const body =
      str(item["content:encoded"]) ??
      str(item.content) ??
      str(item.description) ??
      str(item.summary);
    if (!body) return { reason: "feed item has no content" };
    const outlet = feedTitle ?? outletFromUrl(url ?? feedLink);
    return {
      ownId: str(item.guid) ?? str(item.id),
      url,
      outlet,
      outletFrom: feedTitle ? "site-name" : outlet ? "url" : null,
      title: str(item.title),
      author:
        str(item["dc:creator"]) ??
        str((item.author as Record<string, unknown> | undefined)?.name) ??
        str(item.author),
      published: toIsoDate(
        str(item.pubDate) ?? str(item["dc:date"]) ?? str(item.published) ?? str(item.updated),
      ),
      text: textOfField(body),
    };
  });
}
