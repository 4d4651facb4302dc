import { describe, expect, it } from "vitest";
import * as corroborate from "../src/index.js";

describe("public surface", () => {
  it("exports one entry point", () => {
    expect(Object.keys(corroborate).sort()).toEqual(["analyze"]);
  });

  it("analyzes articles held in memory", () => {
    const brief = corroborate.analyze(
      [
        {
          id: "a",
          outlet: "Gazette",
          date: "2026-03-17",
          text: "HARBOURTON, March 17 (Northwire) – The bridge closed. Engineers found cracks.",
        },
        {
          id: "b",
          html: "<html><head><meta property='og:site_name' content='Radio One'></head><body><article><p>The bridge closed on Tuesday after engineers found cracks in two piers, the council said.</p><p>Repairs will take three months.</p></article></body></html>",
        },
        { id: "c", title: "no text" },
      ],
      { today: "2026-11-23" },
    );
    expect(brief.articles.map((a) => [a.id, a.outlet, a.credit])).toEqual([
      ["a", "Gazette", "Northwire"],
      ["b", "Radio One", null],
    ]);
    expect(brief.skipped).toEqual([
      { input: "c", reason: expect.stringMatching(/^no article text/) },
    ]);
    expect(brief.stories).toHaveLength(1);
  });
});
