/**
 * Story assignment with every article in one time window (issue 17, item 2): a real day of news
 * holds tens of thousands of open stories at once, where the dated feed of story-index-bench's
 * `--timing` keeps about a thousand open. Run through bench/story-index-bench.ts `--one-window`.
 *
 * The in-memory `StoryIndex` (what `corroborate brief` clusters with) is fed generated articles
 * (bench/generate.ts), all dated one day, as a feed: each is counted into the term statistics,
 * then placed. At each size, the next `calls` articles are timed one by one. The same articles go
 * through an index that reads every posting and scores every candidate (the rule before the
 * caps) up to the smallest size, as the same-run baseline; past it that index would take minutes
 * per thousand articles.
 *
 * The generated articles go through the article stages up to "temporal" only: the story terms
 * read the clean text, title, sentences and dates (`termCounts`), and the later stages (mentions,
 * figures, quotes) would triple the time to build 100,000.
 */
import { performance } from "node:perf_hooks";
import type { Article, RawArticle } from "../src/model/index.js";
import { defaultContext, type Context } from "../src/pipeline/context.js";
import { completeArticle, draftArticle } from "../src/pipeline/run.js";
import type { ArticleInProgress } from "../src/pipeline/stage.js";
import { ARTICLE_STAGES } from "../src/pipeline/stages.js";
import { StoryIndex, TermStats, vectorOf } from "../src/stages/cluster/02-story-index.js";
import {
  batchEntries,
  canonicalOrder,
  REFINE_PASSES,
  STORY_THRESHOLD,
} from "../src/stages/cluster/cluster.js";
import { DEFAULT_BASE, generateArticles, loadBase, toRawArticle } from "./generate.js";

/** The day every generated article is dated. */
const ONE_DAY = "2026-01-01";
/** The stages `termCounts` reads the output of. */
const TERM_STAGES = ARTICLE_STAGES.slice(
  0,
  ARTICLE_STAGES.findIndex((s) => s.name === "temporal") + 1,
);

/**
 * A generated article dated `ONE_DAY`, analysed as far as the story terms need; the later
 * stages' fields are left empty (assignment does not read them), so the store takes it as it
 * takes any analysed article.
 */
export function oneDayArticle(raw: RawArticle, ctx: Context): Article {
  let draft: ArticleInProgress = draftArticle({ ...raw, published: ONE_DAY });
  for (const stage of TERM_STAGES) draft = stage.run(draft, ctx);
  return completeArticle({ mentions: [], figures: [], quotes: [], ...draft });
}

