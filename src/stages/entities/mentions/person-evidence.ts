/**
 * Is a name typed as a person's really one? The mention rules guess "person" for a name nothing
 * else types, which on clean newswire is most often right ("Varnholt" is a surname) but on
 * crawled pages names products, programmes, places and headline words too. Here the words around
 * each person mention are read once more, in the article's text: evidence for a person ("Vell,
 * who", "Vell, 52,", "Vell, a paramedic", "Vell's wife", "he" after the name) makes the mention
 * firm; a shape no person's name has (digits, handles, a cut-off last word, English words only)
 * or a cue of a place or a body takes the person away.
 */
import { ENGLISH_GIVEN_NAMES, GIVEN_NAMES, PLACES } from "../00-gazetteers.js";
import { isCommonWord } from "./lexicon.js";
import { OTHER_WORDS } from "./other-words.js";
import { PLACE_WORDS } from "./place-words.js";
import { PERSON_TITLES } from "./titles.js";
import { NAME_PARTICLES } from "./person-words.js";
import { FUNCTION_WORDS } from "../../../lang/en/function-words.js";
import type { EntityType, Evidence } from "./types.js";

/** The reading of one person mention: its type and evidence, or `null` to drop it. */
export type PersonReading = { readonly type: EntityType; readonly evidence: Evidence } | null;

/**
 * Nouns for what a person is or does, besides the titles (titles.ts), that an apposition gives
 * ("Ilsa Varnholt, a paramedic with the county service"). A resource list, not tuned on any text.
 */
const PERSON_NOUNS = new Set([
  "resident",
  "residents",
  "passenger",
  "witness",
  "survivor",
  "victim",
  "student",
  "teacher",
  "doctor",
  "nurse",
  "paramedic",
  "firefighter",
  "superintendent",
  "inspector",
  "detective",
  "constable",
  "sheriff",
  "pilot",
  "farmer",
  "worker",
  "owner",
  "entrepreneur",
  "investor",
  "billionaire",
  "millionaire",
  "scientist",
  "researcher",
  "expert",
  "professor",
  "lecturer",
  "author",
  "writer",
  "novelist",
  "poet",
  "artist",
  "musician",
  "rapper",
  "comedian",
  "director",
  "producer",
  "player",
  "batter",
  "cricketer",
  "footballer",
  "athlete",
  "captain",
  "mother",
  "father",
  "son",
  "daughter",
  "wife",
  "husband",
  "widow",
  "brother",
  "sister",
  "grandmother",
  "grandfather",
  "man",
  "woman",
  "boy",
  "girl",
  "member",
  "lead",
  "head",
  "president",
  "vice",
  "official",
  "executive",
  "manager",
  "activist",
  "campaigner",
  "lawmaker",
  "legislator",
  "politician",
  "senator",
  "candidate",
  "backbencher",
  "frontbencher",
  "veteran",
  "citizen",
  "native",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "representative",
  "consultant",
  "strategist",
  "commentator",
  "host",
  "presenter",
  "anchor",
  "partner",
  "co-founder",
  "cofounder",
  "chief",
]);

/** Kin and household words after a possessive: "Vell's wife", "Varnholt's late mother". */
const KIN = new Set([
  "wife",
  "husband",
  "son",
  "sons",
  "daughter",
  "daughters",
  "mother",
  "father",
  "brother",
  "sister",
  "parents",
  "children",
  "family",
  "partner",
  "widow",
  "grandson",
  "granddaughter",
  "mum",
  "mom",
  "dad",
]);

/** Prepositions of place: a name right after one is somewhere ("in Tarnby", "toward Vellport"). */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "near",
  "toward",
  "towards",
  "across",
  "outside",
  "inside",
  "throughout",
  "within",
]);

