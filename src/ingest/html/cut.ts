/**
 * Cutting before parsing: the bytes of a page that can never be story text (binary junk,
 * scripts, styles, comments, navigation) leave the string before linkedom builds nodes for them.
 */

/** The page's source with inert markup and control characters cut, ready to parse. */
export function cutInert(html: string): string {
  return sanitizeSource(stripInert(html));
}

/** NUL and other C0 controls (binary junk) are never content. */
function sanitizeSource(html: string): string {
  // eslint-disable-next-line no-control-regex
  return html.replace(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/**
 * Scripts, styles and comments are most of a news page's bytes and none of its text; cutting
 * them from the string before parsing saves building thousands of nodes, and linkedom's cost
 * is per node. These are raw-text elements: an HTML parser ends one at the first matching end
 * tag, or at the end of the file, so the lazy match cuts exactly what the parser would put in
 * it. JSON-LD scripts stay: they carry the metadata. A start tag is taken to end before the
 * next "<", so that a page of unterminated `<script` cannot make the scan quadratic; the rare
 * tag with "<" in an attribute is left to the parser.
 */
const RAW_TEXT =
  /<script\b(?![^<>]*ld\+json)[^<>]*>[\s\S]*?(?:<\/script\s*>|$)|<(style|textarea|noscript|iframe|xmp)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;

/**
 * Ordinary elements that never hold story text, cut before parsing for the same reason:
 * navigation, page footers and sidebars are a third of a benchmark page's elements. Unlike
 * a script, an unclosed one does not run to the end of the file, so only whole start…end pairs
 * go; whatever is left the DOM pre-filter removes.
 */
const CUT_TAGS = "nav|footer|aside|svg|select|button|object|video|audio|template|canvas|map";

/**
 * A cut that would take more than this share of the page is more likely a site wrapping its
 * story in <aside> or <footer> than chrome; the DOM pre-filter, which can see where the story's
 * paragraphs are, decides those.
 */
const MAX_CUT_SHARE = 0.5;

function stripInert(html: string): string {
  return cutElements(html.replace(RAW_TEXT, ""));
}

/** How far down the stack of open elements an end tag looks for its start tag. */
const MAX_OPEN_DEPTH = 64;

/**
 * Removes whole `<tag>…</tag>` elements of CUT_TAGS in one left-to-right pass over their start
 * and end tags, linear in the length of the page. An end tag closes the nearest open element of
 * its name, as a parser would; a stray end tag or an unclosed start tag is left in place.
 */
function cutElements(html: string): string {
  const tags = new RegExp(`<(/?)(${CUT_TAGS})(?=[\\s/>])[^<>]*>`, "gi");
  const maxCut = MAX_CUT_SHARE * html.length;
  const open: { name: string; start: number }[] = [];
  const cuts: { start: number; end: number }[] = [];
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    const name = (tag[2] ?? "").toLowerCase();
    if (!tag[1]) {
      open.push({ name, start: tag.index });
      continue;
    }
    let i = open.length - 1;
    while (i >= 0 && i >= open.length - MAX_OPEN_DEPTH && open[i]?.name !== name) i--;
    const element = i >= 0 ? open[i] : undefined;
    if (!element || element.name !== name) continue;
    open.length = i;
    const end = tag.index + tag[0].length;
    if (end - element.start > maxCut) continue;
    // Cuts inside this element are part of it now.
    while ((cuts[cuts.length - 1]?.start ?? -1) >= element.start) cuts.pop();
    cuts.push({ start: element.start, end });
  }
  if (cuts.length === 0) return html;
  let out = "";
  let from = 0;
  for (const cut of cuts) {
    out += html.slice(from, cut.start);
    from = cut.end;
  }
  return out + html.slice(from);
}
