/**
 * English number words and their values. Source: our own list (the cardinal numbers one to
 * nineteen and the tens; compounds such as "twenty-five" are read from the two).
 */

/** "one" to "nineteen". */
export const UNIT_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
]);

/** "twenty" to "ninety". */
export const TENS_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

const units = [...UNIT_NUMBER_WORDS.keys()];
/** Regex alternation of "one" to "nineteen". */
export const UNIT_NUMBER_PATTERN = units.join("|");
/** Regex alternation of the tens. */
export const TENS_NUMBER_PATTERN = [...TENS_NUMBER_WORDS.keys()].join("|");
/** Regex alternation of "one" to "nine", which follow a ten in a compound ("twenty-five"). */
export const DIGIT_NUMBER_PATTERN = units.slice(0, 9).join("|");