/** `count` generated articles, all dated `ONE_DAY` (see `oneDayArticle`). */
export async function oneDayArticles(count: number): Promise<Article[]> {
  const base = await loadBase(DEFAULT_BASE);
  const ctx = defaultContext({ today: "2030-01-01" });
  return [...generateArticles(base, { count, seed: 1 })].map((g) =>
    oneDayArticle(toRawArticle(g), ctx),
  );
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The index's caps: none given is the defaults (capped postings, capped scoring). */
type Caps = { readonly postingsPerTerm?: number; readonly scoredPerArticle?: number };
/** The rule before the caps: every posting read, every candidate scored. */
const UNCAPPED: Caps = { postingsPerTerm: Infinity, scoredPerArticle: Infinity };

/** An index fed as a feed: counted into its statistics, then placed; what each placing cost. */
class FedIndex {
  readonly index: StoryIndex;
  constructor(caps: Caps = {}) {
    this.index = new StoryIndex(STORY_THRESHOLD, { stats: new TermStats(), ...caps });
  }
  /** Adds the article; the milliseconds its placing took. */
  add(article: Article): number {
    const counts = this.index.observe(article);
    const started = performance.now();
    this.index.add(article, counts);
    return performance.now() - started;
  }
}

/** One size's line: per-article times and candidates scored of the timed articles. */
function report(label: string, times: readonly number[], scored: number): string {
  return (
    `${label}: median ${median(times).toFixed(3)} ms, mean ${mean(times).toFixed(3)} ms, ` +
    `max ${Math.max(...times).toFixed(1)} ms per ` +
    `article, ${(scored / times.length).toFixed(0)} candidate stories scored per article`
  );
}

export async function oneWindow(sizes: readonly number[], calls: number): Promise<void> {
  const sorted = [...sizes].sort((a, b) => a - b);
  const base = await loadBase(DEFAULT_BASE);
  const ctx = defaultContext({ today: "2030-01-01" });
  const capped = new FedIndex();
  const baseline = new FedIndex(UNCAPPED);
  const articles = generateArticles(base, {
    count: sorted.at(-1)! + calls * sorted.length,
    seed: 1,
  });
  let analysisMs = 0;
  const next = (): Article => {
    const started = performance.now();
    const article = oneDayArticle(toRawArticle(articles.next().value!), ctx);
    analysisMs += performance.now() - started;
    return article;
  };
  const results: { size: number; median: number; mean: number }[] = [];
  let added = 0;
  for (const size of sorted) {
    const withBaseline = size === sorted[0];
    let fillMs = 0;
    for (; added < size; added++) {
      const article = next();
      fillMs += capped.add(article);
      if (withBaseline) baseline.add(article);
    }
    const scoredBefore = [capped.index.candidatesScored, baseline.index.candidatesScored];
    const times: number[] = [];
    const baselineTimes: number[] = [];
    for (let c = 0; c < calls; c++, added++) {
      const article = next();
      times.push(capped.add(article));
      if (withBaseline) baselineTimes.push(baseline.add(article));
    }
    console.log(
      `${size} articles in one window (all dated ${ONE_DAY}): ${capped.index.openStories} open ` +
        `stories; the capped index's assignment took ${(fillMs / 1000).toFixed(1)} s since the ` +
        `last size (analysis so far ${(analysisMs / 1000).toFixed(0)} s)`,
    );
    console.log(`  ${report("capped", times, capped.index.candidatesScored - scoredBefore[0]!)}`);
    if (withBaseline)
      console.log(
        `  ${report("every posting (baseline)", baselineTimes, baseline.index.candidatesScored - scoredBefore[1]!)}; ` +
          `capped/baseline: median ${(median(times) / median(baselineTimes)).toFixed(3)}, ` +
          `mean ${(mean(times) / mean(baselineTimes)).toFixed(3)}`,
      );
    results.push({ size, median: median(times), mean: mean(times) });
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results.at(-1)!;
    console.log(
      `capped, per-article time at ${last.size} / at ${first.size}: median ` +
        `${(last.median / first.median).toFixed(2)}×, mean ${(last.mean / first.mean).toFixed(2)}× ` +
        `(one run; the machine is shared)`,
    );
  }
}

/**
 * ECB+ texts, undated (every article in one window, every story open to every article), put in
 * stories as `clusterStories` does (canonical order, then refinement), with the capped postings
 * and with every posting; the time of the whole assignment and the candidates scored.
 */
export function ecbOneWindow(articles: readonly Article[]): void {
  const ordered = canonicalOrder(
    articles,
    (a) => a,
    (a) => a.id,
  );
  const { entries, stats } = batchEntries(ordered);
  const runs: [string, Caps][] = [
    ["every posting (baseline)", UNCAPPED],
    ["capped", {}],
    ["every posting (baseline)", UNCAPPED],
    ["capped", {}],
  ];
  const ms = new Map<string, number[]>();
  const scored = new Map<string, number>();
  for (const [label, caps] of runs) {
    const started = performance.now();
    const index = new StoryIndex(STORY_THRESHOLD, { stats, ...caps });
    for (const e of entries) index.addVector(e.key, vectorOf(e.counts, stats), e.day);
    index.settle(
      entries.map((e) => e.key),
      REFINE_PASSES,
    );
    ms.set(label, [...(ms.get(label) ?? []), performance.now() - started]);
    scored.set(label, index.candidatesScored);
  }
  for (const [label, times] of ms)
    console.log(
      `ECB+ ${articles.length} articles, undated: ${label}: assignment and refinement ` +
        `${Math.min(...times).toFixed(0)} ms (best of ${times.length}), ` +
        `${(scored.get(label)! / articles.length).toFixed(0)} candidate stories scored per article ` +
        `(placing and refinement passes together)`,
    );
}
