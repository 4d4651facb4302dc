/**
 * A story's timeline: the events of its articles ordered by date and merged across articles
 * when they fall on the same date and tell of the same thing — the same subject, or enough of
 * the same content words — each with every sentence that tells of it as a source.
 */
import type { Article, ArticleEvent, Story, TimelineEvent } from "../../model/index.js";
import { spanOf } from "../../model/offsets.js";
import { CALENDAR_WORDS, RELATIVE_DAY_WORDS } from "../../lang/en/calendar.js";
import { FUNCTION_WORDS, REPORTING_WORDS } from "../../lang/en/function-words.js";

/**
 * Two same-date events are one when this share of the smaller one's content words appear in
 * the other. Set by reading the seeds' and examples' same-day events: rewrites of one report
 * share a third or more of their words, two different meetings on a day share a few names.
 */
const MERGE_OVERLAP = 0.3;
/**
 * Two tellings with different named subjects must share this much to be one event: subjects
 * are read roughly (the first name in the sentence), so a difference is a hint, not a veto.
 */
const OTHER_SUBJECT_OVERLAP = 0.5;
/** Words shorter than this carry little content ("said", "the", "and" are below or stopwords). */
const MIN_CONTENT_WORD = 4;

// Function and reporting words, and calendar words too: events on one date share them by definition.
const STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...REPORTING_WORDS,
  ...CALENDAR_WORDS,
  ...RELATIVE_DAY_WORDS,
]);
const QUOTE_OPEN = /^["“‘']/;
const WORD = /\p{L}[\p{L}'’-]*/gu;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length >= MIN_CONTENT_WORD && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (big.has(w)) n++;
  return n / small.size;
}

type Member = { event: ArticleEvent; words: Set<string>; surname: string | null };
type Group = { members: Member[] };

/**
 * Whether an event tells of the same thing as a group: the same subject, or — when one of the
 * two has no named subject — enough shared words with one of its members (not with the union
 * of them all, which grows with each merge until it matches anything). Two different named
 * subjects on one day need more shared words ("the adviser said Sunday …", "the president said
 * Sunday …" are two events).
 */
function sameEvent(o: Member, m: Member): boolean {
  const differ = m.surname !== null && o.surname !== null;
  if (differ && m.surname === o.surname) return true;
  return overlap(o.words, m.words) >= (differ ? OTHER_SUBJECT_OVERLAP : MERGE_OVERLAP);
}

/**
 * The events of one date in groups that tell of one thing: an event joins every other it is
 * `sameEvent` with, and through them their groups (the connected parts). A first-fit pass would
 * make the groups depend on which event came first (an event with no named subject seeding a
 * group that the named ones then miss), and the corpus order is not a reading order.
 */
function groupsOf(members: readonly Member[]): Group[] {
  const parent = members.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Only events that share a content word or a subject's surname can be `sameEvent` (a share of
  // no words is below any threshold), so each is weighed against those alone, found through
  // postings of the earlier events by word and by surname, and not against one already in its
  // group. The groups are the connected parts, which do not depend on the order of the joins.
  const byWord = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const weighed = new Int32Array(members.length).fill(-1);
  const post = (index: Map<string, number[]>, key: string, i: number): void => {
    const held = index.get(key);
    if (held) held.push(i);
    else index.set(key, [i]);
  };
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const weigh = (earlier: readonly number[] | undefined): void => {
      for (const j of earlier ?? []) {
        if (weighed[j] === i) continue;
        weighed[j] = i;
        if (root(j) !== root(i) && sameEvent(members[j]!, m)) parent[root(i)] = root(j);
      }
    };
    if (m.surname !== null) weigh(bySurname.get(m.surname));
    for (const w of m.words) weigh(byWord.get(w));
    if (m.surname !== null) post(bySurname, m.surname, i);
    for (const w of m.words) post(byWord, w, i);
  }
  const groups = new Map<number, Group>();
  members.forEach((m, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.members.push(m);
    else groups.set(r, { members: [m] });
  });
  return [...groups.values()];
}

/** Merges a story's article events into its timeline, in date order. */
export function storyTimeline(
  story: Story,
  events: readonly ArticleEvent[],
  byId: ReadonlyMap<string, Article>,
): TimelineEvent[] {
  const byDate = new Map<string, ArticleEvent[]>();
  for (const e of events) {
    const key = `${e.date}/${e.until ?? ""}`;
    const list = byDate.get(key);
    if (list) list.push(e);
    else byDate.set(key, [e]);
  }
  const out: TimelineEvent[] = [];
  for (const list of byDate.values()) {
    const members = list.map((e): Member => {
      // Subjects match by their last name word: "ilsa varnholt", "mayor ilsa varnholt" and
      // "ilsa hart-varnholt" all by "varnholt".
      const surname = e.who
        ? e.who.slice(Math.max(e.who.lastIndexOf(" "), e.who.lastIndexOf("-")) + 1)
        : null;
      return { event: e, words: contentWords(e.what), surname };
    });
    for (const group of groupsOf(members)) {
      const g = { events: group.members.map((m) => m.event) };
      const first = g.events[0]!;
      // The shortest telling in the reporter's words (not a quotation) reads best as the text.
      const told = g.events.filter((e) => !QUOTE_OPEN.test(e.what));
      const shortest = (told.length ? told : g.events).reduce((a, b) =>
        b.what.length < a.what.length ? b : a,
      );
      out.push({
        story: story.id,
        date: first.date,
        until: first.until,
        precision: first.precision,
        what: shortest.what,
        who: shortest.who ?? g.events.find((e) => e.who)?.who ?? null,
        scheduled: g.events.every((e) => e.scheduled),
        sources: g.events.map((e) =>
          spanOf(byId.get(e.article)!, e.sentence.start, e.sentence.end),
        ),
        articles: [...new Set(g.events.map((e) => e.article))],
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.until ?? a.date).localeCompare(b.until ?? b.date) ||
      b.articles.length - a.articles.length,
  );
}
