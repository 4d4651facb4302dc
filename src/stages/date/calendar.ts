import { WEEKDAY_NAMES } from "../../lang/en/calendar.js";

/** Day arithmetic on YYYY-MM-DD strings, in UTC so no time zone moves a day. */
const DAY_MS = 86_400_000;

export const toDayNumber = (iso: string): number =>
  Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

/** Weekday names, lower-case, Sunday first (as weekdayOf counts). */
export const WEEKDAYS = WEEKDAY_NAMES;
