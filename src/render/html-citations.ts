/**
 * Citations in the HTML brief. Every cited span is a link; clicking it opens the article's own
 * text in the reader panel with the span highlighted, so a reader checks each line against its
 * source without leaving the page. The article texts travel inside the page (JSON in a script
 * element of type application/json), and a few lines of inline script do the highlighting: the
 * page needs no server and no network.
 */
import type { BriefJson, SpanJson as Span } from "../brief/schema.js";
import { escapeHtml as esc } from "./text.js";

/** The original text of each article, by id: what the spans' offsets point into. */
export type ArticleTexts = ReadonlyMap<string, string>;

/**
 * A link to a span: `label` is what the reader sees ("[2]", or the quoted words themselves).
 * Without the article's text in the page the label stays plain text, never a dead link.
 */
export function citeLink(span: Span, label: string, texts: ArticleTexts | undefined): string {
  if (!texts?.has(span.article)) return esc(label);
  return `<a class="cite" href="#reader" data-article="${esc(span.article)}" data-start="${span.start}" data-end="${span.end}" title="${esc(span.text)}">${esc(label)}</a>`;
}

/**
 * Short citation marks for a list of spans: "[1] [2]", each a link; the number is the article's
 * row in its story's Sources table.
 */
export function citeMarks(
  spans: readonly Span[],
  story: { readonly articles: readonly string[] },
  texts: ArticleTexts | undefined,
): string {
  return spans
    .map((s) => citeLink(s, `[${story.articles.indexOf(s.article) + 1 || "?"}]`, texts))
    .join(" ");
}

/**
 * `</script>` inside the JSON would end the script element early; escaping every "<" keeps the
 * JSON valid and the element whole.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The reader panel, the article texts it shows, and the script that highlights a cited span. */
export function readerPanel(brief: BriefJson, texts: ArticleTexts | undefined): string {
  if (!texts || texts.size === 0) return "";
  const payload: Record<string, { outlet: string; title: string; text: string }> = {};
  for (const a of brief.articles) {
    const text = texts.get(a.id);
    if (text === undefined) continue;
    payload[a.id] = { outlet: a.outlet ?? "unknown outlet", title: a.title ?? a.id, text };
  }
  return `<aside id="reader" hidden><h2 id="reader-title"></h2><pre id="reader-text"></pre></aside>
<script type="application/json" id="article-texts">${scriptSafeJson(payload)}</script>
<script>${READER_SCRIPT}</script>`;
}

/** Styles for the citation links and the reader panel. */
export const CITATION_STYLE = `
a.cite{color:#0b57d0;text-decoration:none;border-bottom:1px dotted #0b57d0;cursor:pointer}
#reader{position:sticky;bottom:0;max-height:45vh;overflow:auto;background:#fafafa;border-top:3px solid #0b57d0;padding:.5rem 1rem;margin-top:1rem}
#reader pre{white-space:pre-wrap;font:14px/1.5 Georgia,serif}
#reader mark{background:#ffe066;padding:0 .1em}`;

// The page's only script: no library, no network. It reads the texts once and, for a clicked
// citation, shows that article with the cited characters wrapped in <mark>.
const READER_SCRIPT = `(function(){
var texts=JSON.parse(document.getElementById("article-texts").textContent);
var panel=document.getElementById("reader"),title=document.getElementById("reader-title"),body=document.getElementById("reader-text");
document.addEventListener("click",function(e){
var a=e.target.closest&&e.target.closest("a.cite");if(!a)return;e.preventDefault();
var art=texts[a.dataset.article];if(!art)return;
var s=+a.dataset.start,t=+a.dataset.end,x=art.text;
title.textContent=art.outlet+" — "+art.title;
body.textContent="";
body.appendChild(document.createTextNode(x.slice(0,s)));
var m=document.createElement("mark");m.textContent=x.slice(s,t);body.appendChild(m);
body.appendChild(document.createTextNode(x.slice(t)));
panel.hidden=false;m.scrollIntoView({block:"center"});
});})();`;
