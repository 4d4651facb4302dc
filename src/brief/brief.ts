import type { Article, Corpus, ReuseRelation, Skip, Story } from "../model/index.js";
import { spanOf } from "../model/offsets.js";
import {
  BRIEF_SCHEMA,
  type BriefArticle,
  type BriefJson,
  type BriefStory,
  type ReuseJson,
  type WarningJson,
} from "./schema.js";
import { spanRef } from "./span-ref.js";
import { groupBy } from "../util/group-by.js";
import { peopleJson } from "./people.js";
import { alteredQuoteWarnings, reattributedQuoteWarnings, storyQuotesJson } from "./quotes.js";
import { conflictingFigureWarnings, storyFiguresJson } from "./figures.js";
import { storyClaimsJson, storyCoverageJson, undatedWarnings } from "./claims.js";
import { storySummaryJson } from "./summary.js";

const pct = (share: number): string => `${Math.round(share * 100)}%`;

function articleJson(a: Article): BriefArticle {
  return {
    id: a.id,
    source: a.source,
    format: a.format,
    url: a.url,
    outlet: a.outlet,
    outletFrom: a.outletFrom,
    title: a.title,
    author: a.author,
    published: a.published,
    publishedFrom: a.publishedFrom,
    credit: a.credit,
    words: a.words,
    // A removal's words are in the text at its offsets, except a zero-width one: a block the
    // page's extraction dropped before the text was made, whose words only this copy keeps.
    removed: a.removed.map((r) => ({
      reason: r.reason,
      start: r.start,
      end: r.end,
      ...(r.start === r.end ? { text: r.text } : {}),
    })),
    text: a.original,
  };
}

function reuseJson(r: ReuseRelation, byId: Map<string, Article>): ReuseJson {
  const copy = byId.get(r.copy)!;
  const source = byId.get(r.source)!;
  return {
    copy: r.copy,
    source: r.source,
    origin: r.origin,
    kind: r.kind,
    credited: r.credited,
    share: r.share,
    evidence: r.evidence.map((e) => ({
      copy: spanRef(spanOf(copy, e.copy.start, e.copy.end)),
      source: spanRef(spanOf(source, e.source.start, e.source.end)),
      similarity: e.similarity,
    })),
  };
}

/** "Harbour Post (Reuters wire, 12.txt)": the outlet, the wire it carries, and the article. */
function named(a: Article | undefined): string {
  if (!a) return "unknown";
  const wire = a.credit && a.credit !== a.outlet ? `${a.credit} wire, ` : "";
  return `${a.outlet ?? "unknown outlet"} (${wire}${a.id})`;
}

/** Warnings a reader must see first: copies that do not credit their source. */
function storyWarnings(reuse: readonly ReuseRelation[], byId: Map<string, Article>): WarningJson[] {
  return reuse
    .filter((r) => !r.credited)
    .map((r) => ({
      kind: "uncredited-copy" as const,
      message: `${named(byId.get(r.copy))} is an uncredited ${r.kind} of ${named(byId.get(r.source))}: ${pct(r.share)} of its sentences align.`,
      articles: [r.copy, r.source],
    }));
}

function storyJson(
  story: Story,
  corpus: Corpus,
  byId: Map<string, Article>,
  personOf: ReadonlyMap<string, string>,
): BriefStory {
  const inStory = new Set(story.articles);
  const reuse = corpus.reuse?.filter((r) => inStory.has(r.copy));
  const groups = corpus.copyGroups?.filter((g) => inStory.has(g.origin));
  const entities = corpus.entities?.filter((e) => e.story === story.id);
  const copies = new Set(reuse?.map((r) => r.copy) ?? []);
  const quotes = storyQuotesJson(story, corpus, byId);
  const figures = storyFiguresJson(story, corpus);
  const claims = storyClaimsJson(story, corpus);
  const summary = storySummaryJson(story, corpus);
  const coverage = storyCoverageJson(story, corpus);
  return {
    id: story.id,
    label: story.label,
    articles: [...story.articles],
    from: story.from,
    to: story.to,
    outlets: [
      ...new Set(story.articles.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o)),
    ].sort(),
    independentSources: story.articles.filter((id) => !copies.has(id)).length,
    warnings: [
      ...storyWarnings(reuse ?? [], byId),
      ...alteredQuoteWarnings(quotes, byId),
      ...reattributedQuoteWarnings(quotes, byId),
      ...conflictingFigureWarnings(figures, byId),
      ...undatedWarnings(story, byId),
    ],
    ...(reuse ? { reuse: reuse.map((r) => reuseJson(r, byId)) } : {}),
    ...(groups
      ? { copyGroups: groups.map((g) => ({ origin: g.origin, members: [...g.members] })) }
      : {}),
    ...(entities
      ? {
          entities: entities.map((e) => ({
            id: e.id,
            name: e.name,
            type: e.type,
            aliases: [...e.aliases],
            titles: [...e.titles],
            articles: [...e.articles],
            mentions: e.mentions,
            ...(personOf.has(e.id) ? { person: personOf.get(e.id)! } : {}),
          })),
        }
      : {}),
    ...(quotes ? { quotes } : {}),
    ...(figures ? { figures } : {}),
    ...(claims ? { claims } : {}),
    ...(summary ?? {}),
    ...(coverage ? { coverage } : {}),
    ...(corpus.timeline
      ? {
          timeline: corpus.timeline
            .filter((e) => e.story === story.id)
            .map((e) => ({
              date: e.date,
              until: e.until,
              precision: e.precision,
              what: e.what,
              who: e.who,
              scheduled: e.scheduled,
              sources: e.sources.map(spanRef),
            })),
        }
      : {}),
  };
}

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** "feed.jsonl line 000000000002" before "… line 000000000010": numbers compare as numbers. */
const naturalKey = (s: string): string => s.replace(/\d+/g, (d) => d.padStart(12, "0"));

