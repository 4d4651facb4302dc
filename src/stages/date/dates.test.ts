import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { dateCues, tenseAround } from "./01-cues.js";
import { inferPublished } from "./02-infer.js";
import { batchAnchor } from "./dates.js";

const TODAY = "2026-11-23";
const infer = (text: string, anchor: string | null): string | null =>
  inferPublished(dateCues(articleFromText(text)), anchor, TODAY);

describe("tenseAround", () => {
  const at = (s: string, w: string) => tenseAround(s, s.indexOf(w), w.length);
  it.each([
    ["The adviser said Sunday that officials will meet this week.", "Sunday", "past"],
    ["Vance will be in Paris on Monday for a summit.", "Monday", "future"],
    ["On Wednesday, Hegseth will join the forum.", "Wednesday", "future"],
    ["In a Monday interview with Reuters, Kellogg refrained from confirming it.", "Monday", "past"],
    ["The U.S. leader on Monday said they were eager.", "Monday", "past"],
    ["The conference is scheduled for Feb. 14-16.", "Feb. 14-16", "future"],
  ])("%s → %s is %s", (s, w, t) => expect(at(s, w)).toBe(t));
});

describe("inferPublished", () => {
  it("dates a report on the day of the latest past weekday it names, in the anchor's week", () => {
    const text =
      "The adviser said Sunday that officials will meet this week.\n\nThe vice president will be in Paris on Monday for a summit.";
    // 2025-02-11 is a Tuesday: the Sunday before is the 9th.
    expect(infer(text, "2025-02-11")).toBe("2025-02-09");
  });

  it("takes the latest past event among several cues", () => {
    const text =
      "Trump said on Sunday that talks went well.\n\nIn an interview on Monday, the envoy declined to confirm the plan.";
    expect(infer(text, "2025-02-11")).toBe("2025-02-10");
  });

  it("resolves month-day mentions without a year against the anchor", () => {
    const text =
      "The adviser said on Feb. 9 that aid would be discussed. The conference is scheduled for Feb. 14-16.";
    expect(infer(text, "2025-02-11")).toBe("2025-02-09");
  });

  it("reads a dateline", () => {
    expect(infer("MERROWBY, England, March 17 (Kestrel) – A fire broke out.", "2026-03-18")).toBe(
      "2026-03-17",
    );
    expect(infer("OSLO, Feb 3, 2024 (Northwire) – Talks began.", null)).toBe("2024-02-03");
  });

  it("dates nothing from weekdays alone without an anchor", () => {
    expect(infer("The mayor said on Tuesday that the bridge would reopen.", null)).toBeNull();
  });

  it("uses the text's own full dates as an anchor when the batch has none", () => {
    expect(infer("The plant said on Tuesday, March 17, 2026, that the fire was out.", null)).toBe(
      "2026-03-17",
    );
  });

  it("never dates an article after today", () => {
    expect(
      inferPublished(dateCues(articleFromText("It was announced on March 17, 2027.")), null, TODAY),
    ).toBeNull();
  });
});

describe("batchAnchor", () => {
  it("is the middle date of a batch from one news cycle", () => {
    expect(batchAnchor(["2025-02-11", "2025-02-09", "2025-02-12"])).toBe("2025-02-11");
  });
  it("is nothing for a feed spread over months", () => {
    expect(batchAnchor(["2025-01-01", "2025-03-01", "2025-05-01", "2025-07-01"])).toBeNull();
  });
});
