import type {
  TemporalExpression,
  Article,
  Claim,
  ClaimAttribution,
  Figure,
  Span,
  Story,
  StoryFigure,
  StoryQuote,
} from "../../model/index.js";
import { spanOf } from "../../model/offsets.js";
import { articleSentences, type StorySentence } from "./01-sentences.js";
import { clusterSentences, sentenceGraph } from "./02-cluster.js";
import { MONTH_ABBREVIATIONS, WEEKDAY_PATTERN } from "../../lang/en/calendar.js";
import { firstIndexFrom } from "../../util/sorted-search.js";

/**
 * Claims shown as the story's key claims (and used for coverage): enough for the facts several
 * outlets share, few enough to read in a minute.
 */
export const KEY_CLAIMS = 8;
/**
 * Claims resting on one source alone (an article, or an origin and its copies) are kept up to
 * this many per source (its most central ones): every sentence would be a claim otherwise, and
 * coverage needs only what stands out.
 */
export const SINGLE_SOURCE_PER_ARTICLE = 5;
/** A single-source sentence shorter than this ("Here is why.") is no claim worth listing. */
export const MIN_SINGLE_SOURCE_WORDS = 8;

const overlaps = (a: Span, b: Span): boolean =>
  a.article === b.article && a.start < b.end && b.start < a.end;

/**
 * A quotation or reported statement makes a claim's sentence its speaker's when it covers at
 * least this share of the sentence ("Residents will not return before Thursday, the council
 * said": the statement is most of it; "…, where the mayor said she was proud" is not).
 */
const ATTRIBUTED_SHARE = 0.5;

/** A quote occurrence with a speaker. */
type Spoken = { readonly span: Span; readonly quote: StoryQuote };

/** Characters of an article one block of the spoken-span index covers. */
const SPOKEN_BLOCK = 1024;

/**
 * The occurrences with a speaker of each article, filed under the blocks of text they cover, so
 * that the occurrences a sentence overlaps are found among the few near it: comparing every
 * claim sentence with every occurrence of its article cost the square of a long article (a
 * 2 MB article's claims took 2.3 s of a 14 s run). A long quotation is filed in each block it
 * covers, so the index grows with the text, not with its square.
 */
export class SpokenIndex {
  private readonly byArticle = new Map<
    string,
    { entries: Spoken[]; blocks: Map<number, number[]> }
  >();

  add(entry: Spoken): void {
    let held = this.byArticle.get(entry.span.article);
    if (!held) {
      held = { entries: [], blocks: new Map() };
      this.byArticle.set(entry.span.article, held);
    }
    const index = held.entries.length;
    held.entries.push(entry);
    const last = Math.floor(Math.max(entry.span.start, entry.span.end - 1) / SPOKEN_BLOCK);
    for (let b = Math.floor(entry.span.start / SPOKEN_BLOCK); b <= last; b++) {
      const list = held.blocks.get(b);
      if (list) list.push(index);
      else held.blocks.set(b, [index]);
    }
  }

  /** The occurrences that overlap `span`, in the order they were added. */
  overlapping(span: Span): Spoken[] {
    const held = this.byArticle.get(span.article);
    if (!held) return [];
    const first = Math.floor(span.start / SPOKEN_BLOCK);
    const last = Math.floor(Math.max(span.start, span.end - 1) / SPOKEN_BLOCK);
    const picked = new Set<number>();
    for (let b = first; b <= last; b++) for (const i of held.blocks.get(b) ?? []) picked.add(i);
    return [...picked]
      .sort((a, b) => a - b)
      .map((i) => held.entries[i]!)
      .filter((o) => o.span.start < span.end && span.start < o.span.end);
  }
}

/** The story's quote occurrences with a speaker, indexed by article and place. */
export function spokenSpans(quotes: readonly StoryQuote[]): SpokenIndex {
  const out = new SpokenIndex();
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    for (const o of quote.occurrences) out.add({ span: o.span, quote });
  }
  return out;
}

/**
 * Who a claim's sentences give it to: each speaker whose quote covers most of one of its
 * sentences, counted once per sentence; the speaker most sentences name first, ties by the
 * first sentence that names them.
 */
export function attributionOf(spans: readonly Span[], spoken: SpokenIndex): ClaimAttribution[] {
  const found = new Map<string, ClaimAttribution & { first: number }>();
  spans.forEach((s, k) => {
    const seen = new Set<string>();
    for (const o of spoken.overlapping(s)) {
      const shared = Math.min(s.end, o.span.end) - Math.max(s.start, o.span.start);
      if (shared < ATTRIBUTED_SHARE * (s.end - s.start)) continue;
      const key = o.quote.speakerEntity ?? o.quote.speaker!;
      if (seen.has(key)) continue;
      seen.add(key);
      const had = found.get(key);
      found.set(key, {
        speaker: had?.speaker ?? o.quote.speaker!,
        speakerEntity: o.quote.speakerEntity,
        quote: had?.quote ?? o.quote.id,
        sentences: (had?.sentences ?? 0) + 1,
        first: had?.first ?? k,
      });
    }
  });
  return [...found.values()]
    .sort((a, b) => b.sentences - a.sentences || a.first - b.first)
    .map(({ speaker, speakerEntity, quote, sentences }) => ({
      speaker,
      speakerEntity,
      quote,
      sentences,
    }));
}

