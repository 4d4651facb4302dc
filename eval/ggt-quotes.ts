/**
 * Quote extraction scored on the GenderGapTracker evaluation set (98 Canadian news articles,
 * 1,493 quotes, direct and reported). As in its own evaluation, a predicted quote matches a gold
 * quote when it covers more than 30% (or 80%) of the gold quote's characters; a speaker is right
 * when its span overlaps the gold speaker's span. The set has no train/test split: it was only
 * read for error categories, never tuned on quote by quote.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  matchSpans,
  overlapOf,
  prf,
  quotesOfText,
  type Prf,
  type QuoteSpans,
} from "./quote-spans.js";

type GgtArticle = { id: string; text: string };
type GgtQuote = {
  article: string;
  start: number;
  end: number;
  speaker_start: number | null;
  speaker_end: number | null;
};

export type GgtScore = {
  at03: Prf;
  at08: Prf;
  speakerAccuracy: number;
  speakersScored: number;
  articles: number;
  articlesPerSecond: number;
};

const readJsonl = async <T>(path: string): Promise<T[]> =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Share of the gold quote's characters the prediction covers. */
const coverage = (g: GgtQuote, p: QuoteSpans): number =>
  overlapOf(g, p.content) / Math.max(1, g.end - g.start);

export async function evaluateGgt(dir: string): Promise<GgtScore> {
  const articles = await readJsonl<GgtArticle>(join(dir, "articles.jsonl"));
  const quotes = await readJsonl<GgtQuote>(join(dir, "quotes.jsonl"));
  const byArticle = new Map<string, GgtQuote[]>();
  for (const q of quotes) byArticle.set(q.article, [...(byArticle.get(q.article) ?? []), q]);
  const tp = { "0.3": 0, "0.8": 0 };
  let gold = 0;
  let predicted = 0;
  let speakersRight = 0;
  let speakersScored = 0;
  let ms = 0;
  articles.forEach((a, i) => {
    const t0 = performance.now();
    const pred = quotesOfText(`ggt-${i}`, a.text);
    ms += performance.now() - t0;
    const g = byArticle.get(a.id) ?? [];
    gold += g.length;
    predicted += pred.length;
    for (const threshold of ["0.3", "0.8"] as const) {
      const min = Number(threshold);
      const match = matchSpans(g, pred, (x, p) => (coverage(x, p) > min ? coverage(x, p) : 0));
      match.forEach((m, k) => {
        if (m < 0) return;
        tp[threshold]++;
        const q = g[k]!;
        if (threshold !== "0.3" || q.speaker_start === null || q.speaker_end === null) return;
        speakersScored++;
        const s = pred[m]!.speaker;
        if (s && overlapOf(s, { start: q.speaker_start, end: q.speaker_end }) > 0) speakersRight++;
      });
    }
  });
  return {
    at03: prf(tp["0.3"], gold, predicted),
    at08: prf(tp["0.8"], gold, predicted),
    speakerAccuracy: speakersScored ? speakersRight / speakersScored : 0,
    speakersScored,
    articles: articles.length,
    articlesPerSecond: (articles.length / ms) * 1000,
  };
}
