/**
 * Runs of name tokens: where a name starts and how far it goes, over hyphens, name particles and
 * the connectors inside organisations' names.
 */
import { GIVEN_NAMES, GIVEN_NAMES_BEFORE_SURNAME, PLACES } from "../00-gazetteers.js";
import { isCommonWord } from "./lexicon.js";
import {
  COMPANY_SUFFIXES,
  KNOWN_ORGS,
  ORG_CONNECTORS,
  ORG_WORDS,
  PUBLICATION_WORDS,
} from "./organisation-words.js";
import { NAME_PARTICLES } from "./person-words.js";
import { PLACE_HEADS } from "./place-words.js";
import { NUMBER, type Token, UPPER_START } from "./tokens.js";
import { MONTH_NAMES } from "../../../lang/en/calendar.js";
import { isAcronym, isNameToken, isTitle, placeLengthAt, startsPlace } from "./word-checks.js";

/** Month names in full, which are surnames too ("Theresa May", "Brian May"). */
const MONTH_NAME_SET: ReadonlySet<string> = new Set(MONTH_NAMES);

/**
 * Words after a hyphen that make an adjective of a name ("EU-backed", "Texas-based"); other short
 * lowercase words after a proper noun and a hyphen are part of the name ("Tam Kei-fung").
 */
const HYPHEN_SUFFIXES = new Set([
  "based",
  "backed",
  "led",
  "born",
  "owned",
  "run",
  "controlled",
  "style",
  "type",
  "like",
  "era",
  "speaking",
  "dominated",
  "funded",
  "made",
  "held",
  "allied",
  "sponsored",
  "friendly",
  "related",
  "wide",
  "level",
  "class",
  "bound",
  "area",
  "elect",
]);
/** Longest lowercase syllable joined to a name over a hyphen ("Kei-fung", "Wing-lok"). */
const MAX_NAME_SYLLABLE = 6;

function isNameSyllable(prev: Token, after: Token): boolean {
  return (
    prev.pos === "PROPN" &&
    /^\p{Ll}+$/u.test(after.text) &&
    after.text.length <= MAX_NAME_SYLLABLE &&
    !HYPHEN_SUFFIXES.has(after.lower) &&
    !isCommonWord(after.lower) // "Year-on-year", "T-bonds": English words, not a syllable
  );
}

/** No characters between two tokens: "Rolls-Royce", "EU-backed". */
function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}

export type Run = { tokens: Token[]; from: number; to: number; personCue: boolean };

/** "al-Nassiri", "el-Kadiri", "bin-Harith": the article or "son of" joined to a surname. */
const ARABIC_ARTICLES = new Set([
  "al",
  "el",
  "ad",
  "ar",
  "as",
  "ash",
  "at",
  "az",
  "bin",
  "ibn",
  "abu",
]);

/**
 * "Will Ostrander", "Jan Kivistik": a given name that is also a word ("will", "jan" for January)
 * opens a name when a surname follows it, one that is no English word and no place.
 */
function opensName(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentenceInitial || token.shouting) return false;
  if (!UPPER_START.test(token.text) || !GIVEN_NAMES_BEFORE_SURNAME.has(token.lower)) return false;
  return (
    isNameToken(next) &&
    !isCommonWord(next.lower) &&
    !PLACES.has(next.lower) &&
    !NUMBER.test(next.text)
  );
}

/**
 * Whether the "and" at `j` joins two bodies rather than the words of one name ("Bank of England
 * and Bank of Scotland" are two, "Securities and Exchange Commission" one): an "and the" ("the
 * Treasury Department and the FBI"); an initialism after it ("Emory University and CNN"); or a
 * name of two words or more on each side, the one after ending on an organisation's word ("Fox
 * News and NBC News"); a title or a body known by one word after it ("Congress and President
 * Vell"); one word on each side ("the Senate and House"). `i` is where the run started, `k` the
 * name token after the connectors.
 */
