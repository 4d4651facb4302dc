/**
 * Helpers for the quote evaluations: run the article stages on a dataset text, take each quote's
 * spans in the text's own offsets, and match spans one to one.
 */
import type { Quote, Range } from "../src/model/index.js";
import { spanOf } from "../src/model/offsets.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { EVAL_TODAY, rawFromText } from "./shared.js";

/** A quote's spans in the original text: content (with marks), speaker and cue. */
export type QuoteSpans = {
  kind: Quote["kind"];
  content: Range;
  speaker: Range | null;
  cue: Range | null;
};

const ctx = defaultContext({ today: EVAL_TODAY });

/** Quotes of a dataset text, with spans in its own offsets. */
export function quotesOfText(id: string, text: string): QuoteSpans[] {
  const a = runArticleStages(rawFromText(id, text), ctx);
  const range = (start: number, end: number): Range => {
    const s = spanOf(a, start, end);
    return { start: s.start, end: s.end };
  };
  return (a.quotes ?? []).map((q) => ({
    kind: q.kind,
    content: range(q.outer.start, q.outer.end),
    // A carried-over speaker is not written beside the quote: no source span.
    speaker:
      q.speaker && q.speaker.from !== "carried" ? range(q.speaker.start, q.speaker.end) : null,
    cue: q.cue ? range(q.cue.start, q.cue.end) : null,
  }));
}

export const overlapOf = (a: Range, b: Range): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * One-to-one matching of gold and predicted spans: each gold span takes the free prediction
 * that `score`s highest above zero. Returns, for each gold span, the index of its match or -1.
 */
export function matchSpans<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  score: (g: G, p: P) => number,
): number[] {
  const used = new Uint8Array(predicted.length);
  return gold.map((g) => {
    let best = -1;
    let bestScore = 0;
    predicted.forEach((p, i) => {
      if (used[i]) return;
      const s = score(g, p);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best >= 0) used[best] = 1;
    return best;
  });
}

export type Prf = { p: number; r: number; f1: number; tp: number; gold: number; predicted: number };

export function prf(tp: number, gold: number, predicted: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, predicted };
}
