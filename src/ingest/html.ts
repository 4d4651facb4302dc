/**
 * The main content and metadata of one HTML page. linkedom builds the DOM (fast, no layout),
 * Readability picks the article container, and our own walk turns it into block text: one
 * paragraph per block, blocks separated by a blank line, which is what the later stages
 * segment on.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export type HtmlExtraction = {
  /** Main content as plain text: one block a paragraph, paragraphs separated by "\n\n". */
  text: string;
  title: string | null;
  /** YYYY-MM-DD, only from a field that holds a real calendar date. */
  published: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  lang: string | null;
};

// linkedom's DOM types are its own; the few members used here are typed structurally so the
// code stays independent of which DOM implementation produced the nodes.
type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
};
type DomElement = DomNode & {
  tagName: string;
  className: string;
  id: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
};
type DomDocument = {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const EMPTY: HtmlExtraction = {
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
    const source = sanitizeSource(stripInert(typeof html === "string" ? html : ""));
    if (!source.trim()) return { ...EMPTY, url: fallbackUrl };
    const doc = parseDocument(source);
    if (!doc) return { ...EMPTY, url: fallbackUrl };
    const { meta, facts } = readMetadata(doc, fallbackUrl);
    const { text, byline } = mainText(doc, source, facts);
    return { ...meta, author: meta.author ?? cleanByline(byline), text };
  } catch {
    // Broken markup must cost us the page, never the run.
    return { ...EMPTY, url: fallbackUrl };
  }
}

const DEV_OFF = new Set((process.env["HX_OFF"] ?? "").split(","));

// ---------------------------------------------------------------------------------------------
// Parsing

/** NUL and other C0 controls (binary junk) confuse the tokenizer and are never content. */
function sanitizeSource(html: string): string {
  // eslint-disable-next-line no-control-regex
  return html.replace(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/**
 * Scripts, styles and comments are most of a news page's bytes and none of its text; cutting
 * them from the string before parsing saves building thousands of nodes (linkedom's cost is per
 * node). An HTML parser also ends a script at the first `</script`, so the lazy match cuts
 * exactly what it would. JSON-LD scripts stay: they carry the metadata.
 */
const INERT =
  /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?(?:<\/script\s*>|$)|<(style|template|noscript|svg|select|button|textarea|iframe|object|video|audio)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;

/**
 * Site navigation, page footers and sidebars, cut before parsing for the same reason. Only
 * when the element holds no element of its own kind: a lazy match would otherwise stop at the
 * inner end tag and leave half the outer element behind. The rest go in the DOM pre-filter.
 */
const CHROME_ELEMENT = /<(nav|footer|aside)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;

function stripInert(html: string): string {
  if (DEV_OFF.has("strip")) return html;
  const inert = html.replace(INERT, "");
  if (DEV_OFF.has("stripchrome")) return inert;
  return inert.replace(CHROME_ELEMENT, (whole: string, tag: string, inner: string) =>
    new RegExp(`<${tag}\\b`, "i").test(inner) ? whole : "",
  );
}

function parseDocument(source: string): DomDocument | null {
  // linkedom expects a whole document: given a fragment it makes the first element the root
  // (or none at all), so fragments are wrapped.
  const wrapped = /<html[\s>]/i.test(source)
    ? source
    : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(wrapped) as unknown as { document: DomDocument };
  if (!document.documentElement) return null;
  return document;
}

// ---------------------------------------------------------------------------------------------
// Main text

function mainText(
  doc: DomDocument,
  source: string,
  facts: PageFacts,
): { text: string; byline: string | null } {
  if (!DEV_OFF.has("prefilter")) removeBoilerplate(doc);
  let article: ReturnType<Readability<DomElement>["parse"]> = null;
  try {
    const reader = new Readability<DomElement>(doc as unknown as Document, {
      serializer: (node) => node as unknown as DomElement,
      // Our own metadata pass has read JSON-LD already.
      disableJSONLD: true,
    });
    article = reader.parse();
  } catch {
    article = null;
  }
  const content = article?.content ?? null;
  const byline = article?.byline ?? null;
  const known = { ...facts, author: facts.author ?? cleanByline(byline) };
  const text = content ? blockText(content, known) : "";
  if (text) return { text, byline };
  // Readability found nothing (index pages, odd markup): the page's own blocks minus chrome.
  const fresh = parseDocument(source);
  return { text: fresh ? bodyText(fresh, known) : "", byline: null };
}

// ---------------------------------------------------------------------------------------------
// Pre-filter: page furniture that sits inside the article container, where Readability keeps
// it. Readability already drops "related", "comment", "footer" and the like by class when it
// looks for the container, but not what lives inside the container it picks.

/** Never article text, wherever it is. */
const FURNITURE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "DIALOG", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "LABEL"]);

