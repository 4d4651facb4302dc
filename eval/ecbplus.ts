import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Corpus, RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages, runPipeline } from "../src/pipeline/run.js";
import { updateCorpus } from "../src/service/update-store.js";
import { ingestArticles } from "../src/store/ingest.js";
import { openStore, type Store } from "../src/store/open.js";
import { reclusterBehind, reclusterOpenWindow } from "../src/store/recluster.js";
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
  /**
   * Arrivals through the store: the stories right after the last update, before the catch-up
   * re-clustering a store that has gone quiet runs (the score above is after it).
   */
  beforeCatchUp?: Omit<EcbScore, "beforeCatchUp">;
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
 * in a temporary folder, removed after. `updateCorpus` re-clusters the open window when that is
 * due (once the articles since the last reach a share of it); ECB+ articles carry no date, so
 * that window is every article stored so far. `settled`: after the last update, the catch-up
 * re-clustering a store running jobs makes once its feed goes quiet; `beforeCatchUp`: before it.
 */
async function incrementalStories(
  raws: readonly RawArticle[],
  batchSize: number,
  ctx: ReturnType<typeof defaultContext>,
): Promise<{ settled: Corpus["stories"]; beforeCatchUp: Corpus["stories"] }> {
  const data = await mkdtemp(join(tmpdir(), "corroborate-eval-store-"));
  const store = await openStore({ data });
  try {
    for (let start = 0; start < raws.length; start += batchSize) {
      await ingestArticles(store, raws.slice(start, start + batchSize), ctx);
      await updateCorpus(store, ctx);
    }
    const beforeCatchUp = await storedStories(store);
    if (await reclusterBehind(store.db)) await reclusterOpenWindow(store);
    return { settled: await storedStories(store), beforeCatchUp };
  } finally {
    await store.close();
    await rm(data, { recursive: true, force: true });
  }
}

/** A store's stories, as the pipeline's (members by input id). */
async function storedStories(store: Store): Promise<Corpus["stories"]> {
  const rows = await store.db
    .selectFrom("story_articles")
    .innerJoin("articles", "articles.id", "story_articles.article_id")
    .select(["story_articles.story_id", "articles.input_id"])
    .execute();
  const members = new Map<string, string[]>();
  for (const r of rows) members.set(r.story_id, [...(members.get(r.story_id) ?? []), r.input_id]);
  return [...members].map(([id, articles]) => ({
    id,
    label: "",
    articles,
    from: null,
    to: null,
  }));
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
  const incremental =
    typeof arrival === "number" ? await incrementalStories(raws, arrival, ctx) : null;
  const stories =
    incremental !== null
      ? incremental.settled
      : (arrival === "feed"
          ? clusterStories(
              detectReuse({
                articles: raws.map((r) => runArticleStages(r, ctx)),
                skipped: [],
                stories: [],
              }),
              { arrivalOrder: true },
            )
          : runPipeline(raws, [], ctx)
        ).stories;
  const goldByDoc = new Map<string, string>();
  const topicOf = new Map<string, number>();
  perm.forEach((i, k) => {
    goldByDoc.set(`doc-${k}`, gold.get(articles[i]!.id)!);
    topicOf.set(`doc-${k}`, articles[i]!.topic);
  });
  const score = (found: Corpus["stories"]) => scoreStories(found, goldByDoc, topicOf);
  return incremental !== null
    ? { ...score(stories), beforeCatchUp: score(incremental.beforeCatchUp) }
    : score(stories);
}

/** Stories against the gold events of their articles (by the ids they entered under). */
function scoreStories(
  stories: Corpus["stories"],
  goldByDoc: Map<string, string>,
  topicOf: ReadonlyMap<string, number>,
): Omit<EcbScore, "beforeCatchUp"> {
  const predicted = new Map<string, string>();
  for (const s of stories) for (const id of s.articles) predicted.set(id, s.id);
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
    articles: goldByDoc.size,
    events: new Set(goldByDoc.values()).size,
    stories: stories.length,
    ...b3,
    ari: adjustedRand(predicted, goldByDoc),
    withinTopicMerged: crossPairs ? merged / crossPairs : 0,
  };
}
