/**
 * The story index as a feed uses it: articles arrive in date order and each is assigned at once.
 * Prints the rate of assignment once the index already holds most of the corpus, and the index's
 * open stories and heap as the corpus grows, which stay flat once the corpus spans more than the
 * time window.
 */
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { StoryIndex } from "../src/stages/cluster/02-story-index.js";
import { STORY_THRESHOLD } from "../src/stages/cluster/cluster.js";
import { termCounts } from "../src/stages/cluster/01-terms.js";
import { generateArticles, toRawArticle, type Base } from "./generate.js";
import { bcubed } from "../eval/clustering-metrics.js";
import { collectGarbage } from "./measure.js";

export const TARGET_ASSIGNED_PER_SECOND = 1000;

export type ClusterFigures = {
  articles: number;
  /** Articles a second assigned over the last tenth, with nine tenths already indexed. */
  lastTenthPerSecond: number;
  checkpoints: { indexed: number; openStories: number; heapMB: number }[];
  /** B-cubed F1 of the feed's stories against the generator's stories. */
  bcubedF1: number;
};

export function clusterFigures(base: Base, count: number, seed: number): ClusterFigures {
  const ctx = defaultContext({ today: "2026-11-23" });
  // Counts only: the index needs nothing else of an article, and a feed would not keep the text.
  const items: {
    id: string;
    day: string;
    story: string;
    counts: Map<number, number>;
    article: Parameters<StoryIndex["add"]>[0];
  }[] = [];
  for (const g of generateArticles(base, { count, seed })) {
    const a = runArticleStages(toRawArticle(g), ctx);
    const light = {
      ...a,
      original: "",
      clean: "",
      tokens: new Int32Array(0),
      sentences: [],
      paragraphs: [],
      removed: [],
    };
    items.push({
      id: a.id,
      day: g.published,
      story: g.story,
      counts: termCounts(a),
      article: light,
    });
  }
  items.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  collectGarbage?.();
  const index = new StoryIndex(STORY_THRESHOLD);
  const checkpoints: ClusterFigures["checkpoints"] = [];
  const tenth = Math.floor(count / 10);
  let lastTenthStart = 0;
  for (let i = 0; i < items.length; i++) {
    if (i === count - tenth) lastTenthStart = performance.now();
    const it = items[i]!;
    index.stats.observe(it.counts);
    index.add(it.article, it.counts);
    if ((i + 1) % tenth === 0) {
      collectGarbage?.();
      checkpoints.push({
        indexed: i + 1,
        openStories: index.openStories,
        heapMB: process.memoryUsage().heapUsed / 1024 / 1024,
      });
    }
  }
  const lastTenthPerSecond = tenth / ((performance.now() - lastTenthStart) / 1000);
  const predicted = new Map<string, string>();
  index.groups().forEach((g, k) => g.forEach((id) => predicted.set(id, String(k))));
  const { f1 } = bcubed(predicted, new Map(items.map((it) => [it.id, it.story])));
  return { articles: count, lastTenthPerSecond, checkpoints, bcubedF1: f1 };
}
