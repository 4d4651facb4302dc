import { createHash } from "node:crypto";
import { briefOf } from "../brief/brief.js";
import type { BriefJson } from "../brief/schema.js";
import type { Article, CopyGroup, Corpus, CorpusDraft, ReuseRelation } from "../model/index.js";
import type { Context } from "../pipeline/context.js";
import type { CorpusStage } from "../pipeline/stage.js";
import { CORPUS_STAGES } from "../pipeline/stages.js";
import { articleFeatures, type ArticleFeatures } from "../stages/reuse/01-features.js";
import type { ReuseIndex } from "../stages/reuse/05-reuse-index.js";
import { explained, isReuse, measurePair, postingsOf } from "../stages/reuse/06-verify.js";
import { relationsFrom, type Edge } from "../stages/reuse/reuse.js";

/**
 * The corpus stages run over a corpus that grows batch by batch (issue 15, item 4). The stages
 * are the batch pipeline's own, from `CORPUS_STAGES`, split in three:
 *
 * - the reuse stage is replaced by its incremental form: each new article is looked up in a
 *   persistent `ReuseIndex` and added to it, so an article is compared once with the articles
 *   before it and never again; the verified pairs are kept, and groups, origins and credit are
 *   worked out from all of them (`relationsFrom`), since a new copy can change a group's origin;
 * - the stages from the first to the story dates (site names, cluster, date) run over the whole
 *   corpus: a story's membership depends on term statistics of every article and on refine
 *   passes, and running them whole is what makes the stories independent of how the articles
 *   were split into batches;
 * - the stages after the story dates aggregate one story at a time, and only for a story whose
 *   inputs changed (see `storyDigest`).
 */

const REUSE = "reuse";
/** The last stage whose output decides what a story is; the rest aggregate a story. */
const LAST_WHOLE_CORPUS_STAGE = "date";

