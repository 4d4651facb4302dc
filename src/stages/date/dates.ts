import type { Article, Corpus, Story } from "../../model/index.js";
import { shortUrlDates, swapDayMonth, urlDate } from "../../ingest/url-date.js";
import { datesInLine, type LineDate } from "../../util/timestamp.js";
import { isoDay } from "../../util/iso-date.js";
import { BYLINE, TIMESTAMP_LINE } from "../clean/03-header-lines.js";
import type { Context } from "../../pipeline/context.js";
import { fromDayNumber, toDayNumber } from "./calendar.js";
import { dateCues, datelineCue, writtenOnTheDay } from "./01-cues.js";
import { inferPublished, nearestMonthDay } from "./02-infer.js";

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

/** A page's head: the paragraphs above and around the story's start, where its dates stand. */
const HEAD_PARAGRAPHS = 6;

/**
 * The day a page's head says it was filed: every full date of a byline or timestamp line the
 * clean stage took out, and dates other head lines label ("Ana Lund · Published June 3, 2026").
 */
function headerDay(article: Article): string | null {
  const filed = new Set<string>();
  const updated = new Set<string>();
  const add = (d: LineDate): void => void (d.updated ? updated : filed).add(d.day);
  for (const r of article.removed) {
    const header = r.reason === TIMESTAMP_LINE || r.reason === BYLINE;
    for (const d of datesInLine(r.text)) if (header || d.labelled) add(d);
  }
  for (const p of article.paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    for (const d of datesInLine(article.clean.slice(p.start, p.end))) if (d.labelled) add(d);
  }
  // Two filing days disagree: neither is sure. A revision's day serves only when it is all there is.
  if (filed.size > 0) return filed.size === 1 ? [...filed][0]! : null;
  return updated.size === 1 ? [...updated][0]! : null;
}

/**
 * A metadata day far from its story's other days that is theirs with month and day swapped
 * ("2026-06-02" among reports of 2026-02-06) was misread (day first for month first) and is
 * corrected; an address's own path date is not, since its order is fixed. The story's days are
 * judged by their median, which one misread day cannot move far. Far is beyond a news cycle;
 * near is within a week.
 */
const SWAP_FAR_DAYS = ANCHOR_MAX_SPREAD_DAYS;
const SWAP_NEAR_DAYS = 7;
/** The story's dated articles, this one included, needed before a day can be judged against them. */
const SWAP_MIN_DATED = 3;

function unswapped(article: Article, median: number): string | null {
  const day = article.published;
  if (!day || urlDate(article.url) === day) return null;
  const swapped = swapDayMonth(day);
  if (!swapped) return null;
  const far = Math.abs(toDayNumber(day) - median) > SWAP_FAR_DAYS;
  return far && Math.abs(toDayNumber(swapped) - median) <= SWAP_NEAR_DAYS ? swapped : null;
}

/** A metadata day and the article's own dateline further apart than this contradict each other. */
const DATELINE_AGREE_DAYS = 1;

/**
 * A metadata day checked against the article's dateline: kept when they agree (within a day: a
 * wire files before the site publishes), read with month and day swapped when that makes them
 * agree (unless the address states the day), and dropped when they contradict each other, since
 * either may be the wrong one.
 */
function againstDateline(article: Article, day: string): string | null {
  const cue = datelineCue(article);
  if (!cue) return day;
  const n = toDayNumber(day);
  const named =
    cue.year !== null
      ? isoDay(cue.year, cue.month, cue.day)
      : fromNumber(nearestMonthDay(cue.month, cue.day, n));
  if (!named) return day;
  const agree = (d: string): boolean =>
    Math.abs(toDayNumber(d) - toDayNumber(named)) <= DATELINE_AGREE_DAYS;
  if (agree(day)) return day;
  const swapped = swapDayMonth(day);
  return swapped && urlDate(article.url) !== day && agree(swapped) ? swapped : null;
}

const fromNumber = (n: number | null): string | null => (n === null ? null : fromDayNumber(n));

