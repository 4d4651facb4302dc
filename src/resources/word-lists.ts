/**
 * The word lists the entity stages build from npm data packages (given names from stdlib's
 * lists and faker's locales, places from world-countries, city-timezones and states-us, English
 * words from wink's model), saved as one file by `npm run build` (and `npm ci`, through
 * `prepare`), so that a command starts without loading those packages: they took about 0.4 s of
 * the CLI's 0.9 s start. Run from the sources (tests, `tsx`), or with no saved file, each stage
 * module builds its lists from the packages as before; a test holds the two the same.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Bumped when the lists saved change in kind: a file of another format is not read. */
export const WORD_LISTS_FORMAT = 2;

/**
 * The modules whose code builds the lists, beside this one (compiled or source, as this module
 * runs). A saved file records a digest of them, so that lists saved by an older build are not
 * read after those modules change and are compiled without `npm run build` (a bare `tsc`): the
 * stages then build their lists from the packages, slower to start but never stale.
 */
const BUILDERS = ["../stages/entities/00-gazetteers", "../stages/entities/mentions/lexicon"];

/** The digest of the list-building modules as they are now, or null when one cannot be read. */
export function buildersDigest(): string | null {
  const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  try {
    const hash = createHash("sha256");
    for (const b of BUILDERS) hash.update(readFileSync(new URL(b + extension, import.meta.url)));
    return hash.digest("hex").slice(0, 16);
  } catch {
    return null;
  }
}

export type WordLists = {
  readonly format: number;
  /** `buildersDigest()` of the build that saved them. */
  readonly builders: string | null;
  readonly englishGivenNames: readonly string[];
  readonly givenNames: readonly string[];
  readonly places: readonly string[];
  readonly countries: readonly string[];
  readonly demonyms: readonly string[];
  readonly englishWords: readonly string[];
};

/** Beside the compiled module: dist/src/resources/word-lists.json (never in the sources). */
export const WORD_LISTS_FILE = new URL("./word-lists.json", import.meta.url);

/**
 * The saved lists, or null when there are none, they cannot be read, or another build of the
 * list-building modules (`builders`, a `buildersDigest()`) saved them: then they are built.
 */
export function readWordLists(file: URL, builders: string | null): WordLists | null {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as WordLists;
    const current = saved.format === WORD_LISTS_FORMAT && builders !== null;
    return current && saved.builders === builders ? saved : null;
  } catch {
    return null;
  }
}

/** Read once, when the first stage module asks; never changed. */
export const SAVED_WORD_LISTS: WordLists | null = readWordLists(WORD_LISTS_FILE, buildersDigest());
