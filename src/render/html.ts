/**
 * The brief as one self-contained HTML page: no scripts, styles or fonts from elsewhere, so it
 * works offline from a file. Sections come in the order an editor reads them (header, warnings,
 * summary, key claims, who said what, figures, timeline, who copied whom, coverage, people and
 * organisations, sources). Every cited span is a link that opens the article's own text with the
 * span highlighted (see html-citations.ts); the timeline, the provenance graph and the coverage
 * matrix are drawn as inline SVG.
 */
import type {
  BriefArticle,
  BriefJson,
  BriefStory,
  ClaimJson,
  QuoteJson,
  SpanJson,
} from "../brief/schema.js";
import {
  type ArticleTexts,
  CITATION_STYLE,
  citeLink,
  citeMarks,
  readerPanel,
} from "./html-citations.js";
import { bySpeaker, outletOfId, QUOTES_PER_SPEAKER } from "./quotes-section.js";
import { timelineHtml } from "./timeline-section.js";
import { figureCells, shownFigures } from "./figures-section.js";
import { coverageSvg, COVERAGE_STYLE } from "./svg-coverage.js";
import { provenanceSvg, PROVENANCE_STYLE } from "./svg-provenance.js";
import {
  dateRange,
  dateWithOrigin,
  plural,
  removedSummary,
  shortId,
  truncate,
  escapeHtml as esc,
} from "./text.js";

