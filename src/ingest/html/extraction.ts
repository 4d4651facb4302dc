/**
 * What extraction hands back, and the pieces of it the parts of src/ingest/html/ pass between
 * them.
 */
export type HtmlExtraction = {
  /** Main content as plain text: one block a paragraph, paragraphs separated by "\n\n". */
  text: string;
  title: string | null;
  /** YYYY-MM-DD, only from a field that holds a real calendar date. */
  published: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  lang: string | null;
  /**
   * Blocks of the story's container left out of `text` (a caption, a share line, the headline
   * repeated), with the reason and the offset in `text` where each stood, so a user can see
   * what extraction dropped. Page chrome outside the story's container is not listed.
   */
  dropped: { text: string; reason: string; at: number }[];
};

export type Dropped = HtmlExtraction["dropped"];
export type Extracted = { text: string; dropped: Dropped };
