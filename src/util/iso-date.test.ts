import { describe, expect, it } from "vitest";
import { toIsoDate } from "./iso-date.js";

describe("toIsoDate", () => {
  it.each([
    ["2025-02-11", "2025-02-11"],
    ["2025-02-11T23:30:00-05:00", "2025-02-11"],
    ["2017-06-09 14:52:00", "2017-06-09"],
    ["Tue, 11 Feb 2025 10:00:00 GMT", "2025-02-11"],
    ["February 11, 2025", "2025-02-11"],
    ["Feb. 9, 2025", "2025-02-09"],
    ["2025/02/11", "2025-02-11"],
    ["2025.02.11", "2025-02-11"],
    ["20250211T0930", "2025-02-11"],
    ["19th November 2019", "2019-11-19"],
  ])("%s → %s", (input, out) => expect(toIsoDate(input)).toBe(out));

  it("reads epoch seconds and milliseconds", () => {
    expect(toIsoDate(1739232000)).toBe("2025-02-11");
    expect(toIsoDate(1739232000000)).toBe("2025-02-11");
  });

  it("refuses what is not a calendar day", () => {
    expect(toIsoDate("2025-02-30")).toBeNull();
    expect(toIsoDate("yesterday")).toBeNull();
    expect(toIsoDate("Market 11, 2025")).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});
