/**
 * The word lists the entity stages build from npm data packages (given names from stdlib's
 * lists and faker's locales, places from world-countries, city-timezones and states-us, English
 * words from wink's model), saved as one file by `npm run build` (and `npm ci`, through
 * `prepare`), so that a command starts without loading those packages: they took about 0.4 s of
 * the CLI's 0.9 s start. Run from the sources (tests, `tsx`), or with no saved file, each stage
 * module builds its lists from the packages as before; a test holds the two the same.
 */
import { readFileSync } from "node:fs";

/** Bumped when the lists saved change in kind: a file of another format is not read. */
export const WORD_LISTS_FORMAT = 1;

export type WordLists = {
  readonly format: number;
  readonly englishGivenNames: readonly string[];
  readonly givenNames: readonly string[];
  readonly places: readonly string[];
  readonly countries: readonly string[];
  readonly demonyms: readonly string[];
  readonly englishWords: readonly string[];
};

/** Beside the compiled module: dist/src/resources/word-lists.json (never in the sources). */
export const WORD_LISTS_FILE = new URL("./word-lists.json", import.meta.url);

/** The saved lists, or null when there are none or they cannot be read (then they are built). */
export function readWordLists(file: URL = WORD_LISTS_FILE): WordLists | null {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as WordLists;
    return saved.format === WORD_LISTS_FORMAT ? saved : null;
  } catch {
    return null;
  }
}

/** Read once, when the first stage module asks; never changed. */
export const SAVED_WORD_LISTS: WordLists | null = readWordLists();
