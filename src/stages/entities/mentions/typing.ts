/**
 * Typing a run as a person, organisation, place or other name, by cues in the name and around it,
 * with weak fallbacks; and which lone capitalised words are worth keeping at all.
 */
import {
  ENGLISH_GIVEN_NAMES,
  GIVEN_NAMES,
  GIVEN_NAMES_BEFORE_SURNAME,
  PLACES,
} from "../00-gazetteers.js";
import {
  AGE,
  ARTICLES,
  bracketedAfterName,
  hasOrgApposition,
  isAfterOrgClassifier,
  isBeforeMemberRole,
  isDateline,
  NAME_FOLLOWERS,
  namedWithArticle,
  ORG_AFTER,
  ownsPerson,
  POSSESSIVE,
  referredToAsIt,
  namesABody,
} from "./cues.js";
import { isCommonWord } from "./lexicon.js";
import { NUMBER_WORDS } from "./not-names.js";
import { KNOWN_ORGS, ORG_WORDS } from "./organisation-words.js";
import { OTHER_WORDS } from "./other-words.js";
import { PERSON_BEFORE, SPEECH_VERBS } from "./person-words.js";
import { COMPASS, PLACE_BEFORE, PLACE_HEADS, PLACE_WORDS } from "./place-words.js";
import { isFixtureOpponent, isTableRowName, isTeamInResults } from "./results.js";
import type { Run } from "./runs.js";
import { HAS_LOWER_START, NUMBER, type Token } from "./tokens.js";
import type { EntityType, Evidence } from "./types.js";
import {
  inGazetteer,
  isAcronym,
  isCountyName,
  isDemonymPhrase,
  isPluralNoun,
  isTitle,
  looksLikeInitialledName,
  looksLikeSurname,
  PLURAL,
} from "./word-checks.js";

/** Single letters ("N / A", "( B )") are abbreviations, not names. */
const MIN_NAME_LENGTH = 2;

/** A name of this many tokens or fewer may be a person when a speech verb follows it. */
const MAX_SPEAKER_TOKENS = 3;

/**
 * A name with no other evidence is most often a person's surname in news ("Yeltsin", "Dole");
 * on CoNLL dev (when this rule was set), guessing organisation instead lowered F1 from 0.738 to 0.701.
 */
const DEFAULT_TYPE: EntityType = "person";

const CAMEL_CASE = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}/u;

/** A type, and whether only the fallbacks gave it (no cue, list or context). */
type Typed = {
  type: EntityType;
  weak: boolean;
  /** Dropped unless the name is typed elsewhere. */
  drop?: boolean;
  /** Weak, and only a person named elsewhere overrides it (a team stays a team). */
  onlyPerson?: boolean;
  /**
   * Typed by the words around this one mention ("Varnholt said", "the Varnholt"): the article's
   * other mentions of the name vote, and a cue in the name itself elsewhere wins.
   */
  context?: boolean;
  /**
   * Less than a cue, though the type stands: a given name that is also an English word ("Car",
   * "Santa Monica") says little that the name is a person's.
   */
  evidence?: Evidence;
};

/**
 * What a given name says of a name that has nothing else: alone ("Artemis", "Henry") it may be a
 * relative, a product or a programme, context at most, and nothing when it is also an English
 * word ("Shadow", "Early"); before a surname it is firm, unless it is an English word too: then
 * it is some evidence when English names people so and the last word is a name too, a given name
 * (many surnames are: "Matt Garrett", "Tom Wendell") or no English word ("Tom Varnholt"), and none
 * otherwise ("Star Wars", "Price Drop", "Santa Monica"). On other real pages this kept about nine
 * in ten of the people such names name and dropped about nine in ten of the rest.
 */
function givenNameEvidence(words: Token[]): Evidence | undefined {
  const first = words[0]!.lower;
  if (words.length === 1) return isCommonWord(first) ? "none" : "context";
  if (!isCommonWord(first)) return undefined;
  const last = words[words.length - 1]!.lower;
  const surname = GIVEN_NAMES.has(last) || !isCommonWord(last);
  return ENGLISH_GIVEN_NAMES.has(first) && surname && !PLACES.has(first) ? "context" : "none";
}

