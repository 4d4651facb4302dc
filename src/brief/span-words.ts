import type { BriefArticle, BriefJson, SpanJson } from "./schema.js";

/** The words a span cites: its range of its article's text. */
export type SpanWords = (span: SpanJson) => string;

/**
 * How a reader of a version-2 brief gets a span's words: the slice of the article text the
 * brief gives once. A span of an article the brief does not carry reads as "" (a caller that
 * must tell the two apart checks `articles` itself).
 */
export function spanWordsOf(brief: Pick<BriefJson, "articles">): SpanWords {
  const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
  return (span) => texts.get(span.article)?.slice(span.start, span.end) ?? "";
}

/** A removed piece's words: its range of the text, or its own copy when it has no width there. */
export const removedWords = (
  article: Pick<BriefArticle, "text">,
  r: BriefArticle["removed"][number],
): string => r.text ?? article.text.slice(r.start, r.end);
