import { describe, expect, it } from "vitest";
import { jsonChunks } from "./json-chunks.js";

const chunksOf = (value: unknown, size: number): string[] => [...jsonChunks(value, size)];

describe("jsonChunks", () => {
  // What JSON.stringify does beyond plain data, each of which a streamed writer can get wrong.
  const awkward = {
    text: `quotes " and \\ backslashes, </script>, \u2028\u2029, "émigré" 😀 \u0000`,
    numbers: [0, -0, 1.5e300, NaN, Infinity, -1],
    leftOut: undefined,
    fn: () => 1,
    holes: [undefined, () => 1, null, , 3], // eslint-disable-line no-sparse-arrays
    "10": "integer-like keys come first in JSON.stringify",
    "2": "and in ascending order",
    date: new Date(Date.UTC(2026, 2, 17)),
    custom: { toJSON: (key: string) => ({ key, nested: { toJSON: () => "once" } }) },
    boxed: [new Number(2), new String("s"), new Boolean(false)],
    empty: { a: [], b: {}, c: "" },
    deep: [[[[{ x: [[]] }]]]],
  };

  it("writes exactly what JSON.stringify writes", () => {
    for (const size of [1, 2, 7, 64, 1 << 16])
      expect(chunksOf(awkward, size).join("")).toBe(JSON.stringify(awkward));
    for (const leaf of [null, 1, "x", true, [], {}, undefined])
      expect(chunksOf(leaf, 4).join("")).toBe(JSON.stringify(leaf) ?? "");
  });

  it("never makes a chunk longer than asked, even of a text longer than a chunk", () => {
    const long = {
      text: 'a\u2028"'.repeat(5_000),
      spans: Array.from({ length: 2_000 }, (_, i) => ({ start: i, end: i + 1 })),
    };
    const chunks = chunksOf(long, 1_000);
    expect(chunks.join("")).toBe(JSON.stringify(long));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1_000);
    // filled chunks, not one per value: the whole is about length / size pieces
    expect(chunks.length).toBeLessThan(JSON.stringify(long).length / 1_000 + 4);
  });

  it("makes its chunks as they are asked for, not all at once", () => {
    const read: number[] = [];
    const items = Array.from({ length: 1_000 }, (_, i) => ({
      get value() {
        read.push(i);
        return "x".repeat(100);
      },
    }));
    const chunks = jsonChunks(items, 1_000);
    chunks.next();
    // one chunk of 1,000 characters needs about ten items of about 110 characters
    expect(read.length).toBeLessThan(20);
  });

  it("writes a deep container whole, and walks one whose text cannot be one string", () => {
    // The brief's shape: stories two levels down, written by JSON.stringify whole.
    const brief = { stories: [awkward, { quotes: [awkward] }] };
    for (const size of [3, 1 << 16])
      expect(chunksOf(brief, size).join("")).toBe(JSON.stringify(brief));
    // A story JSON.stringify gives up on (as on a text too long for a string) is walked instead:
    // here a getter that throws a RangeError the first time it is read.
    let reads = 0;
    const story = {
      id: "story-1",
      get quotes() {
        reads++;
        if (reads === 1) throw new RangeError("Invalid string length");
        return [{ text: "walked" }];
      },
    };
    const chunks = chunksOf({ stories: [story] }, 1 << 16).join("");
    expect(reads).toBe(2);
    expect(chunks).toBe(JSON.stringify({ stories: [story] }));
    // Any other error is the caller's.
    const broken = {
      get quotes(): never {
        throw new TypeError("broken getter");
      },
    };
    expect(() => chunksOf({ stories: [broken] }, 64)).toThrow("broken getter");
  });
});