/** ARIA roles of furniture. */
const FURNITURE_ROLES = /^(navigation|menu|menubar|dialog|alertdialog|banner|contentinfo|search)$/i;

/**
 * class / id words of boxes that are not the story: subscribe and newsletter boxes, share
 * bars, "related" and "read more" lists, previous / next links. Matched at the start of a
 * class word (`relatedStories`, `share-bar`), not inside one (`unrelated`).
 */
const FURNITURE_CLASS = new RegExp(
  "(?:^|[\\s_-])(?:" +
    [
      "subscri(?:be|ption)|newsletter|signup|sign-up",
      "share|sharing|social",
      "related|read-?more|more-?(?:stories|news|articles)|recommend|trending|popular|most-?read",
      "prev(?:ious)?(?:$|[\\s_-])|next(?:$|[\\s_-])|post-nav|pagination|paging|breadcrumb",
      "promo|outbrain|taboola|newsreel",
      // Captions and photo credits: the benchmark's article bodies leave them out.
      "caption|credit|gallery|slideshow|carousel|lightbox",
      "author-?(?:bio|info|box|card|about|details)|about-?(?:the-?)?author|bio(?:graphy)?(?:$|[\\s_-])",
      "cookie|consent",
    ].join("|") +
    ")",
  "i",
);


/**
 * The longest paragraphs of a page are the story's own. Any box that holds one of them is the
 * story's container whatever its class says (`entry-content-read-more`), so it stays.
 */
const KEY_PARAGRAPHS = 3;

function removeBoilerplate(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  const protectedBoxes = ancestorsOfKeyParagraphs(doc);
  const visit = (el: DomElement): void => {
    const children = Array.from(el.children);
    for (const child of children) {
      if (!protectedBoxes.has(child) && isFurniture(child)) child.remove();
      else visit(child);
    }
  };
  visit(body);
}

function ancestorsOfKeyParagraphs(doc: DomDocument): Set<DomNode> {
  const paragraphs = Array.from(doc.querySelectorAll("p")).map((p) => ({
    p,
    length: (p.textContent ?? "").length,
  }));
  paragraphs.sort((a, b) => b.length - a.length);
  const boxes = new Set<DomNode>();
  for (const { p } of paragraphs.slice(0, KEY_PARAGRAPHS)) {
    for (let node: DomNode | null = p; node && !boxes.has(node); node = node.parentNode) {
      boxes.add(node);
    }
  }
  return boxes;
}

function isFurniture(el: DomElement): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "ARTICLE" || tag === "MAIN" || tag === "BODY") return false;
  if (!DEV_OFF.has("tags") && FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute("role");
  if (!DEV_OFF.has("roles") && role && FURNITURE_ROLES.test(role)) return true;
  if (DEV_OFF.has("class")) return false;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return FURNITURE_CLASS.test(names);
}

const CHROME_SELECTOR = "nav, header, footer, aside, script, style, noscript, template, form, svg";

function bodyText(doc: DomDocument, known: PageFacts): string {
  const body = doc.body ?? doc.documentElement;
  if (!body) return "";
  for (const el of Array.from(body.querySelectorAll(CHROME_SELECTOR))) el.remove();
  return blockText(body, known);
}

/** Elements whose start and end break the text into separate paragraphs. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "UL",
]);

/** Never text, whatever Readability kept. */
const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "MATH",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "HEAD",
  "TITLE",
]);

