import { createHash } from "node:crypto";
import { briefOf } from "../brief/brief.js";
import type { BriefJson } from "../brief/schema.js";
import type { Article, Corpus, CorpusDraft } from "../model/index.js";
import type { Context } from "../pipeline/context.js";
import type { CorpusStage } from "../pipeline/stage.js";
import { CORPUS_STAGES } from "../pipeline/stages.js";
import { articleFeatures, type ArticleFeatures } from "../stages/reuse/01-features.js";
import { tellingAnchorsOf, type AnchorStats } from "../stages/reuse/05-reuse-index.js";
import { explained, isReuse, measurePair, postingsOf } from "../stages/reuse/06-verify.js";
import type { Edge } from "../stages/reuse/reuse.js";

/**
 * The corpus stages over a corpus that grows batch by batch (issue 15, item 4). The stages are
 * the batch pipeline's own, from `CORPUS_STAGES`, in three parts:
 *
 * - the site names and reuse stages work on the new articles and what they touch: site names
 *   are counted as articles arrive, each new article is looked up in the reuse index kept in the
 *   store and verified against its candidates once, and the relations of the copy groups it
 *   joins are worked out again from the groups' verified pairs (src/service/stored-reuse.ts);
 * - the cluster stage's index is kept in the store too: a new article joins the most similar
 *   story of its days or starts one, a copy joins its origin's story (src/store/story-index.ts);
 * - the stages from the date stage on read one story at a time, and run only for a story whose
 *   inputs changed (see `storyDigest`, src/service/aggregate-story.ts).
 *
 * Nothing reads the whole store, so adding an article costs the same in a small store as in a
 * large one. The price is that an older article is not reconsidered when later ones change the
 * term statistics: the stories can differ a little from a batch run's over the same articles
 * (measured on ECB+ by `npm run eval`, row ecbplus.incremental_change).
 */

const REUSE = "reuse";
/** The last stage before a story's aggregation; it reads only the story's own articles. */
const DATE = "date";

function stageIndex(name: string): number {
  const i = CORPUS_STAGES.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no corpus stage named ${name}`);
  return i;
}

/** The date stage: it reads a story's own articles only, so it runs on one story's part. */
export const STORY_DATE_STAGE: CorpusStage = CORPUS_STAGES[stageIndex(DATE)]!;

const BEFORE_REUSE: readonly CorpusStage[] = CORPUS_STAGES.slice(0, stageIndex(REUSE));
const AFTER_REUSE: readonly CorpusStage[] = CORPUS_STAGES.slice(
  stageIndex(REUSE) + 1,
  stageIndex(DATE) + 1,
);
const AGGREGATION: readonly CorpusStage[] = CORPUS_STAGES.slice(stageIndex(DATE) + 1);

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
export function measure(
  later: ArticleFeatures,
  earlier: ArticleFeatures,
  stats: AnchorStats,
): ReturnType<typeof measurePair> {
  return measurePair(later, earlier, postingsOf(later), [
    tellingAnchorsOf(later, stats),
    tellingAnchorsOf(earlier, stats),
  ]);
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
  stats: AnchorStats,
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
    const m = measure(fa, fb, stats);
    if (isReuse(m)) edges.push({ a: a.article.id, b: b.article.id, m: explained(m, fa, fb) });
  }
  return edges;
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
