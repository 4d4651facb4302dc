import { describe, expect, it } from "vitest";
import { boundHeapGrowth } from "./heap-growth.js";

describe("boundHeapGrowth", () => {
  it("sets the heap's growth unless the user gave Node their own", () => {
    expect(boundHeapGrowth(["--enable-source-maps"], undefined)).toBe(true);
    expect(boundHeapGrowth(["--heap-growing-percent=30"], undefined)).toBe(false);
    expect(boundHeapGrowth([], "--max-old-space-size=4096 --heap-growing-percent=50")).toBe(false);
  });
});