type Block = {
  text: string;
  /** Characters of `text` inside links: a block that is all link is a pointer elsewhere. */
  linkChars: number;
};

/** Walks the tree once, collecting inline text into the current block. */
function collectBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let current = "";
  let linkText = "";
  let linkDepth = 0;
  const flush = (): void => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) blocks.push({ text, linkChars: Math.min(text.length, linkText.replace(/\s+/g, " ").trim().length) });
    current = "";
    linkText = "";
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      current += text;
      if (linkDepth > 0) linkText += text;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (!DEV_OFF.has("figcaption") && tag === "FIGCAPTION") return;
    if (!DEV_OFF.has("figure") && tag === "FIGURE") return;
    if (tag === "BR") {
      current += " ";
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (tag === "A") linkDepth++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child);
    }
    if (tag === "A") linkDepth--;
    if (isBlock) flush();
    // Cells of one row read as one line, not glued words.
    else if (tag === "TD" || tag === "TH") current += " ";
  };
  walk(root);
  flush();
  return blocks;
}

function blockText(root: DomNode, known: PageFacts): string {
  const titles = new Set(known.titles.flatMap(titleVariants).map(comparable));
  titles.delete("");
  const author = comparable(known.author);
  const blocks = collectBlocks(root).filter(
    (block) => DEV_OFF.has("linkblocks") || !isLinkBlock(block),
  );
  return blocks
    .filter((block) => {
      if (!DEV_OFF.has("title") && titles.has(comparable(block.text))) return false;
      return !isBoilerplateBlock(block.text, author);
    })
    .map((block) => block.text)
    .join("\n\n");
}

/** "Headline | Site" and "Headline - Site" as well as the whole title. */
function titleVariants(title: string): string[] {
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 ? [title, ...parts] : [title];
}

function isLinkBlock(block: Block): boolean {
  return block.linkChars / block.text.length >= MIN_LINK_BLOCK_SHARE;
}

/**
 * A block this much inside links is a pointer to another page ("More: …", a related
 * headline). Lower thresholds start to eat paragraphs that merely cite a source.
 */
const MIN_LINK_BLOCK_SHARE = 0.8;

/** Boilerplate lines are short; a paragraph this long is prose whatever it starts with. */
const MAX_BOILERPLATE_WORDS = 25;

