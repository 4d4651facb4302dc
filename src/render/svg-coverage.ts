/**
 * The coverage matrix as inline SVG: one row per article, one column per key claim (K1…, in the
 * order of the key claims list) and per quotation carried by more than one copy group (Q1…); a
 * filled cell means the article carries it, a ringed one that only its copy group does. Each
 * cell's tooltip names the claim or quotation, so the matrix reads without the JSON.
 */
import type { BriefArticle, BriefStory } from "../brief/schema.js";
import { shortId, truncate, escapeHtml as esc } from "./text.js";

const CELL = 22;
const LABEL_WIDTH = 230;
const HEAD_HEIGHT = 26;
/** Quotation columns at most: the matrix must fit a page. */
const MAX_QUOTE_COLUMNS = 8;
const LABEL_CHARS = 34;

type Column = { label: string; id: string; what: string };

function columnsOf(story: BriefStory): Column[] {
  const key = (story.claims ?? []).filter((c) => c.key);
  const carried = new Map<string, number>();
  for (const row of story.coverage ?? [])
    for (const q of row.quotes) carried.set(q, (carried.get(q) ?? 0) + 1);
  const quoteText = new Map((story.quotes ?? []).map((q) => [q.id, q.text]));
  const quotes = [...carried]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_QUOTE_COLUMNS);
  return [
    ...key.map((c, i) => ({ label: `K${i + 1}`, id: c.id, what: c.text })),
    ...quotes.map(([id], i) => ({ label: `Q${i + 1}`, id, what: `“${quoteText.get(id) ?? id}”` })),
  ];
}

/** The SVG, or "" when there is nothing to compare (one article, or no key claims). */
export function coverageSvg(story: BriefStory, byId: Map<string, BriefArticle>): string {
  const rows = story.coverage ?? [];
  const columns = columnsOf(story);
  if (rows.length < 2 || columns.length === 0) return "";
  const width = LABEL_WIDTH + columns.length * CELL + 4;
  const height = HEAD_HEIGHT + rows.length * CELL + 4;
  const parts: string[] = [];
  columns.forEach((c, j) => {
    const x = LABEL_WIDTH + j * CELL + CELL / 2;
    parts.push(
      `<text class="head" x="${x}" y="${HEAD_HEIGHT - 8}" text-anchor="middle">${c.label}<title>${esc(truncate(c.what, 240))}</title></text>`,
    );
  });
  rows.forEach((row, i) => {
    const y = HEAD_HEIGHT + i * CELL;
    const outlet = byId.get(row.article)?.outlet ?? row.outlet ?? "unknown";
    parts.push(
      `<text x="4" y="${y + CELL * 0.7}">${esc(truncate(`${outlet} · ${shortId(row.article)}`, LABEL_CHARS))}</text>`,
    );
    const has = new Set([...row.keyClaims, ...row.quotes]);
    const only = new Set([...row.onlyClaims, ...row.onlyQuotes]);
    columns.forEach((c, j) => {
      const x = LABEL_WIDTH + j * CELL;
      const cls = has.has(c.id) ? (only.has(c.id) ? "cell only" : "cell has") : "cell";
      const state = has.has(c.id) ? "carries" : "leaves out";
      parts.push(
        `<rect class="${cls}" x="${x + 2}" y="${y + 2}" width="${CELL - 4}" height="${CELL - 4}" rx="3"><title>${esc(`${outlet} ${state} ${c.label}: ${truncate(c.what, 200)}`)}</title></rect>`,
      );
    });
  });
  return `<svg class="coverage" role="img" aria-label="Coverage matrix" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}

export const COVERAGE_STYLE = `
svg.coverage{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg.coverage .cell{fill:#f1f1f4;stroke:#d5d5dc}svg.coverage .has{fill:#2b6cb0;stroke:#2b6cb0}
svg.coverage .only{fill:#2b6cb0;stroke:#f0b400;stroke-width:3}svg.coverage .head{font-weight:600;fill:#333}`;
