/**
 * The brief's "Timeline" section in Markdown: the story's events in date order, each with the
 * outlets that tell of it. The HTML page draws it to scale (html/timeline.tsx).
 */
import type { BriefArticle, BriefStory, TimelineEventJson } from "../brief/schema.js";
import { outletOfId } from "./quotes-section.js";
import { inert } from "./markdown-text.js";
import { truncate } from "./text.js";

/** Events shown in the rendered section; the JSON brief has them all. */
export const TIMELINE_SHOWN = 30;
/** Characters of an event's clause shown in a rendered line. */
const WHAT_CHARS = 160;

/** "2025-02-14 – 2025-02-16", "2025-01" */
export const whenOf = (e: TimelineEventJson): string =>
  e.until ? `${e.date} – ${e.until}` : e.date;

function outletsOf(e: TimelineEventJson, byId: ReadonlyMap<string, BriefArticle>): string {
  return [...new Set(e.sources.map((s) => outletOfId(s.article, byId)))].join(", ");
}

export function timelineMarkdown(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
): string[] {
  if (!story.timeline?.length) return [];
  const out = ["## Timeline", ""];
  for (const e of story.timeline.slice(0, TIMELINE_SHOWN)) {
    const mark = e.scheduled ? " *(scheduled)*" : "";
    out.push(
      `- **${inert(whenOf(e))}**${mark} — ${inert(truncate(e.what, WHAT_CHARS)).replace(/\s*\n\s*/g, " ")} (${inert(outletsOf(e, byId))})`,
    );
  }
  if (story.timeline.length > TIMELINE_SHOWN)
    out.push(`- … ${story.timeline.length - TIMELINE_SHOWN} more in the JSON brief`);
  out.push("");
  return out;
}
