/**
 * Titles, peoples' words and describing words split out of a run, so that the person's name
 * stands alone ("Estonian President Miriam Castellane" gives "Estonian" and "Miriam Castellane").
 */
import { GIVEN_NAMES, GIVEN_NAMES_BEFORE_SURNAME, PLACES } from "../00-gazetteers.js";
import { isCommonWord } from "./lexicon.js";
import { ORG_WORDS } from "./organisation-words.js";
import type { Run } from "./runs.js";
import { TITLE_MODIFIERS } from "./titles.js";
import { type Token, UPPER_START } from "./tokens.js";
import {
  isAcronym,
  isDemonym,
  isDemonymPhrase,
  isPluralNoun,
  isTitle,
  isTitlePlural,
} from "./word-checks.js";

/** Tokens a run of capitalised words may hold to be read for names and titles. */
const MAX_RUN_TOKENS = 64;

/**
 * Split titles out of a run: "Estonian President Miriam Castellane" gives "Estonian" and the
 * person "Miriam Castellane"; a bare "President" gives nothing.
 */
export function splitTitles(run: Run, tokens: Token[]): Run[] {
  // A run of more capitalised words than any name and its titles hold ("Mr. Mr. Mr. …" pasted
  // thousands of times) is no name, and splitting it costs the square of its length.
  if (run.tokens.length > MAX_RUN_TOKENS) return [];
  const out: Run[] = [];
  let rest = run.tokens;
  let offset = run.from;
  let personCue = lowerTitleBefore(tokens, run.from);
  // allow "Secretary of State Tomas Vell", "Minister of Foreign Affairs Ilsa Varnholt", "Leader
  // of the Opposition Anu Saar": what the title is "of" belongs to the title, and the person
  // starts at a given name (or after one word)
  const the = tokens[run.from - 1]?.lower === "the" ? 1 : 0;
  if (
    tokens[run.from - 1 - the]?.lower === "of" &&
    tokens[run.from - 2 - the] &&
    isTitle(tokens[run.from - 2 - the]!)
  ) {
    const given = rest.findIndex((tok, idx) => idx > 0 && GIVEN_NAMES.has(tok.lower));
    // (after "of the", only a given name opening a short name that is no team's: not "captain
    // of the Republic of Ireland", "coach of the Tarrow Bay Kestrels")
    const cut =
      the === 0
        ? given > 0
          ? given
          : rest.length >= 3
            ? 1
            : 0
        : given > 0 && rest.length - given <= 3 && !isPluralNoun(rest[rest.length - 1]!)
          ? given
          : 0;
    if (cut > 0 && !rest.some((tok) => ORG_WORDS.has(tok.lower))) {
      rest = rest.slice(cut);
      offset += cut;
      personCue = true;
    }
  }
  // "Ana Bishop Tonight", "Martin Luther King Day": a title's word after a given name,
  // mid-sentence, is the surname, and the English words after it are a show's or a day's, not a
  // name
  const surname = rest.findIndex(
    (tok, idx) =>
      idx > 0 &&
      idx < rest.length - 1 &&
      isTitle(tok) &&
      GIVEN_NAMES.has(rest[idx - 1]!.lower) &&
      !rest[idx - 1]!.sentenceInitial &&
      !isTitle(rest[idx - 1]!) &&
      rest.slice(idx + 1).every((t) => isCommonWord(t.lower) && !GIVEN_NAMES.has(t.lower)),
  );
  if (surname > 0 && !rest.slice(0, surname).some((tok) => isTitle(tok)))
    rest = rest.slice(0, surname + 1);
  for (;;) {
    let t = rest.findIndex((tok, idx) => isTitle(tok) && idx < rest.length - 1);
    if (t < 0) break;
    if (rest.some((tok) => ORG_WORDS.has(tok.lower) && !isTitle(tok))) {
      // allow "Harbour Transit Authority Director Ilsa Varnholt": a body, a title, then a person
      // whose name holds no organisation word and opens with a given name or has two words
      t = lastPersonTitle(rest);
      if (t < 0) break;
    }
    let titleStart = t;
    while (titleStart > 0 && TITLE_MODIFIERS.has(rest[titleStart - 1]!.lower)) titleStart -= 1;
    // allow "Harbour Minister Ilsa Varnholt": one English word alone before a title is the
    // title's own word, not a name
    if (titleStart === 1 && isOfficeWord(rest[0]!)) titleStart = 0;
    if (titleStart > 0) {
      out.push({
        tokens: rest.slice(0, titleStart),
        from: offset,
        to: offset + titleStart,
        personCue,
      });
    }
    rest = rest.slice(t + 1);
    offset += t + 1;
    personCue = true;
  }
  // allow "U.S. Assistant Secretary of State Tomas Vell": a title closing the run is no name
  let tail = rest.length;
  while (tail > 0 && isTitle(rest[tail - 1]!) && !GIVEN_NAMES.has(rest[tail - 2]?.lower ?? "")) {
    tail -= 1;
  }
  while (tail > 0 && tail < rest.length && TITLE_MODIFIERS.has(rest[tail - 1]!.lower)) tail -= 1;
  if (tail > 0 && tail < rest.length) {
    rest = rest.slice(0, tail);
    // "Chief Harbour Officer", "Chief Operating Officer": English words between two titles
    // are the office's own, not a name
    if (personCue && rest.every((t) => isCommonWord(t.lower) && !GIVEN_NAMES.has(t.lower)))
      return out;
  }
  // drop a bare title ("Foreign Minister said ..."), not words that only sharpen titles
  // elsewhere ("Labour Party")
  let lead = 0;
  while (lead < rest.length && (isTitle(rest[lead]!) || TITLE_MODIFIERS.has(rest[lead]!.lower))) {
    lead += 1;
  }
  while (lead > 0 && !isTitle(rest[lead - 1]!)) lead -= 1;
  if (lead > 0) {
    personCue = true;
    rest = rest.slice(lead);
    offset += lead;
  }
  // "the Deputy Ministers", "Assistant Secretaries": after a title, its plural names the office's
  // holders, not a person
  if (personCue && rest.length > 0 && rest.every(isTitlePlural)) return out;
  // allow "Estonian Tomas Vell" and "Fullback Ilsa Varnholt": a people's word or the first word
  // of a sentence before a given name is not part of the name
  // and "Tarrow University Ana Ruiz": a name that holds an organisation word or a place before
  // a given name is two names
  const given = rest.findIndex((tok, idx) => idx > 0 && GIVEN_NAMES.has(tok.lower));
  if (given > 0 && given < rest.length - 1) {
    const head = rest.slice(0, given);
    const glued = isGluedRole(head, rest.slice(given));
    const separate =
      (head.every((t) => isDemonym(t.lower)) &&
        !(head.length === 1 && GIVEN_NAMES_BEFORE_SURNAME.has(head[0]!.lower))) ||
      ORG_WORDS.has(head[head.length - 1]!.lower) ||
      (PLACES.has(head.map((t) => t.lower).join(" ")) && !GIVEN_NAMES.has(head[0]!.lower)) ||
      glued;
    // allow "Third-seeded Estonian Tomas Vell", "Former Kestrel Jon Ostrander": words that
    // describe the person open the sentence before the given name; a people's word among them
    // is kept as its own name
    const described =
      !separate && given > 1 && rest[0]!.sentenceInitial && head.every(isDescriptor);
    if (described) {
      let people = given;
      while (people > 0 && isDemonym(head[people - 1]!.lower)) people -= 1;
      if (people < given) {
        out.push({
          tokens: head.slice(people),
          from: offset + people,
          to: offset + given,
          personCue: false,
        });
      }
    }
    if (separate) {
      // "NASA Administrator Tomas Vell": the role's English words at the head's end go with
      // neither name; the body before them stays a name of its own
      let keep = head.length;
      if (glued)
        while (
          keep > 0 &&
          !isAcronym(head[keep - 1]!.text) &&
          !isDemonym(head[keep - 1]!.lower) &&
          !ORG_WORDS.has(head[keep - 1]!.lower)
        )
          keep -= 1;
      if (keep > 0)
        out.push({
          tokens: head.slice(0, keep),
          from: offset,
          to: offset + keep,
          personCue: false,
        });
    }
    if (
      separate ||
      described ||
      (given === 1 && rest[0]!.sentenceInitial && !startsName(tokens, offset))
    ) {
      rest = rest.slice(given);
      offset += given;
    }
  }
  // allow "Estonian Varnholt": a people's word before a name that is no organisation or place
  // but "Christian Vell": a given name that is also a faith's word opens the name
  let peoples = 0;
  while (
    peoples < rest.length - 1 &&
    isDemonym(rest[peoples]!.lower) &&
    !GIVEN_NAMES.has(rest[peoples]!.lower) &&
    !(peoples === 0 && GIVEN_NAMES_BEFORE_SURNAME.has(rest[0]!.lower) && rest.length === 2)
  )
    peoples += 1;
  if (
    peoples > 0 &&
    !rest.some((t) => ORG_WORDS.has(t.lower)) &&
    !PLACES.has(rest.map((t) => t.lower).join(" ")) &&
    !isDemonymPhrase(rest.map((t) => t.lower))
  ) {
    out.push({
      tokens: rest.slice(0, peoples),
      from: offset,
      to: offset + peoples,
      personCue: false,
    });
    rest = rest.slice(peoples);
    offset += peoples;
  }
  if (rest.length > 0)
    out.push({ tokens: rest, from: offset, to: offset + rest.length, personCue });
  return out;
}

