/** B-cubed precision, recall and F1 of a clustering against gold classes (item → label maps). */
export function bcubed(
  predicted: Map<string, string>,
  gold: Map<string, string>,
): { precision: number; recall: number; f1: number } {
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const [item, c] of predicted) (byPred.get(c) ?? byPred.set(c, []).get(c)!).push(item);
  for (const [item, c] of gold) (byGold.get(c) ?? byGold.set(c, []).get(c)!).push(item);
  let p = 0;
  let r = 0;
  const items = [...gold.keys()].filter((i) => predicted.has(i));
  for (const item of items) {
    const mine = byPred.get(predicted.get(item)!)!;
    const truth = byGold.get(gold.get(item)!)!;
    const truthSet = new Set(truth);
    const both = mine.filter((x) => truthSet.has(x)).length;
    p += both / mine.length;
    r += both / truth.length;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const choose2 = (n: number): number => (n * (n - 1)) / 2;

/** Adjusted Rand index of two labelings of the same items. */
export function adjustedRand(predicted: Map<string, string>, gold: Map<string, string>): number {
  const table = new Map<string, number>();
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let n = 0;
  for (const [item, g] of gold) {
    const p = predicted.get(item);
    if (p === undefined) continue;
    n++;
    const key = `${p}\u0000${g}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    a.set(p, (a.get(p) ?? 0) + 1);
    b.set(g, (b.get(g) ?? 0) + 1);
  }
  let index = 0;
  for (const v of table.values()) index += choose2(v);
  let sa = 0;
  let sb = 0;
  for (const v of a.values()) sa += choose2(v);
  for (const v of b.values()) sb += choose2(v);
  const expected = (sa * sb) / choose2(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
