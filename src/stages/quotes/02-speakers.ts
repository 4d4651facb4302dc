import type { Article, EntityMention, Range } from "../../model/index.js";
import type { QuoteSpeaker } from "../../model/quote.js";
import { knownWire } from "../provenance/wires.js";
import {
  ACCORDING,
  BODY_NOUNS,
  bodyNounOf,
  CUE,
  CUE_ONCE,
  DOCUMENT_NOUNS,
  FUNCTION_WORD,
  MEMBER_OF,
  CUE_FIRST,
  NAMING,
  NEEDS_OBJECT,
  NP_STOP,
  PARTICIPLE,
  PERSON_PRONOUN,
  PRONOUN,
  SPEAKING_GROUPS,
  SHOW,
  TIME_WORD,
  TITLE_PREFIX,
  TOLD,
  TRANSCRIPT_LABEL,
  VENUE,
} from "./00-lexicon.js";
import {
  bodyReferent,
  coordinatedReferent,
  documentIssuer,
  firstMentionFrom,
  holdsRole,
  insideQuote,
  isPerson,
  sentenceIndexAt,
  sentenceSubject,
  stripAdverbials,
} from "./referents.js";
import { TITLE_ABBREVIATIONS } from "../../lang/en/abbreviations.js";
import { FINITE_VERBS, speakerNounPhrase } from "./noun-phrase.js";
import { firstIndexFrom } from "../../util/sorted-search.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../lang/en/calendar.js";

/** A speaker noun phrase goes at most this many words left or right of its verb ("US national security adviser Ilsa Varnholt"). */
const NP_MAX_WORDS = 7;
/** A reporting verb after a quotation is looked for this far (characters) past the closing mark. */
const AFTER_VERB_MAX = 120;
/** How far (characters) past the closing mark the reporting clause may run. */
const AFTER_MAX = 220;
/** A reporting verb before a quotation is looked for this far (characters) before the opening mark. */
const BEFORE_MAX = 260;
/** A pronoun looks this many paragraphs back for its antecedent. */
const ANTECEDENT_PARAGRAPHS = 3;
/** The last speaker still holds this many paragraphs on (journalists' run of quotes from one person). */
export const CARRY_PARAGRAPHS = 1;

/** Where a speaker's name was written, before resolution. */
export type SpeakerPhrase = Range & {
  readonly text: string;
  readonly mention: EntityMention | null;
  readonly pronoun: boolean;
  /** For a relative "who" after a description ("residents, who said …"): the description. */
  readonly antecedent?: SpeakerPhrase;
  /** For names said together ("Ruiz and Vell"): the kind of all of them, people or bodies. */
  readonly together?: "person" | "organization";
};

/** A resolved attribution: speaker, reporting verb, venue and time. */
export type Attribution = {
  readonly speaker: QuoteSpeaker | null;
  readonly cue: (Range & { readonly text: string }) | null;
  readonly venue: string | null;
  readonly when: string | null;
};

/** What resolution needs to know about the article as it is read in order. */
export type ReadingState = {
  /** The last attributed speaker with a name, and the paragraph it spoke in. */
  last: { speaker: QuoteSpeaker; paragraph: number } | null;
  /**
   * The article's people by their names' endings in lower case ("wallace", "chris wallace"),
   * the longest name for each: built when a transcript label first asks.
   */
  peopleByName?: Map<string, EntityMention>;
};