const person = (evidence: Evidence | undefined): Typed =>
  evidence ? { type: "person", weak: false, evidence } : { type: "person", weak: false };

export function typeRun(run: Run, tokens: Token[], known: Map<string, EntityType>): Typed {
  const words = run.tokens.filter((t) => t.text !== "-");
  const lowers = words.map((t) => t.lower);
  const name = lowers.join(" ");
  const first = lowers[0]!;
  const last = lowers[lowers.length - 1]!;
  // allow "P. Tolkin 4-38", "Tomas Vell 70 76": in results lines, an initial or a given name
  // (not also an English word, as in "Harbour Vale") before a surname marks a player, not a team
  // "Austin Kestrels": a given name that is also a city, before a plural, opens a team's name
  const cityTeam =
    words.length >= 2 && PLACES.has(first) && PLURAL.test(words[words.length - 1]!.text);
  const playerByCue = looksLikeInitialledName(words);
  const player =
    playerByCue ||
    (words.length >= 2 &&
      GIVEN_NAMES.has(first) &&
      (!isCommonWord(first) || looksLikeSurname(words)) &&
      !cityTeam &&
      !namedWithArticle(run, tokens) &&
      !isTeamInResults(run, tokens));
  // a results line types its names only weakly: "Varnholt 70 68" is a golfer when the article
  // names Varnholt as a person elsewhere, and a team only when nothing does
  if (isTableRowName(run, tokens) && !player)
    return { type: "organization", weak: true, onlyPerson: true };
  if (isDateline(run, tokens)) return { type: "place", weak: false };
  if (words.length >= 2 && PLACE_WORDS.has(last)) return { type: "place", weak: false };
  if (PLACE_HEADS.has(first) && lowers.includes("of")) return { type: "place", weak: false };
  if (PLACES.has(name) || PLACES.has(run.tokens.map((t) => t.lower).join("")))
    return { type: "place", weak: false };
  if (OTHER_WORDS.has(last) && words.length >= 2) return { type: "other", weak: false };
  if (lowers.some((w) => ORG_WORDS.has(w) || w === "&") || KNOWN_ORGS.has(name)) {
    return { type: "organization", weak: false };
  }
  // (not "Republican party", "Democratic party": peoples' and parties' adjectives stay other)
  if (
    !run.personCue &&
    namesABody(tokens[run.to]) &&
    !isDemonymPhrase(lowers) &&
    !(words.length === 1 && words[0]!.pos === "ADJ")
  )
    return { type: "organization", weak: false };
  // (not "a chief Republican adviser": after a title, a people's or party's adjective before
  // a noun is the title's, not a name; "Sen. Young said" keeps its surname)
  const next = tokens[run.to];
  if (
    run.personCue &&
    words.length === 1 &&
    (isDemonymPhrase(lowers) || words[0]!.pos === "ADJ") &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    next.pos === "NOUN"
  )
    return { type: "other", weak: false };
  if (run.personCue || playerByCue) return { type: "person", weak: false };
  if (player) return person(givenNameEvidence(words));
  if (isDemonymPhrase(lowers)) return { type: "other", weak: false };
  if (words.length === 1 && words[0]!.pos === "ADJ" && !words[0]!.sentenceInitial)
    return { type: "other", weak: false };
  // (not "Chester ... Tom Chester": a given name before a word the article knows as a town
  // names a person; the town lends its type to nothing but itself)
  const lastKnown = known.get(last);
  const remembered =
    known.get(name) ??
    (lastKnown === "place" && words.length >= 2 && GIVEN_NAMES.has(first) ? undefined : lastKnown);
  if (remembered) return { type: remembered, weak: false };
  // (not "Austin Kestrels": see cityTeam)
  if (
    words.length >= 2 &&
    (GIVEN_NAMES.has(first) || GIVEN_NAMES_BEFORE_SURNAME.has(first)) &&
    !cityTeam &&
    !namedWithArticle(run, tokens)
  )
    return person(givenNameEvidence(words));
  // "Central Africa", "Southern Merrowshire": a compass word before a place is a region of it
  // (CoNLL train 0.8275 to 0.8277, dev 0.8507 to 0.8509; GUM 0.6164 to 0.6171)
  if (words.length >= 2 && COMPASS.has(first) && PLACES.has(lowers.slice(1).join(" ")))
    return { type: "place", weak: false };
  // allow "Tartu Kestrels", "Tallinn Cement": a place with more words is a team or a firm
  if (words.length >= 2 && lowers.some((w) => PLACES.has(w))) {
    return { type: "organization", weak: false };
  }
  // allow "Merrowby Kestrels", "Tarrow Rovers": names ending in a plural are teams and groups
  if (words.length >= 2 && isPluralNoun(words[words.length - 1]!))
    return { type: "organization", weak: false };
  if (words.length === 1 && isAcronym(words[0]!.text)) return { type: "organization", weak: false };
  const before = tokens[run.from - 1];
  const before2 = tokens[run.from - 2];
  const after = tokens[run.to];
  if (after?.text === "-" && tokens[run.to + 1]?.lower === "based")
    return { type: "place", weak: false };
  if (isAfterOrgClassifier(before) || hasOrgApposition(run, tokens))
    return { type: "organization", weak: false, context: true };
  if (words.length <= MAX_SPEAKER_TOKENS && referredToAsIt(run, tokens))
    return { type: "organization", weak: false, context: true };
  if (words.length <= MAX_SPEAKER_TOKENS && after && SPEECH_VERBS.has(after.lower))
    return { type: "person", weak: false, context: true };
  // allow "Varnholt , 46 ,": an age after a name
  if (
    after?.text === "," &&
    AGE.test(tokens[run.to + 1]?.text ?? "") &&
    tokens[run.to + 2]?.text === ","
  ) {
    return { type: "person", weak: false, context: true };
  }
  if (before && PERSON_BEFORE.has(before.lower) && words.length <= MAX_SPEAKER_TOKENS) {
    // ("operated by Kestrel Air", "a deal with Vellcom": after "by" and "with" bodies stand as
    // often as people, so the type stands but says little)
    if (before.lower === "by" || before.lower === "with")
      return { type: "person", weak: false, context: true, evidence: "none" };
    if (before.lower !== "to" || before2?.lower === "according")
      return { type: "person", weak: false, context: true };
  }
  // (not "Kent", "Devon": a county's name that is also a given name names the county)
  if (words.length === 1 && GIVEN_NAMES.has(first) && !isCountyName(first))
    return person(givenNameEvidence(words));
  // allow "Brightcell shares", "Vellcom 's chairman": what follows belongs to a body or a firm
  const owned = after && POSSESSIVE.has(after.text) ? tokens[run.to + 1] : after;
  if (owned && ORG_AFTER.has(owned.lower))
    return { type: "organization", weak: false, context: true };
  if (isBeforeMemberRole(after) || ownsPerson(run, tokens) || bracketedAfterName(run, tokens))
    return { type: "organization", weak: false, context: true };
  // allow "May 19 v Tarrow": a fixture names a team
  if (isFixtureOpponent(before)) return { type: "organization", weak: false, context: true };
  // allow "the Kremlin", "the Taliban", "the Bundesbank": people's names take no article
  // but "the Varnholt campaign": a name before a noun only qualifies it, and says nothing
  if (
    before &&
    ARTICLES.has(before.lower) &&
    !(words.length === 1 && after?.pos === "NOUN" && HAS_LOWER_START.test(after.text))
  )
    return { type: "organization", weak: false, context: true };
  // (not "a left to Varnholt's face": a possessor after the preposition is not where it goes)
  if (before && PLACE_BEFORE.has(before.lower) && !(after && POSSESSIVE.has(after.text)))
    return { type: "place", weak: false, context: true };
  // allow "LumenCorp", "HarbourBank": a capital inside a word marks a firm, not "McCarthy"
  if (words.length === 1 && CAMEL_CASE.test(words[0]!.text))
    return { type: "organization", weak: false };
  // allow "Kestrels", "Millers": the plural of an English word is a team or a group
  if (words.length === 1 && PLURAL.test(words[0]!.text) && isCommonWord(first.slice(0, -1))) {
    return { type: "organization", weak: false };
  }
  // drop "Golf", "Refugees", "Data": a lone capitalised English word with no cue is more often a
  // heading or a title's word than a name; it stays only when a cue types the same word elsewhere
  // in the text (on CoNLL dev, typing these as organisations instead gives F1 0.7796, not 0.7835)
  if (words.length === 1 && isCommonWord(first)) {
    return { type: "organization", weak: true, drop: true };
  }
  // a county's name alone ("Surrey", "Lancashire") is the county when nothing says otherwise
  const fallback = words.length === 1 && isCountyName(name) ? "place" : DEFAULT_TYPE;
  return { type: contextType(run, tokens) ?? fallback, weak: true };
}

