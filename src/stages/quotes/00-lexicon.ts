/**
 * Words the quote stages read: reporting verbs, the words that may stand between a speaker and
 * its verb, pronouns, and the venues of an utterance. All regexes are compiled once here.
 */
import { MONTH_NAME_PATTERN, RELATIVE_DAY_WORDS, WEEKDAY_PATTERN } from "../../lang/en/calendar.js";
import { REPORTING_VERB_PATTERN, STANCE_VERB_PATTERN } from "../../lang/en/reporting-verbs.js";

const VERBS = REPORTING_VERB_PATTERN;

/**
 * A reporting verb, as a whole lower-case word ("States" in "United States" is not one). Global,
 * for `matchAll` only (which reads a copy): `exec` on a shared global pattern keeps its place
 * between calls, so a function that uses it while a caller loops over it would move the caller.
 */
export const CUE = new RegExp(`\\b(?:${VERBS})\\b`, "g");
/**
 * A reporting verb or a verb of finding or stance ("found", "accused", "called for"), for
 * reported speech (global, as `CUE`); `STANCE_WORD` tells the second kind, which is read only
 * where no reporting verb is.
 */
export const INDIRECT_CUE = new RegExp(`\\b(?:${VERBS}|${STANCE_VERB_PATTERN})\\b`, "g");
export const STANCE_WORD = new RegExp(`^(?:${STANCE_VERB_PATTERN})$`);
/** The first reporting verb of a text (the same pattern, without a place kept between calls). */
export const CUE_ONCE = new RegExp(CUE.source);
/** A reporting verb at the start of a text (after a comma or dash). */
export const CUE_FIRST = new RegExp(`^[\\s,—–-]*(${VERBS})\\b`);
/** Participles ("saying", "adding") take the subject of the clause they hang on. */
export const PARTICIPLE = /ing$/i;
/** Verbs that only report speech with an object ("told reporters", "informed the council"). */
export const NEEDS_OBJECT = /^(?:tell|tells|told|telling|inform|informs|informed|ask|asks|asked)$/i;
/** Verbs of thought, which attribute belief, not speech; not enough to attribute a direct quote. */
export const THOUGHT =
  /^(?:believe|believes|believed|think|thinks|thought|hope|hopes|hoped|fear|fears|feared|estimate|estimates|estimated|agree|agrees|agreed|demand|demands|demanded|ask|asks|asked|post|posted)$/i;

/** "according to …" (not global: each `exec` starts at the beginning) */
export const ACCORDING = /\baccording to\b/i;