/** Plurals that close places' names, not bodies': "Vellmouth Heights", "Tarn Falls". */
const PLACE_PLURALS = new Set([
  "heights",
  "falls",
  "springs",
  "gardens",
  "woods",
  "sands",
  "downs",
  "meadows",
  "lakes",
  "keys",
  "flats",
  "hills",
  "islands",
  "mountains",
]);
/** Characters no person's name holds: digits, handles, paths, brackets, markup. */
const NOT_IN_A_NAME = /[\d/@#_()[\]{}<>|=+*]/u;
/** One word with a capital inside it, not after a name's prefix ("Mc", "De", "O'"). */
const BRAND_CASE = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
/** A name closing with an acronym of two letters or more that is no Roman numeral. */
const TRAILING_ACRONYM = /\s(?![IVX]+$)\p{Lu}{2,}$/u;
/** "O'Vell", "McSaar", "MacVell": surnames by their prefix. */
const SURNAME_PREFIX = /^(?:O['’]|Mc|Mac)\p{Lu}\p{Ll}/u;
/** Initials with their stops, then a capitalised surname. */
const INITIALS = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}/u;
/** "MPs", "Harbour MPs": a plural acronym closing the name. */
const PLURAL_ACRONYM = /(?:^|\s)\p{Lu}{2,}s$/u;
/** A web address's tail: "Kestrelnews.com". */
const DOMAIN_TAIL = /\.\p{Ll}{2,4}$/u;
/** "X-ray", "A-listers", "R-Ark": one capital letter joined to a word is no one's name. */
const LETTER_COMPOUND = /^\p{Lu}-\p{L}/u;
/** A person's pronouns: after the name, they say it was a person's. */
const PERSONAL = /\b(?:he|she)\b/i;
/** How far back a sentence's start is looked for before a name. */
const SENTENCE_START_WINDOW = 80;

/** Does the name open its sentence or paragraph (after quotation marks or a bracket at most)? */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - SENTENCE_START_WINDOW), start);
  const m = /(?:^|[.!?]["'”’)]*\s|\n)([^\p{L}\p{N}]*)$/u.exec(before);
  return m !== null && (m.index > 0 || start <= SENTENCE_START_WINDOW);
}
/** How far after a name a pronoun may refer back to it: about two sentences. */
const PRONOUN_WINDOW = 240;
/** A person's name of unknown words has two or three of them ("Anu Saar", "Tomas Vell Ostrander"). */
const MAX_NAME_WORDS = 3;
/** Words of an apposition read for a person noun: ", the company's chief executive officer". */
const APPOSITION_WORDS = 6;

const isPersonNoun = (lower: string): boolean =>
  PERSON_NOUNS.has(lower) || PERSON_TITLES.has(lower);

/**
 * Is `word` (lowercased) an English word and no English given name ("Blue", "Control"; not
 * "Tom" of "Tom Wendell")?
 */
function plainWord(word: string): boolean {
  return isCommonWord(word) && !ENGLISH_GIVEN_NAMES.has(word);
}

/**
 * Reads one person mention of `text` (the article's clean text). `nextPerson` is where the next
 * person mention starts, so that a pronoun after it is not credited to this one.
 */
export function readPerson(
  text: string,
  mention: { start: number; end: number; text: string; evidence: Evidence },
  nextPerson: number,
): PersonReading {
  const name = mention.text;
  // "... said judges Varnholt and Ils": an excerpt cut off after a name's first letters
  if (isCutOff(text, mention.end)) return null;
  // "X-ray", and "-Two" of "Kestrel-Two": a letter joined to a word, a piece after a hyphen
  if (LETTER_COMPOUND.test(name) || !/^\p{L}/u.test(name)) return null;
  if (NOT_IN_A_NAME.test(name) || DOMAIN_TAIL.test(name))
    return { type: "other", evidence: "firm" };
  // "St. Anselm": a saint's name is a place's or a church's, now
  if (/^St\.?\s/.test(name)) return { type: "place", evidence: "context" };
  // "Kestrel IRA", "Anu Saar KTA": no one's name ends in an acronym (a numeral is no acronym)
  if (TRAILING_ACRONYM.test(name) && /\p{Ll}/u.test(name))
    return { type: "other", evidence: "firm" };
  // "Harbour MPs", "CEOs": an acronym in the plural is a group of people, not one
  if (PLURAL_ACRONYM.test(name)) return { type: "other", evidence: "firm" };
  const words = name
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  // "Kestrel Cup Finals", "Vell Memorial Games": a contest, a law, a programme, not a person
  if (words.slice(1).some((w) => OTHER_WORDS.has(w))) return { type: "other", evidence: "firm" };
  // "Coastal Research Programs", "Harbour Dock Workers": a plural closes a body's name; a
  // person's surname may look plural after a given name only ("Ana Waters")
  const last = words[words.length - 1] ?? "";
  if (
    // (not after a given name: "Ana Waters", and a headline's verb, "Ana Vell Checks In")
    words.length >= 2 &&
    !GIVEN_NAMES.has(words[0]!) &&
    /\p{L}{2}s$/u.test(last) &&
    !last.endsWith("ss") &&
    !PLACE_WORDS.has(last) &&
    !PLACE_PLURALS.has(last) &&
    !GIVEN_NAMES.has(last.slice(0, -1)) && // "Edwards", "Roberts": a surname from a given name
    isCommonWord(last.slice(0, -1))
  )
    return { type: "organization", evidence: "context" };
  if (mention.evidence === "firm") return { type: "person", evidence: "firm" };
  // "Ground Station", "Silver Heron": English words only, and no given name, name no one (even
  // when "who" follows: "a Silver Heron who")
  if (words.length > 0 && words.every(plainWord)) return { type: "person", evidence: "none" };
  const after = text.slice(mention.end, mention.end + 120);
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (isPersonByContext(text, mention, after, nextPerson))
    return { type: "person", evidence: "firm" };
  // "J.J. Vellner", "A. R. Saar": initials before a surname
  if (INITIALS.test(name)) return { type: "person", evidence: "firm" };
  // "Ana O'Vell", "Anu McSaar": a surname of an Irish or Scottish shape closes the name
  if (words.length >= 2 && SURNAME_PREFIX.test(name.split(/\s+/).pop() ?? ""))
    return { type: "person", evidence: mention.evidence === "none" ? "context" : mention.evidence };
  // "OrvaNet", "KestrelAI": a capital inside the word marks a brand, not "McSaar" or "DeVries"
  if (BRAND_CASE.test(name)) return { type: "organization", evidence: "context" };
  // "billionaire Tomas Vell", "paramedic Anu Saar": a person noun in lower case before the name
  // and "his fellow opener, Anu Saar,": an apposition before the name
  const noun = /(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(before)?.[1];
  if (noun !== undefined && isPersonNoun(noun)) return { type: "person", evidence: "firm" };
  // "in Port Avel", "within Mare Tenebris": a place
  const previous = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (previous !== undefined && PLACE_PREPOSITIONS.has(previous))
    return { type: "place", evidence: "context" };
  // "Kestrel, which owns a stake": a body or a thing; people are "who"
  if (/^\s*,\s*which\b/.test(after)) return { type: "organization", evidence: "context" };
  // "Tomas Vellstad", "Anu Saar": two or three words, none of them English, is a person's
  // name's shape ("Kestrel" alone may be anything)
  if (
    mention.evidence === "none" &&
    words.length >= 2 &&
    words.length <= MAX_NAME_WORDS &&
    words.every((w) => /^\p{L}+$/u.test(w) && !isCommonWord(w) && !PLACES.has(w))
  )
    return { type: "person", evidence: "context" };
  return { type: "person", evidence: mention.evidence };
}

/** Does the text end right after `end`, in the middle of a word (no mark closes it)? */
function isCutOff(text: string, end: number): boolean {
  // (only the characters after the name are read, and only while they are spaces)
  for (let i = end; i < text.length; i++) if (!/\s/.test(text[i]!)) return false;
  return end > 0 && /\p{L}/u.test(text[end - 1]!);
}

/** Words around the mention that only a person has: "who", an age, a person noun, kin, "he". */
function isPersonByContext(
  text: string,
  mention: { start: number; end: number },
  after: string,
  nextPerson: number,
): boolean {
  // "Vell, who", "Vell, 52,"
  if (/^\s*,?\s*who\b/.test(after) || /^\s*,\s*\d{1,3}\s*,/.test(after)) return true;
  // "Vell's wife", "Vell's late mother"
  const kin = /^['’]s\s+(?:late\s+)?(\p{L}+)/u.exec(after);
  if (kin && KIN.has(kin[1]!.toLowerCase())) return true;
  // "Vell, a paramedic with", "Vell, the company's chief executive", "Vell — project manager"
  const apposition = /^\s*(,|[—–]|--)\s*((?:[\p{L}'’-]+\s*){0,6})/u.exec(after);
  if (apposition) {
    const words = apposition[2]!.trim().split(/\s+/).slice(0, APPOSITION_WORDS);
    const opens =
      apposition[1] !== "," ||
      /^(?:a|an|the)$/i.test(words[0] ?? "") ||
      /['’]s$/.test(words[0] ?? "");
    if (opens && words.some((w) => isPersonNoun(w.toLowerCase().replace(/['’]s$/, ""))))
      return true;
  }
  // "Vell left early. He said …": the subject of a sentence, taken up by "he" or "she" before
  // the next person is named (not "a post on Kestrel, she said", where the name is no subject)
  if (!opensSentence(text, mention.start)) return false;
  const window = text.slice(mention.end, Math.min(nextPerson, mention.end + PRONOUN_WINDOW));
  return PERSONAL.test(window);
}

/** A name compared without case or accents: "Francois Hollande" is "François Hollande". */
export const knownNameKey = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** A word's letters alone: "U.S." is "US". */
const plain = (word: string): string => word.replace(/[^\p{L}]/gu, "");

/** How the article gives a name: its type, on what evidence, and how many times. */
export type NameReading = { type: EntityType; evidence: Evidence; count: number };
/** A name cut out of a headline's run: its span, and how the article gives it elsewhere. */
export type KnownName = {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  evidence: Evidence;
};

/**
 * "Ana Vell Checks Into Clinic", "Ana Vell Beats Tomas Berg In Tartu", "Ana Vell Grills Harbour
 * Bank", "Ana Vell Thanks Berg" in a headline: names the article gives elsewhere ("Ana Vell",
 * "Tomas Berg", "Harbour Bank", "Berg"; keys as `knownNameKey` writes them), run on into English
 * words around them. The mention is cut into those names when every word left over is an English
 * word and one of them is a person's full name on firm evidence; null when not, or when a word
 * left over is no English word (then the run may be a longer name of its own).
 *
 * A run already known to be a headline's words (`headlineRun`, or a run in a `headlineLine`) is
 * cut into whatever names the article gives, whatever the words left over: none, when it gives
 * none; it is left whole when the article gives the whole run elsewhere too.
 */
export function knownNamesIn(
  mention: { start: number; end: number; text: string },
  known: ReadonlyMap<string, NameReading>,
  headline = false,
): KnownName[] | null {
  const words = [...mention.text.matchAll(/\S+/g)];
  if (words.length < (headline ? 2 : 3)) return null;
  const keys = words.map((w) => knownNameKey(w[0]));
  if (headline && (known.get(keys.join(" "))?.count ?? 0) > 1) return null;
  const names: KnownName[] = [];
  // per word, the name it falls in (-1: an English word left over)
  const inName: number[] = [];
  let i = 0;
  while (i < words.length) {
    // the longest stretch from here that the article gives as a name (not the whole run: it is
    // among the names the article gives, as every firm mention is)
    let size = words.length - i - (i === 0 ? 1 : 0);
    let reading: NameReading | undefined;
    while (size >= 1 && !(reading = known.get(keys.slice(i, i + size).join(" ")))) size--;
    // a single word only on firm evidence, and no English word ("… Advised Clinton", not
    // "Nominee")
    if (size === 1 && (reading?.evidence !== "firm" || isCommonWord(plain(keys[i]!))))
      reading = undefined;
    if (size < 1 || !reading) {
      if (!headline && !isCommonWord(plain(keys[i]!))) return null;
      inName.push(-1);
      i += 1;
      continue;
    }
    const first = words[i]!;
    const last = words[i + size - 1]!;
    for (let k = 0; k < size; k++) inName.push(names.length);
    names.push({
      start: mention.start + first.index,
      end: mention.start + last.index + last[0].length,
      text: mention.text.slice(first.index, last.index + last[0].length),
      type: reading.type,
      evidence: reading.evidence,
    });
    i += size;
  }
  // one word of a name beside another name may be a longer name of its own ("Vell Ruiz"): a
  // single word stands apart, with English words on both sides
  const apart = (n: number) => {
    const at = inName.indexOf(n);
    return (inName[at - 1] ?? -1) === -1 && (inName[at + 1] ?? -1) === -1;
  };
  const kept: KnownName[] = [];
  for (const [k, name] of names.entries()) {
    if (name.text.includes(" ") || apart(k)) kept.push(name);
    else if (!headline) return null;
  }
  if (headline) return kept;
  return kept.some((n) => n.type === "person" && n.evidence === "firm" && n.text.includes(" "))
    ? kept
    : null;
}

/** Words of three letters or more that news copy capitalises in a headline and never in a name. */
const isHeadlineWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return lower.length >= 3 && FUNCTION_WORDS.has(lower) && !NAME_PARTICLES.has(lower);
};

/**
 * "Ana Vell Polls Best Where Ferries Run", "ANA VELL IS FEELING THE HEAT": a run of capitals with
 * an English function word inside it ("Does", "Where", "IS", "About") is a headline's words, not
 * one name: a name holds no such word but at its edges ("George F. Will").
 */
export function headlineRun(text: string): boolean {
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) if (isHeadlineWord(words[i]!)) return true;
  return false;
}

/** English words of this length or more tell a headline's Title Case from a sentence's case. */
const CASE_WORD_MIN = 4;
/** Capitalised English words a line needs to be read as a headline. */
const HEADLINE_MIN_CAPITALISED = 3;
/** Longest line read as a headline. */
export const HEADLINE_MAX_CHARS = 200;

/**
 * "Just Before The Vote, Vell Sent A Letter That Stunned Ruiz": a line whose English words
 * are capitalised, as a headline's Title Case writes them, and none lowercase but the short
 * function words. In such a line a capital says nothing of a name.
 */
export function headlineLine(line: string): boolean {
  if (line.length > HEADLINE_MAX_CHARS) return false;
  let capitalised = 0;
  for (const [word] of line.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    if (word.length < CASE_WORD_MIN) continue;
    const lower = word.toLowerCase();
    if (word === lower) {
      if (!FUNCTION_WORDS.has(lower)) return false;
    } else if (isCommonWord(lower) && !GIVEN_NAMES.has(lower)) capitalised++;
  }
  return capitalised >= HEADLINE_MIN_CAPITALISED;
}
