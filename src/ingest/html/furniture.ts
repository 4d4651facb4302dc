/**
 * Page furniture, removed before Readability looks for the story. Readability drops boxes
 * classed "related", "comment", "footer" and the like while it looks for the story's container,
 * but keeps what sits inside the container it picks: share bars, newsletter boxes, "read more"
 * lists, captions.
 */
import type { DomElement, DomNode, PageIndex } from "./dom.js";

/** Never story text, wherever it is. */
const FURNITURE_TAGS = new Set([
  "NAV",
  "ASIDE",
  "FOOTER",
  "FORM",
  "DIALOG",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "LABEL",
]);

/** ARIA roles of furniture. */
const FURNITURE_ROLES = /^(navigation|menu|menubar|dialog|alertdialog|banner|contentinfo|search)$/i;

/**
 * class / id words of boxes that are not the story. Matched at the start of a class word
 * (`relatedStories`, `article-share-bar`), not inside one (`unrelated`).
 */
const FURNITURE_CLASS = new RegExp(
  "(?:^|[\\s_-])(?:" +
    [
      "subscri(?:be|ption)|newsletter|signup|sign-up",
      "share|sharing|social",
      "related|read-?more|more-?(?:stories|news|articles)|recommend|trending|popular|most-?read",
      "prev(?:ious)?(?:$|[\\s_-])|next(?:$|[\\s_-])|post-nav|pagination|paging|breadcrumb",
      "promo|outbrain|taboola|newsreel",
      // Captions and photo credits: article bodies (and the benchmark's) leave them out.
      "caption|credit|gallery|slideshow|carousel|lightbox",
      "author-?(?:bio|info|box|card|about|details)|about-?(?:the-?)?author|bio(?:graphy)?(?:$|[\\s_-])",
      "cookie|consent",
    ].join("|") +
    ")",
  "i",
);

/**
 * The longest paragraphs of a page are the story's own. A box that holds one of them is the
 * story's container whatever its class says (`entry-content-read-more`, an ASP.NET page-wide
 * <form>), so it stays. Measured: 1 to 3 score the same; 5 or more protect teaser boxes.
 */
const KEY_PARAGRAPHS = 3;

const NEVER_FURNITURE = new Set(["HTML", "HEAD", "BODY", "ARTICLE", "MAIN"]);

export function removeFurniture(page: PageIndex): void {
  const keep = ancestorsOfKeyParagraphs(page.paragraphs);
  const removed = new Set<DomNode>();
  for (const el of page.all) {
    // Document order: a removed element's descendants come right after it.
    if (el.parentNode && removed.has(el.parentNode)) {
      removed.add(el);
    } else if (!keep.has(el) && isFurniture(el)) {
      removed.add(el);
      el.remove();
    }
  }
}

function ancestorsOfKeyParagraphs(paragraphs: readonly DomElement[]): Set<DomNode> {
  const longest = paragraphs
    .map((p) => ({ p, length: (p.textContent ?? "").length }))
    .sort((a, b) => b.length - a.length)
    .slice(0, KEY_PARAGRAPHS);
  const boxes = new Set<DomNode>();
  for (const { p } of longest) {
    for (let node: DomNode | null = p; node && !boxes.has(node); node = node.parentNode) {
      boxes.add(node);
    }
  }
  return boxes;
}

function isFurniture(el: DomElement): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER_FURNITURE.has(tag)) return false;
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.test(role)) return true;
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  if (!cls && !id) return false;
  return FURNITURE_CLASS.test(`${cls ?? ""} ${id ?? ""}`);
}

/** Page chrome for the fallback, which has no Readability to find the story's container. */
const FALLBACK_CHROME = new Set([...FURNITURE_TAGS, "HEADER"]);

/** Removes furniture and every header: for the fallback that reads the whole page. */
export function removeFallbackChrome(page: PageIndex): void {
  removeFurniture(page);
  for (const el of page.all) if (FALLBACK_CHROME.has(el.tagName.toUpperCase())) el.remove();
}
