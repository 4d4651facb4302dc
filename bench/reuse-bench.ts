/**
 * The reuse stage on generated corpora with planted copies: recall and precision of the planted
 * relations, throughput of candidate search + verification, index memory per article, growth
 * from 10k to 100k, and an all-pairs exact comparison on 5k that shows what the index misses
 * and what it saves.
 */
import type { Article } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { articleFeatures, type ArticleFeatures } from "../src/stages/reuse/01-features.js";
import { MIN_SAMPLED_HITS, ReuseIndex } from "../src/stages/reuse/05-reuse-index.js";
import { isReuse, measurePair } from "../src/stages/reuse/06-verify.js";
import { relationsFrom, reusePairs, type Edge } from "../src/stages/reuse/reuse.js";
import {
  generateArticles,
  toRawArticle,
  type Base,
  type GeneratedArticle,
  type ReuseKind,
} from "./generate.js";
import { collectGarbage } from "./measure.js";

const TODAY = "2026-11-23";
/** Targets from the issue. */
export const TARGETS = {
  perSecond: 2000,
  bytesPerArticle: 1024,
  recallCopy: 0.98,
  recallRewrite: 0.9,
  precision: 0.98,
};
/**
 * The all-pairs comparison's exact form of the index's two routes: telling anchors with Jaccard
 * at least the LSH curve's midpoint ((1/20)^(1/6) = 0.61 for 20 bands of 6 rows), or a shared
 * sentence opening or two sampled phrases.
 */
const EXACT_JACCARD = 0.61;

export type ReuseFigures = {
  articles: number;
  featureSeconds: number;
  searchSeconds: number;
  perSecond: number;
  indexBytesPerArticle: number;
  candidatesPerArticle: number;
  planted: Record<ReuseKind, { planted: number; found: number }>;
  edges: number;
  truePositives: number;
  precision: number;
  directionRight: number;
  kindRight: number;
  relations: number;
};

type Prepared = {
  generated: GeneratedArticle[];
  features: Map<string, ArticleFeatures>;
  featureSeconds: number;
  articles: Article[] | null;
};

/** Generates `count` articles, runs the article stages and computes reuse features (timed apart). */
export function prepare(base: Base, count: number, seed: number, keepArticles: boolean): Prepared {
  const ctx = defaultContext({ today: TODAY });
  const generated: GeneratedArticle[] = [];
  const features = new Map<string, ArticleFeatures>();
  const articles: Article[] | null = keepArticles ? [] : null;
  let featureMs = 0;
  for (const g of generateArticles(base, { count, seed })) {
    const a = runArticleStages(toRawArticle(g), ctx);
    const t = performance.now();
    features.set(a.id, articleFeatures(a));
    featureMs += performance.now() - t;
    // Keep only what scoring needs of the generated article: the text can go.
    generated.push({ ...g, plain: "", html: null, content: [], blocks: [] });
    articles?.push(a);
  }
  return { generated, features, featureSeconds: featureMs / 1000, articles };
}

/** Candidate search and verification over prepared features, with the index it built. */
export function search(p: Prepared): {
  edges: Edge[];
  seconds: number;
  index: ReuseIndex;
  candidates: number;
} {
  collectGarbage?.();
  const index = new ReuseIndex(p.generated.length);
  const items = p.generated.map((g) => ({ id: g.id, features: p.features.get(g.id)! }));
  let candidates = 0;
  const counting = {
    *[Symbol.iterator]() {
      for (const item of items) {
        candidates += fresh.candidates(fresh.fingerprint(item.features)).length;
        yield item;
      }
    },
  };
  // The count above repeats the lookup, so time a clean run first.
  const t = performance.now();
  const edges = [...reusePairs(items, index, new Map())];
  const seconds = (performance.now() - t) / 1000;
  const fresh = new ReuseIndex(p.generated.length);
  for (const edge of reusePairs(counting, fresh, new Map())) void edge;
  return { edges, seconds, index, candidates: candidates / items.length };
}

/** Planted relations against found pairs and relations. */
export function score(
  p: Prepared,
  edges: readonly Edge[],
  articles: readonly Article[] | null,
): Omit<
  ReuseFigures,
  | "articles"
  | "featureSeconds"
  | "searchSeconds"
  | "perSecond"
  | "indexBytesPerArticle"
  | "candidatesPerArticle"
