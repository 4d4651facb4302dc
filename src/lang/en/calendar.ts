/**
 * Calendar words of English: the months and their abbreviations, the weekdays, and the words
 * for days counted from today. Source: our own list — the English names of the Gregorian
 * months and days, and the abbreviations news styles print ("Sept." beside "Sep.").
 *
 * The tables are lower-case; the `*_PATTERN` strings are regex alternations (no groups, no
 * flags) of the same words as prose capitalises them, for stages that match dates in text.
 */

/** The months, lower-case, January first: index + 1 is the month's number. */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Month abbreviations, lower-case, with the month's number: the first three letters of each
 * name, and "sept". "may" is the month's whole name and counts as its own abbreviation.
 */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ["sept", 9],
]);

/** The weekdays, lower-case, Sunday first: the index is `Date.getUTCDay()`'s number. */
export const WEEKDAY_NAMES: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Weekday abbreviations as pages print them, lower-case: "Mon", "Tues", "Thurs". */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  "sun",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thurs",
  "fri",
  "sat",
];

/** Words for a day counted from the day of writing. */
export const RELATIVE_DAY_WORDS: readonly string[] = ["today", "yesterday", "tomorrow", "tonight"];

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A month's full name as prose writes it: "January|February|…|December". */
export const MONTH_NAME_PATTERN = MONTH_NAMES.map(capitalised).join("|");

/**
 * A month's full name or its abbreviation as prose writes it ("Jan", "January", "Sept", "Sep"),
 * without the abbreviation's period. Written out rather than built so that each name is one
 * alternative; a test holds it to the tables.
 */
export const MONTH_PATTERN =
  "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

/** A weekday's name as prose writes it: "Sunday|Monday|…|Saturday". */
export const WEEKDAY_PATTERN = WEEKDAY_NAMES.map(capitalised).join("|");

/**
 * Every month and weekday word lower-case (names and month abbreviations): for stop lists,
 * since two texts sharing "Monday" or "March" says little about whether they tell one story.
 */
export const CALENDAR_WORDS: readonly string[] = [
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAY_NAMES,
];