/**
 * "Administrator Tomas Vell", "Kestrels DL Anu Saar", "Opposition Ilsa Varnholt": English words
 * and acronyms before a given name that is no English word, and after it a person's name of two
 * or three words, are a role or a team written against the name, not part of it (a person's name
 * does not open with English words; not "Tarrow Bay Kestrels", whose "Bay" is a word too).
 */
function isGluedRole(head: Token[], name: Token[]): boolean {
  const first = name[0]!.lower;
  const last = name[name.length - 1]!.lower;
  // (the name: a given name that is no place or English word, and a surname that is no English
  // word: not "Merrowby George Vell", "Henry Quay")
  if (name.length < 2 || name.length > MAX_GLUED_NAME) return false;
  if (isCommonWord(first) || PLACES.has(first) || isCommonWord(last)) return false;
  if (name.some((t) => ORG_WORDS.has(t.lower) || isTitle(t))) return false;
  if (isPluralNoun(name[name.length - 1]!)) return false;
  return head.every(
    (t) =>
      isAcronym(t.text) ||
      (isCommonWord(t.lower) &&
        !GIVEN_NAMES.has(t.lower) &&
        !GIVEN_NAMES_BEFORE_SURNAME.has(t.lower) &&
        !PLACES.has(t.lower)),
  );
}
/** A given name and a surname of up to two words ("Tomas De Vries" counts "De"). */
const MAX_GLUED_NAME = 3;

