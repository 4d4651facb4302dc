import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { dateCues } from "../date/01-cues.js";

describe("the temporal stage", () => {
  const article = articleFromText(
    [
      "Harbour crews reopened the east pier on Tuesday, March 17, 2026, after a storm.",
      '"We worked through the night," the harbour master, Ilsa Varnholt, said last Friday morning.',
      "A second inspection is planned for next Monday.",
    ].join("\n\n"),
  );

  it("reads every date and time once, for the stages after it", () => {
    const texts = article.timexes.map((t) => article.clean.slice(t.start, t.end));
    // In text order, none overlapping: each piece of text is read once.
    for (let k = 1; k < article.timexes.length; k++)
      expect(article.timexes[k]!.start).toBeGreaterThanOrEqual(article.timexes[k - 1]!.end);
    expect(texts).toContain("Tuesday, March 17, 2026");
    expect(texts).toContain("last Friday morning");
    expect(texts).toContain("next Monday");
  });

  it("gives dating its dates and weekdays, with their tense", () => {
    const cues = dateCues(article);
    expect(cues).toContainEqual({ kind: "weekday", weekday: 2, tense: "past" });
    expect(cues.some((c) => c.kind === "full")).toBe(true);
    // "last Friday" is past and "next Monday" future by their own words.
    expect(cues).toContainEqual({ kind: "weekday", weekday: 5, tense: "past" });
    expect(cues).toContainEqual({ kind: "weekday", weekday: 1, tense: "future" });
  });

  it("gives quotes the day the words were spoken", () => {
    const quote = article.quotes?.find((q) => q.kind === "direct");
    expect(quote?.when).toBe("last Friday morning");
  });
});