/** Lower-cased letters and digits only, to compare a block with the title or the author. */
function comparable(text: string | null): string {
  return (text ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whole blocks that are interface text, not writing. */
const UI_LINE =
  /^(advert(isement)?|ad|iklan|anzeige|publicidad|pubblicità|caption|close|comments?|highlights|breaking news|latest news|related( news| posts?| stories| articles)?|review|more|share( this)?( article| story)?|continue reading( below)?|skip to (main )?content|loading( content)?|this slideshow requires javascript|print|email|tweet|subscribe( now)?|sign in|log in|read more|see more|more stories|you may also like|don'?t miss|recommended( for you)?|trending( now)?|about the author|(\d+ )?(photos?|images?)|watch|listen|video|advertisement - scroll to continue)\W*$/i;

/** Calls to action and teasers that open a short block. */
const CTA_START =
  /^(subscribe|sign up|follow (us|@)|get the latest|let our news|want more|like this (story|article)|you may also like|more great|related( post| news| article| story)?\s*:|see more\s*:|read more\s*:|also read\s*:|read also\s*:|more\s*:|don'?t miss|more from|recommended|click here|this post may contain affiliate|\w+ may earn|join our|download our|get (it|the app)|if you (enjoyed|liked)|have a tip)/i;

/** "Photo: AP", "(Image: GETTY)", "Image 1 of 9", "© Reuters". */
const CREDIT_LINE =
  /^(photo|image|picture|credit|source|foto|bild|imagen|getty images|ap photo|©|ⓒ|copyright)\b|\((image|photo|credit|foto)s?\b[^)]*\)\s*$|^((image|photo|slide|picture)\s+)?\d+\s+(of|\/)\s+\/?\s*\d+$|all rights reserved\W*$/i;

/** Filing and reading-time lines, and the agency's reporting credits at the foot of a story. */
const META_LINE =
  /^(filed under|tags?|categor(y|ies)|tempo de leitura|reading time|\d+ min(ute)?s? read)\b|contributed (reporting|to this report)|^\(?(additional )?reporting by/i;

const URL_LINE = /^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$|^(twitter|facebook|instagram)\.com\/\S+$/i;

/** Words of a date line: "Published 11:34 PM EST Nov 19, 2019", "Updated: Sat 8:31 PM". */
const DATE_WORD =
  /^(\d+(st|nd|rd|th)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a|p|m|gmt|utc|[ecmpa][sd]t|bst|cet|cest|ist|published|updated|posted|modified|first|last|on|at|date|today|yesterday|ago|hours?|minutes?|mins?|days?|weeks?|de|às|el|le|am|um|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maret|mei|agustus|desember|ago|set|ott|dic|okt|dez|des|mrt|mei)$/iu;

/** Share of a short line's words that must be date words for the line to be a dateline. */
const MIN_DATE_WORD_SHARE = 0.8;

function isBoilerplateBlock(text: string, author: string): boolean {
  const words = text.split(" ");
  if (words.length > MAX_BOILERPLATE_WORDS) return false;
  const flat = comparable(text);
  if (!flat) return false;
  if (!DEV_OFF.has("author") && author && (flat === author || flat === `by${author}`)) return true;
  if (!DEV_OFF.has("ui") && UI_LINE.test(text)) return true;
  if (!DEV_OFF.has("cta") && CTA_START.test(text)) return true;
  if (!DEV_OFF.has("credit") && CREDIT_LINE.test(text)) return true;
  if (!DEV_OFF.has("url") && URL_LINE.test(text)) return true;
  if (!DEV_OFF.has("date") && isDateLine(text)) return true;
  if (!DEV_OFF.has("meta") && META_LINE.test(text)) return true;
  return false;
}

/**
 * What makes a run of numbers a date rather than a time or a score table ("10 p.m.",
 * "Rockledge 14 11 6 15 — 44"): a month, a year, or a word like "Published".
 */
const DATE_ANCHOR =
  /^((19|20)\d\d|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|published|updated|posted|modified)$/i;

function isDateLine(text: string): boolean {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!tokens.some((t) => /\d/.test(t)) || !tokens.some((t) => DATE_ANCHOR.test(t))) return false;
  const dateish = tokens.filter((t) => DATE_WORD.test(t)).length;
  return dateish / tokens.length >= MIN_DATE_WORD_SHARE;
}

// ---------------------------------------------------------------------------------------------
// Metadata

type JsonObject = Record<string, unknown>;

type Metadata = Omit<HtmlExtraction, "text">;

/**
 * What the page says about itself, used to recognise the headline and byline when
 * they reappear inside the content.
 */
type PageFacts = { titles: string[]; author: string | null };

function readMetadata(
  doc: DomDocument,
  fallbackUrl: string | null,
): { meta: Metadata; facts: PageFacts } {
  const metas = metaIndex(doc);
  const ld = jsonLdNodes(doc);
  const articles = ld.filter((node) => hasType(node, ARTICLE_TYPE));
  const pages = ld.filter((node) => hasType(node, /WebPage$/));

  const titles = [
    clean(metas.get("og:title")),
    clean(firstString(articles, "headline")),
    clean(metas.get("twitter:title")),
    clean(doc.querySelector("title")?.textContent),
    clean(doc.querySelector("h1")?.textContent),
  ].filter((t): t is string => t !== null);
  const title = titles[0] ?? null;

  const published =
    firstDate(PUBLISHED_META.map((name) => metas.get(name))) ??
    firstDate(articles.map((node) => node["datePublished"])) ??
    firstDate(pages.map((node) => node["datePublished"])) ??
    firstDate(timeElements(doc)) ??
    firstDate(DATE_META.map((name) => metas.get(name)));

  const author =
    firstName(AUTHOR_META.map((name) => metas.get(name))) ?? jsonLdAuthors(articles) ?? null;

  const siteName =
    clean(metas.get("og:site_name")) ??
    publisherName([...articles, ...pages, ...ld]) ??
    clean(metas.get("application-name"));

  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute("href") ?? null;
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
function metaIndex(doc: DomDocument): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
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

/** Every object in the page's JSON-LD, including @graph members and nested arrays. */
function jsonLdNodes(doc: DomDocument): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as JsonObject;
    found.push(node);
    if (node["@graph"]) visit(node["@graph"], depth + 1);
    if (node["mainEntity"]) visit(node["mainEntity"], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? "")
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, "")
      .replace(/(-->|\/\/\s*\]\]>)\s*$/, "")
      .trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Hand-written JSON-LD is often invalid; the other sources still apply.
    }
  }
  return found;
}