/** Skips or notes as the brief lists them: by the input they name, then by reason. */
const byInput = (notes: readonly Skip[]): { input: string; reason: string }[] =>
  notes
    .map((s) => ({ input: s.input, reason: s.reason, key: naturalKey(s.input) }))
    .sort((x, y) => byCodeUnits(x.key, y.key) || byCodeUnits(x.reason, y.reason))
    .map(({ input, reason }) => ({ input, reason }));

/**
 * The brief of an analysed corpus, as the JSON contract lays it out: each article's text once,
 * every span a reference into it.
 */
export function briefOf(corpus: Corpus, warnings: readonly Skip[] = []): BriefJson {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const personOf = new Map<string, string>();
  for (const p of corpus.people ?? []) for (const e of p.entities) personOf.set(e, p.id);
  const storyOfEntity = new Map((corpus.entities ?? []).map((e) => [e.id, e.story]));
  return {
    schema: BRIEF_SCHEMA,
    articles: corpus.articles.map(articleJson),
    // by input, not in the order read: a brief is a function of the set of inputs
    skipped: byInput(corpus.skipped),
    warnings: byInput([
      ...warnings,
      // What a stage left out of an absurd article.
      ...corpus.articles.flatMap((a) =>
        (a.limits ?? []).map((reason) => ({ input: a.id, reason })),
      ),
    ]),
    stories: storyParts(corpus).map(([s, part]) => storyJson(s, part, byId, personOf)),
    ...(corpus.people ? { people: peopleJson(corpus.people, storyOfEntity) } : {}),
  };
}

/** Items of a corpus-wide list grouped by a key; absent when the list is. */
function groupedBy<T>(
  items: readonly T[] | undefined,
  keyOf: (item: T) => string | undefined,
): Map<string, T[]> | undefined {
  return items && groupBy(items, keyOf);
}

/**
 * Each story beside the corpus narrowed to it: the corpus-wide lists (reuse, quotes, figures, …)
 * grouped by story once, so that laying out a story reads its own items rather than filtering
 * every list of the corpus (stories × items: minutes on a folder of 20,000 tiny articles).
 */
function storyParts(corpus: Corpus): [Story, Corpus][] {
  const storyOf = new Map<string, string>();
  for (const s of corpus.stories) for (const a of s.articles) storyOf.set(a, s.id);
  const byStory = <T extends { readonly story: string }>(items: readonly T[] | undefined) =>
    groupedBy(items, (x) => x.story);
  const lists = {
    reuse: groupedBy(corpus.reuse, (r) => storyOf.get(r.copy)),
    copyGroups: groupedBy(corpus.copyGroups, (g) => storyOf.get(g.origin)),
    entities: byStory(corpus.entities),
    quotes: byStory(corpus.quotes),
    timeline: byStory(corpus.timeline),
    figures: byStory(corpus.figures),
    claims: byStory(corpus.claims),
    coverage: byStory(corpus.coverage),
    summaries: byStory(corpus.summaries),
  };
  const own = <T>(groups: Map<string, T[]> | undefined, story: string): T[] | undefined =>
    groups && (groups.get(story) ?? []);
  return corpus.stories.map((s): [Story, Corpus] => [
    s,
    {
      ...corpus,
      reuse: own(lists.reuse, s.id),
      copyGroups: own(lists.copyGroups, s.id),
      entities: own(lists.entities, s.id),
      quotes: own(lists.quotes, s.id),
      timeline: own(lists.timeline, s.id),
      figures: own(lists.figures, s.id),
      claims: own(lists.claims, s.id),
      coverage: own(lists.coverage, s.id),
      summaries: own(lists.summaries, s.id),
    },
  ]);
}
