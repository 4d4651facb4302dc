import { describe, expect, it } from "vitest";
import { editDistance } from "../stages/entities/02-names.js";
import { BlockIndex, oneDeletionForms } from "./block-index.js";

/** Every word of up to `length` letters over a small alphabet: all the edits between them. */
function wordsUpTo(length: number, alphabet: string): string[] {
  let level = [""];
  const out: string[] = [];
  for (let n = 1; n <= length; n++) {
    level = level.flatMap((w) => [...alphabet].map((c) => w + c));
    out.push(...level);
  }
  return out;
}

describe("oneDeletionForms", () => {
  it("gives every pair of words within one edit a shared form (and blocks the rest often)", () => {
    const words = wordsUpTo(4, "abc");
    const forms = new Map(words.map((w) => [w, new Set(oneDeletionForms(w))]));
    let near = 0;
    let blocked = 0;
    for (const a of words)
      for (const b of words) {
        const shared = [...forms.get(a)!].some((f) => forms.get(b)!.has(f));
        if (editDistance(a, b, 1) <= 1) {
          near++;
          expect(shared, `${a} ~ ${b}`).toBe(true);
        } else if (!shared) blocked++;
      }
    expect(near).toBeGreaterThan(words.length);
    // A filter, not a pass-through: most distant pairs share no form.
    expect(blocked).toBeGreaterThan((words.length * words.length - near) / 2);
  });

  it("holds the word itself and each one-letter deletion once", () => {
    expect(oneDeletionForms("trump").sort()).toEqual(
      ["trump", "rump", "tump", "trmp", "trup", "trum"].sort(),
    );
    expect(oneDeletionForms("aa").sort()).toEqual(["a", "aa"]);
  });
});

type Item = { name: string; rank: number };

describe("BlockIndex", () => {
  const item = (name: string, rank: number): Item => ({ name, rank });
  const byInitial = (): BlockIndex<Item> =>
    new BlockIndex<Item>(
      (it) => (it.name ? [it.name[0]!, `len:${it.name.length}`] : []),
      (it) => it.rank,
    );

  it("returns the items under any key, each once, in rank order", () => {
    const index = byInitial();
    const [c, a, b] = [item("cat", 2), item("ant", 0), item("bee", 1)];
    for (const it of [c, a, b]) index.set(it);
    expect(index.candidates(["a", "b"])).toEqual([a, b]);
    // All three have three letters: found once each, by rank.
    expect(index.candidates(["len:3", "c"])).toEqual([a, b, c]);
    expect(index.candidates(["z"])).toEqual([]);
  });

  it("files an item again under its new keys when it changes, and forgets a deleted one", () => {
    const index = byInitial();
    const it = item("ant", 0);
    index.set(it);
    it.name = "zebra";
    index.set(it);
    expect(index.candidates(["a", "len:3"])).toEqual([]);
    expect(index.candidates(["z"])).toEqual([it]);
    it.name = "";
    index.set(it);
    expect(index.has(it)).toBe(false);
    const other = item("owl", 1);
    index.set(other);
    index.delete(other);
    expect(index.candidates(["o", "len:3"])).toEqual([]);
  });

  it("keeps a key right as it goes from one item to several and back", () => {
    const index = byInitial();
    const [a, b, c] = [item("ant", 0), item("asp", 1), item("auk", 2)];
    index.set(b);
    index.set(b); // filed again under the same keys: still once
    expect(index.candidates(["a"])).toEqual([b]);
    index.set(c);
    index.set(a);
    expect(index.candidates(["a"])).toEqual([a, b, c]);
    index.delete(b);
    index.delete(a);
    expect(index.candidates(["a", "len:3"])).toEqual([c]);
    index.delete(c);
    expect(index.candidates(["a", "len:3"])).toEqual([]);
    index.set(a);
    expect(index.candidates(["len:3"])).toEqual([a]);
  });

  it("files an item once under a key its keys repeat", () => {
    const index = new BlockIndex<Item>(
      (it) => [it.name, it.name],
      (it) => it.rank,
    );
    const [x, y] = [item("x", 0), item("x", 1)];
    index.set(x);
    index.set(y);
    expect(index.candidates(["x"])).toEqual([x, y]);
    index.delete(x);
    expect(index.candidates(["x"])).toEqual([y]);
    index.delete(y);
    expect(index.candidates(["x"])).toEqual([]);
  });

  it("finds every pair an all-pairs loop finds, on a slip test over constructed names", () => {
    const names = wordsUpTo(3, "abcd").filter((w) => w.length >= 2);
    const items = names.map((n, i) => item(n, i));
    const index = new BlockIndex<Item>(
      (it) => oneDeletionForms(it.name),
      (it) => it.rank,
    );
    for (const it of items) index.set(it);
    const near = (x: Item, y: Item): boolean => x !== y && editDistance(x.name, y.name, 1) <= 1;
    for (const x of items) {
      const allPairs = items.filter((y) => near(x, y));
      const blocked = index.candidates(oneDeletionForms(x.name)).filter((y) => near(x, y));
      expect(blocked).toEqual(allPairs);
    }
  });
});