/** Deep enough for @graph → mainEntity → item, shallow enough to ignore pathological input. */
const MAX_JSON_LD_DEPTH = 6;

function hasType(node: JsonObject, pattern: RegExp): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && pattern.test(t.replace(/^.*[/#]/, "")));
}

function firstString(nodes: readonly JsonObject[], key: string): string | null {
  for (const node of nodes) {
    const value = node[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return null;
}

function jsonLdAuthors(nodes: readonly JsonObject[]): string | null {
  for (const node of nodes) {
    const names = personNames(node["author"] ?? node["creator"]);
    if (names.length > 0) return [...new Set(names)].join(", ");
  }
  return null;
}

function personNames(value: unknown): string[] {
  if (typeof value === "string") {
    const name = cleanName(value);
    return name ? [name] : [];
  }
  if (Array.isArray(value)) return value.flatMap(personNames);
  if (value && typeof value === "object") {
    const name = (value as JsonObject)["name"];
    if (typeof name === "string") return personNames(name);
    if (Array.isArray(name)) return personNames(name);
  }
  return [];
}

function publisherName(nodes: readonly JsonObject[]): string | null {
  for (const node of nodes) {
    const publisher = node["publisher"];
    const candidates = Array.isArray(publisher) ? publisher : [publisher];
    for (const candidate of candidates) {
      if (typeof candidate === "string" && clean(candidate)) return clean(candidate);
      if (candidate && typeof candidate === "object") {
        const name = clean((candidate as JsonObject)["name"]);
        if (name) return name;
      }
    }
  }
  return null;
}

function timeElements(doc: DomDocument): unknown[] {
  // A <time> inside the article is the article's; elsewhere it may date a teaser or a comment.
  const scoped = Array.from(
    doc.querySelectorAll("article time[datetime], time[itemprop~='datePublished'][datetime]"),
  );
  return scoped.map((el) => el.getAttribute("datetime"));
}

function firstName(values: readonly unknown[]): string | null {
  for (const value of values) {
    if (typeof value !== "string") continue;
    const name = cleanName(value);
    if (name) return name;
  }
  return null;
}

/** A person's name as written, or null for URLs and handles that some sites put there. */
function cleanName(value: string): string | null {
  const name = value.replace(/\s+/g, " ").trim();
  if (!name || /^(https?:)?\/\//i.test(name) || /^www\./i.test(name)) return null;
  return name.replace(/^by\s+/i, "").trim() || null;
}

function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const name = cleanName(byline);
  return name && name.length <= MAX_BYLINE_LENGTH ? name : null;
}

/** Longer "bylines" are paragraphs that Readability mistook for one. */
const MAX_BYLINE_LENGTH = 100;

function clean(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text || null;
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

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
export function parseDate(value: string): string | null {
  const text = value.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(text);
  if (match) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(text);
  if (match) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  // "19 November 2019", "Tue, 19 Nov 2019 10:00:00 GMT"
  match = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(text);
  if (match) return ymd(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  // "November 19, 2019"
  match = /\b([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (match) return ymd(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  return null;
}

function monthNumber(name: string | undefined): number {
  const key = (name ?? "").slice(0, 3).toLowerCase();
  return MONTHS[key] ?? 0;
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
