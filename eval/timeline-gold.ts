/**
 * Gold timeline entries (seeds and examples) against the pipeline's story timelines: an entry
 * is found when one timeline event has its date (and range end) and cites every article the
 * gold lists; an entry the gold marks as expected must be marked scheduled too. An event
 * answers at most one gold entry, so merging two events of one day into one does not pay.
 */
import type { Corpus } from "../src/model/index.js";
import { share, type Share } from "./gold-checks.js";

export type GoldTimelineEntry = {
  date: string; // YYYY, YYYY-MM, YYYY-MM-DD, or "from/until"
  event: string;
  articles: string[];
  expected?: boolean;
};

export function timelineFound(
  corpus: Corpus,
  gold: readonly GoldTimelineEntry[],
  keyOf: (articleId: string) => string,
): Share {
  const events = corpus.timeline ?? [];
  // One event answers one gold entry: two gold events of one day merged into one entry count
  // once. Each gold entry takes the narrowest event that covers it.
  const used = new Set<number>();
  return share(
    gold.map((g) => {
      const [date, until = null] = g.date.split("/");
      let best = -1;
      events.forEach((e, i) => {
        if (used.has(i) || e.date !== date || e.until !== until) return;
        if (g.expected && !e.scheduled) return;
        const cited = new Set(e.articles.map(keyOf));
        if (!g.articles.every((a) => cited.has(a))) return;
        if (best < 0 || e.articles.length < events[best]!.articles.length) best = i;
      });
      if (best >= 0) used.add(best);
      return { ok: best >= 0, what: `${g.date} ${g.event.slice(0, 60)}` };
    }),
  );
}
