/**
 * What a speaker phrase must be: a noun phrase. Shared by the reader of reported speech and the
 * speaker of a direct quotation, which both read a phrase back from a verb and may run on into
 * a clause ("the board's server had handled messages later deemed “confidential”").
 */
import type { SpeakerPhrase } from "./02-speakers.js";
import { SHIPPED_TAGGER, type TaggedText } from "../entities/00-tagger.js";
import { WEEKDAY_PATTERN } from "../../lang/en/calendar.js";
import { FUNCTION_WORDS } from "../../lang/en/function-words.js";

/** Finite forms of "be", "have", "do" and the modals, as a pattern's alternatives. */
export const FINITE_VERBS =
  "is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do";

/** A first-person opinion ("I think …") in a column is the writer's, not a source's. */
export const FIRST_PERSON = /^(?:I|we|We)$/;
/** Subjects that stand for no one: "it" and "there" of "it is clear that", "this" of "this means". */
export const EXPLETIVE = /^(?:it|there|this|that)$/i;

/**
 * A stretch of a sentence's words as the tagger reads them, the first opening the sentence.
 * (Each tag reads only the words two places around it, so a short stretch tags as the whole
 * sentence would.)
 */
export function taggedWords(words: readonly string[]): TaggedText {
  const initial = new Uint8Array(words.length);
  if (words.length > 0) initial[0] = 1;
  return {
    tokens: words.map((text) => ({ text })),
    lowers: words.map((w) => w.toLowerCase()),
    initial,
  };
}

/** Words of the verb group that a subject phrase may run on into ("Vell has", "they remain"). */
const VERB_GROUP_WORD = new RegExp(
  `^(?:${FINITE_VERBS}|am|be|been|being|not|remain|remains|remained|seem|seems|seemed|become|becomes|became|outright)$`,
);
/** Words of a time a subject phrase may run on into ("Vell Sunday night", "the panel last week"). */
const TIME_WORD =
  /^(?:today|yesterday|tonight|night|morning|afternoon|evening|earlier|later|last|this|week|weekend|month|year)$/;
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_PATTERN})$`);
/** A relative pronoun: what follows it in a subject phrase is a clause about its noun. */
const RELATIVE = /^(?:who|whom|whose|that|which)$/;
/**
 * Tags no subject phrase ends on: "despite", "as". (A verb may end one: "a report released",
 * "everyone I interviewed".) Asked only of a word in lower case or a function word: the tagger
 * reads some surnames as verbs ("Lynch").
 */
const NO_HEAD = new Set(["ADP", "SCONJ", "CCONJ", "AUX", "ADV", "PART"]);
/** A finite verb written in lower case: the phrase holding it before any "who" is a clause. */
const FINITE_VERB_WORD = new RegExp(`^(?:${FINITE_VERBS})$`);

/**
 * The speaker phrase as the noun phrase it must be, or null. A phrase read up to the reporting
 * verb may have run on into the verb group or a time ("Trump has often cited", "they outright
 * denied", "Broaddrick Sunday night recounted", "a report on Wednesday found"): those words are
 * cut off. A phrase that still holds a finite verb of its own is a clause ("AMD will hold a
 * conference call for", "his man has the money, says"; not "officials who were not authorized"),
 * and a phrase that ends on no noun, name, pronoun or number ("despite carping that", "amid") is
 * no subject: both are dropped, for a statement given to a wrong speaker is worse than one not
 * reported.
 */
export function speakerNounPhrase(phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.antecedent) return phrase;
  const words = [...phrase.text.matchAll(/\S+/g)];
  const plain = words.map((w) => w[0].replace(/[,;:]+$/, ""));
  const tagged = taggedWords(plain);
  const lower = (k: number): boolean => plain[k] === plain[k]!.toLowerCase();
  let keep = words.length;
  let timeCut = false;
  while (keep > 0) {
    const k = keep - 1;
    const word = plain[k]!;
    const time =
      WEEKDAY.test(word) || ((lower(k) || k === 0) && TIME_WORD.test(word.toLowerCase()));
    const cut =
      time ||
      VERB_GROUP_WORD.test(word) ||
      (k > 0 && RELATIVE.test(word)) || // (a "who" alone stands for the person before it)
      // (not a noun after a possessive the tagger reads as an adverb: "the foundation's tally")
      (lower(k) && !/['’]s$/.test(plain[k - 1] ?? "") && SHIPPED_TAGGER.tag(tagged, k) === "ADV") ||
      // the preposition of a time cut off ("on Wednesday")
      (timeCut && lower(k) && SHIPPED_TAGGER.tag(tagged, k) === "ADP");
    if (!cut) break;
    timeCut = time;
    keep--;
  }
  if (keep === 0) return null;
  const clauseEnd = plain.slice(0, keep).findIndex((w) => RELATIVE.test(w));
  const own = plain.slice(0, clauseEnd < 0 ? keep : clauseEnd);
  if (own.some((w) => FINITE_VERB_WORD.test(w))) return null;
  const head = plain[keep - 1]!;
  // what is left of a longer phrase must still name someone: not "a", "I" of a column's "I am
  // convinced that", "it" of "it should be noted that"
  if (
    keep < words.length &&
    (/^(?:a|an|the)$/i.test(head) ||
      (keep === 1 && (FIRST_PERSON.test(head) || EXPLETIVE.test(head))))
  )
    return null;
  const headTag = SHIPPED_TAGGER.tag(taggedWords(plain.slice(0, keep)), keep - 1);
  if ((lower(keep - 1) || FUNCTION_WORDS.has(head.toLowerCase())) && NO_HEAD.has(headTag))
    return null;
  // A verb alone is no one ("spoke" of "an official who spoke anonymously said"); a verb may
  // end a longer phrase ("a report released").
  if (keep === 1 && lower(0) && headTag === "VERB") return null;
  if (keep === words.length) return phrase;
  const last = words[keep - 1]!;
  const end = phrase.start + last.index + last[0].length;
  return {
    ...phrase,
    end,
    text: phrase.text.slice(0, last.index + last[0].length),
    mention: phrase.mention && phrase.mention.end <= end ? phrase.mention : null,
  };
}