> {
  const byId = new Map(p.generated.map((g) => [g.id, g]));
  // Planted copy groups: an article and the origin it descends from.
  const rootOf = (id: string): string => {
    let g = byId.get(id)!;
    while (g.source !== null && g.role !== "report") g = byId.get(g.source)!;
    return g.id;
  };
  const found = new Set(edges.map((e) => [e.a, e.b].sort().join("|")));
  const planted = {
    verbatim: { planted: 0, found: 0 },
    "near-verbatim": { planted: 0, found: 0 },
    rewrite: { planted: 0, found: 0 },
  };
  for (const g of p.generated) {
    if (g.source === null || g.role === "origin" || g.role === "report") continue;
    const kind = g.role as ReuseKind;
    planted[kind].planted++;
    if (found.has([g.id, g.source].sort().join("|"))) planted[kind].found++;
  }
  // A found pair is right when both articles descend from one planted text (an origin, or an
  // independent report that was itself copied).
  const truePositives = edges.filter((e) => rootOf(e.a) === rootOf(e.b)).length;
  let directionRight = 0;
  let kindRight = 0;
  let relations = 0;
  if (articles) {
    const { relations: rel } = relationsFrom(articles, edges);
    relations = rel.length;
    for (const r of rel) {
      const g = byId.get(r.copy)!;
      // Right direction: the reported source is an ancestor of the copy in the planted tree.
      let s = g.source;
      let isAncestor = false;
      while (s !== null) {
        if (s === r.source) isAncestor = true;
        const up = byId.get(s)!;
        s = up.role === "origin" ? null : up.source;
      }
      if (isAncestor) directionRight++;
      if (g.role === r.kind) kindRight++;
    }
  }
  return {
    planted,
    edges: edges.length,
    truePositives,
    precision: edges.length ? truePositives / edges.length : 1,
    directionRight: relations ? directionRight / relations : 1,
    kindRight: relations ? kindRight / relations : 1,
    relations,
  };
}

export function reuseFigures(base: Base, count: number, seed: number): ReuseFigures {
  const keep = count <= 20_000; // relations need the articles; at 100k only pairs are scored
  const p = prepare(base, count, seed, keep);
  const s = search(p);
  const sc = score(p, s.edges, p.articles);
  return {
    articles: count,
    featureSeconds: p.featureSeconds,
    searchSeconds: s.seconds,
    perSecond: count / (p.featureSeconds + s.seconds),
    indexBytesPerArticle: s.index.bytes / count,
    candidatesPerArticle: s.candidates,
    ...sc,
  };
}

const jaccard = (a: Uint32Array, b: Uint32Array): number => {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return common / (a.length + b.length - common || 1);
};

/** The index's phrase route, exactly: a shared sentence opening (odd key), or two sampled phrases. */
const sharePhrases = (a: Uint32Array, b: Set<number>): boolean => {
  let sampled = 0;
  for (const x of a) {
    if (!b.has(x)) continue;
    if (x & 1 || ++sampled >= MIN_SAMPLED_HITS) return true;
  }
  return false;
};

/** All pairs compared exactly, against the index on the same articles. */
export function allPairs(
  base: Base,
  count: number,
  seed: number,
): {
  pairs: number;
  exactFound: number;
  indexFound: number;
  both: number;
  exactSeconds: number;
  indexSeconds: number;
} {
  const p = prepare(base, count, seed, false);
  const ids = p.generated.map((g) => g.id);
  // The exact comparison sees the anchors the index would, with the whole corpus observed.
  const observedAll = new ReuseIndex(count);
  for (const id of ids) observedAll.observe(p.features.get(id)!);
  const fps = ids.map((id) => observedAll.fingerprint(p.features.get(id)!));
  const anchors = ids.map((id) => observedAll.tellingAnchors(p.features.get(id)!));
  const phraseSets = fps.map((f) => new Set(f.phraseKeys));
  const t = performance.now();
  const exact = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < i; j++) {
      const candidate =
        (anchors[i]!.length >= 3 &&
          anchors[j]!.length >= 3 &&
          jaccard(anchors[i]!, anchors[j]!) >= EXACT_JACCARD) ||
        sharePhrases(fps[i]!.phraseKeys, phraseSets[j]!);
      const [fi, fj] = [p.features.get(ids[i]!)!, p.features.get(ids[j]!)!];
      if (candidate && isReuse(measurePair(fi, fj, undefined, [anchors[i]!, anchors[j]!]))) {
        exact.add([ids[i], ids[j]].sort().join("|"));
      }
    }
  }
  const exactSeconds = (performance.now() - t) / 1000;
  const s = search(p);
  const viaIndex = new Set(s.edges.map((e) => [e.a, e.b].sort().join("|")));
  let both = 0;
  for (const k of exact) if (viaIndex.has(k)) both++;
  return {
    pairs: (count * (count - 1)) / 2,
    exactFound: exact.size,
    indexFound: viaIndex.size,
    both,
    exactSeconds,
    indexSeconds: s.seconds,
  };
}
