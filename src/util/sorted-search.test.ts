import { describe, expect, it } from "vitest";
import { firstIndexFrom } from "./sorted-search.js";

describe("firstIndexFrom", () => {
  const starts = [2, 5, 5, 9, 14];
  const first = (at: number): number => firstIndexFrom(starts, at, (x) => x);

  it("finds the first item at or after the offset, the first of equal ones", () => {
    expect(first(0)).toBe(0);
    expect(first(2)).toBe(0);
    expect(first(3)).toBe(1);
    expect(first(5)).toBe(1);
    expect(first(6)).toBe(3);
    expect(first(14)).toBe(4);
  });

  it("gives the length past the last item, and 0 for no items", () => {
    expect(first(15)).toBe(5);
    expect(firstIndexFrom([], 3, (x: number) => x)).toBe(0);
  });

  it("agrees with a walk from the start on every offset", () => {
    for (let at = -1; at <= 16; at++)
      expect(first(at)).toBe(
        starts.findIndex((s) => s >= at) === -1 ? starts.length : starts.findIndex((s) => s >= at),
      );
  });
});
