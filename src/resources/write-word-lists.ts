/**
 * `node dist/src/resources/write-word-lists.js [FILE]`: builds the entity stages' word lists from
 * the npm data packages and saves them (by default beside word-lists.js, where the stages read
 * them). Run by `npm run build` after the compiler.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gazetteersFromPackages } from "../stages/entities/00-gazetteers.js";
import { englishWordsOfModel } from "../stages/entities/mentions/lexicon.js";
import {
  buildersDigest,
  WORD_LISTS_FILE,
  WORD_LISTS_FORMAT,
  type WordLists,
} from "./word-lists.js";

const sorted = (words: Iterable<string>): string[] => [...words].sort();

/** The lists as the packages give them now. */
export function wordListsFromPackages(): WordLists {
  const g = gazetteersFromPackages();
  return {
    format: WORD_LISTS_FORMAT,
    builders: buildersDigest(),
    englishGivenNames: sorted(g.englishGivenNames),
    givenNames: sorted(g.givenNames),
    places: sorted(g.places),
    countries: sorted(g.countries),
    demonyms: sorted(g.demonyms),
    englishWords: sorted(englishWordsOfModel()),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2] ? pathToFileURL(process.argv[2]) : WORD_LISTS_FILE;
  const lists = wordListsFromPackages();
  writeFileSync(file, JSON.stringify(lists));
  if (lists.builders === null)
    process.stderr.write("word lists: the modules that build them could not be read\n");
  const words = Object.values(lists).reduce<number>(
    (n, v) => n + (Array.isArray(v) ? v.length : 0),
    0,
  );
  process.stdout.write(`word lists: ${words.toLocaleString("en-US")} words → ${file.pathname}\n`);
}
