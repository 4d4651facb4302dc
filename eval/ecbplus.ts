import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Corpus, RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages, runPipeline } from "../src/pipeline/run.js";
import { updateCorpus } from "../src/service/update-store.js";
import { ingestArticles } from "../src/store/ingest.js";
import { openStore } from "../src/store/open.js";
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
 * The stories a store finds when the articles are ingested in batches of `batchSize`, each
 * followed by the store's incremental update, as `corroborate ingest` does: on an embedded store
 * in a temporary folder, removed after. `updateCorpus` re-clusters the open window after taking
 * the batch in (the state a store running jobs reaches once its queue is idle); ECB+ articles
 * carry no date, so that window is every article stored so far.
 */
async function incrementalStories(
  raws: readonly RawArticle[],
  batchSize: number,
  ctx: ReturnType<typeof defaultContext>,
): Promise<Pick<Corpus, "stories">> {
  const data = await mkdtemp(join(tmpdir(), "corroborate-eval-store-"));
  const store = await openStore({ data });
  try {
    for (let start = 0; start < raws.length; start += batchSize) {
      await ingestArticles(store, raws.slice(start, start + batchSize), ctx);
      await updateCorpus(store, ctx);
    }
    const rows = await store.db
      .selectFrom("story_articles")
      .innerJoin("articles", "articles.id", "story_articles.article_id")
      .select(["story_articles.story_id", "articles.input_id"])
      .execute();
    const members = new Map<string, string[]>();
    for (const r of rows) members.set(r.story_id, [...(members.get(r.story_id) ?? []), r.input_id]);
    return {
      stories: [...members].map(([id, articles]) => ({
        id,
        label: "",
        articles,
        from: null,
        to: null,
      })),
    };
  } finally {
    await store.close();
    await rm(data, { recursive: true, force: true });
  }
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
      ? await incrementalStories(raws, arrival, ctx)
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