/** What makes a sentence contested: a span that conflicts with another source, and why. */
type Contest = { readonly span: Span; readonly reason: string };

/** Conflicting figures, altered quotes and quotes given to another speaker, as spans a claim may carry. */
export function contestsOf(
  figures: readonly StoryFigure[],
  quotes: readonly StoryQuote[],
): Contest[] {
  const out: Contest[] = [];
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const f of figures) {
    if (f.agreement !== "conflicting") continue;
    // what it conflicts with, as the other readings are first written: "1,500 people in b"
    const against = f.conflictsWith
      .map((id) => byId.get(id)?.occurrences[0])
      .filter((o) => o !== undefined)
      .map((o) => `${o.text} in ${o.article}`);
    const others = against.length ? `, against ${against.join("; ")}` : "";
    for (const s of f.occurrences)
      out.push({ span: s, reason: `conflicting figure: ${s.text} (${f.about})${others}` });
  }
  for (const q of quotes) {
    for (const d of q.altered) {
      for (const o of q.occurrences) {
        if (o.span.article === d.article)
          out.push({
            span: o.span,
            reason: `altered quote in ${d.article} (against ${d.against})`,
          });
      }
    }
    for (const r of q.reattributed)
      out.push({
        span: r.span,
        reason: `quote given to ${r.speaker} in ${r.article} (to ${r.againstSpeaker} in ${r.against})`,
      });
  }
  return out;
}

/** A weekday, a month word before a day number, or an ISO date: a sentence naming its day. */
const NAMED_DAY = new RegExp(
  String.raw`\b(?:${WEEKDAY_PATTERN})\b|\b(?:${[...MONTH_ABBREVIATIONS.keys()].join("|")})[a-z]*\.? \d|\d{4}-\d\d-\d\d`,
  "i",
);

/**
 * An article's date expressions that name one day ("on Tuesday", "March 17"; not "less than a
 * day earlier", which counts from another event two sentences of one claim need not share), in
 * text order.
 */
function namedDaysOf(article: Article): TemporalExpression[] {
  return (article.temporal ?? [])
    .filter(
      (t) =>
        t.type === "DATE" &&
        t.precision === "day" &&
        t.until === null &&
        !!t.date &&
        NAMED_DAY.test(t.text),
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * The one day a sentence names (a named day inside it), or null; `days` in text order, searched
 * by halving rather than read whole for every sentence (sentences × dates on a long article).
 */
function dayNamed(
  days: readonly TemporalExpression[],
  range: { start: number; end: number },
): TemporalExpression | null {
  let found: TemporalExpression | null = null;
  for (
    let i = firstIndexFrom(days, range.start, (t) => t.start);
    i < days.length && days[i]!.start < range.end;
    i++
  ) {
    const t = days[i]!;
    if (t.end > range.end) continue;
    // two different days in one sentence: which one the claim is about is not clear
    if (found && found.date !== t.date) return null;
    found = t;
  }
  return found;
}

/**
 * Sentences of one claim from different origins that put it on different days ("on Tuesday" read
 * as 2026-03-17 in one, "on Wednesday" as 2026-03-18 in another): a conflicting date.
 */
function dateContests(
  members: readonly number[],
  sentences: readonly StorySentence[],
  articles: readonly Article[],
  origins: Map<string, string>,
  namedDays: (article: Article) => readonly TemporalExpression[],
): Contest[] {
  const named = members.flatMap((m) => {
    const s = sentences[m]!;
    const article = articles[s.article]!;
    const day = dayNamed(namedDays(article), s.range);
    return day ? [{ article, day }] : [];
  });
  const out: Contest[] = [];
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i]!;
      const b = named[j]!;
      if (a.day.date === b.day.date) continue;
      if (
        (origins.get(a.article.id) ?? a.article.id) === (origins.get(b.article.id) ?? b.article.id)
      )
        continue;
      out.push({
        span: spanOf(a.article, a.day.start, a.day.end),
        reason: `conflicting date: “${a.day.text}” (${a.day.date}) in ${a.article.id}, “${b.day.text}” (${b.day.date}) in ${b.article.id}`,
      });
    }
  }
  return out;
}

