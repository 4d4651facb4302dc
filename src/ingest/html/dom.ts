/**
 * Parsing a page into a DOM, and the one walk that indexes the elements metadata and the
 * furniture filter look at.
 */
import { parseHTML } from "linkedom";

// linkedom's DOM types are its own; the few members used here are typed structurally so the
// code stays independent of which DOM implementation produced the nodes.
export type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
};
export type DomElement = DomNode & {
  tagName: string;
  getAttribute(name: string): string | null;
  remove(): void;
};
export type DomDocument = {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * linkedom's parser is quadratic in nesting depth (100,000 nested <div>s take it six
 * seconds, 200,000 nested <nav>s half a minute). Far below that, a page is machine-made or
 * broken; it loses its tags and is read as flat text.
 */
const MAX_SOURCE_DEPTH = 2000;

/** Elements with no end tag, or whose end tag the parser supplies: they do not nest. */
const NON_NESTING = new Set(
  (
    "area base br col embed hr img input link meta source track wbr param keygen " +
    "p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rp"
  ).split(" "),
);

/** Whether start tags minus end tags ever run deeper than the limit. */
function nestsTooDeep(source: string): boolean {
  const tags = /<(\/?)([a-zA-Z][\w:-]*)(?=[\s/>])[^<>]*>/g;
  let depth = 0;
  for (let tag = tags.exec(source); tag; tag = tags.exec(source)) {
    if (NON_NESTING.has((tag[2] ?? "").toLowerCase()) || tag[0].endsWith("/>")) continue;
    depth += tag[1] ? -1 : 1;
    if (depth > MAX_SOURCE_DEPTH) return true;
  }
  return false;
}

/** Source to DOM; null when the parser finds no document. A parameter so tests can fail it. */
export type ParseStep = (source: string) => DomDocument | null;

export function parseDocument(source: string): DomDocument | null {
  if (nestsTooDeep(source)) source = source.replace(/<[^<>]*>/g, " ");
  // linkedom expects a whole document: given a fragment it makes the first element the root
  // (or finds none at all), so fragments are wrapped.
  const wrapped = /<html[\s>]/i.test(source)
    ? source
    : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(wrapped) as unknown as { document: DomDocument };
  return document.documentElement ? document : null;
}

/**
 * The elements that metadata and the pre-filter look at, collected in one walk: on linkedom
 * every query walks the whole tree, and a walk costs about as much as our analysis.
 */
export type PageIndex = {
  /** Every element in document order, as parsed. */
  all: DomElement[];
  metas: DomElement[];
  jsonLd: DomElement[];
  links: DomElement[];
  titles: DomElement[];
  h1s: DomElement[];
  times: DomElement[];
  paragraphs: DomElement[];
};

export function indexPage(doc: DomDocument): PageIndex {
  const page: PageIndex = {
    // linkedom's getElementsByTagName("*") matches nothing; the selector does.
    all: Array.from(doc.querySelectorAll("*")),
    metas: [],
    jsonLd: [],
    links: [],
    titles: [],
    h1s: [],
    times: [],
    paragraphs: [],
  };
  for (const el of page.all) {
    switch (el.tagName.toUpperCase()) {
      case "META":
        page.metas.push(el);
        break;
      case "SCRIPT":
        if ((el.getAttribute("type") ?? "").toLowerCase().includes("ld+json")) page.jsonLd.push(el);
        break;
      case "LINK":
        page.links.push(el);
        break;
      case "TITLE":
        page.titles.push(el);
        break;
      case "H1":
        page.h1s.push(el);
        break;
      case "TIME":
        page.times.push(el);
        break;
      case "P":
        page.paragraphs.push(el);
        break;
    }
  }
  return page;
}
