import { describe, expect, it } from "vitest";
import { MONTH_DAY_ABBREVIATIONS } from "./abbreviations.js";
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_PATTERN,
  WEEKDAY_NAMES,
  WEEKDAY_PATTERN,
} from "./calendar.js";

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

describe("calendar words", () => {
  it("writes out in MONTH_PATTERN exactly the month names and abbreviations of the tables", () => {
    const whole = new RegExp(`^(?:${MONTH_PATTERN})$`);
    for (const w of [...MONTH_NAMES, ...MONTH_ABBREVIATIONS.keys()]) {
      expect(whole.test(capitalised(w)), w).toBe(true);
    }
    for (const w of ["Ma", "Mayo", "Junes", "Septem", "Monday"])
      expect(whole.test(w), w).toBe(false);
  });

  it("numbers each abbreviation as its month", () => {
    for (const [abbreviation, month] of MONTH_ABBREVIATIONS) {
      expect(MONTH_NAMES[month - 1]!.startsWith(abbreviation.slice(0, 3))).toBe(true);
    }
    expect(MONTH_ABBREVIATIONS.get("sept")).toBe(9);
  });

  it("matches weekdays as prose writes them, Sunday first", () => {
    expect(WEEKDAY_NAMES[0]).toBe("sunday");
    expect(new RegExp(`^(?:${WEEKDAY_PATTERN})$`).test("Wednesday")).toBe(true);
    expect(new RegExp(`^(?:${WEEKDAY_PATTERN})$`).test("wednesday")).toBe(false);
  });

  it("leaves May out of the abbreviations printed before a day", () => {
    expect(MONTH_DAY_ABBREVIATIONS).toContain("Sept");
    expect(MONTH_DAY_ABBREVIATIONS).not.toContain("May");
  });
});
