/**
 * Words in and around people's names: particles inside them, words before them, speech verbs
 * after them.
 */

/** Lowercase particles inside people's names, between two capitalised parts. */
export const NAME_PARTICLES = new Set([
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "le",
  "la",
]);

/** Words after a name that say a person spoke ("Castellane said"). */
export const SPEECH_VERBS = new Set([
  "said",
  "says",
  "told",
  "added",
  "wrote",
  "asked",
  "argued",
  "insisted",
  "stressed",
  "warned",
  "explained",
  "noted",
  "recalled",
  "admitted",
  "denied",
  "believes",
  "thinks",
]);
/** Words before a name that point to a person ("told Reuters" is rarer than "told Smith"). */
export const PERSON_BEFORE = new Set(["according", "told", "by", "with", "mr", "mrs", "ms"]);
