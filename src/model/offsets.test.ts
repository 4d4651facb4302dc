import { describe, expect, it } from "vitest";
import { toOriginalOffset } from "./offsets.js";

describe("toOriginalOffset", () => {
  // original: "AD\nHello world\nSHARE\nBye" ; clean: "Hello world\n\nBye"
  const map = { cleanStarts: [0, 13], originalStarts: [3, 21], lengths: [11, 3] };

  it("maps offsets inside kept pieces", () => {
    expect(toOriginalOffset(map, 0)).toBe(3);
    expect(toOriginalOffset(map, 6)).toBe(9);
    expect(toOriginalOffset(map, 13)).toBe(21);
    expect(toOriginalOffset(map, 15)).toBe(23);
  });

  it("clamps separator offsets to the end of the piece before", () => {
    expect(toOriginalOffset(map, 11)).toBe(14);
    expect(toOriginalOffset(map, 12)).toBe(14);
  });
});