/** A word that describes a person before the name: "Former", "Top-seeded", "Austrian". */
function isDescriptor(token: Token): boolean {
  if (!UPPER_START.test(token.text)) return true; // the pieces of "Top-seeded"
  if (isDemonym(token.lower) || TITLE_MODIFIERS.has(token.lower)) return true;
  if (GIVEN_NAMES.has(token.lower) || PLACES.has(token.lower)) return false;
  return isCommonWord(token.lower.split("-")[0]!);
}

/** A capitalised English word that names an office's field ("Harbour", "Culture", "Sports"). */
function isOfficeWord(token: Token): boolean {
  return (
    isCommonWord(token.lower) &&
    !PLACES.has(token.lower) &&
    !isDemonym(token.lower) &&
    !ORG_WORDS.has(token.lower) &&
    !isAcronym(token.text)
  );
}

/** The last title in a run that a person's name follows, or -1: see splitTitles. */
function lastPersonTitle(run: Token[]): number {
  for (let t = run.length - 2; t > 0; t--) {
    if (!isTitle(run[t]!)) continue;
    const name = run.slice(t + 1);
    if (name.some((tok) => ORG_WORDS.has(tok.lower) || isTitle(tok))) return -1;
    return name.length >= 2 || GIVEN_NAMES.has(name[0]!.lower) ? t : -1;
  }
  return -1;
}

/**
 * Is a sentence's first word, before a given name, the start of the name? It is when it is a
 * given name too ("Ana Maria Ruiz") or no English word ("Jan"), or when it opens an item of a
 * numbered list or a line of results ("4. Rose Varnholt", "12 - Christian Ostrander") rather
 * than a sentence; "Fullback Ilsa Varnholt" keeps only the person. CoNLL dev F1 0.7972 to 0.7982.
 */
function startsName(tokens: Token[], index: number): boolean {
  const first = tokens[index]!;
  if (GIVEN_NAMES.has(first.lower) || !isCommonWord(first.lower)) return true;
  const before = tokens[index - 1];
  return before !== undefined && (LIST_MARK.test(before.text) || before.text === "-");
}
const LIST_MARK = /^\d+\.?$/;

/** A lowercase title right before the name: "envoy Tomas Vell", "spokesperson Dmitry Peskov". */
function lowerTitleBefore(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  return before !== undefined && isTitle(before);
}
