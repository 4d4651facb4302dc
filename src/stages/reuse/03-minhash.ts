/**
 * MinHash signatures of feature sets. Each of the K hash functions is a multiply-xorshift
 * permutation of the 32-bit feature hash with its own odd multiplier and seed; the signature
 * keeps each function's minimum. Two signatures agree at a position with probability equal to
 * the Jaccard similarity of the sets.
 */
export const SIGNATURE_SIZE = 120;

/** Fixed seeds, generated once from a splitmix-style sequence so runs and saved indexes agree. */
const MULTIPLIERS = new Uint32Array(SIGNATURE_SIZE);
const SEEDS = new Uint32Array(SIGNATURE_SIZE);
{
  let x = 0x9e3779b9;
  const next = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    MULTIPLIERS[i] = next() | 1;
    SEEDS[i] = next();
  }
}

/** The MinHash signature of a set of 32-bit feature hashes (empty set → all 0xffffffff). */
export function minhash(features: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let f = 0; f < features.length; f++) {
    const h = features[f]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let v = Math.imul(h ^ SEEDS[i]!, MULTIPLIERS[i]!);
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
