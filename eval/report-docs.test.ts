import { describe, expect, it } from "vitest";
import { markdownTable, replaceBlock } from "./report-docs.js";

describe("evaluation tables for the docs", () => {
  const rows = [
    { key: "x.f1", dataset: "x", metric: "F1", score: 0.8123, detail: "a | b", reference: "0.9" },
    { key: "x.bad", dataset: "x", metric: "wrong", score: 0, detail: "", reference: "" },
    { key: "x.none", dataset: "x", metric: "unmeasured", score: null, detail: "", reference: "" },
  ];

  it("writes one row a figure, with its floor or ceiling and escaped cells", () => {
    const t = markdownTable(rows, { "x.f1": 0.8, "x.bad": 0 }, new Set(["x.bad"])).split("\n");
    expect(t).toHaveLength(5);
    expect(t[2]).toBe("| x | F1 | 0.812 | 0.9 | 0.8 | a \\| b |");
    expect(t[3]).toBe("| x | wrong | 0.000 |  | ≤ 0 |  |");
    expect(t[4]).toContain("| — |");
  });

  it("replaces the text between markers and refuses when they are missing", () => {
    const text = "intro\n<!-- t:start -->\nold\n<!-- t:end -->\nrest";
    expect(replaceBlock(text, "t", "new")).toBe(
      "intro\n<!-- t:start -->\nnew\n<!-- t:end -->\nrest",
    );
    expect(() => replaceBlock("no markers", "t", "new")).toThrow(/t:start/);
  });
});
