/**
 * The coverage matrix: one row per article (outlet, date and headline, so rows from one outlet
 * can be told apart), one column per key claim (K1…) and per quotation carried by more than one
 * article (Q1…); a filled cell means the article carries it, a ringed one that only its copy
 * group does. Every row and cell has a tooltip; the picture scrolls in its own box.
 */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory } from "../../brief/schema.js";
import { truncate } from "../text.js";
import { sourcesInTimeOrder } from "./source-order.js";
import { textWidth } from "./text-width.js";

const CELL = 24;
const HEAD_HEIGHT = 28;
const FONT = 12;
/** Quotation columns at most: the matrix must fit a page. */
const MAX_QUOTE_COLUMNS = 8;
/** Headline characters in a row label; outlet and date are always whole. */
const TITLE_CHARS = 48;

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

/** "Merrowby Courier · 2026-03-17 · Fenwick Dock battery fire: 1,500…" */
export function coverageRowLabel(
  article: BriefArticle | undefined,
  fallbackOutlet: string | null,
): string {
  const outlet = article?.outlet ?? fallbackOutlet ?? "unknown outlet";
  const title = article?.title ? ` · ${truncate(article.title, TITLE_CHARS)}` : "";
  return `${outlet} · ${article?.published ?? "undated"}${title}`;
}

export const Coverage: FC<{ story: BriefStory; byId: ReadonlyMap<string, BriefArticle> }> = ({
  story,
  byId,
}) => {
  const columns = columnsOf(story);
  const position = new Map(sourcesInTimeOrder(story, byId).map((id, i) => [id, i]));
  const rows = [...(story.coverage ?? [])].sort(
    (a, b) => (position.get(a.article) ?? 0) - (position.get(b.article) ?? 0),
  );
  if (rows.length < 2 || columns.length === 0) return null;
  const labels = rows.map((r) => coverageRowLabel(byId.get(r.article), r.outlet));
  const labelWidth = Math.max(...labels.map((l) => textWidth(l, FONT))) + 16;
  const width = labelWidth + columns.length * CELL + 4;
  const height = HEAD_HEIGHT + rows.length * CELL + 4;
  return (
    <section>
      <h2>Coverage</h2>
      <p>
        <small>
          Rows are articles in time order, columns the key claims above (K1…) and the story's most
          carried quotations (Q1…); a filled cell means the article carries it.
        </small>
      </p>
      <div class="scroll">
        <svg
          class="coverage"
          role="img"
          aria-label="Coverage matrix"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          xmlns="http://www.w3.org/2000/svg"
        >
          {columns.map((c, j) => (
            <text
              x={labelWidth + j * CELL + CELL / 2}
              y={HEAD_HEIGHT - 9}
              font-size={FONT}
              font-weight="600"
              text-anchor="middle"
            >
              {c.label}
              <title>{truncate(c.what, 240)}</title>
            </text>
          ))}
          {rows.map((row, i) => {
            const y = HEAD_HEIGHT + i * CELL;
            const a = byId.get(row.article);
            const outlet = a?.outlet ?? row.outlet ?? "unknown outlet";
            const has = new Set([...row.keyClaims, ...row.quotes]);
            const only = new Set([...row.onlyClaims, ...row.onlyQuotes]);
            return (
              <g>
                <text x={4} y={y + CELL * 0.68} font-size={FONT}>
                  {labels[i]}
                  <title>{`${outlet} · ${a?.published ?? "undated"} · ${a?.title ?? row.article} (${row.article})`}</title>
                </text>
                {columns.map((c, j) => (
                  <rect
                    class={has.has(c.id) ? (only.has(c.id) ? "cell only" : "cell has") : "cell"}
                    x={labelWidth + j * CELL + 2}
                    y={y + 2}
                    width={CELL - 4}
                    height={CELL - 4}
                    rx={3}
                  >
                    <title>{`${outlet} ${has.has(c.id) ? "carries" : "leaves out"} ${c.label}: ${truncate(c.what, 200)}`}</title>
                  </rect>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
};
