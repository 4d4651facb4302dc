/**
 * Seeded randomness for the corpus generator. Everything the generator draws comes from here,
 * so one seed gives one corpus, byte for byte, on every machine and Node version.
 */

/** A source of uniform numbers in [0, 1) and the few draws the generator needs. */
export type Rng = {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Uniform integer in [0, n). */
  readonly int: (n: number) => number;
  /** Uniform integer in [lo, hi], both ends included. */
  readonly between: (lo: number, hi: number) => number;
  readonly chance: (p: number) => boolean;
  readonly pick: <T>(items: readonly T[]) => T;
};

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): one word of state, a few multiplies a draw,
 * and a period of 2^32, far beyond the few hundred million draws of the largest corpus.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rngOf(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(items.length)] as T;
    },
  };
}

/**
 * Hashes two integers into one well-mixed 32-bit integer (murmur3's finaliser). Used where a
 * draw must depend only on (story, word) and not on how many draws came before it, so that
 * every article of a story renders a word the same way without a per-story table.
 */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A Fisher–Yates shuffle of 0 … n-1 as a typed array: no per-element objects at 1M entries. */
export function permutation(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
