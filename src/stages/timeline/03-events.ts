/**
 * Events of one article: a sentence that names a calendar date tells of something that happened
 * (or is to happen) then. The event is the clause around the date — what happened — with its
 * subject when a named person or organisation stands before the verb, and is scheduled when
 * the words speak of the future.
 */
import type { Article, ArticleEvent, TemporalExpression } from "../../model/index.js";
import { firstIndexFrom } from "../../util/sorted-search.js";

/** The clause kept as "what": at most this many characters around the date expression. */
const MAX_WHAT_CHARS = 220;

/**
 * Dates that locate nothing in a story's run of events: ISO weeks ("this week") and whole
 * years are too coarse to order a news cycle's events by, unless the year is not the
 * article's own (then it is history: "opened its site in 2021").
 */
function datesAnEvent(t: TemporalExpression, published: string | null): boolean {
  if (!t.date || !t.precision) return false;
  if (t.type === "TIME" && /T\d/.test(t.value)) return false; // a clock time: its day is named apart
  if (/-W\d/.test(t.value)) return false;
  if (t.precision === "year" && t.date === published?.slice(0, 4) && !t.until) return false;
  return true;
}

/** The sentence index holding a clean-text offset (binary search; sentences are in order). */
function sentenceAt(article: Article, at: number): number {
  let lo = 0;
  let hi = article.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = article.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A dateline ("HARBOURTON, March 17 –") dates the article, not an event. */
const DATELINE_CHARS = 60;
const POSSESSIVE = /^['’]s/;
const DATELINE_LEAD = /^(?:[\p{Lu}][\p{Lu} .'-]*,\s*)?$/u;
/** A word of two letters or more. */
const WORD = /\p{L}{2}/u;

export function articleEvents(article: Article): ArticleEvent[] {
  // Undated, an article dates events only by the dates that name their year (see articleTemporal).
  const published = article.published ?? article.dateEstimate ?? null;
  const temporal = article.temporal;
  if (!temporal) return [];
  const out: ArticleEvent[] = [];
  const seen = new Set<string>();
  const firstStart = article.paragraphs[0]?.start ?? 0;
  // The mentions stage gives them in text order (the quote stage relies on it too): a sentence's
  // are found by halving rather than by reading all of them for every event.
  const mentions = article.mentions;
  for (const t of temporal) {
    if (!datesAnEvent(t, published)) continue;
    if (
      t.start - firstStart < DATELINE_CHARS &&
      DATELINE_LEAD.test(article.clean.slice(firstStart, t.start))
    )
      continue;
    const i = sentenceAt(article, t.start);
    if (i < 0) continue;
    const s = article.sentences[i]!;
    // A line that is only a date ("Friday, June 6, 2008." under a correction) tells of nothing.
    const text = article.clean;
    if (!WORD.test(text.slice(s.start, t.start)) && !WORD.test(text.slice(t.end, s.end))) continue;
    const key = `${i}|${t.date}|${t.until ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let from = s.start;
    let to = s.end;
    if (to - from > MAX_WHAT_CHARS) {
      from = Math.max(s.start, Math.min(t.start - MAX_WHAT_CHARS / 2, s.end - MAX_WHAT_CHARS));
      to = Math.min(s.end, from + MAX_WHAT_CHARS);
    }
    const what = article.clean.slice(from, to).replace(/\s+/g, " ").trim();
    let who: string | null = null;
    // The subject: the first person named in the sentence (not a possessor: "Vell's aide"),
    // else the first organisation.
    let whoAt = s.end;
    let whoRank = 2;
    for (let k = firstIndexFrom(mentions, s.start, (m) => m.start); k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.start >= s.end) break;
      const rank = m.type === "person" ? 0 : m.type === "organization" ? 1 : 2;
      if (rank === 2 || POSSESSIVE.test(article.clean.slice(m.end, m.end + 2))) continue;
      if (rank < whoRank || (rank === whoRank && m.start < whoAt)) {
        who = m.key;
        whoAt = m.start;
        whoRank = rank;
      }
    }
    out.push({
      article: article.id,
      date: t.date!,
      until: t.until,
      precision: t.precision!,
      sentence: { start: s.start, end: s.end },
      when: { start: t.start, end: t.end },
      what,
      who,
      scheduled: t.future,
    });
  }
  return out;
}