/** Entities listed in "People and organisations"; the JSON brief has them all. */
const ENTITIES_SHOWN = 30;
/** Claims listed beyond the key ones, folded away. */
const OTHER_CLAIMS_SHOWN = 40;

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}.meta{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.num{text-align:right}details{font-size:.85rem}details li{color:#666}
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4rem .8rem .4rem 1.6rem}
small{color:#777}.summary p{margin:.3rem 0}
.status{font-size:.8rem;padding:0 .4em;border-radius:3px;white-space:nowrap}
.corroborated{background:#e3f4e6;color:#1b5e20}.single-source{background:#eef0f3;color:#444}.contested{background:#fde7e7;color:#b71c1c}
table.aligned td{width:50%;font-size:.9rem}table.aligned td.same{color:#666}
.sim{font-size:.75rem;color:#999}${CITATION_STYLE}${PROVENANCE_STYLE}${COVERAGE_STYLE}`;

/**
 * The page. A brief made with its articles' texts gets the citation reader, which shows each
 * cited span in its article; without them the citations are shown as plain marks.
 */
export function renderHtml(brief: BriefJson): string {
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const texts: ArticleTexts = new Map(
    brief.articles.flatMap((a) => (a.text === undefined ? [] : [[a.id, a.text] as const])),
  );
  const parts: string[] = [];
  for (const story of brief.stories) {
    const cite = (spans: readonly SpanJson[]): string => citeMarks(spans, story, texts);
    parts.push(`<section class="story" id="${esc(story.id)}">`);
    parts.push(header(story));
    parts.push(warnings(story, byId));
    parts.push(summary(story, cite));
    parts.push(claims(story, cite));
    parts.push(quotes(story, byId, texts, cite));
    parts.push(figures(story, byId, cite));
    parts.push(timelineHtml(story, byId, cite));
    parts.push(reuse(story, byId, texts));
    parts.push(coverage(story, byId));
    parts.push(entities(story, byId));
    parts.push(sources(story, byId));
    parts.push("</section>");
  }
  if (brief.warnings.length) {
    parts.push(
      `<h2>Input notes</h2><ul>${brief.warnings.map((w) => `<li>${esc(w.input)}: ${esc(w.reason)}</li>`).join("")}</ul>`,
    );
  }
  if (brief.skipped.length) {
    parts.push(
      `<h2>Skipped inputs</h2><ul class="note">${brief.skipped.map((s) => `<li>${esc(s.input)}: ${esc(s.reason)}</li>`).join("")}</ul>`,
    );
  }
  if (brief.stories.length === 0) parts.push("<p>No articles could be read.</p>");
  const title = brief.stories[0]?.label ?? "Corroborate brief";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — Corroborate brief</title><style>${STYLE}</style></head>
<body>
${parts.filter(Boolean).join("\n")}
${readerPanel(brief, texts)}
<footer><small>Corroborate brief, schema corroborate.brief/1. Numbers in brackets are articles of a story's Sources table; click one to read the cited words in their article.</small></footer>
</body></html>
`;
}

type Cite = (spans: readonly SpanJson[]) => string;

function header(story: BriefStory): string {
  return `<h1>${esc(story.label)}</h1><p class="meta">${esc(dateRange(story.from, story.to))} · ${plural(story.articles.length, "article")} · ${plural(story.outlets.length, "outlet")} · ${plural(story.independentSources, "independent source")}</p>`;
}

function warnings(story: BriefStory, byId: Map<string, BriefArticle>): string {
  const items = story.warnings.map((w) => `<li><b>Warning:</b> ${esc(w.message)}</li>`);
  // the JSON has an undated warning when the claims stage ran; without it, say it here
  if (!story.warnings.some((w) => w.kind === "undated")) {
    const undated = story.articles.filter((id) => !byId.get(id)?.published);
    if (undated.length) {
      items.push(
        `<li>Undated: ${esc(undated.map(shortId).join(", "))} — no date in metadata or text.</li>`,
      );
    }
  }
  return items.length ? `<ul class="note">${items.join("")}</ul>` : "";
}

function summary(story: BriefStory, cite: Cite): string {
  if (!story.summary?.length) return "";
  const lines = story.summary.map((s) => `<p>${esc(s.text)} ${cite(s.cites)}</p>`).join("");
  const short = story.summaryShort
    ? "<p><small>The story has too little text for a full summary of 120 words.</small></p>"
    : "";
  return `<h2>Summary</h2><div class="summary">${lines}</div>${short}`;
}

function statusBadge(c: ClaimJson): string {
  const label =
    c.status === "corroborated"
      ? `corroborated · ${c.independentSources} sources`
      : c.status === "contested"
        ? "contested"
        : "single source";
  return `<span class="status ${c.status}">${label}</span>`;
}

function claimItem(c: ClaimJson, cite: Cite): string {
  const why = c.contestedBy.length ? ` <small>${esc(c.contestedBy.join("; "))}</small>` : "";
  return `<li>${esc(truncate(c.text, 300))} ${statusBadge(c)}${why} ${cite(c.sources)}</li>`;
}

function claims(story: BriefStory, cite: Cite): string {
  const all = story.claims ?? [];
  const key = all.filter((c) => c.key);
  if (key.length === 0) return "";
  const rest = all.filter((c) => !c.key).slice(0, OTHER_CLAIMS_SHOWN);
  const more = rest.length
    ? `<details><summary>${plural(rest.length, "other claim")}</summary><ol>${rest.map((c) => claimItem(c, cite)).join("")}</ol></details>`
    : "";
  return `<h2>Key claims</h2><ol class="claims">${key.map((c) => claimItem(c, cite)).join("")}</ol>${more}`;
}

/** A quotation: its words link to the first occurrence; marks cite every occurrence. */
function quoteItem(
  q: QuoteJson,
  byId: Map<string, BriefArticle>,
  texts: ArticleTexts | undefined,
  cite: Cite,
): string {
  const first = q.occurrences.find((o) => o.span.article === q.first) ?? q.occurrences[0];
  const words = first
    ? citeLink(first.span, `“${truncate(q.text, 220)}”`, texts)
    : esc(`“${q.text}”`);
  const where = [first?.venue, first?.when].filter(Boolean).join(", ");
  const editorial = first?.editorial.length
    ? ` · editor's words: ${first.editorial.map((e) => citeLink(e, e.text, texts)).join(", ")}`
    : "";
  const notes = [
    ...q.altered.map(
      (a) =>
        `<li><b>altered</b> in ${esc(outletOfId(a.article, byId))}: ${esc(a.text)} <small>${esc(a.diff)}</small></li>`,
    ),
    ...q.variants.map(
      (v) =>
        `<li>variant in ${esc(outletOfId(v.article, byId))}: <small>${esc(v.diff)}</small></li>`,
    ),
    ...q.turnedIndirect.map(
      (t) =>
        `<li>turned into indirect speech in ${esc(outletOfId(t.article, byId))}: ${citeLink(t.span, t.span.text, texts)}</li>`,
    ),
  ];
  return `<li>${words} — first in ${esc(outletOfId(q.first, byId))}${where ? ` · ${esc(where)}` : ""}${q.kind === "partial" ? " · partial" : ""}${editorial} ${cite(q.occurrences.map((o) => o.span))}${notes.length ? `<ul>${notes.join("")}</ul>` : ""}</li>`;
}

function quotes(
  story: BriefStory,
  byId: Map<string, BriefArticle>,
  texts: ArticleTexts | undefined,
  cite: Cite,
): string {
  const speakers = bySpeaker(story);
  if (speakers.length === 0) return "";
  const out = ["<h2>Who said what</h2>"];
  for (const s of speakers) {
    out.push(
      `<h3>${esc(s.speaker)} <small>${plural(s.quotes.length, "quotation")}${s.reported ? `, ${plural(s.reported, "reported statement")}` : ""}</small></h3><ul>`,
    );
    for (const q of s.quotes.slice(0, QUOTES_PER_SPEAKER))
      out.push(quoteItem(q, byId, texts, cite));
    if (s.quotes.length > QUOTES_PER_SPEAKER)
      out.push(
        `<li><small>… ${s.quotes.length - QUOTES_PER_SPEAKER} more in the JSON brief</small></li>`,
      );
    out.push("</ul>");
  }
  return out.join("");
}

function figures(story: BriefStory, byId: Map<string, BriefArticle>, cite: Cite): string {
  const shown = shownFigures(story);
  if (shown.length === 0) return "";
  const rows = shown
    .map((f) => {
      const [text, about, outlets, independent, agreement] = figureCells(f, byId).map((c) =>
        esc(c.replace(/\*\*/g, "")),
      );
      const cls = f.agreement === "conflicting" ? ' class="contested status"' : "";
      return `<tr><td>${text} ${cite(f.occurrences)}</td><td>${about}</td><td>${outlets}</td><td class="num">${independent}</td><td><span${cls}>${agreement}</span></td></tr>`;
    })
    .join("");
  return `<h2>Figures</h2><table><thead><tr><th>Figure</th><th>What it measures</th><th>Outlets</th><th>Independent sources</th><th>Agreement</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** "Who copied whom": the graph, then each copy with its aligned sentences side by side. */
function reuse(
  story: BriefStory,
  byId: Map<string, BriefArticle>,
  texts: ArticleTexts | undefined,
): string {
  if (!story.reuse || story.reuse.length === 0 || !story.copyGroups) return "";
  const parts = ["<h2>Who copied whom</h2>", provenanceSvg(story, byId)];
  for (const group of story.copyGroups) {
    const origin = byId.get(group.origin);
    const copies = story.reuse.filter((r) => r.origin === group.origin);
    parts.push(
      `<h3>${esc(origin?.outlet ?? "unknown")}${origin?.credit && origin.credit !== origin.outlet ? ` (${esc(origin.credit)} wire)` : ""} <small>${esc(shortId(group.origin))}</small> — origin of ${plural(copies.length, "copy", "copies")}</h3>`,
    );
    parts.push(
      "<table><thead><tr><th>Copy</th><th>Copies from</th><th>Kind</th><th>Sentences aligned</th><th>Credits its source</th></tr></thead><tbody>",
    );
    for (const r of copies) {
      const copy = byId.get(r.copy);
      const rows = r.evidence
        .map((e) => {
          const same = e.similarity >= 1 ? ' class="same"' : "";
          return `<tr><td${same}>${citeLink(e.copy, e.copy.text, texts)}</td><td${same}>${citeLink(e.source, e.source.text, texts)} <span class="sim">${e.similarity.toFixed(2)}</span></td></tr>`;
        })
        .join("");
      parts.push(
        `<tr><td>${esc(copy?.outlet ?? "unknown")}<br><small>${esc(shortId(r.copy))}</small></td><td>${esc(shortId(r.source))}</td><td>${r.kind}</td><td class="num">${Math.round(r.share * 100)}%</td><td>${r.credited ? "yes" : "<b>no</b>"}</td></tr>`,
        `<tr><td colspan="5"><details><summary>${r.evidence.length} aligned sentences, side by side</summary><table class="aligned"><thead><tr><th>${esc(shortId(r.copy))}</th><th>${esc(shortId(r.source))}</th></tr></thead><tbody>${rows}</tbody></table></details></td></tr>`,
      );
    }
    parts.push("</tbody></table>");
  }
  return parts.join("\n");
}

function coverage(story: BriefStory, byId: Map<string, BriefArticle>): string {
  const svg = coverageSvg(story, byId);
  if (!svg) return "";
  return `<h2>Coverage</h2><p><small>Rows are articles, columns the key claims above (K1…) and the story's most carried quotations (Q1…); a filled cell means the article carries it.</small></p>${svg}`;
}

function entities(story: BriefStory, byId: Map<string, BriefArticle>): string {
  const shown = (story.entities ?? []).filter((e) => e.type !== "other").slice(0, ENTITIES_SHOWN);
  if (shown.length === 0) return "";
  const rows = shown
    .map((e) => {
      const outlets = [
        ...new Set(e.articles.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o)),
      ];
      return `<tr><td>${esc(e.name)}</td><td>${e.type}</td><td>${esc(e.titles.join("; ") || "—")}</td><td>${esc(e.aliases.join("; ") || "—")}</td><td>${esc(outlets.join(", ") || "—")}</td><td class="num">${e.mentions}</td></tr>`;
    })
    .join("");
  return `<h2>People and organisations</h2><table><thead><tr><th>Name</th><th>Type</th><th>Titles</th><th>Also written</th><th>Outlets</th><th>Mentions</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sources(story: BriefStory, byId: Map<string, BriefArticle>): string {
  const rows = story.articles.map((id, i) => {
    const a = byId.get(id);
    if (!a) return "";
    const title = a.url
      ? `<a href="${esc(a.url)}">${esc(a.title ?? shortId(a.id))}</a>`
      : esc(a.title ?? "—");
    const removed = a.removed.length
      ? `<details><summary>${esc(removedSummary(a))}</summary><ul>${a.removed
          .map((r) => `<li><b>${esc(r.reason)}</b>: ${esc(r.text)}</li>`)
          .join("")}</ul></details>`
      : "none";
    const outlet = a.outlet
      ? `${esc(a.outlet)}${a.outletFrom === "text" ? " <small>(from text)</small>" : ""}`
      : "unknown";
    return `<tr id="article-${i + 1}"><td>${i + 1}</td><td>${outlet}<br><small>${esc(shortId(a.id))}</small></td><td>${esc(dateWithOrigin(a))}</td><td>${title}</td><td class="num">${a.words}</td><td>${esc(a.credit ?? "—")}</td><td>${removed}</td></tr>`;
  });
  return `<h2>Sources</h2><p>${plural(story.independentSources, "independent source")} after collapsing copies of one origin.</p><table><thead><tr><th>#</th><th>Outlet</th><th>Date</th><th>Title</th><th>Words</th><th>Credit</th><th>Boilerplate removed</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
