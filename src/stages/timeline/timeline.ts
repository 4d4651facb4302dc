/**
 * The timeline stage (corpus level, after `date`, since an undated article gets its date only
 * there): resolves each article's temporal expressions (found by the temporal stage) against its
 * date, reads the events they date and merges those into each story's timeline.
 */
import type { Article, Corpus, TemporalExpression, TimelineEvent } from "../../model/index.js";
import { resolveAll } from "./02-resolve.js";
import { articleEvents } from "./03-events.js";
import { storyTimeline } from "./04-story-timeline.js";

/**
 * An article's temporal expressions, resolved against its date; without one, only those that
 * name their own year ("June 4, 2008").
 */
export function articleTemporal(article: Article): TemporalExpression[] {
  // An undated article's relative dates are read against its estimated day (see the date stage).
  const day = article.published ?? article.dateEstimate ?? null;
  const text = article.clean;
  return resolveAll(text, article.timexes, day).map((r) => ({
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    type: r.type,
    value: r.value,
    date: r.date,
    until: r.until,
    precision: r.precision,
    future: r.future,
  }));
}

export function buildTimeline(corpus: Corpus): Corpus {
  const articles = corpus.articles.map((a) => ({ ...a, temporal: articleTemporal(a) }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const timeline: TimelineEvent[] = [];
  for (const story of corpus.stories) {
    const events = story.articles.flatMap((id) => {
      const a = byId.get(id);
      return a ? articleEvents(a) : [];
    });
    timeline.push(...storyTimeline(story, events, byId));
  }
  return { ...corpus, articles, timeline };
}