/** Each story sentence's figures, read from its article's (which know their sentence). */
function figuresOfSentences(
  sentences: readonly StorySentence[],
  articles: readonly Article[],
): Figure[][] {
  const byArticle = articles.map((a) => {
    const bySentence = new Map<number, Figure[]>();
    for (const f of a.figures ?? []) {
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    return bySentence;
  });
  return sentences.map((s) => byArticle[s.article]!.get(s.index) ?? []);
}

/** A cluster of sentences before it is ranked and given an id. */
type Draft = Omit<Claim, "id" | "key"> & { readonly first: number };

/**
 * The claims of one story: sentences of its articles grouped by meaning, each with its sources,
 * its independent sources (copy groups collapsed) and its status; ranked with the claims most
 * sources state independently first, then the most central. The first KEY_CLAIMS are key.
 */
export function storyClaims(
  story: Story,
  articles: readonly Article[],
  origins: Map<string, string>,
  figures: readonly StoryFigure[],
  quotes: readonly StoryQuote[],
): {
  claims: Claim[];
  sentences: StorySentence[];
  centrality: Float64Array;
  clusterOf: Int32Array;
} {
  const daysByArticle = new Map<Article, TemporalExpression[]>();
  const namedDays = (a: Article): TemporalExpression[] => {
    let days = daysByArticle.get(a);
    if (!days) daysByArticle.set(a, (days = namedDaysOf(a)));
    return days;
  };
  const sentences: StorySentence[] = [];
  articles.forEach((a, i) => sentences.push(...articleSentences(a, i)));
  const graph = sentenceGraph(sentences, articles.length);
  const clusters = clusterSentences(
    sentences,
    graph.pairs,
    figuresOfSentences(sentences, articles),
  );
  const contests = contestsOf(figures, quotes);
  const spoken = spokenSpans(quotes);
  // Each contest's index, by the article of its span: a claim's spans look up their article's.
  const contestsIn = new Map<string, number[]>();
  contests.forEach((c, i) => {
    const list = contestsIn.get(c.span.article);
    if (list) list.push(i);
    else contestsIn.set(c.span.article, [i]);
  });
  /** The contests overlapping any of the spans, in contest order, each once. */
  const contestsOver = (spans: readonly Span[]): Contest[] => {
    const hit = new Set<number>();
    for (const s of spans)
      for (const i of contestsIn.get(s.article) ?? [])
        if (overlaps(s, contests[i]!.span)) hit.add(i);
    return [...hit].sort((a, b) => a - b).map((i) => contests[i]!);
  };
  const drafts: { draft: Draft; members: number[] }[] = [];
  for (const members of clusters) {
    // The most central sentence that reads on its own (not a piece of a longer quotation).
    let rep = members[0]!;
    for (const m of members) {
      const better = sentences[rep]!.fragment
        ? !sentences[m]!.fragment || graph.centrality[m]! > graph.centrality[rep]!
        : !sentences[m]!.fragment && graph.centrality[m]! > graph.centrality[rep]!;
      if (better) rep = m;
    }
    const ids = members.map((m) => articles[sentences[m]!.article]!.id);
    const originIds = [...new Set(ids.map((id) => origins.get(id) ?? id))];
    const spans = [rep, ...members.filter((m) => m !== rep)].map((m) => {
      const s = sentences[m]!;
      return spanOf(articles[s.article]!, s.range.start, s.range.end);
    });
    const contestedBy = [
      ...new Set([
        ...contestsOver(spans).map((c) => c.reason),
        ...dateContests(members, sentences, articles, origins, namedDays).map((c) => c.reason),
      ]),
    ];
    drafts.push({
      members,
      draft: {
        story: story.id,
        text: sentences[rep]!.text,
        sources: spans,
        articles: ids,
        origins: originIds,
        independentSources: originIds.length,
        status: contestedBy.length
          ? "contested"
          : originIds.length >= 2
            ? "corroborated"
            : "single-source",
        contestedBy,
        attribution: attributionOf(spans, spoken),
        centrality: graph.centrality[rep]!,
        first: rep,
      },
    });
  }
  drafts.sort(
    (x, y) =>
      y.draft.independentSources - x.draft.independentSources ||
      y.draft.articles.length - x.draft.articles.length ||
      y.draft.centrality - x.draft.centrality ||
      x.draft.first - y.draft.first,
  );
  // Keep every claim two independent sources share; of the rest, each origin's most central few.
  const perOrigin = new Map<string, number>();
  const kept = drafts.filter(({ draft, members }) => {
    if (draft.independentSources > 1) return true;
    const s = sentences[members[0]!]!;
    if (s.words < MIN_SINGLE_SOURCE_WORDS) return false;
    const origin = draft.origins[0]!;
    const n = perOrigin.get(origin) ?? 0;
    if (n >= SINGLE_SOURCE_PER_ARTICLE) return false;
    perOrigin.set(origin, n + 1);
    return true;
  });
  const clusterOf = new Int32Array(sentences.length).fill(-1);
  const claims = kept.map(({ draft, members }, i): Claim => {
    for (const m of members) clusterOf[m] = i;
    return {
      id: `${story.id}/c${i + 1}`,
      story: draft.story,
      text: draft.text,
      sources: draft.sources,
      articles: draft.articles,
      origins: draft.origins,
      independentSources: draft.independentSources,
      status: draft.status,
      contestedBy: draft.contestedBy,
      attribution: draft.attribution,
      key: i < KEY_CLAIMS,
      centrality: draft.centrality,
    };
  });
  return { claims, sentences, centrality: graph.centrality, clusterOf };
}
