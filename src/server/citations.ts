import type { BriefJson, SpanJson } from "../brief/schema.js";

/** A span of a brief that cites an article, and where in the brief it is. */
export type CitingSpan = {
  readonly story: string;
  readonly version: number;
  readonly section: "summary" | "claims" | "quotes" | "figures" | "timeline" | "reuse";
  /** The claim, quote or figure that cites it; null for summary, timeline and reuse spans. */
  readonly item: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/**
 * Every span of a brief's stories that points into the article the brief calls `articleId`,
 * in the brief's order: summary cites, claim sources, quote occurrences (with their editorial
 * insertions) and indirect retellings, figure occurrences, timeline sources, and both sides of
 * reuse evidence. The words come from the article's text, which the brief's offsets point into.
 */
export function citingSpans(
  brief: Pick<BriefJson, "stories">,
  version: number,
  articleId: string,
  articleText: string,
): CitingSpan[] {
  const out: CitingSpan[] = [];
  for (const story of brief.stories) {
    const add = (section: CitingSpan["section"], item: string | null, spans: SpanJson[]): void => {
      for (const s of spans)
        if (s.article === articleId)
          out.push({
            story: story.id,
            version,
            section,
            item,
            start: s.start,
            end: s.end,
            text: articleText.slice(s.start, s.end),
          });
    };
    for (const s of story.summary ?? []) add("summary", null, s.cites);
    for (const c of story.claims ?? []) add("claims", c.id, c.sources);
    for (const q of story.quotes ?? []) {
      // Each occurrence with the editor's bracketed insertions in it, then the copies that
      // turned it into indirect speech.
      add(
        "quotes",
        q.id,
        q.occurrences.flatMap((o) => [o.span, ...o.editorial]),
      );
      add(
        "quotes",
        q.id,
        q.turnedIndirect.map((t) => t.span),
      );
    }
    for (const f of story.figures ?? []) add("figures", f.id, f.occurrences);
    for (const t of story.timeline ?? []) add("timeline", null, t.sources);
    for (const r of story.reuse ?? [])
      add(
        "reuse",
        null,
        r.evidence.flatMap((e) => [e.copy, e.source]),
      );
  }
  return out;
}
