/**
 * A story's centroid and the arithmetic on it, shared by the in-memory story index and the
 * store's (src/store/story-index.ts), so both put an article in the same story.
 */

import type { TermTable } from "./term-table.js";

/** A sparse, L2-normalised vector: parallel arrays of term hashes and weights. */
export type SparseVector = { readonly terms: Uint32Array; readonly weights: Float32Array };

/**
 * The sum of a story's member vectors, with what the time window and refinement ask of it.
 * Mutable: an index changes it in place as articles join and leave.
 */
export type Centroid = {
  /** Term → summed weight; the insertion order is kept, as sums depend on it. */
  readonly weights: Map<number, number>;
  /** Squared norm of the centroid, kept up to date term by term. */
  normSq: number;
  /** Days (since 1970) of the earliest and latest dated member; null while none is dated. */
  first: number | null;
  last: number | null;
  /** Members whose vectors are summed here. */
  size: number;
};

const DAY_MS = 86_400_000;

/** Days since 1970 of an ISO date (YYYY-MM-DD), or null. */
export const dayOf = (iso: string | null): number | null =>
  iso ? Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS) : null;

/**
 * An article joins a story only within this many days of the story's dates: a story is one news
 * cycle, and the window bounds the stories any article is compared with.
 */
export const TIME_WINDOW_DAYS = 10;

/**
 * Below this a summed weight is taken for zero when a member leaves: floating-point sums do not
 * cancel exactly, and a term kept at 1e-9 would keep the story in that term's postings.
 */
const ZERO_WEIGHT = 1e-6;

export function emptyCentroid(day: number | null): Centroid {
  return { weights: new Map(), normSq: 0, first: day, last: day, size: 0 };
}

/** Whether an article of `day` may join the story: undated articles and stories match any day. */
export function inWindow(day: number | null, c: Centroid): boolean {
  if (day === null || c.first === null || c.last === null) return true;
  return day >= c.first - TIME_WINDOW_DAYS && day <= c.last + TIME_WINDOW_DAYS;
}

/** Cosine similarity of a (normalised) vector and a centroid. */
export function cosine(v: SparseVector, c: Centroid): number {
  if (c.normSq <= 0) return 0;
  let dot = 0;
  for (let i = 0; i < v.terms.length; i++) {
    dot += v.weights[i]! * (c.weights.get(v.terms[i]!) ?? 0);
  }
  return dot / Math.sqrt(c.normSq);
}

/**
 * `cosine`, with the centroid's weights read from a table that mirrors them (see term-table.ts):
 * the same products added in the same order, so the same value to the bit, faster.
 */
export function cosineByTable(v: SparseVector, table: TermTable, normSq: number): number {
  if (normSq <= 0) return 0;
  let dot = 0;
  for (let i = 0; i < v.terms.length; i++) dot += v.weights[i]! * table.get(v.terms[i]!);
  return dot / Math.sqrt(normSq);
}

/**
 * The norm of each tail of a vector's weights: `tail[i]` is that of weights i, i+1, …. By
 * Cauchy–Schwarz, the terms from i on can add at most `tail[i]` to a cosine with a centroid.
 */
export function tailNorms(v: SparseVector): Float64Array {
  const tail = new Float64Array(v.weights.length + 1);
  let sum = 0;
  for (let i = v.weights.length - 1; i >= 0; i--) {
    sum += v.weights[i]! * v.weights[i]!;
    tail[i] = Math.sqrt(sum);
  }
  return tail;
}

/** How often (in terms) `cosineByTableAbove` checks whether the rest can still reach its bar. */
const BOUND_EVERY = 8;
/**
 * What the bound gives away to rounding: sums kept term by term (a centroid's squared norm above
 * all) drift from the exact ones by far less than this.
 */
const BOUND_SLACK = 1e-6;

/**
 * `cosineByTable`, the same value to the bit, or -Infinity as soon as the terms not yet read
 * cannot lift it to `bar`: the cosine is then below `bar`, and a search for the most similar
 * story above a threshold need not finish it. Most candidates of an article are far below.
 */
export function cosineByTableAbove(
  v: SparseVector,
  table: TermTable,
  normSq: number,
  tail: Float64Array,
  bar: number,
): number {
  if (normSq <= 0) return 0;
  const norm = Math.sqrt(normSq);
  let dot = 0;
  for (let i = 0; i < v.terms.length; i++) {
    if (i % BOUND_EVERY === 0 && i > 0 && dot / norm + tail[i]! < bar - BOUND_SLACK)
      return -Infinity;
    dot += v.weights[i]! * table.get(v.terms[i]!);
  }
  return dot / norm;
}

/** Cosine similarity of `v` and the centroid without the member `own` (an article scored against its own story). */
export function cosineWithout(v: SparseVector, c: Centroid, own: SparseVector): number {
  if (c.size === 1) return 0;
  const minus = new Map<number, number>();
  for (let i = 0; i < own.terms.length; i++) minus.set(own.terms[i]!, own.weights[i]!);
  let dot = 0;
  let normSq = 0;
  for (const [t, w] of c.weights) {
    const x = w - (minus.get(t) ?? 0);
    normSq += x * x;
  }
  for (let i = 0; i < v.terms.length; i++) {
    const t = v.terms[i]!;
    dot += v.weights[i]! * ((c.weights.get(t) ?? 0) - (minus.get(t) ?? 0));
  }
  return normSq > 0 ? dot / Math.sqrt(normSq) : 0;
}

/**
 * Adds a member's vector; `onNewTerm` hears each term the centroid did not have (its postings
 * start), `onWeight` each term's new summed weight (for a copy kept elsewhere, as a table).
 */
export function addToCentroid(
  c: Centroid,
  v: SparseVector,
  day: number | null,
  onNewTerm: (term: number) => void,
  onWeight?: (term: number, weight: number) => void,
): void {
  for (let i = 0; i < v.terms.length; i++) {
    const t = v.terms[i]!;
    const old = c.weights.get(t) ?? 0;
    const w = old + v.weights[i]!;
    c.weights.set(t, w);
    c.normSq += w * w - old * old;
    if (old === 0) onNewTerm(t);
    onWeight?.(t, w);
  }
  if (day !== null) {
    c.first = c.first === null ? day : Math.min(c.first, day);
    c.last = c.last === null ? day : Math.max(c.last, day);
  }
  c.size++;
}

/**
 * Removes a member's vector; `onGoneTerm` hears each term that left the centroid, `onWeight` each
 * term that stays with its new weight. The dates stay: a story's window is where it has been,
 * and narrowing it would need every member's date.
 */
export function removeFromCentroid(
  c: Centroid,
  v: SparseVector,
  onGoneTerm: (term: number) => void,
  onWeight?: (term: number, weight: number) => void,
): void {
  for (let i = 0; i < v.terms.length; i++) {
    const t = v.terms[i]!;
    const old = c.weights.get(t) ?? 0;
    const w = old - v.weights[i]!;
    if (w > ZERO_WEIGHT) {
      c.weights.set(t, w);
      c.normSq += w * w - old * old;
      onWeight?.(t, w);
    } else {
      c.weights.delete(t);
      c.normSq -= old * old;
      onGoneTerm(t);
    }
  }
  c.size--;
}