/**
 * Weak evidence for a name that nothing else typed, from the words around it. Counted on
 * CoNLL train over the names that fell to the default: a number after the name ("Tarrow 5",
 * "Vellcom 3.5 percent") or "news"/"reported" after it mostly mark teams and firms; "of" or
 * "capital" before it mostly a place ("town of Zarvadora"). On CoNLL dev these raised overall F1
 * from 0.7982 to about 0.8075; without "of"/"capital" 0.8067, without a place word after 0.8070.
 */
function contextType(run: Run, tokens: Token[]): EntityType | undefined {
  const before = tokens[run.from - 1];
  const after = tokens[run.to];
  if (after && (NUMBER.test(after.text) || ORG_AFTER_WEAK.has(after.lower))) return "organization";
  if (before && PLACE_BEFORE_WEAK.has(before.lower)) return "place";
  if (after && PLACE_WORDS.has(after.lower)) return "place";
  return undefined;
}
const ORG_AFTER_WEAK = new Set(["news", "reported", "quoted"]);
const PLACE_BEFORE_WEAK = new Set(["of", "capital"]);

/**
 * Lone capitalised words that are usually not names: the first word of a sentence that no list
 * knows ("Results", "Net", "Sales"), and a bare organisation word ("Police said ...").
 */
/**
 * No name runs longer: the longest CoNLL train and dev gave us were 10 tokens (a city's full
 * name in Spanish); longer runs are lines of capitals or list debris.
 */
