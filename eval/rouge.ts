/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004), written out plainly: words are lower-cased runs of
 * letters and digits (no stemming, no stop-word removal); ROUGE-N counts n-grams shared by the
 * candidate and the reference, each at most as often as it occurs in both ("clipped"); ROUGE-L
 * takes the longest common subsequence of the two word sequences. Every score is the F1 of the
 * precision (over the candidate) and recall (over the reference), 0–1.
 */
export type Rouge = { readonly r1: number; readonly r2: number; readonly rl: number };

const WORD = /[\p{L}\p{N}]+/gu;

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

const f1 = (common: number, candidate: number, reference: number): number =>
  common === 0 || candidate === 0 || reference === 0 ? 0 : (2 * common) / (candidate + reference); // = 2PR/(P+R) with P = c/cand, R = c/ref

function ngramCounts(words: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const g = words.slice(i, i + n).join(" ");
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export function rougeN(
  candidate: readonly string[],
  reference: readonly string[],
  n: number,
): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let common = 0;
  for (const [g, k] of c) common += Math.min(k, r.get(g) ?? 0);
  return f1(common, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence of two word sequences (two-row dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

export function rouge(candidate: string, reference: string): Rouge {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: f1(lcsLength(c, r), c.length, r.length) };
}