const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 0xa0;
// (`''` is a quotation mark of archive text: "''It is over,'' said …")
const PUNCT_END = /(?:[,;:()"“”‘’«»—–[\]]|'')$/;
const PUNCT_START = /^(?:[,;:()"“”‘’«»—–[\]]|''|``)/;
const LOWER_START = /^[a-z]/;
const DETERMINER = /^(?:a|an|the|his|her|their|its|our|one|two|three|several|many|some|other)$/i;
const CAPITAL = /^[A-Z(]/;
const IT = /^it$/i;
/** A speaker described by role alone: "the president", "the city's mayor". */
const ROLE = /^the ((?:[\p{L}'’]+ )?\p{Ll}+)$/iu;
/** A word opening like a month or a weekday ("Mar", "Monday"): a date, not a speaker. */
const CALENDAR = new RegExp(
  `^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.charAt(0).toUpperCase() + w.slice(1, 3)).join("|")})`,
);
const ENDS_SENTENCE = /[.!?]["”’»]*$/;
/** The words of a short reporting clause after a quotation that ends its own sentence ("Varnholt said."). */
const SHORT_CLAUSE_WORDS = 7;
/** "Varnholt's call of "…"": a quotation given as someone's words. */
const POSSESSIVE =
  /['’]s (?:call|words|remarks|comments|statement|message|slogan|promise|pledge|warning|claim|description|phrase|plea|demand|assertion|insistence|view|vow|motto|line)(?: of| that| was| is)?\s*[:,]?\s*$/;
/** Titles and initials, whose period ends no sentence or phrase ("Dr. Ilsa Varnholt", "J. Brennick"). */
const NAME_ABBREVIATION = `${[...TITLE_ABBREVIATIONS, "Jr"].join("|")}|[A-Z]`;
/** A title's or initial's period; global, for `replace` only. */
const ABBREVIATION = new RegExp(`\\b(${NAME_ABBREVIATION})\\.`, "g");
const END_SENTENCE = new RegExp(`(?<!\\b(?:${NAME_ABBREVIATION}))[.!?](?=["”’]?\\s+["“‘(]?[A-Z])`);
const OPEN_QUOTE = /["“«]/;
/** Characters of a parenthesis between a speaker and the verb ("(D-Mass.)", "(71)", "(R-South Carolina)"). */
const PARENTHESIS_MAX = 24;
/** Comma-separated segments an apposition may run to ("Brennick, 71, a retired pilot, said"). */
const APPOSITION_SEGMENTS = 5;
/** Words of a title or dateline before a speaker's name ("OTTAWA — Harbour Minister"). */
const TITLE_MAX_WORDS = 8;
/** "who" ending a phrase, after a space or at its start: a relative clause's subject. */
const RELATIVE_WHO = /(?:^|\s)who$/i;
export const isRelativeWho = (phrase: SpeakerPhrase): boolean =>
  (phrase.mention !== null || phrase.antecedent !== undefined) && /^who$/i.test(phrase.text);
const NAME_BEFORE = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** Words that cannot end a subject noun phrase. */
const NOT_NP_END =
  /^(?:a|an|the|his|her|their|its|our|my|your|both|all|each|long|ever|also|have|has|had|not|never|well|many|much|more|most|very|just|already|given|spent|than|then|only|even)$|-$/i;
const CONTRACTION = /['’](?:s|d|ve|ll)$/;
/** A name right after one of these is a place or a venue, not a speaker ("posted on X"). */
const AFTER_PREPOSITION =
  /\b(?:on|in|at|of|via|from|to|with|by|for|formerly|about)\s+(?:the\s+)?[(]?$/i;

/** Is `gap` (before a speaker's name) only punctuation and title words ("," US envoy")? */
export function titleGap(gap: string): boolean {
  if (!TITLE_PREFIX.test(gap)) return false;
  let n = 0;
  for (const w of gap.split(/[\s,—–-]+/)) {
    if (!w) continue;
    if (++n > TITLE_MAX_WORDS || (w !== "and" && NP_STOP.has(w.toLowerCase()))) return false;
  }
  return true;
}

/** The mention that ends at (or one character before) `end`, if any. */
function mentionEndingAt(mentions: readonly EntityMention[], end: number): EntityMention | null {
  for (let i = firstMentionFrom(mentions, end) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= end && m.end >= end - 1) return m;
    if (m.end < end - 1) break;
  }
  return null;
}

/** The first mention starting in [from, to). */
function mentionIn(
  mentions: readonly EntityMention[],
  from: number,
  to: number,
): EntityMention | null {
  for (let k = firstMentionFrom(mentions, from); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start >= to) return null;
    if (m.start >= from && m.end <= to) return m;
  }
  return null;
}

/** A mention as the phrase that names a speaker: itself, whole. */
export const phraseOf = (m: EntityMention): SpeakerPhrase => ({
  start: m.start,
  end: m.end,
  text: m.text,
  mention: m,
  pronoun: false,
});

/** What joins the last name of a longer list: " and ", ", and ". */
const LAST_JOIN = /(?:,\s*|\s+)and\s+(?:the\s+)?$/;
/** What joins the other names of a list: ", ". */
const LIST_JOIN = /,\s+(?:the\s+)?$/;
/** A list of names after one of these words is what the sentence is about, not who speaks. */
const BEFORE_LIST = /\b(?:between|with|among|against|of|for|to|by|from|about)\s+$/i;
/** A capitalised word and a comma, before the first name of a list read. */
const WORD_AND_COMMA = /(\p{Lu}[\p{L}.'’-]*),\s+$/u;
/** Words that open a list of speakers: "both", "the", "both the". */
const LIST_OPENING = /(?<![\p{L}])(?:both\s+the|both|the)\s+$/iu;
/** Names a list of speakers holds at most ("Ana Ruiz, Tomas Vell and Ilsa Varnholt said"). */
const LIST_MAX_NAMES = 4;

/**
 * Whether the list of names read back to `first` goes on before it: a name of the same kind
 * there ("Ana Ruiz, Vell and Varnholt said", read from a comma after "Ruiz"), or a capitalised
 * word no name was read in ("Tapper, Bash and Blitzer"); not a day, a month, a place or a body
 * ("On Monday, Ruiz and Vell said", "In Tarrow, …").
 */
function listGoesOn(article: Article, first: number, type: EntityMention["type"]): boolean {
  const text = article.clean;
  const w = WORD_AND_COMMA.exec(text.slice(Math.max(0, first - 40), first));
  if (!w) return false;
  const wordEnd = first - w[0].length + w[1]!.length;
  const named = mentionEndingAt(article.mentions, wordEnd);
  return named ? named.type === type : !CALENDAR.test(w[1]!);
}

/**
 * The speakers `m` closes a list of, as one phrase: "Ruiz and Vell said", "Ana Ruiz, Tomas Vell
 * and Ilsa Varnholt said", "according to Kessa and Morrow". Each name is a mention of the same
 * kind (people, or bodies) and none reaches before `lo`. All of them said it: the phrase names no
 * one entity (its mention is null), so the statement is not given to the last name alone. Null
 * when `m` stands alone.
 */
function namedTogether(article: Article, m: EntityMention, lo: number): SpeakerPhrase | null {
  if (m.type !== "person" && m.type !== "organization") return null;
  const text = article.clean;
  let cur = m;
  let first = m.start;
  let names = 1;
  let serialComma = false;
  for (let n = 1; n < LIST_MAX_NAMES; n++) {
    // "Mayor Ana Ruiz and Councillor Tomas Vell": a name's title stands between it and the join.
    const title =
      cur.title &&
      text
        .slice(Math.max(lo, first - cur.title.length - 4), first)
        .trimEnd()
        .endsWith(cur.title)
        ? cur.title
        : "";
    const end = title ? text.lastIndexOf(title, first) : first;
    const join = (n === 1 ? LAST_JOIN : LIST_JOIN).exec(text.slice(Math.max(lo, end - 8), end));
    if (!join) break;
    const prev = mentionEndingAt(article.mentions, end - join[0].length);
    if (!prev || prev.start < lo || prev.type !== m.type || prev.end > end - join[0].length) break;
    if (n === 1) serialComma = join[0].startsWith(",");
    cur = prev;
    first = prev.start;
    names++;
  }
  // (two names with ", and" between them are two clauses: "…, and Vell said")
  if (names === 1 || (names === 2 && serialComma)) return null;
  const before = text.slice(Math.max(lo, first - 24), first);
  // "Ana Ruiz, Vell and Varnholt said", Ruiz read as no name or before `lo`: a list not read
  // whole is not given.
  if (BEFORE_LIST.test(before) || listGoesOn(article, first, m.type)) return null;
  // "both the FBI and the ministry said": the words that open the list are the speaker's too.
  const opening = LIST_OPENING.exec(before)?.[0].length ?? 0;
  const start = first - opening;
  return {
    start,
    end: m.end,
    text: text.slice(start, m.end),
    mention: null,
    pronoun: false,
    together: m.type,
  };
}

/**
 * `subjectBefore`, but never a function word or a time: "of" in "aware of reports the ferry
 * …", "Friday" in "Ferraz on Friday" are not speakers of a quotation.
 */
function speakerBefore(article: Article, lo: number, v: number): SpeakerPhrase | null {
  const phrase = subjectBefore(article, lo, v);
  if (phrase && !phrase.pronoun && (FUNCTION_WORD.test(phrase.text) || TIME_WORD.test(phrase.text)))
    return null;
  return phrase;
}

/**
 * A finite verb (lower case: "May" is a name or a month) in a comma-separated segment, before
 * any relative pronoun there ("a councillor who has refused …" is about someone).
 */
const CLAUSE_SEGMENT = new RegExp(
  String.raw`^(?:(?!\b(?:who|whom|whose|which|that|where|when)\b).)*?\b(?:${FINITE_VERBS})\b`,
  "s",
);
/** A segment that opens a relative clause, which the segments after it may continue. */
const RELATIVE_SEGMENT = /^\s*(?:who|whom|whose|which|that|where|when)\b/;

/**
 * The opening bracket of a short parenthesis that closes the words before `end` (past spaces):
 * "Brennick (D-Norland)", "Brennick (71)", about the name before it. -1 when there is none.
 */
function parenthesisBefore(text: string, lo: number, end: number): number {
  const e = trimmedEnd(text, lo, end);
  if (text.charCodeAt(e - 1) !== 41) return -1;
  const open = text.lastIndexOf("(", e - 1);
  return open > lo && e - open <= PARENTHESIS_MAX && !text.slice(open + 1, e - 1).includes("(")
    ? open
    : -1;
}

/** `end` moved back over the spaces before it, not past `lo`. */
function trimmedEnd(text: string, lo: number, end: number): number {
  let e = end;
  while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** A short word with a full stop: an abbreviation ("Mo.", "Fla."), no one's name. */
const ABBREVIATED = /^\p{Lu}\p{Ll}{0,3}\.$/u;

/** A preposition (and a title) right before a name: the name is its object ("adviser to Mr. Sanders"). */
const OBJECT_OF_PREPOSITION =
  /\b(?:to|of|for|with|at|from|by|under|than|about|against|on|in)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)?$/;

/** "of", "from", "in", "at" (and "the") between a person's name and the place or body after it. */
const OF_PLACE = /^\s+(?:of|from|in|at)\s+(?:the\s+)?$/i;

/** The person named right before `m` and joined to it by OF_PLACE ("Ana Ruiz of Norland"). */
function personOf(article: Article, m: EntityMention, lo: number): EntityMention | null {
  const ms = article.mentions;
  const k = firstMentionFrom(ms, m.start) - 1;
  const p = k >= 0 ? ms[k]! : null;
  if (!p || p.type !== "person" || p.start < lo || p.end > m.start) return null;
  return OF_PLACE.test(article.clean.slice(p.end, m.start)) ? p : null;
}

/**
 * The speaker written just before a reporting verb at `v` (not reaching before `lo`):
 * `Varnholt said`, `the port authority also said`, `she told`, `Varnholt, the mayor, said`.
 */
export function subjectBefore(
  article: Article,
  lo: number,
  v: number,
  /**
   * What was already read past on the way here: a parenthesis, a run of appositions, a
   * relative "who". Each is read once, never a chain of them, so that no run of commas or
   * brackets, however long, nests calls without bound.
   */
  past: {
    readonly parenthesis?: boolean;
    readonly apposition?: boolean;
    readonly relative?: boolean;
  } = {},
): SpeakerPhrase | null {
  const text = article.clean;
  const seg = stripAdverbials(text.slice(lo, v));
  const e = trimmedEnd(text, lo, lo + seg.length);
  if (e <= lo) return null;
  // "Elizabeth Warren (D-Mass.) said", "Tomas Brennick (71) said": a short parenthesis right
  // after the speaker is about them (party, age, place); the speaker is written before it.
  const open = past.parenthesis ? -1 : parenthesisBefore(text, lo, e);
  if (open >= 0) return subjectBefore(article, lo, open, { ...past, parenthesis: true });
  const mentions = article.mentions;
  if (!past.apposition && text.charCodeAt(e - 1) === 44) {
    // Appositions: "Varnholt, the mayor of Tarrow, said", "Her father, Tomas Brennick, said",
    // "Tomas Brennick, 71, who has lived here for years, said". The first person named at the end
    // of a comma-separated segment, going left; else the leftmost segment's name or phrase.
    let c = e - 1;
    let leftmost = -1;
    let other: EntityMention | null = null;
    let owner: EntityMention | null = null;
    // A segment to the right with a verb of its own, not inside a relative clause: the walk
    // has crossed a clause ("…, a convicted rapist caught in Houston, has led to unprecedented
    // fallout …, said the inspector general"), and no speaker stands before it.
    let crossedClause = false;
    for (let k = 0; k < APPOSITION_SEGMENTS && c > lo; k++) {
      // "Gov. Tomas Brennick (D-Norland), said": a short parenthesis closing the segment is
      // about the name before it, as before a verb.
      const bracket = parenthesisBefore(text, lo, c);
      const found = mentionEndingAt(mentions, bracket < 0 ? c : trimmedEnd(text, lo, bracket));
      const m = found && found.start >= lo ? found : null;
      // The person the segment names: not one after a preposition ("Mark Longabaugh, a senior
      // adviser to Sanders, said"), the apposition's object, nor an abbreviation taken for a
      // name ("Kansas City, Mo., and an organizer …, said").
      // (past a clause, a name may be inside a relative clause that opens further left)
      if (
        m?.type === "person" &&
        !crossedClause &&
        !ABBREVIATED.test(m.text) &&
        !OBJECT_OF_PREPOSITION.test(text.slice(Math.max(lo, m.start - 40), m.start))
      )
        return phraseOf(m);
      // "Gov. Tomas Brennick of Norland, a councillor, said": the person the place qualifies,
      // unless a segment further left ends on a person ("Ana Ruiz, chief analyst at Norbank,").
      if (m && m.type !== "person") owner ??= personOf(article, m, lo);
      // "Doug Purdy, who lost weight between May and October, says": a date ends no speaker.
      if (m && m.type !== "person" && !TIME_WORD.test(m.text)) other = m;
      leftmost = c;
      const prev = text.lastIndexOf(",", c - 1);
      // (a relative clause may run over several segments: "Marco Rubio, whose hometown, Miami,
      // is projected to be underwater …, argues")
      const segment = text.slice(Math.max(lo, prev + 1), c);
      if (RELATIVE_SEGMENT.test(segment)) crossedClause = false;
      else if (CLAUSE_SEGMENT.test(segment)) crossedClause = true;
      if (prev < lo) break;
      c = prev;
    }
    if (crossedClause) return null;
    if (owner) return phraseOf(owner);
    if (other)
      return {
        start: other.start,
        end: other.end,
        text: other.text,
        mention: other,
        pronoun: false,
      };
    if (leftmost <= lo) return null;
    const name = NAME_BEFORE.exec(text.slice(Math.max(lo, leftmost - 60), leftmost));
    return name
      ? {
          start: leftmost - name[0].length,
          end: leftmost,
          text: name[0],
          mention: null,
          pronoun: false,
        }
      : subjectBefore(article, lo, leftmost, { ...past, apposition: true });
  }
  // "Tad Okafor, who said …": the relative pronoun speaks for the person named before it.
  if (!past.relative && RELATIVE_WHO.test(text.slice(Math.max(lo, e - 4), e))) {
    const comma = text.slice(lo, e - 3).search(/,\s*$/);
    const antecedent = comma >= 0 ? mentionEndingAt(mentions, lo + comma) : null;
    const who = { start: e - 3, end: e, text: text.slice(e - 3, e), pronoun: false };
    if (antecedent && antecedent.start >= lo && antecedent.type === "person")
      return { ...who, mention: antecedent };
    // "Fishers who lost boats, who said …" is not read; "several residents, who said …" is: a
    // description or a group that speaks, no name, no pronoun.
    const described =
      comma >= 0 && !antecedent
        ? subjectBefore(article, lo, lo + comma, { ...past, relative: true })
        : null;
    if (described && !described.pronoun && !described.mention && !/^who$/i.test(described.text))
      return { ...who, mention: null, antecedent: described };
  }
  const m = mentionEndingAt(mentions, e);
  if (m && m.start >= lo) {
    // "Mayor Ilsa Varnholt", "the Harbour Authority": the mention itself is the speaker; "Ruiz
    // and Vell": both.
    return namedTogether(article, m, lo) ?? phraseOf(m);
  }
  // Words going left, up to a stop word or punctuation.
  let s = e;
  let words = 0;
  let i = e;
  while (i > lo && words < NP_MAX_WORDS) {
    let j = i;
    while (j > lo && !isSpaceCode(text.charCodeAt(j - 1))) j--;
    const w = text.slice(j, i);
    if (PUNCT_END.test(w) || PUNCT_START.test(w)) break;
    if (NP_STOP.has(w.toLowerCase())) break;
    s = j;
    words++;
    const bare = w.replace(CONTRACTION, "");
    if (words === 1 && PRONOUN.test(bare)) {
      return { start: j, end: j + bare.length, text: bare, mention: null, pronoun: true };
    }
    i = j;
    while (i > lo && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  if (words === 0) return null;
  const phrase = text.slice(s, e);
  // "… co-wrote", "the Kremlin spent an …", "Economists have long said": not a subject.
  const lastWord = phrase.slice(phrase.lastIndexOf(" ") + 1);
  if (NOT_NP_END.test(lastWord) || /^\d/.test(phrase)) return null;
  // A phrase that starts mid-clause with a lower-case word other than a determiner is not a subject.
  const first = phrase.slice(0, phrase.indexOf(" ") >>> 0);
  if (LOWER_START.test(first) && !DETERMINER.test(first) && words > 1) {
    // keep the tail from the first determiner or capital on ("officials", "the minister")
    const k = phrase.search(/\b(?:a|an|the|[A-Z])/);
    // "state officials", "top black lawmakers": a group that speaks, named by its noun.
    if (k < 0 && SPEAKING_GROUPS.has(lastWord.toLowerCase()))
      return { start: s, end: e, text: phrase, mention: null, pronoun: false };
    if (k < 0)
      return words === 1 ? { start: s, end: e, text: phrase, mention: null, pronoun: false } : null;
    return {
      start: s + k,
      end: e,
      text: phrase.slice(k),
      mention: mentionIn(mentions, s + k, e),
      pronoun: false,
    };
  }
  return { start: s, end: e, text: phrase, mention: mentionIn(mentions, s, e), pronoun: false };
}

/**
 * Words the source of "according to" may take: a document or a poll and who made it ("early
 * results of the exit polls conducted for the networks by a research firm").
 */
const SOURCE_MAX_WORDS = 20;
const OBJECT_PRONOUN = /^(?:him|her|them)$/i;

/**
 * The speaker written after a reporting verb ending at `p`: `said Varnholt`, `said a port
 * spokesperson`. `loose` (after "according to"): any phrase, of up to SOURCE_MAX_WORDS words,
 * or an object pronoun.
 */
export function subjectAfter(
  article: Article,
  p: number,
  hi: number,
  loose = false,
): SpeakerPhrase | null {
  const text = article.clean;
  let i = p;
  while (i < hi && isSpaceCode(text.charCodeAt(i))) i++;
  const rest = text.slice(i, hi);
  const stopAt = rest.replace(ABBREVIATION, "$1_").search(/[,.;:()"“”]|\s—|\s–/);
  const stop = i + (stopAt < 0 ? rest.length : stopAt);
  const firstWord = /^\S+/.exec(rest)?.[0] ?? "";
  // ("according to him": the object pronoun, after "according to" only)
  if (PRONOUN.test(firstWord) || (loose && OBJECT_PRONOUN.test(firstWord)))
    return { start: i, end: i + firstWord.length, text: firstWord, mention: null, pronoun: true };
  // The head of "Harbour Authority chief Ilsa Varnholt" is the last name in it, a person first.
  let m: EntityMention | null = null;
  const ms = article.mentions;
  for (let k = firstMentionFrom(ms, i); k < ms.length; k++) {
    const x = ms[k]!;
    if (x.start >= stop) break;
    if (x.start >= i && x.end <= stop && (!m || x.type === "person" || m.type !== "person")) m = x;
  }
  if (m && m.start - i <= 60) return namedTogether(article, m, i) ?? phraseOf(m);
  const phrase = text.slice(i, stop).trim();
  const words = phrase.split(/\s+/);
  if (!phrase || words.length > (loose ? SOURCE_MAX_WORDS : NP_MAX_WORDS)) return null;
  if (!loose && !DETERMINER.test(words[0]!) && !CAPITAL.test(words[0]!)) return null;
  return { start: i, end: i + phrase.length, text: phrase, mention: null, pronoun: false };
}

/** "the carmaker", "its opinion", "The justices": a description ending on its head noun. */
const DESCRIBED = /^(?:the|its|their|a|an)\s+(?:[\p{L}\p{N}.-]+\s+){0,3}?(\p{L}+)$/iu;
/** "the Supreme Court’s opinion", "the carmaker's statement": a document and its owner. */
const POSSESSED = /^(.+?)['’]s?\s+(?:[\p{L}-]+\s+)?(\p{L}+)$/u;

/** A name that says it is a body ("Harbour Point Airport", "Tarrow University"), whatever its type. */
const namesBody = (name: string): boolean =>
  name.split(/\s+/).some((w) => BODY_NOUNS.has(w.toLowerCase()));

type Referent = { name: string; key: string | null; type: QuoteSpeaker["type"] };
const ofMention = (m: EntityMention): Referent => ({ name: m.text, key: m.key, type: m.type });

/**
 * What a description stands for: the body a body noun names ("the airport" → the airport the
 * article names; "The justices" → the court), the bodies a plural one names ("the companies" →
 * "Kessa and Morrow"), the issuer of a document ("the statement" → who issued it; "the court's
 * opinion" → the court). `undefined` when the phrase is none of these; `null` when it is a
 * document whose issuer is not found (a document never speaks).
 */
function describedReferent(
  article: Article,
  phrase: SpeakerPhrase,
  quotes: readonly Range[],
): Referent | null | undefined {
  const own = POSSESSED.exec(phrase.text);
  if (own && DOCUMENT_NOUNS.has(own[2]!.toLowerCase())) {
    const m = phrase.mention;
    if (m && m.start - phrase.start < own[1]!.length && m.type !== "place") return ofMention(m);
    const owner = DESCRIBED.exec(own[1]!)?.[1];
    const body = owner ? bodyNounOf(owner) : null;
    const r = body && !body.plural ? bodyReferent(article, phrase.start, body.noun, quotes) : null;
    return r ? ofMention(r) : null;
  }
  const head = DESCRIBED.exec(phrase.text)?.[1]?.toLowerCase();
  if (!head) return undefined;
  if (DOCUMENT_NOUNS.has(head)) {
    const issuer = documentIssuer(
      article,
      phrase.start,
      head,
      quotes,
      (lo, v) => speakerBefore(article, lo, v)?.mention ?? null,
    );
    return issuer ? ofMention(issuer) : null;
  }
  const member = MEMBER_OF[head];
  const body = member ? { noun: member, plural: false } : bodyNounOf(head);
  if (!body) return undefined;
  if (body.plural) {
    const both = coordinatedReferent(article, phrase.start, quotes);
    return both ? { name: both.text, key: null, type: "organization" } : undefined;
  }
  const r = bodyReferent(article, phrase.start, body.noun, quotes);
  return r ? ofMention(r) : undefined;
}

/**
 * The speaker a phrase stands for. A name is itself; a description the person or body it
 * describes; "he"/"she" the subject of its own sentence, else the last speaker if one spoke in
 * this paragraph, else the subject of the sentence before, else the nearest person named before
 * it (outside quotations); "it" the same for a body.
 */
export function resolve(
  article: Article,
  phrase: SpeakerPhrase,
  paragraph: number,
  state: ReadingState,
  quotes: readonly Range[],
  scopeStart: number,
): QuoteSpeaker {
  const base = { start: phrase.start, end: phrase.end, text: phrase.text };
  // "Ruiz and Vell": all of them, no one entity; people who speak on as the paragraph goes on.
  if (phrase.together)
    return { ...base, name: phrase.text, key: null, type: phrase.together, from: "named" };
  if (!phrase.pronoun && !phrase.mention) {
    // "the president said": the nearest person named with that title ("President Ilsa Varnholt").
    const role = ROLE.exec(phrase.text)?.[1]?.toLowerCase();
    const lowest = article.paragraphs[Math.max(0, paragraph - ANTECEDENT_PARAGRAPHS)]?.start ?? 0;
    const ms = article.mentions;
    for (let i = firstMentionFrom(ms, phrase.start) - 1; role && i >= 0; i--) {
      const m = ms[i]!;
      if (m.end > phrase.start) continue;
      if (m.start < lowest) break;
      if (m.type === "person" && m.title && holdsRole(m.title, role))
        return { ...base, name: m.text, key: m.key, type: "person", from: "description" };
    }
  }
  if (isRelativeWho(phrase)) {
    if (phrase.mention) return { ...base, ...ofMention(phrase.mention), from: "pronoun" };
    const r = resolve(article, phrase.antecedent!, paragraph, state, quotes, scopeStart);
    return { ...r, ...base, from: "pronoun" };
  }
  if (!phrase.pronoun) {
    const m = phrase.mention;
    const whole = m && m.start === phrase.start && m.end === phrase.end;
    if (!whole) {
      const r = describedReferent(article, phrase, quotes);
      if (r !== undefined)
        return { ...base, ...(r ?? { name: null, key: null, type: null }), from: "description" };
    }
    return {
      ...base,
      name: whole ? m.text : phrase.text,
      key: whole ? m.key : null,
      type: whole ? m.type : null,
      from: "named",
    };
  }
  const person = PERSON_PRONOUN.test(phrase.text);
  if (!person && !IT.test(phrase.text))
    return { ...base, name: null, key: null, type: null, from: "pronoun" };
  const wanted = person ? "person" : "organization";
  const accept = (m: EntityMention): boolean =>
    !insideQuote(quotes, m.start) &&
    (person
      ? isPerson(article, m)
      : m.type === wanted || (m.type === "place" && namesBody(m.text)));
  const ms = article.mentions;
  const text = article.clean;
  const nearest = (lowest: number): EntityMention | null => {
    for (let i = firstMentionFrom(ms, phrase.start) - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (m.end > phrase.start) continue;
      if (m.start < lowest) break;
      // "on X (formerly Twitter)", "from the agency": a name after a preposition is not who speaks.
      if (!person && AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)))
        continue;
      if (accept(m)) return m;
    }
    return null;
  };
  const fromMention = (m: EntityMention): QuoteSpeaker => ({
    ...base,
    ...ofMention(m),
    from: "pronoun",
  });
  // "Ana Ruiz, who met Bo Lee on Monday, said he …": the subject of the pronoun's own sentence.
  const si = sentenceIndexAt(article, phrase.start);
  const sentence = article.sentences[si];
  const own = sentence ? sentenceSubject(article, sentence, accept) : null;
  if (own && own.end <= phrase.start) return fromMention(own);
  // The speaker of this paragraph so far; else the subject of the sentence before ("Varnholt
  // apologised. “…,” she said."); else a name in the pronoun's own paragraph; else the last
  // speaker of the paragraph before; else the nearest name a few paragraphs back.
  const last = state.last;
  const lastPerson = person && last && last.speaker.type !== "organization" ? last : null;
  const lastSpeaker = (): QuoteSpeaker => ({
    ...base,
    name: lastPerson!.speaker.name,
    key: lastPerson!.speaker.key,
    type: "person",
    from: "pronoun",
  });
  if (lastPerson && lastPerson.paragraph === paragraph) return lastSpeaker();
  const prev = article.sentences[si - 1];
  const before =
    prev && prev.paragraph >= paragraph - 1 ? sentenceSubject(article, prev, accept) : null;
  if (before) return fromMention(before);
  let m = nearest(Math.min(scopeStart, article.paragraphs[paragraph]?.start ?? scopeStart));
  if (!m && lastPerson && paragraph - lastPerson.paragraph <= CARRY_PARAGRAPHS)
    return lastSpeaker();
  m ??= nearest(article.paragraphs[Math.max(0, paragraph - ANTECEDENT_PARAGRAPHS)]?.start ?? 0);
  return m ? fromMention(m) : { ...base, name: null, key: null, type: null, from: "pronoun" };
}

/** The temporal stage's kinds that say on which day something was said. */
const SPOKEN_ON = new Set(["date", "weekday", "day-word"]);

/**
 * Venue and time of an utterance, from the reporting clause around its verb: the venue from its
 * words, the time from the first day the temporal stage read inside it ("on Monday", "last
 * Friday", "yesterday", "March 3").
 */
export function venueOf(
  article: Article,
  clause: Range,
  cue: string,
): { venue: string | null; when: string | null } {
  const text = article.clean.slice(clause.start, clause.end);
  const v = VENUE.exec(text);
  let venue = v ? v[0] : null;
  if (!venue) {
    const s = SHOW.exec(text);
    if (s && !CALENDAR.test(s[0].slice(3))) venue = s[0];
  }
  if (!venue && /^told$/i.test(cue)) {
    const t = TOLD.exec(text);
    if (t) venue = `told ${t[1]}`;
  }
  if (venue) venue = venue.replace(/[.,;:]+$/, "");
  // The first day named inside the clause: timexes are in order of start (and apart), so a
  // binary search finds where the clause's begin, not a walk through all the article's.
  let w: (typeof article.timexes)[number] | undefined;
  const timexes = article.timexes;
  for (let k = firstIndexFrom(timexes, clause.start, (t) => t.start); k < timexes.length; k++) {
    const t = timexes[k]!;
    if (t.start >= clause.end) break;
    if (t.end <= clause.end && SPOKEN_ON.has(t.parts.kind)) {
      w = t;
      break;
    }
  }
  return { venue, when: w ? article.clean.slice(w.start, w.end) : null };
}

/** The reporting verb, with the object of "told" when it is a group ("told reporters"). */
function cueOf(text: string, start: number, end: number): Range & { text: string } {
  const verb = text.slice(start, end);
  if (NEEDS_OBJECT.test(verb)) {
    const obj = /^ (reporters|journalists|the media|the press|lawmakers)\b/.exec(
      text.slice(end, end + 20),
    );
    if (obj) return { start, end: end + obj[0].length, text: `${verb}${obj[0]}` };
  }
  return { start, end, text: verb };
}

/** The clause after a closing mark: up to the end of its sentence, the paragraph, or the next quotation. */
function clauseAfter(text: string, from: number, paragraphEnd: number): string {
  let clause = text.slice(from, Math.min(paragraphEnd, from + AFTER_MAX));
  const q = clause.search(OPEN_QUOTE);
  if (q >= 0) clause = clause.slice(0, q);
  const s = END_SENTENCE.exec(clause);
  return s ? clause.slice(0, s.index + 1) : clause;
}

type Found = { phrase: SpeakerPhrase | null; cue: Range & { text: string }; clause: Range };

/**
 * A dash right after a closing mark, as under an epigraph or in a list of readers' comments
 * (pages pad it with no-break spaces as often as with spaces).
 */
const SIGNATURE_DASH = /^[ \t\u00a0]*(?:[―—–]|-{1,2}(?=[ \t\u00a0]))[ \t\u00a0]*/;
/** After the signing name: the line's end, the next quotation, or an apposition ("― Ana Ruiz, a nurse"). */
const SIGNATURE_END = /^[ \t\u00a0]*(?:[.,;“"«]|\n|$)/;

/**
 * A quotation signed with a dash and a person's name (`“…” ― Ana Ruiz`): the name is the
 * speaker, the dash the cue. Only a name typed a person's, and nothing but an apposition or the
 * line's end after it, so a dash that goes on with the sentence ("” — Ruiz's team said") is not
 * read as a signature.
 */
function signedBy(
  article: Article,
  from: number,
  clause: string,
): { phrase: SpeakerPhrase; cue: Range & { text: string } } | null {
  const dash = SIGNATURE_DASH.exec(clause);
  if (!dash || !/[―—–-]/.test(dash[0])) return null;
  const at = from + dash[0].length;
  const ms = article.mentions;
  const m = ms[firstMentionFrom(ms, at)];
  if (!m || m.start !== at || m.type !== "person") return null;
  if (!SIGNATURE_END.test(article.clean.slice(m.end, from + clause.length + 1))) return null;
  const d = clause.search(/[―—–-]/);
  return {
    phrase: phraseOf(m),
    cue: { start: from + d, end: from + d + 1, text: clause[d]! },
  };
}

/** The reporting clause after a quotation: `," Varnholt said`, `," said Varnholt`, `," she added`. */
function afterQuote(article: Article, from: number, paragraphEnd: number): Found | null {
  const text = article.clean;
  const clause = clauseAfter(text, from, paragraphEnd);
  const span = { start: from, end: from + clause.length };
  // After `…."` a new sentence starts: only a bare "Varnholt said." still belongs to the quote.
  if (
    ENDS_SENTENCE.test(text.slice(Math.max(0, from - 3), from)) &&
    clause.split(/\s+/).length > SHORT_CLAUSE_WORDS
  )
    return null;
  const signed = signedBy(article, from, clause);
  if (signed) return { ...signed, clause: span };
  const first = CUE_FIRST.exec(clause);
  if (first && !PARTICIPLE.test(first[1]!)) {
    const vs = from + first[0].length - first[1]!.length;
    const ve = from + first[0].length;
    return {
      phrase: subjectAfter(article, ve, from + clause.length),
      cue: cueOf(text, vs, ve),
      clause: span,
    };
  }
  const m = CUE_ONCE.exec(clause);
  if (m && m.index <= AFTER_VERB_MAX && !PARTICIPLE.test(m[0])) {
    const phrase = speakerBefore(article, from, from + m.index);
    if (phrase) {
      // Nothing but punctuation may stand between the mark and the speaker.
      if (titleGap(text.slice(from, phrase.start)))
        return {
          phrase,
          cue: cueOf(text, from + m.index, from + m.index + m[0].length),
          clause: span,
        };
    }
  }
  const a = ACCORDING.exec(clause);
  if (a && a.index <= AFTER_VERB_MAX) {
    const ve = from + a.index + a[0].length;
    return {
      phrase: subjectAfter(article, ve, from + clause.length),
      cue: { start: from + a.index, end: ve, text: a[0] },
      clause: span,
    };
  }
  return null;
}

/**
 * The reporting clause before a quotation in its sentence: `Varnholt said: "…"`, `She stated,
 * “…”`, `the mayor said the city had "done its part"`. The last verb with a subject wins; a
 * participle ("adding") hangs on the clause before it.
 */
function beforeQuote(article: Article, lo: number, at: number): Found | null {
  const text = article.clean;
  const clause = text.slice(lo, at);
  const a = ACCORDING.exec(clause);
  let according: Found | null = null;
  if (a) {
    const ve = lo + a.index + a[0].length;
    const phrase = subjectAfter(article, ve, at);
    if (phrase)
      according = {
        phrase,
        cue: { start: lo + a.index, end: ve, text: a[0] },
        clause: { start: lo, end: at },
      };
  }
  const own = POSSESSIVE.exec(clause);
  if (own) {
    const m = mentionEndingAt(article.mentions, lo + own.index);
    const phrase = m ? phraseOf(m) : speakerBefore(article, lo, lo + own.index);
    if (phrase)
      return {
        phrase,
        cue: { start: lo + own.index, end: at, text: clause.slice(own.index + 3).trim() },
        clause: { start: at, end: at },
      };
  }
  const cues = [...clause.matchAll(CUE)];
  // "According to the Post, the agency confirmed …": the verb's subject speaks, not the outlet
  // that reported it; a verb before "according to" leaves the attribution to it.
  const afterAccording = a ? a.index + a[0].length : -1;
  let coordinated: { at: number; found: (p: SpeakerPhrase) => Found } | null = null;
  for (let k = cues.length - 1; k >= 0; k--) {
    const m = cues[k]!;
    if (according && m.index < afterAccording) break;
    if (PARTICIPLE.test(m[0])) continue;
    const vs = lo + m.index;
    const found = (phrase: SpeakerPhrase): Found => ({
      phrase,
      cue: cueOf(text, vs, vs + m[0].length),
      clause: { start: lo + m.index, end: at },
    });
    const phrase = speakerBefore(article, lo, vs);
    if (phrase) return found(phrase);
    // "Ana Ruiz thanked the crews but said “…”": the subject of the verb before, else the
    // sentence's subject.
    if (COORDINATED.test(text.slice(Math.max(lo, vs - 6), vs))) {
      coordinated ??= { at: vs, found };
      continue;
    }
    // "…, said Varnholt: "…"" — the speaker after the verb.
    // Only right after the verb, or after title words: in "said it’s unrealistic to think that
    // if the U.S. pulls back, “…”" the name after "think" is no one's attribution.
    const ve = vs + m[0].length;
    const inverted = subjectAfter(article, ve, at);
    if (
      inverted &&
      !inverted.pronoun &&
      (inverted.mention || CAPITAL.test(inverted.text)) &&
      (/^\s*(?:the\s+)?$/i.test(text.slice(ve, inverted.start)) ||
        titleGap(text.slice(ve, inverted.start)))
    )
      return found(inverted);
  }
  if (coordinated) {
    const subject = subjectOfSentence(article, coordinated.at);
    if (subject) return coordinated.found(subject);
  }
  if (according) return according;
  // Only a participle: "Sen. Ada Brill criticised the plan, tweeting: "…"" speaks for the
  // clause's subject.
  const p = cues[cues.length - 1];
  if (p)
    return {
      phrase: PARTICIPLE.test(p[0]) ? subjectOfSentence(article, lo + p.index) : null,
      cue: cueOf(text, lo + p.index, lo + p.index + p[0].length),
      clause: { start: lo + p.index, end: at },
    };
  return null;
}

/**
 * A person named right after a quotation with no verb: a headline's "‘Honour of my life’: Ana
 * Ruiz triumphs" (the quotation opens the paragraph, a colon follows), or an attribution cut
 * off by the end of the text ("“…,” Ana Ruiz, the port's director," and nothing after).
 */
function nameAfter(
  article: Article,
  outer: Range,
  paragraphStart: number,
  paragraphEnd: number,
): SpeakerPhrase | null {
  const text = article.clean;
  const headline = outer.start === paragraphStart && /^:\s/.test(text.slice(outer.end));
  const cut =
    paragraphEnd === text.length &&
    /,["”’]$/.test(text.slice(outer.end - 2, outer.end)) &&
    !/[.!?]/.test(text.slice(outer.end, paragraphEnd));
  if (!headline && !cut) return null;
  const ms = article.mentions;
  const m = ms[firstMentionFrom(ms, outer.end)];
  if (!m || !isPerson(article, m) || !/^[:\s]*$/.test(text.slice(outer.end, m.start))) return null;
  return phraseOf(m);
}

/** Cues by which an outlet passes on words it did not say. */
const REPORTED_BY = /^(?:according to|reported|reports|report|reporting)$/i;
/** Words of a news outlet's name ("Harbour Post", "Tarrow Daily News", "Channel 4 Television"). */
const OUTLET_WORD =
  /\b(?:News|Newsweek|Post|Times|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Daily|Press|Chronicle|Observer|Examiner|Courier|Mirror|Express|Dispatch|Bulletin|Broadcasting|Radio|Television|TV|Magazine|Wire)\b/;

/** Whether a name is a news outlet: a wire service, the article's own outlet, or an outlet's name. */
function isOutlet(article: Article, name: string): boolean {
  const bare = name.replace(/^the\s+/i, "");
  return (
    knownWire(bare) !== null ||
    (article.outlet !== null && article.outlet.toLowerCase() === bare.toLowerCase()) ||
    OUTLET_WORD.test(bare)
  );
}

/** "and said", "but told": a verb that shares the subject of the verb before it. */
export const COORDINATED = /\b(?:and|but)\s+$/;

/** The subject of the sentence holding `at`, written before it, as a speaker phrase. */
export function subjectOfSentence(article: Article, at: number): SpeakerPhrase | null {
  const sentence = article.sentences[sentenceIndexAt(article, at)];
  const m = sentence
    ? sentenceSubject(
        article,
        sentence,
        (x) => isPerson(article, x) || x.type === "organization" || namesBody(x.text),
      )
    : null;
  return m && m.end <= at ? phraseOf(m) : null;
}

/** The start of the sentence that holds `at` (or the paragraph start). */
export function sentenceStart(article: Article, at: number): number {
  return article.sentences[sentenceIndexAt(article, at)]?.start ?? 0;
}

/**
 * The speaker of a quotation with no attribution of its own, from what comes before it: the
 * subject of the sentence before, when the quotation stands as its own sentence ("Ana Ruiz
 * thanked the crews. “We owe them everything.”"), else the last speaker if they spoke in this
 * paragraph or the one before. When the two disagree, nobody: a wrong speaker is worse than none.
 * A caption before the quotation ("Ana Ruiz at the launch.") has no verb, so no subject.
 */
function speakerFromContext(
  article: Article,
  outer: Range,
  paragraph: number,
  state: ReadingState,
  quotes: readonly Range[],
): QuoteSpeaker | null {
  const last = state.last;
  const carried: QuoteSpeaker | null =
    last && paragraph - last.paragraph <= CARRY_PARAGRAPHS
      ? { ...last.speaker, from: "carried" }
      : null;
  const si = sentenceIndexAt(article, outer.start);
  const own = article.sentences[si];
  const prev = article.sentences[si - 1];
  const standsAlone =
    own !== undefined && article.clean.slice(own.start, outer.start).trim() === "";
  if (!standsAlone || !prev || prev.paragraph < paragraph - 1) return carried;
  const subject = sentenceSubject(
    article,
    prev,
    (m) =>
      !insideQuote(quotes, m.start) &&
      (isPerson(article, m) || m.type === "organization" || namesBody(m.text)),
  );
  if (!subject) return carried;
  // The last speaker, however far back (within the antecedent window), must not be someone else.
  if (
    last &&
    paragraph - last.paragraph <= ANTECEDENT_PARAGRAPHS &&
    !sameName(last.speaker, subject)
  )
    return null;
  return {
    start: subject.start,
    end: subject.end,
    text: subject.text,
    ...ofMention(subject),
    from: "carried",
  };
}

/** Whether a speaker and a mention name one person or body (by key, or a surname of the name). */
function sameName(speaker: QuoteSpeaker, m: EntityMention): boolean {
  if (speaker.key && speaker.key === m.key) return true;
  const a = (speaker.name ?? "").toLowerCase();
  const b = m.text.toLowerCase();
  return a !== "" && (a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`));
}

/** The article's people by their names' endings, lower case: see `ReadingState.peopleByName`. */
function peopleByName(article: Article): Map<string, EntityMention> {
  const byName = new Map<string, EntityMention>();
  for (const m of article.mentions) {
    if (m.type !== "person") continue;
    const words = m.text.toLowerCase().split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const key = words.slice(i).join(" ");
      const known = byName.get(key);
      if (!known || m.text.length > known.text.length) byName.set(key, m);
    }
  }
  return byName;
}

/**
 * A transcript's speaker label at a quotation's start, in capitals and before a colon
 * (`"WALLACE: Let's start with …`): the label, when it is the surname or the name of a person the
 * article names, who is then the speaker ("Chris Wallace"). A label no person of the article
 * answers to ("BREAKING:", "UPDATE:") is no speaker.
 */
function transcriptSpeaker(
  article: Article,
  outer: Range,
  state: ReadingState,
): Attribution | null {
  const text = article.clean;
  // (after the opening mark)
  const from = outer.start + 1;
  const label = TRANSCRIPT_LABEL.exec(text.slice(from, Math.min(outer.end, from + 60)));
  if (!label) return null;
  const start = from + label[0].indexOf(label[1]!);
  const end = start + label[1]!.length;
  const name = label[1]!.toLowerCase().replace(/^(?:mr|mrs|ms|dr|sen|rep|gov)\.? /, "");
  state.peopleByName ??= peopleByName(article);
  const person = state.peopleByName.get(name);
  if (!person) return null;
  return {
    speaker: { start, end, text: label[1]!, ...ofMention(person), from: "named" },
    cue: { start: end, end: end + 1, text: ":" },
    venue: null,
    when: null,
  };
}

/** A name and a colon, all that stands before a quotation in its sentence ("Varnholt: “…”"). */
const LABEL_BEFORE_QUOTE =
  /^\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s*$/u;

/**
 * A headline's label before a quotation ("Varnholt: ‘We Will Rebuild’"): the label, when it is
 * the surname or the name of a person the article names, who is then the speaker. "Poll:" or
 * "Watch:" answers to no one.
 */
function labelSpeaker(
  article: Article,
  sStart: number,
  outer: Range,
  state: ReadingState,
): Attribution | null {
  const text = article.clean;
  const label = LABEL_BEFORE_QUOTE.exec(text.slice(sStart, outer.start));
  if (!label) return null;
  // "Said Varnholt: “…”": a reporting verb before the name, in the order of a closing clause.
  const verb = /^\p{Lu}\p{Ll}+\s+/u.exec(label[1]!);
  const name =
    verb && CUE_FIRST.test(verb[0].toLowerCase()) ? label[1]!.slice(verb[0].length) : label[1]!;
  if (CUE_ONCE.test(name.toLowerCase())) return null;
  state.peopleByName ??= peopleByName(article);
  const person = state.peopleByName.get(name.toLowerCase());
  if (!person) return null;
  const labelStart = sStart + label[0].indexOf(label[1]!);
  const start = labelStart + (label[1]!.length - name.length);
  const end = start + name.length;
  const colon = text.indexOf(":", end);
  const cueWord = name === label[1] ? null : verb![0].trim();
  return {
    speaker: { start, end, text: name, ...ofMention(person), from: "named" },
    cue: cueWord
      ? { start: labelStart, end: labelStart + cueWord.length, text: cueWord }
      : { start: colon, end: colon + 1, text: ":" },
    venue: null,
    when: null,
  };
}

/** A relative clause about the subject running up to the verb ("…, who spoke anonymously, said"). */
const WHO_CLAUSE_TO_VERB = /\bwho\s[^,;:“”"]*,?\s*$/;

/**
 * "A harbour official who spoke anonymously said Wednesday, “…”": where the phrase read beside
 * the verb is no noun phrase, the noun phrase before a "who" clause that runs up to the verb.
 */
function subjectBeforeWho(article: Article, lo: number, verb: number): SpeakerPhrase | null {
  const who = WHO_CLAUSE_TO_VERB.exec(article.clean.slice(lo, verb));
  if (!who) return null;
  const phrase = speakerBefore(article, lo, lo + who.index);
  return phrase && speakerNounPhrase(phrase);
}

/**
 * Who said a direct quotation, and how, where and when. `lo` is where the reporting clause
 * before it may start (the end of the quotation before it in the sentence).
 */
export function attributeDirect(
  article: Article,
  outer: Range,
  paragraph: number,
  lastParagraph: number,
  lo: number,
  state: ReadingState,
  quotes: readonly Range[],
): Attribution {
  const transcript = transcriptSpeaker(article, outer, state);
  if (transcript) return transcript;
  const text = article.clean;
  const pEnd = article.paragraphs[lastParagraph]?.end ?? text.length;
  const pStart = article.paragraphs[paragraph]?.start ?? 0;
  const sStart = Math.max(
    lo,
    sentenceStart(article, outer.start),
    outer.start - BEFORE_MAX,
    pStart,
  );
  const labelled = labelSpeaker(article, sStart, outer, state);
  if (labelled) return labelled;
  let found = afterQuote(article, outer.end, pEnd);
  if (!found || !found.phrase) {
    const before = beforeQuote(article, sStart, outer.start);
    if (before && (before.phrase || !found)) found = before;
  }
  if (!found && sStart === pStart && paragraph > 0) {
    // "Varnholt said:" ending the paragraph before.
    const prev = article.paragraphs[paragraph - 1]!;
    if (text.charCodeAt(prev.end - 1) === 58) {
      found = beforeQuote(
        article,
        Math.max(prev.start, sentenceStart(article, prev.end - 1)),
        prev.end,
      );
    }
  }
  if (!found?.phrase) {
    // "Varnholt called the plan “reckless”": the subject of a naming verb.
    const before = text.slice(sStart, outer.start);
    const named = NAMING.exec(before);
    // The subject must be a noun phrase: "messages later deemed “confidential”" is a passive
    // whose phrase read back runs into the clause before it ("the board's server had handled messages").
    const read = named ? speakerBefore(article, sStart, sStart + named.index) : null;
    const phrase = read && speakerNounPhrase(read);
    if (named && phrase) {
      const verb = named[0].split(/\s/)[0]!;
      found = {
        phrase,
        cue: { start: sStart + named.index, end: sStart + named.index + verb.length, text: verb },
        clause: { start: outer.start, end: outer.start },
      };
    }
  }
  // "The union issued the following statement: “…”": the subject of the clause the colon ends.
  const colon = /\S\s*:\s*$/.test(text.slice(sStart, outer.start));
  const introduced = !found?.phrase && colon ? subjectOfSentence(article, outer.start) : null;
  // A phrase read beside the quote must be a noun phrase ("said Wednesday", "and instead argued"
  // are not). One that is not leaves the quote unattributed: the speaker of the quotes around it
  // is a guess where the sentence names another.
  const read = found?.phrase ?? introduced ?? nameAfter(article, outer, pStart, pEnd);
  const phrase =
    read && !read.mention && !read.pronoun
      ? (speakerNounPhrase(read) ??
        (found ? subjectBeforeWho(article, sStart, found.cue.start) : null))
      : read;
  // A clause that a colon ends introduces the quotation ("Two analysts of the polls: “…”"):
  // with no speaker read there, the one of the quotes before would be a guess.
  const resolved = phrase
    ? resolve(article, phrase, paragraph, state, quotes, sentenceStart(article, outer.start))
    : read || colon
      ? null
      : speakerFromContext(article, outer, paragraph, state, quotes);
  // "“…,” according to the Harbour Post", "“…,” Reuters reported": an outlet that reported the
  // words did not say them. The phrase stays as written; the brief names no speaker.
  const speaker =
    resolved?.name && found && REPORTED_BY.test(found.cue.text) && isOutlet(article, resolved.name)
      ? { ...resolved, name: null, key: null, type: null }
      : resolved;
  let where = found ? venueOf(article, found.clause, found.cue.text) : { venue: null, when: null };
  if (!where.venue) {
    // "In a Monday interview with the Harbour Post, Varnholt said: "…"": the sentence before the quote.
    const before = venueOf(article, { start: sStart, end: outer.start }, "");
    where = { venue: before.venue, when: where.when ?? before.when };
  }
  return { speaker, cue: found?.cue ?? null, venue: where.venue, when: where.when };
}
