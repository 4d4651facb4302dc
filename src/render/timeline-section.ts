/**
 * The brief's "Timeline" section: the story's events in date order, each with the outlets that
 * tell of it; Markdown as a list, HTML as a list under an inline SVG axis (no external assets).
 */
import type { BriefArticle, BriefStory, SpanJson, TimelineEventJson } from "../brief/schema.js";
import { outletOfId } from "./quotes-section.js";
import { truncate, escapeHtml as esc } from "./text.js";

/** Events shown in the rendered section; the JSON brief has them all. */
export const TIMELINE_SHOWN = 30;
/** Characters of an event's clause shown in a rendered line. */
const WHAT_CHARS = 160;

/** "2025-02-14 – 2025-02-16", "2025-01" */
export const whenOf = (e: TimelineEventJson): string =>
  e.until ? `${e.date} – ${e.until}` : e.date;

function outletsOf(e: TimelineEventJson, byId: Map<string, BriefArticle>): string {
  return [...new Set(e.sources.map((s) => outletOfId(s.article, byId)))].join(", ");
}

export function timelineMarkdown(story: BriefStory, byId: Map<string, BriefArticle>): string[] {
  if (!story.timeline?.length) return [];
  const out = ["## Timeline", ""];
  for (const e of story.timeline.slice(0, TIMELINE_SHOWN)) {
    const mark = e.scheduled ? " *(scheduled)*" : "";
    out.push(
      `- **${whenOf(e)}**${mark} — ${truncate(e.what, WHAT_CHARS).replace(/\s*\n\s*/g, " ")} (${outletsOf(e, byId)})`,
    );
  }
  if (story.timeline.length > TIMELINE_SHOWN)
    out.push(`- … ${story.timeline.length - TIMELINE_SHOWN} more in the JSON brief`);
  out.push("");
  return out;
}

const SVG_WIDTH = 900;
const SVG_HEIGHT = 90;
const SVG_PAD = 50;
const AXIS_Y = 40;

/**
 * The events as marks on an axis, in date order and evenly spaced: a story's history ("opened
 * in 2021") and its news week would not both be readable on a scale of time. A date label goes
 * under each mark where the date changes, alternating rows so neighbours do not overlap;
 * scheduled events are hollow.
 */
function timelineSvg(shown: readonly TimelineEventJson[]): string {
  const step = shown.length > 1 ? (SVG_WIDTH - 2 * SVG_PAD) / (shown.length - 1) : 0;
  const parts: string[] = [
    `<line x1="${SVG_PAD}" y1="${AXIS_Y}" x2="${SVG_WIDTH - SVG_PAD}" y2="${AXIS_Y}" stroke="#999"/>`,
  ];
  let label = 0;
  shown.forEach((e, i) => {
    const x = (shown.length > 1 ? SVG_PAD + i * step : SVG_WIDTH / 2).toFixed(1);
    const fill = e.scheduled ? "#fff" : "#2b6cb0";
    parts.push(
      `<circle cx="${x}" cy="${AXIS_Y}" r="6" fill="${fill}" stroke="#2b6cb0" stroke-width="2"><title>${esc(`${whenOf(e)}: ${truncate(e.what, WHAT_CHARS)}`)}</title></circle>`,
    );
    if (i === 0 || whenOf(shown[i - 1]!) !== whenOf(e)) {
      const y = label++ % 2 === 0 ? AXIS_Y + 22 : AXIS_Y - 14;
      parts.push(
        `<text x="${x}" y="${y}" font-size="11" fill="#555" text-anchor="middle">${esc(whenOf(e))}</text>`,
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SVG_WIDTH} ${SVG_HEIGHT}" width="100%" role="img" aria-label="Timeline">${parts.join("")}</svg>`;
}

export function timelineHtml(
  story: BriefStory,
  byId: Map<string, BriefArticle>,
  cite: (spans: readonly SpanJson[]) => string = () => "",
): string {
  if (!story.timeline?.length) return "";
  const shown = story.timeline.slice(0, TIMELINE_SHOWN);
  const svg = timelineSvg(shown);
  const items = shown
    .map(
      (e) =>
        `<li><b>${esc(whenOf(e))}</b>${e.scheduled ? " <small>(scheduled)</small>" : ""} — ${esc(truncate(e.what, WHAT_CHARS))} <small>${esc(outletsOf(e, byId))}</small> ${cite(e.sources)}</li>`,
    )
    .join("");
  return `<h2>Timeline</h2>${svg}<ul class="timeline">${items}</ul>`;
}