const MAX_NAME_TOKENS = 16;

/** Words that say which holder of an office is meant: "Shadow", "Acting", "Former". */
const TITLE_ADJECTIVES = new Set([
  "shadow",
  "acting",
  "interim",
  "former",
  "deputy",
  "vice",
  "senior",
  "junior",
  "assistant",
  "outgoing",
  "incoming",
  "retired",
]);

/** Words of an office between its holder's adjective and the title: "shadow harbour minister". */
const MAX_OFFICE_WORDS = 2;

/** Does a lowercase title start at `from`, after at most two words ("foreign minister")? */
function opensLowercaseTitle(tokens: Token[], from: number): boolean {
  for (let k = from; k <= from + MAX_OFFICE_WORDS; k++) {
    const t = tokens[k];
    if (t === undefined || !HAS_LOWER_START.test(t.text)) return false;
    if (isTitle(t)) return true;
  }
  return false;
}

export function worthKeeping(run: Run, tokens: Token[]): boolean {
  const words = run.tokens;
  if (words.length > MAX_NAME_TOKENS) return false;
  if (words.length !== 1) return true;
  const only = words[0]!;
  if (only.text.replace(/\./g, "").length < MIN_NAME_LENGTH) return false;
  if (NUMBER_WORDS.has(only.lower)) return false;
  // "Police said": a bare organisation word is no name, but "Congress" and "the Senate" are
  if (ORG_WORDS.has(only.lower) && !isAcronym(only.text) && !KNOWN_ORGS.has(only.lower))
    return false;
  // "Shadow foreign minister Anu Saar": a word that sharpens a title, before a title in lower case
  if (TITLE_ADJECTIVES.has(only.lower) && opensLowercaseTitle(tokens, run.to)) return false;
  if (!only.sentenceInitial || run.personCue) return true;
  if (inGazetteer(only.lower) || isAcronym(only.text) || KNOWN_ORGS.has(only.lower)) return true;
  if (isTableRowName(run, tokens) || isDateline(run, tokens)) return true;
  // allow "Varnholt , 65 , has left", "Ostrander has resigned": a proper noun that a comma or
  // a verb follows is a name; "Dealers said" and "Results of" are not
  const after = tokens[run.to];
  if (after === undefined || only.pos !== "PROPN" || isCommonWord(only.lower)) return false;
  return NAME_FOLLOWERS.has(after.text) || after.pos === "VERB" || after.pos === "AUX";
}
