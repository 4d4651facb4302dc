/**
 * Marks put around matched words of a search passage: private-use characters, which the
 * passage is stripped of first (see `searchArticles`), so an article's own brackets stay text.
 */
export const SNIPPET_MARKS = { start: "\uE000", stop: "\uE001" } as const;

export type SnippetSegment = { readonly text: string; readonly match: boolean };

/** A marked passage as segments, for a client to render as it likes (no HTML is made here). */
export function snippetSegments(marked: string): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  let match = false;
  let text = "";
  const flush = (): void => {
    if (text) out.push({ text, match });
    text = "";
  };
  for (const ch of marked) {
    if (ch === SNIPPET_MARKS.start || ch === SNIPPET_MARKS.stop) {
      flush();
      match = ch === SNIPPET_MARKS.start;
    } else text += ch;
  }
  flush();
  return out;
}
