import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article, Corpus, Story } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { detectReuse } from "../src/stages/reuse/reuse.js";
import {
  BRIEF_SUMMARY,
  storySummary,
  SUMMARY_WEIGHTS,
  type SummaryLength,
  type SummaryWeights,
} from "../src/stages/summary/summary.js";
import { rouge, type Rouge } from "./rouge.js";
import { EVAL_TODAY, rawFromText } from "./shared.js";

/** One NeuS example: three articles on one story (left, centre, right, in random order) and the roundup. */
export type NeusExample = { readonly articles: readonly string[]; readonly target: string };

const SEP = " [SEP] ";
const ARTICLE_MARK = "ARTICLE=>";

/** The body of a `TITLE=> … ARTICLE=> …` record: titles are compared by neither side. */
export function bodyOf(record: string): string {
  const at = record.indexOf(ARTICLE_MARK);
  return (at >= 0 ? record.slice(at + ARTICLE_MARK.length) : record).trim();
}

export async function readNeus(dir: string, split: "val" | "test"): Promise<NeusExample[]> {
  const sources = (await readFile(join(dir, `${split}.source`), "utf8")).split("\n");
  const targets = (await readFile(join(dir, `${split}.target`), "utf8")).split("\n");
  const out: NeusExample[] = [];
  for (let i = 0; i < sources.length; i++) {
    if (!sources[i]!.trim()) continue;
    out.push({ articles: sources[i]!.split(SEP).map(bodyOf), target: bodyOf(targets[i] ?? "") });
  }
  return out;
}

/** An example's articles through the article stages and the reuse stage, as one story. */
export function neusCorpus(example: NeusExample, n: number): { corpus: Corpus; story: Story } {
  const ctx = defaultContext({ today: EVAL_TODAY });
  const articles: Article[] = example.articles.map((text, i) =>
    runArticleStages(rawFromText(`neus-${n}-${i + 1}`, text), ctx),
  );
  const story: Story = {
    id: `neus-${n}`,
    label: "",
    articles: articles.map((a) => a.id),
    from: null,
    to: null,
  };
  const corpus = detectReuse({ articles, skipped: [], stories: [story] });
  return { corpus, story };
}

/**
 * The lead-3 baseline as usually computed for news summarisation: the first three sentences of
 * the first article (here the first of the three as the line gives them, in random order), cut
 * by our own sentence splitter.
 */
export function lead3(article: Article): string {
  const s = article.sentences;
  if (s.length === 0) return "";
  return article.clean.slice(s[0]!.start, s[Math.min(3, s.length) - 1]!.end);
}

export type NeusScores = { ours: Rouge; lead3: Rouge; words: number; examples: number; ms: number };

const mean = (xs: readonly Rouge[]): Rouge => ({
  r1: xs.reduce((t, x) => t + x.r1, 0) / Math.max(1, xs.length),
  r2: xs.reduce((t, x) => t + x.r2, 0) / Math.max(1, xs.length),
  rl: xs.reduce((t, x) => t + x.rl, 0) / Math.max(1, xs.length),
});

/** Our summaries and lead-3 against the roundups of one split, macro-averaged over examples. */
export function scoreNeus(
  examples: readonly NeusExample[],
  length: SummaryLength,
  weights: SummaryWeights = SUMMARY_WEIGHTS,
): NeusScores {
  const t0 = performance.now();
  const ours: Rouge[] = [];
  const leads: Rouge[] = [];
  let words = 0;
  examples.forEach((ex, n) => {
    const { corpus, story } = neusCorpus(ex, n);
    const summary = storySummary(story, corpus, length, weights);
    words += summary.words;
    ours.push(rouge(summary.sentences.map((s) => s.text).join(" "), ex.target));
    leads.push(rouge(lead3(corpus.articles[0]!), ex.target));
  });
  return {
    ours: mean(ours),
    lead3: mean(leads),
    words: words / Math.max(1, examples.length),
    examples: examples.length,
    ms: performance.now() - t0,
  };
}

/**
 * Summary lengths tried on val. The roundups run about 65 words, far shorter than the brief's
 * 120–250, so the best length for ROUGE is picked on val and reported on test beside the brief's.
 */
export const NEUS_TARGETS = [40, 60, 80, 100] as const;

export async function evaluateNeus(dir: string): Promise<{
  test: NeusScores;
  brief: NeusScores;
  target: number;
  val: NeusScores;
}> {
  const val = await readNeus(dir, "val");
  const test = await readNeus(dir, "test");
  let best: { target: number; scores: NeusScores } | null = null;
  for (const target of NEUS_TARGETS) {
    const scores = scoreNeus(val, { minWords: 0, targetWords: target, maxWords: target + 40 });
    if (!best || scores.ours.r2 > best.scores.ours.r2) best = { target, scores };
  }
  const length = { minWords: 0, targetWords: best!.target, maxWords: best!.target + 40 };
  return {
    val: best!.scores,
    target: best!.target,
    test: scoreNeus(test, length),
    brief: scoreNeus(test, BRIEF_SUMMARY),
  };
}
