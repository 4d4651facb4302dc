import { describe, expect, it } from "vitest";
import {
  cosine,
  cosineByTable,
  cosineByTableAbove,
  emptyCentroid,
  tailNorms,
  type SparseVector,
} from "./centroid.js";
import { TermTable } from "./term-table.js";

/** A small deterministic generator (xorshift), so a failure can be replayed. */
function numbers(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

describe("TermTable", () => {
  it("holds what a Map holds through many sets and deletes, keys above the small-integer range included", () => {
    const next = numbers(7);
    const table = new TermTable();
    const map = new Map<number, number>();
    // few distinct keys, so deletes hit present keys and probe runs collide and shift
    const keys = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? i : next()));
    for (let step = 0; step < 20_000; step++) {
      const k = keys[next() % keys.length]!;
      if (next() % 3 === 0) {
        table.delete(k);
        map.delete(k);
      } else {
        const w = (next() % 1000) / 7;
        table.set(k, w);
        map.set(k, w);
      }
      if (step % 997 === 0) {
        expect(table.size).toBe(map.size);
        for (const key of keys) expect(table.get(key)).toBe(map.get(key) ?? 0);
      }
    }
    expect(table.size).toBe(map.size);
    for (const key of keys) expect(table.get(key)).toBe(map.get(key) ?? 0);
    expect(TermTable.of(map).size).toBe(map.size);
  });

  it("gives the cosine the Map gives, to the bit", () => {
    const next = numbers(11);
    const terms = Array.from({ length: 200 }, () => next());
    const centroid = emptyCentroid(null);
    for (const t of terms.slice(0, 150)) {
      const w = (next() % 10_000) / 3_333;
      centroid.weights.set(t, w);
      centroid.normSq += w * w;
    }
    const table = TermTable.of(centroid.weights);
    for (let k = 0; k < 50; k++) {
      const picked = Array.from({ length: 80 }, () => terms[next() % terms.length]!);
      const v: SparseVector = {
        terms: Uint32Array.from(picked),
        weights: Float32Array.from(picked, () => (next() % 1000) / 1000),
      };
      expect(cosineByTable(v, table, centroid.normSq)).toBe(cosine(v, centroid));
    }
  });

  it("gives the cosine to the bit when it reaches the bar, and gives up only on one below it", () => {
    const next = numbers(13);
    const terms = Array.from({ length: 400 }, () => next());
    let given = 0;
    let finished = 0;
    for (let k = 0; k < 400; k++) {
      const centroid = emptyCentroid(null);
      for (const t of terms.slice(0, 40 + (k % 300))) {
        const w = (next() % 10_000) / 3_333;
        centroid.weights.set(t, w);
        centroid.normSq += w * w;
      }
      const table = TermTable.of(centroid.weights);
      // A normalised vector with its heaviest terms first, as story vectors are.
      const raw = Array.from({ length: 80 }, () => (next() % 1000) + 1).sort((a, b) => b - a);
      const norm = Math.sqrt(raw.reduce((sum, w) => sum + w * w, 0));
      const v: SparseVector = {
        terms: Uint32Array.from(raw, () => terms[next() % terms.length]!),
        weights: Float32Array.from(raw, (w) => w / norm),
      };
      const exact = cosineByTable(v, table, centroid.normSq);
      const bar = (k % 20) / 20;
      const bounded = cosineByTableAbove(v, table, centroid.normSq, tailNorms(v), bar);
      if (bounded === -Infinity) {
        expect(exact, `vector ${k}`).toBeLessThan(bar);
        given++;
      } else {
        expect(bounded, `vector ${k}`).toBe(exact);
        finished++;
      }
    }
    // Both ways are taken, so the test holds each of them to something.
    expect(given).toBeGreaterThan(50);
    expect(finished).toBeGreaterThan(50);
  });
});
