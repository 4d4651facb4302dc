import type { BriefArticle, BriefJson, BriefStory } from "./schema.js";
import { dateRange, dateWithOrigin, plural, removedSummary, shortId } from "./text.js";

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}.meta{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.num{text-align:right}details{font-size:.85rem}details li{color:#666}
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4rem .8rem}
small{color:#777}
table.aligned td{width:50%;font-size:.9rem}table.aligned td.same{color:#666}
.sim{font-size:.75rem;color:#999}`;

/** The brief as one self-contained HTML page: no scripts or styles from elsewhere, works offline. */
export function renderHtml(brief: BriefJson): string {
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const parts: string[] = [];
  for (const story of brief.stories) {
    parts.push(`<section class="story" id="${esc(story.id)}">`);
    parts.push(`<h1>${esc(story.label)}</h1>`);
    parts.push(
      `<p class="meta">${esc(dateRange(story.from, story.to))} · ${plural(story.articles.length, "article")} · ${plural(story.outlets.length, "outlet")}</p>`,
    );
    if (story.warnings.length) {
      parts.push(
        `<ul class="note">${story.warnings.map((w) => `<li><b>Warning:</b> ${esc(w.message)}</li>`).join("")}</ul>`,
      );
    }
    parts.push(reuseSection(story, byId));
    parts.push(
      `<h2>Sources</h2><p>${plural(story.independentSources, "independent source")} after collapsing copies of one origin.</p>`,
    );
    parts.push(
      "<table><thead><tr><th>#</th><th>Outlet</th><th>Date</th><th>Title</th><th>Words</th><th>Credit</th><th>Boilerplate removed</th></tr></thead><tbody>",
    );
    story.articles.forEach((id, i) => {
      const a = byId.get(id);
      if (!a) return;
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
      parts.push(
        `<tr id="article-${i + 1}"><td>${i + 1}</td><td>${outlet}<br><small>${esc(shortId(a.id))}</small></td><td>${esc(dateWithOrigin(a))}</td><td>${title}</td><td class="num">${a.words}</td><td>${esc(a.credit ?? "—")}</td><td>${removed}</td></tr>`,
      );
    });
    parts.push("</tbody></table></section>");
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
${parts.join("\n")}
<footer><small>Corroborate brief, schema corroborate.brief/1</small></footer>
</body></html>
`;
}

/** "Who copied whom", with each copy's aligned sentences side by side. */
function reuseSection(story: BriefStory, byId: Map<string, BriefArticle>): string {
  if (!story.reuse || story.reuse.length === 0 || !story.copyGroups) return "";
  const parts = ["<h2>Who copied whom</h2>"];
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
          return `<tr><td${same}>${esc(e.copy.text)}</td><td${same}>${esc(e.source.text)} <span class="sim">${e.similarity.toFixed(2)}</span></td></tr>`;
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
