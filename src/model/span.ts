/**
 * A citation into an article. Offsets are UTF-16 code-unit indices (JavaScript string indices)
 * into the article's `original` text, end-exclusive, so a span can be highlighted in the text as
 * read even after cleaning has dropped boilerplate around it.
 */
export type Span = {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** A half-open range [start, end) into some text; which text is said by the holder. */
export type Range = { readonly start: number; readonly end: number };
