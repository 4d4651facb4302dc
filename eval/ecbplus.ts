import { readFile } from "node:fs/promises";
import type { Article, Corpus, RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages, runPipeline } from "../src/pipeline/run.js";
import { inCorpusOrder } from "../src/service/corpus-order.js";
import {
  edgesOf,
  FeatureCache,
  indexNewArticles,
  storiesOfCorpus,
  type Keyed,
  type ReusePair,
} from "../src/service/incremental.js";
import { ReuseIndex } from "../src/stages/reuse/05-reuse-index.js";
import { clusterStories } from "../src/stages/cluster/cluster.js";
import { detectReuse } from "../src/stages/reuse/reuse.js";
import { adjustedRand, bcubed } from "./clustering-metrics.js";
import { EVAL_TODAY, rawFromText } from "./shared.js";

export type EcbScore = {
  articles: number;
  events: number;
  stories: number;
  precision: number;
  recall: number;
  f1: number;
  ari: number;
  /** Share of cross-event pairs inside a topic (two similar events) that were put in one story. */
  withinTopicMerged: number;
};

export type EcbArticle = { id: string; topic: number; text: string };

/** ECB+ articles with their gold event, for the topics asked for. */
export async function loadEcbArticles(
  dir: string,
  topics: (t: number) => boolean,
): Promise<{ articles: EcbArticle[]; gold: Map<string, string> }> {
  const lines = (await readFile(`${dir}/articles.jsonl`, "utf8")).split("\n").filter(Boolean);
  const articles = lines.map((l) => JSON.parse(l) as EcbArticle).filter((a) => topics(a.topic));
  const clusters = (
    JSON.parse(await readFile(`${dir}/gold.json`, "utf8")) as { clusters: Record<string, string[]> }
  ).clusters;
  const gold = new Map<string, string>();
  for (const [event, ids] of Object.entries(clusters)) for (const id of ids) gold.set(id, event);
  return { articles, gold };
}

/**
 * The stories of articles added in batches, as the store's corpus update finds them (see
 * src/service/update-store.ts) without the database: each batch goes into one reuse index kept
 * across batches, then the stories are found over every article added so far. Keys stand for
 * store ids: the order articles arrived in.
 */
function incrementalStories(
  raws: readonly RawArticle[],
  batchSize: number,
  ctx: ReturnType<typeof defaultContext>,
): Corpus {
  const index = new ReuseIndex(raws.length);
  const features = new FeatureCache();
  const pairs: ReusePair[] = [];
  const added: { storeId: string; article: Article }[] = [];
  let corpus: Corpus = { articles: [], skipped: [], stories: [] };
  for (let start = 0; start < raws.length; start += batchSize) {
    for (const [i, raw] of raws.slice(start, start + batchSize).entries())
      added.push({ storeId: String(start + i + 1), article: runArticleStages(raw, ctx) });
    const ordered = inCorpusOrder(added);
    const byKey = new Map<string, Keyed>(ordered.map((k) => [k.key, k]));
    const position = new Map(ordered.map((k, i) => [k.key, i]));
    const positionOf = (key: string): number => position.get(key) ?? -1;
    const fresh = ordered.filter((k) => Number(k.key) > start);
    pairs.push(...indexNewArticles(index, fresh, (k) => byKey.get(k), positionOf, features));
    const edges = edgesOf(pairs, byKey, positionOf, index, features);
    corpus = storiesOfCorpus(
      ordered.map((k) => k.article),
      edges,
      ctx,
    );
  }
  return corpus;
}

/**
 * Story clustering on ECB+ (each topic holds two different events of the same kind). The ids
 * carry the answer, so articles enter the pipeline under neutral ids and the gold is joined back
 * by position. `order` permutes the input to measure order sensitivity.
 */
export async function evaluateEcb(
  dir: string,
  topics: (t: number) => boolean,
  order?: (n: number) => number[],
  /**
   * How the articles arrive: "batch" all at once; "feed" assigned to stories in input order, as
   * a live feed is; or a number, in batches of that size through the store's incremental update.
   */
  arrival: "batch" | "feed" | number = "batch",
): Promise<EcbScore> {
  const { articles, gold } = await loadEcbArticles(dir, topics);
  const perm = order ? order(articles.length) : articles.map((_, i) => i);
  const raws: RawArticle[] = perm.map((i, k) => rawFromText(`doc-${k}`, articles[i]!.text));
  const ctx = defaultContext({ today: EVAL_TODAY });
  const corpus =
    typeof arrival === "number"
      ? incrementalStories(raws, arrival, ctx)
      : arrival === "feed"
        ? clusterStories(
            detectReuse({
              articles: raws.map((r) => runArticleStages(r, ctx)),
              skipped: [],
              stories: [],
            }),
            { arrivalOrder: true },
          )
        : runPipeline(raws, [], ctx);
  const predicted = new Map<string, string>();
  const goldByDoc = new Map<string, string>();
  const topicOf = new Map<string, number>();
  for (const s of corpus.stories) for (const id of s.articles) predicted.set(id, s.id);
  perm.forEach((i, k) => {
    goldByDoc.set(`doc-${k}`, gold.get(articles[i]!.id)!);
    topicOf.set(`doc-${k}`, articles[i]!.topic);
  });
  let crossPairs = 0;
  let merged = 0;
  const docs = [...goldByDoc.keys()];
  for (let x = 0; x < docs.length; x++) {
    for (let y = x + 1; y < docs.length; y++) {
      const a = docs[x]!;
      const b = docs[y]!;
      if (topicOf.get(a) !== topicOf.get(b) || goldByDoc.get(a) === goldByDoc.get(b)) continue;
      crossPairs++;
      if (predicted.get(a) === predicted.get(b)) merged++;
    }
  }
  const b3 = bcubed(predicted, goldByDoc);
  return {
    articles: raws.length,
    events: new Set(goldByDoc.values()).size,
    stories: corpus.stories.length,
    ...b3,
    ari: adjustedRand(predicted, goldByDoc),
    withinTopicMerged: crossPairs ? merged / crossPairs : 0,
  };
}
