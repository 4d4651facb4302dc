import type { Article, Corpus, Span, Story, StoryQuote } from "../model/index.js";
import type { QuoteJson, SpanJson, WarningJson } from "./schema.js";
import { spanRef } from "./span-ref.js";
import { EDITORIAL_INSERTION } from "../stages/quotes/04-story-quotes.js";

/** "Harbour Post (12.txt)": the outlet and the article. */
const named = (a: Article | undefined, id: string): string =>
  `${a?.outlet ?? "unknown outlet"} (${id})`;

/** The editor's insertions inside a quotation ("[Ukraine]"), as spans of the same article. */
function editorialIn(span: Span): SpanJson[] {
  return [...span.text.matchAll(EDITORIAL_INSERTION)].map((m) => ({
    article: span.article,
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}

/** A quotation cut to `n` characters for a one-line message, its line breaks made spaces. */
const short = (text: string, n: number): string => {
  const s = text.replace(/\s+/g, " ");
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

function reasonOf(
  q: StoryQuote,
  article: string,
  against: string,
  byId: Map<string, Article>,
): string {
  return `the words inside the quotation marks differ from ${named(byId.get(against), against)}'s wording of the same ${q.speaker ? `${q.speaker} ` : ""}quote`;
}

/** The story's quotes as the JSON brief lays them out (DESIGN §3, with `first` and the like added). */
export function storyQuotesJson(
  story: Story,
  corpus: Corpus,
  byId: Map<string, Article>,
): QuoteJson[] | undefined {
  if (!corpus.quotes) return undefined;
  return corpus.quotes
    .filter((q) => q.story === story.id)
    .map((q) => ({
      id: q.id,
      text: q.text,
      speaker: q.speaker,
      speakerEntity: q.speakerEntity,
      kind: q.kind,
      first: q.first,
      independentSources: q.independentSources,
      occurrences: q.occurrences.map((o) => ({
        span: spanRef(o.span),
        part: o.part ? { ...o.part } : null,
        kind: o.kind,
        venue: o.venue,
        when: o.when,
        cue: o.cue,
        speakerText: o.speakerText,
        editorial: editorialIn(o.span),
      })),
      variants: q.variants.map((v) => ({
        article: v.article,
        text: v.text,
        against: v.against,
        diff: v.diff,
      })),
      altered: q.altered.map((v) => ({
        article: v.article,
        reason: reasonOf(q, v.article, v.against, byId),
        text: v.text,
        against: v.against,
        diff: v.diff,
      })),
      turnedIndirect: q.turnedIndirect.map((t) => ({
        article: t.article,
        span: spanRef(t.span),
        against: t.against,
      })),
      reattributed: q.reattributed.map((r) => ({
        article: r.article,
        span: spanRef(r.span),
        speaker: r.speaker,
        against: r.against,
        againstSpan: spanRef(r.againstSpan),
        againstSpeaker: r.againstSpeaker,
      })),
    }));
}

/** The quotation's words as an article writes them, read from its text; else the first wording. */
function wordingIn(q: QuoteJson, article: string, byId: Map<string, Article>): string {
  const span = q.occurrences.find((o) => o.span.article === article)?.span;
  const text = span && byId.get(article)?.original;
  return text === undefined || !span ? q.text : text.slice(span.start, span.end);
}

/** A warning for every altered quotation: the reader must see first where words were changed. */
export function alteredQuoteWarnings(
  quotes: readonly QuoteJson[] | undefined,
  byId: Map<string, Article>,
): WarningJson[] {
  return (quotes ?? []).flatMap((q) =>
    q.altered.map((d) => ({
      kind: "altered-quote" as const,
      message: `${named(byId.get(d.article), d.article)} changes the words of a quote${q.speaker ? ` by ${q.speaker}` : ""}: “${short(d.text, 120)}” where ${named(byId.get(d.against), d.against)} has “${short(wordingIn(q, d.against, byId), 120)}”.`,
      articles: [d.article, d.against],
    })),
  );
}

/**
 * A warning for every quotation an article gives to another person than an earlier article
 * does: one of the two outlets has the speaker wrong, and the reader must check which.
 */
export function reattributedQuoteWarnings(
  quotes: readonly QuoteJson[] | undefined,
  byId: Map<string, Article>,
): WarningJson[] {
  return (quotes ?? []).flatMap((q) =>
    (q.reattributed ?? []).map((r) => ({
      kind: "reattributed-quote" as const,
      message: `${named(byId.get(r.article), r.article)} gives a quote to ${r.speaker} that ${named(byId.get(r.against), r.against)} gives to ${r.againstSpeaker}: “${short(wordingIn(q, r.article, byId), 120)}”.`,
      articles: [r.article, r.against],
    })),
  );
}