function twoBodies(tokens: Token[], i: number, j: number, k: number): boolean {
  if (tokens[j]!.lower !== "and") return false;
  const following = tokens[k]!;
  if (
    k > j + 1 ||
    (isAcronym(following.text) && !following.shouting) ||
    // "Congress and President Ilsa Varnholt", "the Harbour Board and Parliament"
    isTitle(following) ||
    KNOWN_ORGS.has(following.lower)
  )
    return true;
  let end = k;
  while (tokens[end + 1] && isNameToken(tokens[end + 1]!) && !tokens[end + 1]!.sentenceInitial)
    end++;
  // (a place that opens the name is not a word of it: "U.S. Securities and Exchange Commission")
  const before = j - (i + placeLengthAt(tokens, i));
  // One word on each side is two bodies ("the Senate and House", "Congress and Vell"): a name
  // with "and" in it goes on past it ("Securities and Exchange Commission"), or joins two
  // newspapers' words ("the Post and Courier").
  if (before < 2)
    return (
      before === 1 &&
      end === k &&
      !(PUBLICATION_WORDS.has(tokens[j - 1]!.lower) && PUBLICATION_WORDS.has(following.lower))
    );
  return end > k && ORG_WORDS.has(tokens[end]!.lower);
}

/** Runs of name tokens, joined over hyphens and over connectors inside organisation names. */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (
      !isNameToken(tokens[i]!) &&
      !(tokens[i]!.shouting && placeLengthAt(tokens, i) > 0) &&
      !opensName(tokens, i)
    ) {
      i += 1;
      continue;
    }
    // allow "NEW YORK 2026-03-17", "EL SALVADOR": in capitals, a place of several words is one run
    let j = i + (tokens[i]!.shouting ? Math.max(1, placeLengthAt(tokens, i)) : 1);
    for (;;) {
      const next = tokens[j];
      if (!next) break;
      const prev = tokens[j - 1]!;
      // allow "MERROWBY CITY 58 77": in capitals, organisation words go on a name
      const inCapitals = next.shouting && ORG_WORDS.has(next.lower) && !isTitle(next);
      if ((isNameToken(next) || inCapitals) && !next.sentenceInitial) {
        j += 1;
        continue;
      }
      // allow "Theresa May": a month's name as the surname after a given name, where no day or
      // year follows it as a date ("Theresa May 3" is left to the date reader)
      if (
        MONTH_NAME_SET.has(next.lower) &&
        UPPER_START.test(next.text) &&
        !next.shouting &&
        !next.sentenceInitial &&
        GIVEN_NAMES.has(prev.lower) &&
        !PLACES.has(prev.lower) &&
        !NUMBER.test(tokens[j + 1]?.text ?? "")
      ) {
        j += 1;
        continue;
      }
      // allow "Tariq al-Nassiri": the Arabic article joined to the surname over a hyphen
      const hyphen = tokens[j + 1];
      const surname = tokens[j + 2];
      if (
        ARABIC_ARTICLES.has(next.text) &&
        hyphen?.text === "-" &&
        surname &&
        touching(next, hyphen) &&
        touching(hyphen, surname) &&
        UPPER_START.test(surname.text)
      ) {
        j += 3;
        continue;
      }
      // allow "Rolls-Royce" and "Guinea-Bissau": a hyphen between two name tokens, no spaces
      const after = tokens[j + 1];
      if (
        next.text === "-" &&
        after &&
        touching(prev, next) &&
        touching(next, after) &&
        (isNameToken(after) || isNameSyllable(prev, after))
      ) {
        j += 2;
        continue;
      }
      // allow "Ana de Vell", "Tomas van der Saar": particles inside people's names
      if (NAME_PARTICLES.has(next.text)) {
        let k = j;
        while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.text) && k - j < 2) k += 1;
        const following = tokens[k];
        if (following && isNameToken(following) && !following.sentenceInitial) {
          j = k + 1;
          continue;
        }
      }
      // allow "Bank of England", "Procter & Gamble", "Bank of the Ozarks"
      if (ORG_CONNECTORS.has(next.lower) && !next.shouting && !next.sentenceInitial) {
        let k = j;
        while (tokens[k] && ORG_CONNECTORS.has(tokens[k]!.lower) && k - j < 2) k += 1;
        const following = tokens[k];
        const joins =
          next.text === "&" ||
          (next.lower === "of" && PLACE_HEADS.has(prev.lower)) ||
          (ORG_WORDS.has(prev.lower) &&
            (next.lower !== "and" ||
              !(
                COMPANY_SUFFIXES.has(prev.lower) ||
                (following && (GIVEN_NAMES.has(following.lower) || startsPlace(tokens, k)))
              )));
        if (following && isNameToken(following) && joins && !twoBodies(tokens, i, j, k)) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    runs.push({ tokens: tokens.slice(i, j), from: i, to: j, personCue: false });
    i = j;
  }
  return runs;
}