/** Words between a subject and its verb ("Varnholt also said", "she has since said"). */
export const BETWEEN =
  /(?:\s+(?:[a-z]+n['’]t|also|not|never|did|does|do|could|may|might|can|then|later|previously|earlier|again|further|once|since|has|have|had|was|were|is|are|been|would|will|had|did|does|do|just|now|still|already|recently|repeatedly|subsequently|reportedly|[a-z]+ly))+\s*$/i;

/** Words that end a noun phrase going left: a speaker never reaches past them. */
export const NP_STOP = new Set([
  "that",
  "and",
  "but",
  "or",
  "which",
  "who",
  "whom",
  "when",
  "while",
  "because",
  "as",
  "if",
  "so",
  "after",
  "before",
  "since",
  "where",
  "than",
  "though",
  "although",
  "what",
  "how",
  "why",
  "said",
  "says",
  "told",
  "is",
  "are",
  "was",
  "were",
  "to",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "into",
  "about",
]);

/** Pronouns that may speak, by what they can stand for. */
export const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
export const PRONOUN = /^(?:he|she|it|they|we|i)$/i;

/** Where something was said, after the verb ("in a Fox News interview that aired Monday"). */
export const VENUE =
  /\b(?:[Ii]n|[Dd]uring|[Aa]t) (?:an?|the|his|her|their|its) (?:[\w'’.-]+ ){0,5}?(?:interview|statement|post|speech|briefing|press conference|news conference|conference|address|op-ed|letter|email|e-mail|podcast|broadcast|appearance|hearing|video|message|tweet|remarks|call)(?: (?:with|on|to|for) (?:[A-Z][\w'’.-]*|the|of)(?: (?:[A-Z][\w'’.-]*|of|the))*)?(?: that (?:aired|was broadcast|was published|ran) (?:on )?[A-Z]\w+)?/;
/** A broadcast programme: "on NBC's Meet the Press". */
export const SHOW = /\bon (?:[A-Z][\w.]*['’]s )?(?:[A-Z][\w'’.]*)(?: (?:the|[A-Z][\w'’.]*))*/;
/** "told Reuters", "told the Harbour Post". */
export const TOLD = /\btold ((?:the )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*)/;
/** Words of a text, for comparing two wordings. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * What may stand before a speaker's name at a clause start: a title or description without a
 * verb or a clause word ("US national security adviser", "Harbour Authority chief").
 */
export const TITLE_PREFIX = /^[\p{L}\p{N}.'’&\s,:—–-]*$/u;

/** Verbs that name something with a short quotation ("called the plan “reckless”"). */
export const NAMING =
  /\b(?:called|calling|calls|call|voiced|described as|describes? it as|dubbed|labell?ed|termed|branded|expressed|deemed)\s*(?:\S+\s+){0,3}$/;

/**
 * Nouns that name a body by what it is ("the airport posted", "the carmaker said", "the court
 * ruled"): resolved to the organisation the article names that way, never shown as a speaker.
 */
export const BODY_NOUNS = new Set(
  (
    "company firm carmaker automaker airline carrier airport court agency union ministry department " +
    "government council university hospital bank club party team committee commission board " +
    "authority regulator administration association federation league network broadcaster " +
    "manufacturer maker startup retailer insurer operator school embassy tribunal parliament " +
    "senate congress police service group organisation organization foundation institute museum " +
    "charity studio publisher developer giant chipmaker lender watchdog exchange utility conglomerate " +
    "corporation business brand label outlet newspaper station channel"
  ).split(" "),
);
/**
 * Plural nouns for people who speak as a group, so that "state officials said" and "top black
 * lawmakers said" have a speaker though no determiner or capital opens the phrase.
 */
export const SPEAKING_GROUPS = new Set(
  (
    "officials lawmakers legislators experts analysts economists critics voters residents " +
    "investigators prosecutors researchers scientists doctors physicians leaders aides advisers " +
    "advisors sources witnesses authorities democrats republicans conservatives liberals " +
    "supporters opponents activists protesters protestors workers executives diplomats observers " +
    "organizers organisers lawyers attorneys officers spokespeople strategists pollsters " +
    "historians scholars teachers parents students farmers"
  ).split(" "),
);
/** The plural of a body noun names several bodies at once ("the companies said"). */
export const bodyNounOf = (word: string): { noun: string; plural: boolean } | null => {
  const w = word.toLowerCase();
  if (BODY_NOUNS.has(w)) return { noun: w, plural: false };
  const one = w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : "";
  return one && BODY_NOUNS.has(one) ? { noun: one, plural: true } : null;
};
/** Members who speak for their body: "the justices noted" is the court speaking. */
export const MEMBER_OF: Readonly<Record<string, string>> = {
  justices: "court",
  judges: "court",
};

/**
 * What a statement was issued as: "the statement said", "the court's opinion said". Its speaker
 * is whoever issued it, never the document.
 */
export const DOCUMENT_NOUNS = new Set(
  (
    "statement opinion ruling post release communique communiqué letter filing decision judgment " +
    "judgement order notice tweet message announcement update memo report bulletin advisory"
  ).split(" "),
);

/** Words that are when something was said, never who said it ("Lena Ferraz on Friday reiterated"). */
export const TIME_WORD = new RegExp(
  String.raw`^(?:(?:on|last|this|late|early|earlier)\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_NAME_PATTERN}|${RELATIVE_DAY_WORDS.join("|")}|week|weekend|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?$`,
  "i",
);

/** Words that cannot be a speaker by themselves ("of" in "aware of reports the flight …"). */
export const FUNCTION_WORD =
  /^(?:of|in|on|at|to|for|from|by|with|about|into|over|under|after|before|than|as|the|a|an|and|or|but|nor|that|which|this|these|those|there|here|if|so|not|no)$/i;

/**
 * An adverbial between a speaker and the verb: a time or a venue ("Lena Ferraz on Friday
 * reiterated", "the White House in a statement said", "the minister late on Monday told").
 */
export const ADVERBIAL_TAIL = new RegExp(
  "(?:\\s+(?:on|in|at|during|late|early|last|this|earlier|later)(?:\\s+(?:on|in))?\\s+" +
    "(?:(?:an?|the|his|her|its|their)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?" +
    `(?:${WEEKDAY_PATTERN}|morning|afternoon|evening|night|` +
    "statement|post|interview|speech|briefing|conference|release|video|message|letter|tweet|" +
    "remarks|week|weekend|month|year|\\d{4})" +
    "(?:\\s+(?:on|to)\\s+(?:X|[\\p{Lu}][\\p{L}.]*))?)+\\s*$",
  "u",
);

/**
 * A transcript's speaker label at the start of a quotation's text, in capitals before a colon
 * (`WALLACE: Let's start …`, `SEN. KAINE: …`): group 1 is the label.
 */
export const TRANSCRIPT_LABEL =
  /^[ \t\u00a0]*((?:MR|MRS|MS|DR|SEN|REP|GOV)?\.?[ ]?\p{Lu}[\p{Lu}'’-]{2,}(?:[ ]\p{Lu}[\p{Lu}'’-]+){0,2}):[ \t\u00a0]/u;

/** Whether `text` holds an ASCII digit at `i` ("‘08", "156,000"). */
export const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * A dateline opening the sentence ("HARBOURTON, England, March 17 (Northwire) – …",
 * "HARBOURTON (AP) — …", "Harbourton, Ruritania (Northwire) - …", "March 17 (Northwire) – …"): a
 * place in capitals and what follows it up to a dash, or a place or a date in any case before a
 * bracketed credit. It dates and credits the article; it is not part of what anyone said, and the
 * sentence's subject comes after it.
 */
export const DATELINE_OPENING =
  /^(?:\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^,–—\n]{1,30}){0,2}\s*(?:\([^)\n]{1,30}\))?|(?:\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{1,3}|\d{1,2}(?:,\s*\d{4})?)){0,4}\s*)?\(\s*\p{Lu}[^()\n]{0,30}\))\s*(?:–|—|--|-)\s+(?=\p{Lu})/u;
