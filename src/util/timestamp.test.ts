import { describe, expect, it } from "vitest";
import { datesInLine, isTimestampLine, publishedInLine } from "./timestamp.js";

describe("isTimestampLine", () => {
  it.each([
    "June 3, 2026 6:10 PM",
    "Updated: June 3, 2026 6:10 PM EDT",
    "Published 3 June 2026, 18:10 BST | Updated 4 June 2026",
    "Tuesday 17 March 2026, 6.20pm",
    "2026-06-03 10:00",
  ])("%s is one", (line) => {
    expect(isTimestampLine(line)).toBe(true);
  });
  it.each([
    "The fire started on June 3, 2026.",
    "Out June 3, 2026",
    "June 3 6:10 PM", // no year: nothing sure
    "By Ana Lund · June 3, 2026",
  ])("%s is not", (line) => {
    expect(isTimestampLine(line)).toBe(false);
  });
});

describe("publishedInLine", () => {
  it("prefers the filing date to the update's", () => {
    expect(publishedInLine("Published 3 June 2026 | Updated: 4 June 2026")).toBe("2026-06-03");
    expect(publishedInLine("Updated: 4 June 2026")).toBe("2026-06-04");
  });
  it("reads 'updated on' as a revision's label", () => {
    expect(publishedInLine("Posted June 3, 2026. Last updated on June 5, 2026")).toBe("2026-06-03");
  });
  it("marks dates a label stands before", () => {
    expect(datesInLine("Ana Lund · Published June 3, 2026 · 3 min read")[0]!.labelled).toBe(true);
    expect(datesInLine("The plant opened on June 3, 2026.")[0]!.labelled).toBe(false);
  });
  it("gives nothing when two filing dates disagree", () => {
    expect(publishedInLine("June 3, 2026 and June 5, 2026")).toBeNull();
  });
  it("finds every full date", () => {
    expect(datesInLine("By Ana Lund · June 3, 2026 6:10 PM").map((d) => d.day)).toEqual([
      "2026-06-03",
    ]);
  });
});
