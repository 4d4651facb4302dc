/**
 * The Markdown brief is inert: rendered by a real CommonMark renderer (markdown-it) that lets raw
 * HTML through and links every scheme, a brief whose every article-derived string is hostile
 * yields no element, attribute or link of the articles' making.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../eval/shared.js";
import type { BriefJson } from "../brief/schema.js";
import { renderMarkdown } from "./markdown.js";
import { cell, inert } from "./markdown-text.js";

/** What a hostile article may put in any of its strings. */
const HOSTILE_MARKDOWN = [
  `<script>window.__pwned=1</script><img src="http://127.0.0.1:9/x.png" onerror="window.__pwned=2">`,
  `[click](JaVaScRiPt:window.__pwned=3) ![i](data:text/html,<b>x</b>) <javascript:alert(4)>`,
  `\\<b onmouseover="window.__pwned=5">b</b> <!-- c --> [ref][r]`,
  `[r]: javascript:window.__pwned=6`,
  `</p><svg onload="window.__pwned=7">\u2028\u2029`,
].join("\n");

/** Tags an inert brief renders to: the Markdown's own structure, nothing else. */
const STRUCTURE =
  /^<\/?(h1|h2|p|ul|li|ol|table|thead|tbody|tr|th|td|strong|em|blockquote|br|hr|code|pre)( style="text-align:(left|right|center)")?>$/;

/** A renderer as lax as any: raw HTML on, every link scheme allowed. */
function laxRenderer() {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = () => true;
  return md;
}

/** Keys whose values the renderer branches on (kinds, statuses): kept, so every section renders. */
const KEPT = new Set([
  "kind",
  "status",
  "agreement",
  "type",
  "format",
  "outletFrom",
  "publishedFrom",
  "precision",
  "schema",
]);

/** Every string of the brief made hostile, except the article texts the spans point into. */
function hostile(value: unknown, key = ""): unknown {
  if (typeof value === "string") return KEPT.has(key) ? value : `${value} ${HOSTILE_MARKDOWN}`;
  if (Array.isArray(value)) return value.map((v) => hostile(v));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === "text" && "removed" in value ? v : hostile(v, k),
      ]),
    );
  return value;
}

/** The same text with markup characters in place of common letters: span offsets still fit. */
const markupText = (text: string): string =>
  text.replace(/[eao]/g, (c) => ({ e: "<", a: "]", o: "(" })[c]!);

describe("inert", () => {
  it("escapes what starts HTML, autolinks, links and definitions, and nothing else", () => {
    expect(inert("<b> & [x](javascript:y) [a][b] [r]: z \\<")).toBe(
      "\\<b> & [x\\](javascript:y) [a\\][b] [r\\]: z \\\\\\<",
    );
    // quote diffs keep their brackets
    expect(inert("−[will not] +[won’t]")).toBe("−[will not] +[won’t]");
    expect(cell("a | b\n<c>")).toBe("a \\| b \\<c>");
  });
});

describe("the Markdown brief of hostile articles, rendered by markdown-it", () => {
  const golden = JSON.parse(
    readFileSync(join(REPO_ROOT, "test", "golden", "examples.brief.json"), "utf8"),
  ) as BriefJson;
  const evil = hostile(golden) as BriefJson;
  const brief: BriefJson = {
    ...evil,
    articles: evil.articles.map((a) => ({ ...a, text: markupText(a.text) })),
    skipped: [{ input: HOSTILE_MARKDOWN, reason: HOSTILE_MARKDOWN }],
    warnings: [{ input: HOSTILE_MARKDOWN, reason: HOSTILE_MARKDOWN }],
  };
  const html = laxRenderer().render(renderMarkdown(brief));

  it("renders every section, with the hostile text in it as text", () => {
    for (const section of [
      "Summary",
      "Key claims",
      "Who said what",
      "Figures",
      "Timeline",
      "Who copied whom",
      "Sources",
      "Input notes",
      "Skipped inputs",
    ])
      expect(html).toContain(`<h2>${section}</h2>`);
    expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(html).toContain("[click](JaVaScRiPt:window.__pwned=3)");
  });

  it("has no element but the Markdown's own structure, and links only to http(s)", () => {
    const tags: string[] = html.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    // a bare http(s) URL in the text is linked by linkify: the one scheme a link may have
    const webLink = /^(<a href="https?:\/\/[^"]*">|<\/a>)$/;
    expect(tags.filter((t) => !STRUCTURE.test(t) && !webLink.test(t))).toEqual([]);
  });
});
