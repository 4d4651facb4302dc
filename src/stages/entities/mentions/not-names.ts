/**
 * Capitalised words that are not names: closed-class and calendar words, function words whose
 * capital needs the tagger, month and number words.
 */
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from "../../../lang/en/calendar.js";

/** Month names and abbreviations: never a name alone, and after a place they mark a dateline. */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.keys()]);

/** Capitalised words that are never names by themselves: calendar words and the like. */
export const NEVER_NAMES = new Set([
  // words of the closed classes that open sentences ("Everything is in play", "Amid the
  // protests"); wink's lexicon lacks some of them, so they would pass for unknown names
  "everything",
  "everyone",
  "everybody",
  "nothing",
  "nobody",
  "something",
  "somebody",
  "anything",
  "anyone",
  "anybody",
  "amid",
  "amidst",
  "among",
  "amongst",
  "despite",
  "although",
  "though",
  "however",
  "meanwhile",
  "moreover",
  "whereas",
  "whether",
  "even",
  "these",
  "those",
  // quantifiers: "Several U.S. officials", "Many Europeans"
  "several",
  "many",
  "some",
  "most",
  "both",
  "all",
  "each",
  "every",
  "few",
  "such",
  "i",
  "i'm",
  "i’m",
  "i've",
  "i’ve",
  "i'll",
  "i’ll",
  "i'd",
  "i’d",
  "my",
  "we",
  "our",
  "you",
  "your",
  "he",
  "she",
  "they",
  "it",
  "this",
  "that",
  "fax",
  "tel",
  ...WEEKDAY_NAMES,
  ...WEEKDAY_ABBREVIATIONS,
  "god",
  "ok",
  "tv",
  "am",
  "pm",
  "a.m.",
  "p.m.",
  // the months, which also end a dateline (see MONTHS)
  ...MONTHS,
]);

/**
 * Pronouns, determiners, prepositions, conjunctions and auxiliaries: the words whose capital
 * needs the tagger to tell a name ("Will Ostrander", "Theresa May") from a word ("Will they?").
 * Any other capitalised word inside a sentence is name-like whatever its tag.
 */
export const FUNCTION_WORDS = new Set(
  `i me my mine myself you your yours he him his she her hers it its we us our ours they them
  their theirs this that these those who whom whose which what whatever whoever anyone someone
  everyone nobody none something anything everything nothing a an the some any no every each all
  both either neither another such many few several much more most less of in on at by for with
  about against between into through during before after above below to from up down out off
  over under again near since until upon within without across along among around behind beyond
  despite like per via amid toward towards onto than as versus and or but nor so yet if because
  while although though unless whether when where why how once is are was were be been being am
  do does did have has had will would shall should can could may might must not there here`.split(
    /\s+/,
  ),
);

/** Number words are names only with a name after them ("First Kestrel", not "Second test"). */
export const NUMBER_WORDS = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "half",
]);
