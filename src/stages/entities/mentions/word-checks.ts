/**
 * Checks on single words and tokens: can a token be part of a name; is a word a title, a people's
 * word, a county, an acronym, a plural noun, or the start of a place in the gazetteer; and the
 * shapes of a person's two-word name.
 */
import { COUNTIES, DEMONYMS, GIVEN_NAMES, PLACES } from "../00-gazetteers.js";
import { isCommonWord } from "./lexicon.js";
import { FUNCTION_WORDS, NEVER_NAMES } from "./not-names.js";
import { GROUP_WORDS } from "./other-words.js";
import { COMPASS } from "./place-words.js";
import { PERSON_TITLES } from "./titles.js";
import { HAS_LOWER, LETTERS_ONLY, type Token, UPPER_START } from "./tokens.js";

/** "WHO", "US": a short function word in capitals inside a sentence is an acronym. */
const SHORT_ACRONYM = /^\p{Lu}{2,4}$/u;

/** Part-of-speech tags wink gives to capitalised words inside names besides PROPN. */
const NAME_LIKE_POS = new Set(["PROPN", "NOUN", "ADJ", "VERB", "X", "NUM", "ADV", "INTJ"]);

/** Acronyms are at most this long ("NATO", "UNICEF"); longer capital words are shouting. */
export const MAX_ACRONYM_LENGTH = 6;

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;
export const PLURAL = /\p{Ll}[^s']s$/u;

/** Tokens in the longest place name of up to three tokens at `from` ("New York"), or 0. */
export function placeLengthAt(tokens: Token[], from: number): number {
  let name = "";
  let length = 0;
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    name = name === "" ? tokens[k]!.lower : `${name} ${tokens[k]!.lower}`;
    if (PLACES.has(name)) length = k - from + 1;
  }
  return length;
}

export function startsPlace(tokens: Token[], from: number): boolean {
  return placeLengthAt(tokens, from) > 0;
}

/**
 * Function words that open sentences and never a name: the tagger need not be asked about
 * them ("The", "He", "But"). "May", "Will" and "Can" are not here: they open names too.
 */
const PLAIN_FUNCTION_WORDS = new Set(
  `the a an he she it they we i you his her its their our my your this that these those there
  here but and or nor so yet if when while after before as at by for from in into of on to with
  about what which who whom whose how why where some many most all both each every no not one`.split(
    /\s+/,
  ),
);

export function inGazetteer(lower: string): boolean {
  return PLACES.has(lower) || GIVEN_NAMES.has(lower) || isDemonym(lower) || isCountyName(lower);
}

/** "Leicestershire", "Essex": a county, by its ending or the list (a place, or a body named after it). */
const COUNTY_ENDING = /^\p{L}{3,}shire$/u;
export function isCountyName(lower: string): boolean {
  return COUNTY_ENDING.test(lower) || COUNTIES.has(lower);
}

/** Can this token be part of a name? */
export function isNameToken(token: Token): boolean {
  if (!UPPER_START.test(token.text)) return false;
  // "I." is an initial ("I. Varnholt"), not the pronoun; "Dec." is the month
  if (NEVER_NAMES.has(token.lower)) return false;
  if (token.lower.length > 2 && NEVER_NAMES.has(token.lower.replace(/\.$/, ""))) return false;
  if (token.shouting) {
    return PLACES.has(token.lower) || isDemonym(token.lower) || isTitle(token);
  }
  if (token.sentenceInitial) {
    // a first word that is no English word is a name whatever the tagger says of it ("Vellstad ,")
    // (the cheap tests first: the tagger is asked only about the words they leave open)
    if (inGazetteer(token.lower) || isTitle(token)) return true;
    if (LETTERS_ONLY.test(token.text) && !isCommonWord(token.lower)) return true;
    return !PLAIN_FUNCTION_WORDS.has(token.lower) && token.pos === "PROPN";
  }
  // only a word that can be a function word needs its tag ("Will", "May"); in capitals it is an
  // acronym ("WHO")
  if (!FUNCTION_WORDS.has(token.lower) || SHORT_ACRONYM.test(token.text)) return true;
  return NAME_LIKE_POS.has(token.pos);
}

/** "German", "Germans", "Arab", "Kurdish": peoples, their languages and faiths. */
export function isDemonym(lower: string): boolean {
  if (DEMONYMS.has(lower) || GROUP_WORDS.has(lower)) return true;
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : "";
  if (singular !== "" && (DEMONYMS.has(singular) || GROUP_WORDS.has(singular))) return true;
  return DEMONYM_ENDING.test(lower) && !GIVEN_NAMES.has(lower);
}

/**
 * Endings of words for peoples that the country lists miss ("Transylvanian", "Surinamese",
 * "Indonesians"); names with these endings that are given names stay names ("Brian").
 */
const DEMONYM_ENDING = /^\p{L}{3,}(?:ian|ians|ean|eans|ese)$/u;

/** "North American", "Southeast Asian": peoples' words after compass words. */
export function isDemonymPhrase(lowers: string[]): boolean {
  const last = lowers[lowers.length - 1]!;
  return isDemonym(last) && lowers.slice(0, -1).every((w) => COMPASS.has(w) || isDemonym(w));
}

export function isTitle(token: Token): boolean {
  return PERSON_TITLES.has(token.lower);
}

/** "Secretaries", "Generals": a title's plural, the holders of an office, never one's name. */
export function isTitlePlural(token: Token): boolean {
  const lower = token.lower;
  if (lower.endsWith("ies")) return PERSON_TITLES.has(`${lower.slice(0, -3)}y`);
  return lower.endsWith("s") && PERSON_TITLES.has(lower.slice(0, -1));
}

export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && text.replace(/\./g, "").length <= MAX_ACRONYM_LENGTH;
}

/**
 * "Bulls", "Rangers", "Cubs": the plural of an English noun, or a plural by its ending; not a
 * surname that happens to end in s ("Ostaris", "Varnakis").
 */
export function isPluralNoun(token: Token): boolean {
  if (!PLURAL.test(token.text)) return false;
  const lower = token.lower;
  if (PLURAL_ENDING.test(lower) || isCommonWord(lower.slice(0, -1))) return true;
  // "Allies", "Companies": -ies from -y
  return lower.endsWith("ies") && isCommonWord(`${lower.slice(0, -3)}y`);
}
const PLURAL_ENDING = /(?:ers|ors|ians|ists|ites|ans|ens|ics)$/;

/**
 * "Nick Vellstad", "Mark Tamberlo": a given name that is also an English word is still a given
 * name when the one word after it is no English word and no place ("Harbour Vale" is no person's).
 */
export function looksLikeSurname(words: Token[]): boolean {
  const last = words[words.length - 1]!.lower;
  return words.length === 2 && !isCommonWord(last) && !PLACES.has(last);
}

/** "P. Tolkin", "J. Marrel": an initial before a surname. */
export function looksLikeInitialledName(words: Token[]): boolean {
  return (
    words.length >= 2 &&
    INITIAL.test(words[0]!.text) &&
    words.slice(1).every((w) => HAS_LOWER.test(w.text) || w.text === "-")
  );
}
const INITIAL = /^\p{Lu}\.$/u;
