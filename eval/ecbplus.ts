import { readFile } from "node:fs/promises";
import type { RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages, runPipeline } from "../src/pipeline/run.js";
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

type EcbArticle = { id: string; topic: number; text: string };

/** ECB+ articles with their gold event, for the topics asked for. */
async function load(
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
 * Story clustering on ECB+ (each topic holds two different events of the same kind). The ids
 * carry the answer, so articles enter the pipeline under neutral ids and the gold is joined back
 * by position. `order` permutes the input to measure order sensitivity.
 */
export async function evaluateEcb(
  dir: string,
  topics: (t: number) => boolean,
  order?: (n: number) => number[],
  /** Assign stories in input order, as a live feed does, instead of the batch's canonical order. */
  feed = false,
): Promise<EcbScore> {
  const { articles, gold } = await load(dir, topics);
  const perm = order ? order(articles.length) : articles.map((_, i) => i);
  const raws: RawArticle[] = perm.map((i, k) => rawFromText(`doc-${k}`, articles[i]!.text));
  const ctx = defaultContext({ today: EVAL_TODAY });
  const corpus = feed
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
