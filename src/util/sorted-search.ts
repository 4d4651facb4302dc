/**
 * The index of the first item whose key is at or after `at`, in items sorted by that key (the
 * length when none is): a binary search, where a walk from the start per lookup would make a
 * long article's quotes, dates or events quadratic.
 */
export function firstIndexFrom<T>(
  items: readonly T[],
  at: number,
  keyOf: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
