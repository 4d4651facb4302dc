/**
 * A growable counter of 32-bit keys in two typed arrays (open addressing, at most half full):
 * about 16 bytes a key against ~40 for a Map entry. The index counts every anchor it has seen,
 * which at 10k articles was most of its memory.
 */
export class IntCounter {
  // Keys are stored plus one, so that 0 marks an empty slot.
  private keys: Uint32Array;
  private counts: Uint32Array;
  private used = 0;

  constructor(capacity = 1024) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
  }

  get size(): number {
    return this.used;
  }

  get bytes(): number {
    return this.keys.byteLength + this.counts.byteLength;
  }

  private slot(stored: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(stored, 0x9e3779b1) >>> 0;
    for (;;) {
      i &= mask;
      const k = this.keys[i]!;
      if (k === 0 || k === stored) return i;
      i++;
    }
  }

  /** Adds one to `key`'s count (keys below 2³²−1). */
  increment(key: number): void {
    const s = this.claim(key);
    this.counts[s] = this.counts[s]! + 1;
  }

  /** The slot of `key`, taken for it if it had none (growing the table first if need be). */
  private claim(key: number): number {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const stored = ((key >>> 0) + 1) >>> 0;
    const s = this.slot(stored);
    if (this.keys[s] === 0) {
      this.keys[s] = stored;
      this.used++;
    }
    return s;
  }

  get(key: number): number {
    const s = this.slot(((key >>> 0) + 1) >>> 0);
    return this.keys[s] === 0 ? 0 : this.counts[s]!;
  }

  /** [key, count] pairs, for saving. */
  entries(): { keys: Uint32Array; counts: Uint32Array } {
    const keys = new Uint32Array(this.used);
    const counts = new Uint32Array(this.used);
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === 0) continue;
      keys[n] = this.keys[i]! - 1;
      counts[n++] = this.counts[i]!;
    }
    return { keys, counts };
  }

  /** Sets `key`'s count (when loading a saved index). */
  set(key: number, count: number): void {
    const s = this.claim(key);
    this.counts[s] = count;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.counts = new Uint32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === 0) continue;
      const s = this.slot(oldKeys[i]!);
      this.keys[s] = oldKeys[i]!;
      this.counts[s] = oldCounts[i]!;
    }
  }
}

/**
 * A growable multimap of 32-bit keys to 31-bit values: one open-addressing table of (key, value)
 * pairs with linear probing, at most three quarters full — 8 bytes a pair, 11–21 with the free
 * slots, against ~24 for a table of keys with chains and ~60 for a Map of arrays. That is what
 * keeps the reuse index under 1 KB an article. A key held many times (the band of a story
 * reprinted by many sites) makes a run of slots that lookups near it walk through.
 */
export class IntPairTable {
  private keys: Uint32Array;
  private values: Int32Array; // -1: empty slot
  private size = 0;

  constructor(capacity = 1024) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, Math.ceil(capacity / LOAD))));
    this.keys = new Uint32Array(slots);
    this.values = new Int32Array(slots).fill(-1);
  }

  get entries(): number {
    return this.size;
  }

  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  /** Adds a pair; `value` must be a non-negative 31-bit integer. */
  add(key: number, value: number): void {
    if (this.size + 1 > this.keys.length * LOAD) this.grow();
    this.place(key >>> 0, value);
    this.size++;
  }

  private place(key: number, value: number): void {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      i &= mask;
      if (this.values[i] === -1) {
        this.keys[i] = key;
        this.values[i] = value;
        return;
      }
      i++;
    }
  }

  /** Calls `fn` with every value stored under `key` (in no set order), at most `limit` of them. */
  forEach(key: number, fn: (value: number) => void, limit = Infinity): void {
    const mask = this.keys.length - 1;
    const k = key >>> 0;
    let n = 0;
    for (let i = Math.imul(k, 0x9e3779b1) >>> 0; n < limit; i++) {
      i &= mask;
      const v = this.values[i]!;
      if (v === -1) return;
      if (this.keys[i] === k) {
        fn(v);
        n++;
      }
    }
  }

  /** How many values are stored under `key`, counting no further than `limit`. */
  count(key: number, limit = Infinity): number {
    let n = 0;
    this.forEach(key, () => void n++, limit + 1);
    return n;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldKeys.length * 2).fill(-1);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] !== -1) this.place(oldKeys[i]!, oldValues[i]!);
    }
  }

  /** The table as plain arrays, for saving. */
  toParts(): { keys: Uint32Array; values: Int32Array; size: number } {
    return { keys: this.keys, values: this.values, size: this.size };
  }

  static fromParts(p: { keys: Uint32Array; values: Int32Array; size: number }): IntPairTable {
    const t = new IntPairTable(16);
    t.keys = p.keys;
    t.values = Int32Array.from(p.values);
    t.size = p.size;
    return t;
  }
}

/** Most a pair table is filled before it grows. */
const LOAD = 0.75;
