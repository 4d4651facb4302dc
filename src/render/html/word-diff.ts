/**
 * A word-level diff of two wordings of one quotation, for showing an altered quote beside the
 * words it was taken from: the longest common subsequence of words stays plain, the rest is
 * marked deleted (only in the first wording) or inserted (only in the second).
 */

/** A run of words: `same` in both wordings, `del` only in the first, `ins` only in the second. */
export type DiffPart = { readonly kind: "same" | "del" | "ins"; readonly text: string };

/** Words and the spaces after them, so joining the parts gives back each wording as written. */
const words = (s: string): string[] => s.match(/\S+\s*/g) ?? [];

// Compared as written, spacing aside: a changed comma or capital in a quotation is a change the
// desk should see.
const key = (w: string): string => w.trim();

/** The parts of the diff from `before` to `after`, in reading order, adjacent runs merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        key(a[i]!) === key(b[j]!)
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      push("same", b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push("del", a[i++]!);
    else push("ins", b[j++]!);
  }
  while (i < a.length) push("del", a[i++]!);
  while (j < b.length) push("ins", b[j++]!);
  return parts;
}
