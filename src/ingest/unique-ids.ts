import type { RawArticle } from "../model/index.js";

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Two articles of one id by what they say; their sources ("feed.jsonl line 7") only when alike. */
function byContent(a: RawArticle, b: RawArticle): number {
  return (
    byCodeUnits(a.original, b.original) ||
    byCodeUnits(a.url ?? "", b.url ?? "") ||
    byCodeUnits(a.title ?? "", b.title ?? "") ||
    byCodeUnits(a.outlet ?? "", b.outlet ?? "") ||
    byCodeUnits(a.author ?? "", b.author ?? "") ||
    byCodeUnits(a.published ?? "", b.published ?? "") ||
    byCodeUnits(a.source, b.source)
  );
}

/**
 * The articles, in the order given, each with an id no other has: of articles that share one
 * (two records with the same `id`), one keeps it and the others become `id#2`, `id#3`, … (past any
 * id an input has of its own). Which one is which follows their texts and metadata, not the order
 * they were read in, so shuffling a JSONL file's lines does not swap two articles' ids.
 */
export function withUniqueIds(articles: readonly RawArticle[]): RawArticle[] {
  const byId = new Map<string, RawArticle[]>();
  for (const a of articles) {
    const same = byId.get(a.id);
    if (same) same.push(a);
    else byId.set(a.id, [a]);
  }
  const taken = new Set(byId.keys());
  const renamed = new Map<RawArticle, string>();
  for (const id of [...byId.keys()].sort(byCodeUnits)) {
    const [, ...others] = byId.get(id)!.sort(byContent);
    let n = 2;
    for (const a of others) {
      while (taken.has(`${id}#${n}`)) n++;
      const unique = `${id}#${n}`;
      taken.add(unique);
      renamed.set(a, unique);
    }
  }
  return articles.map((a) => {
    const id = renamed.get(a);
    return id === undefined ? a : { ...a, id };
  });
}
