import type { Article, OffsetMap } from "./article.js";
import type { Span } from "./span.js";

/** An offset map whose clean text is the original text itself. */
export const identityOffsets = (length: number): OffsetMap => ({
  cleanStarts: [0],
  originalStarts: [0],
  lengths: [length],
});

/**
 * The original offset of a clean-text offset. An offset that falls on a separator between two
 * pieces maps to the end of the piece before it, so a range never swallows dropped text at its
 * edges.
 */
export function toOriginalOffset(map: OffsetMap, cleanOffset: number): number {
  const { cleanStarts, originalStarts, lengths } = map;
  if (cleanStarts.length === 0) return 0;
  // Binary search for the last piece starting at or before the offset.
  let lo = 0;
  let hi = cleanStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((cleanStarts[mid] as number) <= cleanOffset) lo = mid;
    else hi = mid - 1;
  }
  const start = cleanStarts[lo] as number;
  const within = Math.max(0, Math.min(cleanOffset - start, lengths[lo] as number));
  return (originalStarts[lo] as number) + within;
}

/** A citation of clean-text range [start, end) of an article, as a span of its original text. */
export function spanOf(article: Article, start: number, end: number): Span {
  const s = toOriginalOffset(article.offsets, start);
  // Map the last character, not the end, so an end on a separator stays inside its piece.
  const e = end > start ? toOriginalOffset(article.offsets, end - 1) + 1 : s;
  return { article: article.id, start: s, end: e, text: article.original.slice(s, e) };
}
