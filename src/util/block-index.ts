/** The items under one key once there are two or more (one is held as itself). */
class Bucket<T> {
  readonly items = new Set<T>();
}

/**
 * Blocking for merges that would otherwise compare every pair: each item is filed under a few
 * keys that any item it may match shares (a surname's transliteration, an acronym's letters), and
 * only the items under a query's keys are compared. The keys must be a superset filter: two items
 * that match always share a key, so the exact test run on the candidates finds every pair the
 * all-pairs loop would have. Items are re-filed when a merge changes them.
 */
export class BlockIndex<T> {
  // Most keys (a name's one-letter-deletion forms) hold one item: it is kept without a set, which
  // halves the index's memory on an article of many names.
  private readonly byKey = new Map<string, T | Bucket<T>>();
  private readonly filed = new Map<T, readonly string[]>();

  /**
   * @param keysOf the keys an item is filed under now (none: not filed at all)
   * @param rank the item's place in the order the all-pairs loop visits them, so candidates come
   *   back in that order and the first (or only) match is the one it would find
   */
  constructor(
    private readonly keysOf: (item: T) => readonly string[],
    private readonly rank: (item: T) => number,
  ) {}

  /** Files the item under its current keys, in place of those it had. */
  set(item: T): void {
    const keys = this.keysOf(item);
    // Filed under these keys already (a merge that left the item's name as it was): nothing to do.
    const was = this.filed.get(item);
    if (was !== undefined && sameKeys(was, keys)) return;
    this.delete(item);
    if (keys.length === 0) return;
    this.filed.set(item, keys);
    for (const k of keys) {
      const held = this.byKey.get(k);
      if (held === undefined) this.byKey.set(k, item);
      else if (held instanceof Bucket) held.items.add(item);
      else if (held !== item) {
        const bucket = new Bucket<T>();
        bucket.items.add(held).add(item);
        this.byKey.set(k, bucket);
      }
    }
  }

  delete(item: T): void {
    const keys = this.filed.get(item);
    if (!keys) return;
    this.filed.delete(item);
    for (const k of keys) {
      const held = this.byKey.get(k);
      if (held instanceof Bucket) {
        held.items.delete(item);
        if (held.items.size === 1) this.byKey.set(k, held.items.values().next().value as T);
      } else if (held === item) this.byKey.delete(k);
    }
  }

  has(item: T): boolean {
    return this.filed.has(item);
  }

  /** The items filed under any of the keys, each once, in rank order. */
  candidates(keys: Iterable<string>): T[] {
    const found = new Set<T>();
    for (const k of keys) {
      const held = this.byKey.get(k);
      if (held instanceof Bucket) for (const item of held.items) found.add(item);
      else if (held !== undefined) found.add(held);
    }
    return [...found].sort((a, b) => this.rank(a) - this.rank(b));
  }
}

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a === b || (a.length === b.length && a.every((k, i) => k === b[i]));

/**
 * A word and every form of it with one letter left out: two words within one edit (Levenshtein)
 * of each other always share one of these, so they block a one-letter-slip test.
 */
export function oneDeletionForms(word: string): string[] {
  const forms = new Set([word]);
  for (let i = 0; i < word.length; i++) forms.add(word.slice(0, i) + word.slice(i + 1));
  return [...forms];
}
