/**
 * The provenance graph of a story as inline SVG: one box per article, in columns by how far it is
 * from its origin (origins left, their copies right, copies of copies further right), an arrow
 * from each copy to the article it copies, red and dashed when the copy does not credit it.
 * Articles that neither copy nor are copied stand in the first column as independent reports.
 */
import type { BriefArticle, BriefStory } from "../brief/schema.js";
import { shortId, truncate, escapeHtml as esc } from "./text.js";

const BOX_WIDTH = 190;
const BOX_HEIGHT = 44;
const COLUMN_GAP = 90;
const ROW_GAP = 14;
const MARGIN = 10;
/** Characters of an outlet's name that fit a box at the font size used. */
const LABEL_CHARS = 26;

/** Column of each article: 0 for articles that copy nothing, else one more than their source. */
function columns(story: BriefStory): Map<string, number> {
  const sourceOf = new Map((story.reuse ?? []).map((r) => [r.copy, r.source]));
  const column = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    const source = sourceOf.get(id);
    // a cycle cannot come out of the reuse stage; guard anyway so a bad input cannot hang us
    const d = source === undefined || seen.has(source) ? 0 : depth(source, seen.add(id)) + 1;
    column.set(id, d);
    return d;
  };
  for (const id of story.articles) depth(id, new Set());
  return column;
}

/** The SVG, or "" when the story has no reuse to draw. */
export function provenanceSvg(story: BriefStory, byId: Map<string, BriefArticle>): string {
  const reuse = story.reuse ?? [];
  if (reuse.length === 0) return "";
  const column = columns(story);
  const rows = new Map<number, string[]>();
  for (const id of story.articles) {
    const c = column.get(id) ?? 0;
    rows.set(c, [...(rows.get(c) ?? []), id]);
  }
  const at = new Map<string, { x: number; y: number }>();
  for (const [c, ids] of rows) {
    ids.forEach((id, r) =>
      at.set(id, {
        x: MARGIN + c * (BOX_WIDTH + COLUMN_GAP),
        y: MARGIN + r * (BOX_HEIGHT + ROW_GAP),
      }),
    );
  }
  const width = MARGIN * 2 + (Math.max(...rows.keys()) + 1) * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP;
  const height =
    MARGIN * 2 + Math.max(...[...rows.values()].map((ids) => ids.length)) * (BOX_HEIGHT + ROW_GAP);
  const parts: string[] = [];
  for (const r of reuse) {
    const from = at.get(r.copy);
    const to = at.get(r.source);
    if (!from || !to) continue;
    const x1 = from.x;
    const y1 = from.y + BOX_HEIGHT / 2;
    const x2 = to.x + BOX_WIDTH;
    const y2 = to.y + BOX_HEIGHT / 2;
    const cls = r.credited ? "edge credited" : "edge uncredited";
    const what = `${r.kind}, ${Math.round(r.share * 100)}% aligned, ${r.credited ? "credited" : "not credited"}`;
    parts.push(
      `<line class="${cls}" x1="${x1}" y1="${y1}" x2="${x2 + 2}" y2="${y2}" marker-end="url(#arrow)"><title>${esc(`${shortId(r.copy)} copies ${shortId(r.source)}: ${what}`)}</title></line>`,
      `<text class="edge-label" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle">${esc(r.kind)}${r.credited ? "" : " · uncredited"}</text>`,
    );
  }
  for (const id of story.articles) {
    const p = at.get(id)!;
    const a = byId.get(id);
    parts.push(
      `<g class="node"><rect x="${p.x}" y="${p.y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/>` +
        `<text x="${p.x + 8}" y="${p.y + 18}">${esc(truncate(a?.outlet ?? "unknown outlet", LABEL_CHARS))}</text>` +
        `<text class="sub" x="${p.x + 8}" y="${p.y + 34}">${esc(truncate(shortId(id), LABEL_CHARS + 4))}${a?.published ? ` · ${a.published}` : ""}</text></g>`,
    );
  }
  return `<svg class="provenance" role="img" aria-label="Who copied whom" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>
${parts.join("\n")}
</svg>`;
}

/** Styles for the graph. */
export const PROVENANCE_STYLE = `
svg.provenance{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg.provenance rect{fill:#f4f6fb;stroke:#8a94a6}svg.provenance text.sub{fill:#666;font-size:10px}
svg.provenance .edge{stroke:#555;stroke-width:1.6}svg.provenance .uncredited{stroke:#c62828;stroke-dasharray:5 3}
svg.provenance .edge-label{font-size:10px;fill:#444}`;
