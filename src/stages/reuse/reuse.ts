import type {
  Article,
  CopyGroup,
  CorpusDraft,
  ReuseKind,
  ReuseRelation,
} from "../../model/index.js";
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
import { Heap } from "../../util/heap.js";

const rangeOf = (r: { start: number; end: number }): { start: number; end: number } => ({
  start: r.start,
  end: r.end,
});

export type Edge = { readonly a: string; readonly b: string; readonly m: PairMeasure };

/**
 * How close two articles of a copy group are, 0–1: the larger of their aligned sentences' summed
 * similarity over the longer's sentences, and the share of both covered by shared runs. A reprint
 * and its source measure about 1, a rewrite about half.
 */
function closeness(m: PairMeasure): number {
  const aligned =
    m.pairs.reduce((t, p) => t + p.similarity, 0) / Math.max(m.eligibleA, m.eligibleB);
  const copied = Math.min(
    m.phrases.wordsA / Math.max(1, m.wordsA),
    m.phrases.wordsB / Math.max(1, m.wordsB),
  );
  return Math.max(aligned, copied);
}

/** How faithful a copy of each kind is to its source. */
const FIDELITY: Record<ReuseKind, number> = { verbatim: 2, "near-verbatim": 1, rewrite: 0 };

type Candidate = {
  readonly src: string;
  readonly copy: string;
  readonly m: PairMeasure;
  readonly fidelity: number;
  readonly closeness: number;
  /** The source's distance from the origin: at equal closeness, the nearer source. */
  readonly depth: number;
  readonly order: number;
};

/**
 * Whether candidate edge `x` goes before `y`: the more faithful kind of copy, then the source
 * nearer the origin, then the closer pair, then the earlier article.
 */
const before = (x: Candidate, y: Candidate): boolean =>
  x.fidelity !== y.fidelity
    ? x.fidelity > y.fidelity
    : x.depth !== y.depth
      ? x.depth < y.depth
      : x.closeness !== y.closeness
        ? x.closeness > y.closeness
        : x.order < y.order;

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
 * longest — and every other member is a copy of the member closest to it on its way to the
 * origin (see `closeness`).
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
    // From the origin outwards, each member's source is the placed member it copies most
    // faithfully, the one nearest the origin among equals (a spanning tree grown as Prim's
    // algorithm grows it): a reprint of a rewrite, linked to both, is a verbatim copy of the
    // rewrite, not a rewrite of the origin; two trimmed copies of the origin stay copies of it.
    const depth = new Map([[origin, 0]]);
    const heap = new Heap<Candidate>(before);
    const offer = (src: string): void => {
      for (const n of neighbours.get(src) ?? []) {
        if (depth.has(n.other)) continue;
        heap.push({
          src,
          copy: n.other,
          m: n.m,
          fidelity: FIDELITY[reuseKind(swapped(n.m))],
          closeness: closeness(n.m),
          depth: depth.get(src)!,
          order: order.get(n.other)!,
        });
      }
    };
    offer(origin);
    const placed: ReuseRelation[] = [];
    for (let e = heap.pop(); e; e = heap.pop()) {
      if (depth.has(e.copy)) continue;
      depth.set(e.copy, e.depth + 1);
      offer(e.copy);
      // e.m has the source on side A; the copy is the other article.
      const m = swapped(e.m);
      const copy = byId.get(e.copy)!;
      const source = byId.get(e.src)!;
      placed.push({
        copy: copy.id,
        source: source.id,
        origin,
        kind: reuseKind(m),
        credited: creditsSource(copy, source, byId.get(origin)!),
        share:
          Math.round(Math.min(1, new Set(m.evidence.map((p) => p.copy)).size / m.eligibleA) * 100) /
          100,
        // Feature sentences are the article's sentences, in order, one for one.
        evidence: m.evidence.map((p) => ({
          copy: rangeOf(copy.sentences[p.copy]!),
          source: rangeOf(source.sentences[p.source]!),
          similarity: Math.round(p.similarity * 100) / 100,
        })),
      });
    }
    // Listed by distance from the origin, then in the batch's order.
    relations.push(
      ...placed.sort(
        (x, y) =>
          depth.get(x.copy)! - depth.get(y.copy)! || order.get(x.copy)! - order.get(y.copy)!,
      ),
    );
  }
  return { relations, groups };
}

/** The reuse stage: which articles copy or rewrite which, with credit and copy groups. */
export function detectReuse<C extends CorpusDraft>(corpus: C): C {
  const index = new ReuseIndex(corpus.articles.length);
  const edges = findReusePairs(corpus.articles, index);
  const { relations, groups } = relationsFrom(corpus.articles, edges);
  return { ...corpus, reuse: relations, copyGroups: groups };
}
