import type { Article, CopyGroup, Corpus, ReuseRelation } from "../../model/index.js";
import { articleFeatures, type ArticleFeatures } from "./01-features.js";
import { ReuseIndex } from "./05-reuse-index.js";
import {
  explained,
  isReuse,
  measurePair,
  postingsOf,
  reuseKind,
  swapped,
  type PairMeasure,
  type Postings,
} from "./06-verify.js";
import { creditsSource, originRank } from "./07-origin.js";

const rangeOf = (r: { start: number; end: number }): { start: number; end: number } => ({
  start: r.start,
  end: r.end,
});

export type Edge = { readonly a: string; readonly b: string; readonly m: PairMeasure };

/**
 * Verified reuse pairs, one article at a time: each article is looked up in the index, its
 * candidates verified by sentence alignment, then it is added. `known` holds the features of
 * every article seen (candidates from an index loaded from disk have none here, and are skipped:
 * there is no text to verify them against).
 */
export function* reusePairs(
  items: Iterable<{ readonly id: string; readonly features: ArticleFeatures }>,
  index: ReuseIndex,
  known: Map<string, ArticleFeatures>,
  /** The items were observed into the index's statistics beforehand (a batch). */
  observed = false,
): Generator<Edge> {
  for (const { id, features } of items) {
    known.set(id, features);
    if (!observed) index.observe(features);
    const fp = index.fingerprint(features);
    let postings: Postings | undefined;
    for (const other of index.candidates(fp)) {
      const g = known.get(other);
      if (!g || other === id) continue;
      postings ??= postingsOf(features);
      const m = measurePair(features, g, postings, [fp.anchors, index.tellingAnchors(g)]);
      if (isReuse(m)) yield { a: id, b: other, m: explained(m, features, g) };
    }
    index.add(id, fp);
  }
}

/** The verified reuse pairs of a batch of articles, found through the index (which the batch is added to). */
export function findReusePairs(articles: readonly Article[], index: ReuseIndex): Edge[] {
  const items = articles.map((a) => ({ id: a.id, features: articleFeatures(a) }));
  for (const item of items) index.observe(item.features);
  return [...reusePairs(items, index, new Map(), true)];
}

/**
 * Groups, origins and directed relations from verified pairs. Each connected group of articles
 * has one origin — the wire's own article, else a credited one, else the earliest, else the
 * longest — and every other member is a copy of the member through which it reaches the origin
 * (the origin itself where they were compared directly).
 */
export function relationsFrom(
  articles: readonly Article[],
  edges: readonly Edge[],
): { relations: ReuseRelation[]; groups: CopyGroup[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const neighbours = new Map<string, { other: string; m: PairMeasure }[]>();
  for (const e of edges) {
    (neighbours.get(e.a) ?? neighbours.set(e.a, []).get(e.a)!).push({ other: e.b, m: e.m });
    (neighbours.get(e.b) ?? neighbours.set(e.b, []).get(e.b)!).push({
      other: e.a,
      m: swapped(e.m),
    });
  }
  const seen = new Set<string>();
  const relations: ReuseRelation[] = [];
  const groups: CopyGroup[] = [];
  for (const start of articles) {
    if (seen.has(start.id) || !neighbours.has(start.id)) continue;
    // The connected group of `start`.
    const members: string[] = [];
    const stack = [start.id];
    seen.add(start.id);
    while (stack.length) {
      const id = stack.pop()!;
      members.push(id);
      for (const n of neighbours.get(id) ?? []) {
        if (seen.has(n.other)) continue;
        seen.add(n.other);
        stack.push(n.other);
      }
    }
    members.sort((x, y) => order.get(x)! - order.get(y)!);
    const origin = [...members].sort(
      (x, y) => originRank(byId.get(y)!, byId.get(x)!) || order.get(x)! - order.get(y)!,
    )[0]!;
    groups.push({ origin, members });
    // Breadth first from the origin: each member's source is the member it was reached from.
    const reached = new Set([origin]);
    let frontier = [origin];
    while (frontier.length) {
      const next: string[] = [];
      for (const src of frontier) {
        for (const n of neighbours.get(src) ?? []) {
          if (reached.has(n.other)) continue;
          reached.add(n.other);
          next.push(n.other);
          // n.m has `src` on side A; the copy is the other article.
          const m = swapped(n.m);
          const copy = byId.get(n.other)!;
          const source = byId.get(src)!;
          relations.push({
            copy: copy.id,
            source: source.id,
            origin,
            kind: reuseKind(m),
            credited: creditsSource(copy, source, byId.get(origin)!),
            share:
              Math.round(
                Math.min(1, new Set(m.evidence.map((p) => p.copy)).size / m.eligibleA) * 100,
              ) / 100,
            // Feature sentences are the article's sentences, in order, one for one.
            evidence: m.evidence.map((p) => ({
              copy: rangeOf(copy.sentences[p.copy]!),
              source: rangeOf(source.sentences[p.source]!),
              similarity: Math.round(p.similarity * 100) / 100,
            })),
          });
        }
      }
      frontier = next.sort((x, y) => order.get(x)! - order.get(y)!);
    }
  }
  return { relations, groups };
}

/** The reuse stage: which articles copy or rewrite which, with credit and copy groups. */
export function detectReuse(corpus: Corpus): Corpus {
  const index = new ReuseIndex(corpus.articles.length);
  const edges = findReusePairs(corpus.articles, index);
  const { relations, groups } = relationsFrom(corpus.articles, edges);
  return { ...corpus, reuse: relations, copyGroups: groups };
}
