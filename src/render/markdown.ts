import type { BriefJson } from "./schema.js";
import { dateRange, dateWithOrigin, plural, removedSummary, shortId, truncate } from "./text.js";

// Pipes and line breaks would break a table row.
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** The brief as Markdown, for reading in a terminal or pasting into a ticket. */
export function renderMarkdown(brief: BriefJson): string {
  const out: string[] = [];
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  for (const story of brief.stories) {
    out.push(`# ${story.label}`, "");
    out.push(
      `${dateRange(story.from, story.to)} · ${plural(story.articles.length, "article")} · ${plural(story.outlets.length, "outlet")}`,
      "",
    );
    const undated = story.articles.filter((id) => !byId.get(id)?.published);
    if (undated.length) {
      out.push(`> Undated: ${undated.map(shortId).join(", ")} — no date in metadata or text.`, "");
    }
    out.push("## Sources", "");
    out.push("| # | Article | Outlet | Date | Title | Words | Credit | Boilerplate removed |");
    out.push("|---|---|---|---|---|---:|---|---|");
    story.articles.forEach((id, i) => {
      const a = byId.get(id);
      if (!a) return;
      const outlet = a.outlet
        ? a.outletFrom === "text"
          ? `${a.outlet} (from text)`
          : a.outlet
        : "unknown";
      out.push(
        `| ${i + 1} | ${cell(shortId(a.id))} | ${cell(outlet)} | ${dateWithOrigin(a)} | ${cell(truncate(a.title ?? "—", 70))} | ${a.words} | ${cell(a.credit ?? "—")} | ${cell(removedSummary(a))} |`,
      );
    });
    out.push("");
  }
  if (brief.warnings.length) {
    out.push("## Input notes", "");
    for (const w of brief.warnings) out.push(`- ${w.input}: ${w.reason}`);
    out.push("");
  }
  if (brief.skipped.length) {
    out.push("## Skipped inputs", "");
    for (const s of brief.skipped) out.push(`- ${s.input}: ${s.reason}`);
    out.push("");
  }
  if (brief.stories.length === 0) out.push("No articles could be read.", "");
  return out.join("\n");
}
