import type { StoredArticle } from "../store/articles.js";
import type { Keyed } from "./incremental.js";

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const byNumber = (x: string, y: string): number =>
  x.length !== y.length ? x.length - y.length : byCodeUnits(x, y);

/**
 * Stored articles in the corpus order: by the id ingest gave them (a path, or a record's own
 * id), then by store id. The stages break ties by the order of their input, so the order must
 * not depend on which ingest brought an article: sorting by input id makes the store's stories
 * independent of how the articles were split into ingests. (A batch run keeps the order its
 * inputs were read in; for a folder of files that is the same order.)
 *
 * Each article keeps its input id as `Article.id` unless an earlier article in this order has
 * it too (two ingests of different folders with the same file names): a later one is then
 * `id#storeId`, so ids stay unique in the corpus.
 */
export function inCorpusOrder(stored: readonly StoredArticle[]): Keyed[] {
  const sorted = [...stored].sort(
    (x, y) => byCodeUnits(x.article.id, y.article.id) || byNumber(x.storeId, y.storeId),
  );
  const taken = new Set<string>();
  return sorted.map(({ storeId, article }) => {
    const id = taken.has(article.id) ? `${article.id}#${storeId}` : article.id;
    taken.add(id);
    return { key: storeId, article: id === article.id ? article : { ...article, id } };
  });
}
