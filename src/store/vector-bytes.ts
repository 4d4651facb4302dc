import type { SparseVector, CentroidState } from "../stages/cluster/02-story-index.js";

/**
 * The story index's vectors as the bytes the store keeps (little-endian, as the platforms Node
 * runs on are; `Article.tokens` are kept the same way). Decoding copies, so each array owns an
 * aligned buffer whatever offset the driver's Buffer has.
 */

const bytesOf = (a: Uint32Array | Float32Array | Float64Array): Buffer =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength);

const copyOf = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

export const vectorToBytes = (v: SparseVector): { terms: Buffer; weights: Buffer } => ({
  terms: bytesOf(v.terms),
  weights: bytesOf(v.weights),
});

export const vectorFromBytes = (terms: Buffer, weights: Buffer): SparseVector => ({
  terms: new Uint32Array(copyOf(terms)),
  weights: new Float32Array(copyOf(weights)),
});

/** A centroid's terms and summed weights, in the order it was built (its sums depend on it). */
export function centroidToBytes(weights: ReadonlyMap<number, number>): {
  terms: Buffer;
  weights: Buffer;
} {
  return {
    terms: bytesOf(Uint32Array.from(weights.keys())),
    weights: bytesOf(Float64Array.from(weights.values())),
  };
}

export function centroidFromBytes(terms: Buffer, weights: Buffer): CentroidState["weights"] {
  const t = new Uint32Array(copyOf(terms));
  const w = new Float64Array(copyOf(weights));
  const map = new Map<number, number>();
  for (let i = 0; i < t.length; i++) map.set(t[i]!, w[i]!);
  return map;
}

/** An article's term counts as uint32 pairs of term and count, in the order they were counted. */
export function countsToBytes(counts: ReadonlyMap<number, number>): Buffer {
  const pairs = new Uint32Array(counts.size * 2);
  let i = 0;
  for (const [term, count] of counts) {
    pairs[i++] = term;
    pairs[i++] = count;
  }
  return bytesOf(pairs);
}

export function countsFromBytes(b: Buffer): Map<number, number> {
  const pairs = new Uint32Array(copyOf(b));
  const counts = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 2) counts.set(pairs[i]!, pairs[i + 1]!);
  return counts;
}
