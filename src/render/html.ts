import type { BriefJson } from "./schema.js";
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
small{color:#777}`;

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
    parts.push(
      "<h2>Sources</h2><table><thead><tr><th>#</th><th>Outlet</th><th>Date</th><th>Title</th><th>Words</th><th>Credit</th><th>Boilerplate removed</th></tr></thead><tbody>",
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
