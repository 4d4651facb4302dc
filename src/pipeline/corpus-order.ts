import type { Article } from "../model/index.js";
import { hashString } from "../stages/reuse/01-features.js";
import { isWireOwn } from "../stages/reuse/07-origin.js";

/** What the corpus order reads of an article: what it says, never its name or its place in the input. */
export type ArticleContent = Pick<
  Article,
  "published" | "credit" | "outlet" | "clean" | "original" | "format" | "url" | "title" | "author"
>;

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * What an item is compared by first, worked out once per item rather than at every comparison:
 * its day (undated after every dated one), whether it is a wire's own article (before the
 * reprints and reports of its day, as the reuse stage's origin rule has it), the length of its
 * clean text (the fuller report first), and a hash of its text, so that two texts are compared
 * whole only on a tie of all of these.
 */
type Keyed<T> = {
  readonly item: T;
  readonly article: ArticleContent;
  readonly day: string;
  readonly wire: number;
  readonly hash: number;
};

function keyed<T>(item: T, article: ArticleContent): Keyed<T> {
  return {
    item,
    article,
    day: article.published ?? "9999",
    wire: isWireOwn(article) ? 0 : 1,
    hash: hashString(article.original),
  };
}

function compareContent<T>(x: Keyed<T>, y: Keyed<T>): number {
  const a = x.article;
  const b = y.article;
  return (
    byCodeUnits(x.day, y.day) ||
    x.wire - y.wire ||
    b.clean.length - a.clean.length ||
    x.hash - y.hash ||
    byCodeUnits(a.original, b.original) ||
    byCodeUnits(a.format, b.format) ||
    byCodeUnits(a.url ?? "", b.url ?? "") ||
    byCodeUnits(a.title ?? "", b.title ?? "") ||
    byCodeUnits(a.outlet ?? "", b.outlet ?? "") ||
    byCodeUnits(a.author ?? "", b.author ?? "")
  );
}

/**
 * Items in the corpus order, which depends on what their articles say and never on their names
 * or the order they were read in: by date (undated last); on one day a wire's own article
 * first, then the longer text; then by a hash of the text, the text itself and its metadata;
 * and only articles alike in all of that (one text read twice) by `tieBreak`.
 *
 * The corpus stages take articles in this order and settle their own ties by it (which of two
 * equal sources a quote was first in, which figure names a group, which story is listed first),
 * so a brief is a function of the set of articles. Comparing two items needs only the two, so
 * the store orders any subset it loads as a batch run orders the whole.
 */
export function inCorpusOrder<T>(
  items: readonly T[],
  articleOf: (item: T) => ArticleContent,
  tieBreak: (x: T, y: T) => number,
): T[] {
  const list = items.map((item) => keyed(item, articleOf(item)));
  list.sort((x, y) => compareContent(x, y) || tieBreak(x.item, y.item));
  return list.map((k) => k.item);
}