function stageIndex(name: string): number {
  const i = CORPUS_STAGES.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no corpus stage named ${name}`);
  return i;
}

const BEFORE_REUSE: readonly CorpusStage[] = CORPUS_STAGES.slice(0, stageIndex(REUSE));
const AFTER_REUSE: readonly CorpusStage[] = CORPUS_STAGES.slice(
  stageIndex(REUSE) + 1,
  stageIndex(LAST_WHOLE_CORPUS_STAGE) + 1,
);
const AGGREGATION: readonly CorpusStage[] = CORPUS_STAGES.slice(
  stageIndex(LAST_WHOLE_CORPUS_STAGE) + 1,
);

/**
 * Article fields that corpus stages before the aggregation change (an outlet renamed by site
 * names, a date inferred from the story): read from the stage declarations, so a stage that
 * changes another field is covered without a change here.
 */
const CORPUS_CHANGED_FIELDS: readonly (keyof Article)[] = [
  ...new Set(
    [...BEFORE_REUSE, ...AFTER_REUSE]
      .flatMap((s) => s.adds)
      .filter((f) => f.startsWith("articles."))
      .map((f) => f.slice("articles.".length) as keyof Article),
  ),
];

/** Two articles found to share text; `a` and `b` are keys of the index (not ordered). */
export type ReusePair = { readonly a: string; readonly b: string };

/** An article with the key the reuse index knows it by (a store id, or the article id). */
export type Keyed = { readonly key: string; readonly article: Article };

/** Features of articles, computed once per article and process. */
export class FeatureCache {
  private readonly features = new Map<string, ArticleFeatures>();
  of(key: string, article: Article): ArticleFeatures {
    let f = this.features.get(key);
    if (!f) this.features.set(key, (f = articleFeatures(article)));
    return f;
  }
}

/**
 * The measure of two articles as the batch reuse stage takes it: the one later in the corpus
 * order on side A (the batch compares each article with the earlier ones), with the index's
 * current statistics of which names and numbers are telling.
 */
function measure(
  later: ArticleFeatures,
  earlier: ArticleFeatures,
  index: ReuseIndex,
): ReturnType<typeof measurePair> {
  const m = measurePair(later, earlier, postingsOf(later), [
    index.tellingAnchors(later),
    index.tellingAnchors(earlier),
  ]);
  return m;
}

/**
 * Adds new articles to the reuse index, in the order given (the corpus order), and returns the
 * verified pairs each forms with an indexed article or an earlier new one. As a batch does, the
 * new articles are counted into the index's statistics before any is looked up.
 */
export function indexNewArticles(
  index: ReuseIndex,
  fresh: readonly Keyed[],
  /** An indexed article by key (one of an earlier batch), or undefined when it is gone. */
  indexed: (key: string) => Keyed | undefined,
  /** An article's place in the corpus order: the later of a pair is measured on side A. */
  position: (key: string) => number,
  features: FeatureCache,
): ReusePair[] {
  const byKey = new Map(fresh.map((k) => [k.key, k]));
  for (const k of fresh) index.observe(features.of(k.key, k.article));
  const pairs: ReusePair[] = [];
  for (const k of fresh) {
    const own = features.of(k.key, k.article);
    const fp = index.fingerprint(own);
    for (const other of index.candidates(fp)) {
      const o = byKey.get(other) ?? indexed(other);
      if (!o || other === k.key) continue;
      const theirs = features.of(o.key, o.article);
      const m =
        position(k.key) > position(other)
          ? measure(own, theirs, index)
          : measure(theirs, own, index);
      if (isReuse(m)) pairs.push({ a: k.key, b: other });
    }
    index.add(k.key, fp);
  }
  return pairs;
}

/**
 * The pairs as the batch reuse stage hands them to `relationsFrom`: measured with the later
 * article on side A, in the order the batch finds them (by the later article, then the earlier).
 * A pair that no longer verifies with the index's current statistics is dropped.
 */
export function edgesOf(
  pairs: readonly ReusePair[],
  articles: ReadonlyMap<string, Keyed>,
  position: (key: string) => number,
  index: ReuseIndex,
  features: FeatureCache,
): Edge[] {
  const oriented = pairs
    .filter((p) => articles.has(p.a) && articles.has(p.b))
    .map((p) => (position(p.a) > position(p.b) ? p : { a: p.b, b: p.a }))
    .sort((x, y) => position(x.a) - position(y.a) || position(x.b) - position(y.b));
  const edges: Edge[] = [];
  for (const p of oriented) {
    const a = articles.get(p.a)!;
    const b = articles.get(p.b)!;
    const fa = features.of(a.key, a.article);
    const fb = features.of(b.key, b.article);
    const m = measure(fa, fb, index);
    if (isReuse(m)) edges.push({ a: a.article.id, b: b.article.id, m: explained(m, fa, fb) });
  }
  return edges;
}

/**
 * The corpus through its stories and their dates: the batch pipeline's stages, with the reuse
 * stage's relations worked out from the given edges. `articles` are in the corpus order.
 */
export function storiesOfCorpus(
  articles: readonly Article[],
  edges: readonly Edge[],
  ctx: Context,
): Corpus {
  let corpus: CorpusDraft = { articles, skipped: [] };
  for (const stage of BEFORE_REUSE) corpus = stage.run(corpus, ctx);
  const { relations, groups } = relationsFrom(corpus.articles, edges);
  corpus = { ...corpus, reuse: relations, copyGroups: groups };
  for (const stage of AFTER_REUSE) corpus = stage.run(corpus, ctx);
  if (corpus.stories === undefined) throw new Error("the corpus stages found no stories");
  return { ...corpus, stories: corpus.stories };
}

/**
 * What each story's aggregation reads, by story id: its articles (in the corpus order), its reuse
 * relations and copy groups, and itself. One pass over the corpus for all stories.
 */
export function storyCorpora(corpus: Corpus): Map<string, Corpus> {
  const storyOf = new Map<string, string>();
  for (const s of corpus.stories) for (const id of s.articles) storyOf.set(id, s.id);
  const parts = new Map(
    corpus.stories.map((s) => [
      s.id,
      {
        articles: [] as Article[],
        reuse: [] as ReuseRelation[],
        copyGroups: [] as CopyGroup[],
      },
    ]),
  );
  const partOf = (articleId: string) => parts.get(storyOf.get(articleId) ?? "");
  for (const a of corpus.articles) partOf(a.id)?.articles.push(a);
  for (const r of corpus.reuse ?? []) partOf(r.copy)?.reuse.push(r);
  for (const g of corpus.copyGroups ?? []) partOf(g.origin)?.copyGroups.push(g);
  return new Map(
    corpus.stories.map((s) => [s.id, { ...parts.get(s.id)!, skipped: [], stories: [s] }]),
  );
}

/**
 * A digest of everything a story's aggregation reads that can change as the corpus grows (`own`
 * is the story's part of the corpus, see `storyCorpora`): the story, its reuse relations and
 * copy groups, the fields corpus stages set on its articles, and today's date. An article's own
 * analysis never changes once stored, so its id stands for it.
 */
export function storyDigest(own: Corpus, ctx: Context): string {
  const input = {
    today: ctx.today,
    story: own.stories,
    reuse: own.reuse,
    copyGroups: own.copyGroups,
    articles: own.articles.map((a) => [a.id, ...CORPUS_CHANGED_FIELDS.map((f) => a[f] ?? null)]),
  };
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}

/** One story's brief: the aggregation stages run on the story's part of the corpus, then `briefOf`. */
export function storyBrief(own: Corpus, ctx: Context): BriefJson {
  let corpus: CorpusDraft = own;
  for (const stage of AGGREGATION) corpus = stage.run(corpus, ctx);
  return briefOf({ ...corpus, stories: own.stories });
}
