import { describe, expect, it } from "vitest";
import { Heap } from "./heap.js";

describe("Heap", () => {
  it("pops items in the order `before` gives, ties by the tie-breaker", () => {
    const heap = new Heap<{ v: number; k: number }>((x, y) =>
      x.v !== y.v ? x.v > y.v : x.k < y.k,
    );
    const input = [5, 1, 9, 5, 3, 9, 0, 7].map((v, k) => ({ v, k }));
    for (const x of input) heap.push(x);
    expect(heap.size).toBe(8);
    const out: string[] = [];
    for (let x = heap.pop(); x; x = heap.pop()) out.push(`${x.v}:${x.k}`);
    expect(out).toEqual(["9:2", "9:5", "7:7", "5:0", "5:3", "3:4", "1:1", "0:6"]);
    expect(heap.pop()).toBeUndefined();
  });

  it("agrees with a sort on many random items", () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const values = Array.from({ length: 2000 }, () => next() % 100);
    const heap = new Heap<number>((x, y) => x < y);
    for (const v of values) heap.push(v);
    const popped: number[] = [];
    for (let v = heap.pop(); v !== undefined; v = heap.pop()) popped.push(v);
    expect(popped).toEqual([...values].sort((a, b) => a - b));
  });
});
