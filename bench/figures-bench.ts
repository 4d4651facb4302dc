/**
 * The figures stages alone, on real news texts: the GenderGapTracker and PolNeAR dev articles
 * when ../shared is there, else the example corpus. Earlier stages run first and are not timed.
 * The article stage runs `--repeat` times over every article on one core; the story stage then
 * groups the figures of stories of STORY_SIZE articles each (a large story for a news batch).
 *
 *   npx tsx bench/figures-bench.ts [--repeat 5]
 */
import { performance } from "node:perf_hooks";
import { realArticles } from "./real-articles.js";
import type { Article, Story } from "../src/model/index.js";
import { articleFigures } from "../src/stages/figures/figures.js";
import { storyFigures } from "../src/stages/figures/05-agreement.js";

/** The target for the stage. */
const TARGET_PER_SECOND = 500;
/** Articles per story for the grouping step: stories larger than most news batches hold. */
const STORY_SIZE = 25;

const args = process.argv.slice(2);
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 5;

const articles = await realArticles();
let best = Infinity;
let figures = 0;
let withFigures: Article[] = [];
for (let r = 0; r < repeat; r++) {
  const t0 = performance.now();
  figures = 0;
  withFigures = articles.map((a) => {
    const fs = articleFigures(a);
    figures += fs.length;
    return { ...a, figures: fs };
  });
  best = Math.min(best, performance.now() - t0);
}
const words = articles.reduce((n, a) => n + a.words, 0);
const perSecond = (articles.length / best) * 1000;
process.stdout.write(
  `figures article stage: ${articles.length} articles (${Math.round(words / articles.length)} words each), ${figures} figures; ` +
    `best of ${repeat}: ${best.toFixed(0)} ms, ${Math.round(perSecond)} articles/s — target ${TARGET_PER_SECOND}: ${perSecond >= TARGET_PER_SECOND ? "PASS" : "FAIL"}\n`,
);

let bestStory = Infinity;
for (let r = 0; r < repeat; r++) {
  const t0 = performance.now();
  for (let i = 0; i < withFigures.length; i += STORY_SIZE) {
    const batch = withFigures.slice(i, i + STORY_SIZE);
    const story: Story = {
      id: `s${i}`,
      label: "",
      articles: batch.map((a) => a.id),
      from: null,
      to: null,
    };
    storyFigures(story, batch, []);
  }
  bestStory = Math.min(bestStory, performance.now() - t0);
}
const storyPerSecond = (withFigures.length / bestStory) * 1000;
process.stdout.write(
  `figures story stage (stories of ${STORY_SIZE}): best of ${repeat}: ${bestStory.toFixed(0)} ms, ${Math.round(storyPerSecond)} articles/s\n`,
);
