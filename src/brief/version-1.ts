import { BRIEF_SCHEMA, type BriefStory, type SpanJson, type StoredBrief } from "./schema.js";

/** A span of a version-1 brief: a version-2 span with a copy of its words. */
type SpanV1 = SpanJson & { readonly text?: string };

const ref = (s: SpanV1): SpanJson => ({ article: s.article, start: s.start, end: s.end });

/** A version-1 story's spans as references: the one change of `stories` between the versions. */
function storyOfV1(story: BriefStory): BriefStory {
  return {
    ...story,
    ...(story.reuse && {
      reuse: story.reuse.map((r) => ({
        ...r,
        evidence: r.evidence.map((e) => ({ ...e, copy: ref(e.copy), source: ref(e.source) })),
      })),
    }),
    ...(story.quotes && {
      quotes: story.quotes.map((q) => ({
        ...q,
        occurrences: q.occurrences.map((o) => ({
          ...o,
          span: ref(o.span),
          editorial: o.editorial.map(ref),
        })),
        turnedIndirect: q.turnedIndirect.map((t) => ({ ...t, span: ref(t.span) })),
        ...(q.reattributed && {
          reattributed: q.reattributed.map((r) => ({
            ...r,
            span: ref(r.span),
            againstSpan: ref(r.againstSpan),
          })),
        }),
      })),
    }),
    ...(story.timeline && {
      timeline: story.timeline.map((t) => ({ ...t, sources: t.sources.map(ref) })),
    }),
    ...(story.figures && {
      figures: story.figures.map((f) => ({ ...f, occurrences: f.occurrences.map(ref) })),
    }),
    ...(story.claims && {
      claims: story.claims.map((c) => ({ ...c, sources: c.sources.map(ref) })),
    }),
    ...(story.summary && {
      summary: story.summary.map((s) => ({ ...s, cites: s.cites.map(ref) })),
    }),
  };
}

/**
 * A stored brief in the current contract. A store written before version 2 holds version-1
 * briefs (every span with a copy of its words, every removal with its words); they are read as
 * version 2 by dropping those copies, which the article texts give back, so a store is never
 * re-written for the change. A zero-width removal keeps its words: they are not in the text.
 */
export function storedBriefOf(stored: unknown): StoredBrief {
  const brief = stored as StoredBrief | (Omit<StoredBrief, "schema"> & { schema: string });
  if (brief.schema === BRIEF_SCHEMA) return brief as StoredBrief;
  if (brief.schema !== "corroborate.brief/1")
    throw new Error(`a stored brief of an unknown contract: ${brief.schema}`);
  return {
    ...brief,
    schema: BRIEF_SCHEMA,
    articles: brief.articles.map((a) => ({
      ...a,
      removed: a.removed.map((r) => ({
        reason: r.reason,
        start: r.start,
        end: r.end,
        ...(r.start === r.end && r.text !== undefined ? { text: r.text } : {}),
      })),
    })),
    stories: brief.stories.map(storyOfV1),
  };
}
