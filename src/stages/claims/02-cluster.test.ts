import { describe, expect, it } from "vitest";
import { firstAfter } from "./02-cluster.js";

describe("firstAfter", () => {
  it("finds where a walk past a value starts in an ascending list", () => {
    const list = [1, 3, 3, 7, 9];
    for (let v = -1; v <= 10; v++)
      expect(firstAfter(list, v), `after ${v}`).toBe(
        list.findIndex((x) => x > v) === -1 ? list.length : list.findIndex((x) => x > v),
      );
    expect(firstAfter([], 4)).toBe(0);
  });
});
