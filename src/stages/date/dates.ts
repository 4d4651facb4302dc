import type { Corpus } from "../../model/index.js";
import type { Context } from "../../pipeline/context.js";
import { fromDayNumber, toDayNumber } from "./calendar.js";
import { dateCues } from "./01-cues.js";
import { inferPublished } from "./02-infer.js";

/**
 * A batch whose dated articles spread wider than this is a feed over time, not one news cycle:
 * its middle date says nothing about when an undated article was written.
 */
const ANCHOR_MAX_SPREAD_DAYS = 30;

/** The middle metadata date of a batch, when its dated articles lie within one news cycle. */
export function batchAnchor(days: readonly string[]): string | null {
  if (days.length === 0) return null;
  const n = days.map(toDayNumber).sort((a, b) => a - b);
  const q1 = n[Math.floor((n.length - 1) / 4)]!;
  const q3 = n[Math.ceil(((n.length - 1) * 3) / 4)]!;
  if (q3 - q1 > ANCHOR_MAX_SPREAD_DAYS) return null;
  return fromDayNumber(n[Math.floor((n.length - 1) / 2)]!);
}

/**
 * The date stage: every article keeps its metadata date; an article without one is dated from
 * its own text (dateline, explicit dates, weekdays with their tense), read against the anchor of
 * its story — the middle metadata date of the articles it was grouped with, which is what makes
 * "said Sunday" mean the right Sunday. Runs after clustering, and updates the stories' date
 * ranges with the dates it finds.
 */
export function inferDates(corpus: Corpus, ctx: Context): Corpus {
  const anchorOf = new Map<string, string | null>();
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  for (const story of corpus.stories) {
    const days = story.articles.flatMap((id) => {
      const a = byId.get(id);
      return a?.published && a.publishedFrom === "metadata" ? [a.published] : [];
    });
    const anchor = batchAnchor(days);
    for (const id of story.articles) anchorOf.set(id, anchor);
  }
  const articles = corpus.articles.map((a) => {
    if (a.published) return a.publishedFrom ? a : { ...a, publishedFrom: "metadata" as const };
    const day = inferPublished(dateCues(a), anchorOf.get(a.id) ?? null, ctx.today);
    return day ? { ...a, published: day, publishedFrom: "text" as const } : a;
  });
  const dated = new Map(articles.map((a) => [a.id, a.published]));
  const stories = corpus.stories.map((s) => {
    const days = s.articles
      .map((id) => dated.get(id))
      .filter((d): d is string => !!d)
      .sort();
    return { ...s, from: days[0] ?? null, to: days[days.length - 1] ?? null };
  });
  return { ...corpus, articles, stories };
}