/**
 * A six-digit segment of the address read as a date (`/260317/`) is believed only this near its
 * story's other dates: an id that happens to read as a day so close to them is very unlikely.
 */
const SHORT_URL_MAX_DAYS = 3;

function shortUrlDay(article: Article, anchor: string | null, today: string): string | null {
  if (!anchor) return null;
  const a = toDayNumber(anchor);
  const near = shortUrlDates(article.url).filter(
    (d) => Math.abs(toDayNumber(d) - a) <= SHORT_URL_MAX_DAYS && d <= today,
  );
  return new Set(near).size === 1 ? near[0]! : null;
}

/** The metadata days of a story's articles, by article. */
function metadataDays(story: Story, byId: Map<string, Article>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of story.articles) {
    const a = byId.get(id);
    if (a?.published && (a.publishedFrom ?? "metadata") === "metadata") out.set(id, a.published);
  }
  return out;
}

/**
 * The date stage. Every article keeps its metadata date, unless that date is a day-month swap
 * of its story's dates (see `unswapped`) or contradicts its own dateline (see
 * `againstDateline`). An article without one is dated from what its page states: a byline or timestamp line with a full date, then a dateline ("HARBOURTON, March 17
 * (Northwire) –", its year from the story when it gives none), then a six-digit address segment
 * that reads as a day next to its story's dates; these give `publishedFrom` "text", "text" and
 * "metadata". Failing those, the days its text reports as past are read against the anchor of
 * its story (the middle metadata date of the articles it was grouped with, which is what makes
 * "said Sunday" mean the right Sunday). The day of the latest event it names with a date ("on
 * March 17") is its "text" date when it speaks of that day as today; any other day found so (a
 * report of Sunday's news is as often Monday's) is only an estimate (`dateEstimate`) for reading
 * its relative dates, not a publication date. Runs after clustering, and updates the stories'
 * date ranges with the dates it finds.
 */
export function inferDates(corpus: Corpus, ctx: Context): Corpus {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const corrected = new Map<string, string>();
  for (const story of corpus.stories) {
    const days = metadataDays(story, byId);
    if (days.size < SWAP_MIN_DATED) continue;
    const sorted = [...days.values()].map(toDayNumber).sort((a, b) => a - b);
    const median = sorted[(sorted.length - 1) >> 1]!;
    for (const id of days.keys()) {
      const fixed = unswapped(byId.get(id)!, median);
      if (fixed) corrected.set(id, fixed);
    }
  }
  const anchorOf = new Map<string, string | null>();
  for (const story of corpus.stories) {
    const days = [...metadataDays(story, byId)].map(([id, d]) => corrected.get(id) ?? d);
    const anchor = batchAnchor(days);
    for (const id of story.articles) anchorOf.set(id, anchor);
  }
  const articles = corpus.articles.map((a): Article => {
    const metadata = corrected.get(a.id) ?? (a.publishedFrom !== "text" ? a.published : null);
    if (metadata) {
      const checked = againstDateline(a, metadata);
      return checked
        ? { ...a, published: checked, publishedFrom: "metadata" }
        : { ...a, published: null, publishedFrom: null };
    }
    if (a.published) return a;
    const anchor = anchorOf.get(a.id) ?? null;
    const stated = headerDay(a);
    if (stated && stated <= ctx.today) return { ...a, published: stated, publishedFrom: "text" };
    const inferred = inferPublished(dateCues(a), anchor, ctx.today);
    if (inferred?.basis === "dateline")
      return { ...a, published: inferred.day, publishedFrom: "text" };
    const fromUrl = shortUrlDay(a, anchor, ctx.today);
    if (fromUrl) return { ...a, published: fromUrl, publishedFrom: "metadata" };
    if (inferred?.basis === "dated" && inferred.gap === 0 && writtenOnTheDay(a))
      return { ...a, published: inferred.day, publishedFrom: "text" };
    return inferred ? { ...a, dateEstimate: inferred.day } : a;
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
