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
 * its own text (dateline, explicit dates, weekdays with their tense), read against the batch's
 * anchor date.
 */
export function inferDates(corpus: Corpus, ctx: Context): Corpus {
  const anchor = batchAnchor(corpus.articles.flatMap((a) => (a.published ? [a.published] : [])));
  return {
    ...corpus,
    articles: corpus.articles.map((a) => {
      if (a.published) return a.publishedFrom ? a : { ...a, publishedFrom: "metadata" };
      const day = inferPublished(dateCues(a), anchor, ctx.today);
      return day ? { ...a, published: day, publishedFrom: "text" } : a;
    }),
  };
}
