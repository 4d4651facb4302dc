import type { Article, Range } from "../../model/index.js";
import {
  ACCORDING,
  INDIRECT_CUE,
  STANCE_WORD,
  CUE_FIRST,
  CUE_ONCE,
  DATELINE_OPENING,
  NEEDS_OBJECT,
  PARTICIPLE,
  SPEAKING_GROUPS,
  THOUGHT,
  bodyNounOf,
  isDigitAt,
} from "./00-lexicon.js";
import {
  COORDINATED,
  isRelativeWho,
  phraseOf,
  subjectAfter,
  subjectBefore,
  subjectOfSentence,
  titleGap,
  type SpeakerPhrase,
} from "./02-speakers.js";
import { firstMentionFrom, insideQuote } from "./referents.js";
import {
  EXPLETIVE,
  FINITE_VERBS,
  FIRST_PERSON,
  speakerNounPhrase,
  taggedWords,
} from "./noun-phrase.js";
import { PERSON_TITLES } from "../entities/mentions/titles.js";
import { SHIPPED_TAGGER, type TaggedText } from "../entities/00-tagger.js";

/** Reported speech shorter than this many words is not worth a line ("she said so"). */
const INDIRECT_MIN_WORDS = 4;
/** The comma that ends a subordinate clause: not one that "that" carries on after. */
const CLAUSE_COMMA = /[,;](?!\s*(?:and |or )?that\b)/g;
/** A relative pronoun after a comma: a clause set inside the content, not its end. */
const RELATIVE_AFTER = /^\s*(?:which|who|whom|whose)\b/i;
/** A subordinate clause's content, cut at its comma, may be a short clause ("the tolls rose"). */
const CUT_CLAUSE_MIN_WORDS = 3;
/** A subject starts within this many characters of its sentence's start (or of a leading phrase). */
const SUBJECT_START_MAX = 40;
/** "that" opening the reported clause is looked for this many words past the verb. */
const THAT_WINDOW_WORDS = 12;
/** Words, then a comma and a conjunction, up to the end: what stands before a "that" joined on. */
const JOINED_AFTER_WORDS = /\S.*[,;]\s*(?:and|but)\s*$/su;
/**
 * What follows a verb that said nothing that can be told: "nothing", "little" or "something"
 * with no clause of their own ("said nothing", "said little about the tolls", "said something
 * else"; not "said little had changed", "said much of the talk was …").
 */
const SAYS_NOTHING =
  /^\s*(?:nothing|little|something|anything|everything|much)\s*(?:[,.;:]|$|(?:about|on|in|at|for|to|further|more|else)\b)/iu;
/** A sentence mostly in quotation marks (this share) is a direct quotation, not reported speech. */
const DIRECT_SHARE = 0.5;
/** After the verb, a content this much inside quotation marks is the quotation itself. */
const QUOTED_AFTER_VERB = 0.8;
/** A reporting clause at a sentence's end is at most this many characters ("…, a port spokesperson said."). */
const TAIL_MAX = 90;
/** Words a parenthetical reporting clause may run on after its verb ("he said on Monday, …"). */
const PARENTHETICAL_TAIL_WORDS = 3;
/** Words after a parenthetical reporting clause that make a second reported part ("they get it"). */
const PARENTHETICAL_MIN_WORDS = 3;
/** Reporting verbs tried per sentence for a leading subject. */
const LEADING_CUES = 5;
/** Commas tried, from the sentence's end, for a reporting clause ("…, he said, but …"). */
const TRAIL_COMMAS = 3;

/** Reported speech found in a sentence: speaker phrase, verb, content range. */
export type RawIndirect = {
  readonly phrase: SpeakerPhrase;
  readonly cue: Range & { readonly text: string };
  readonly content: Range;
  /**
   * The parts of `content` that were said, when the reporting clause stands inside it ("The
   * bigger risk, | he said, | is a clash at sea"); absent, the whole of `content`.
   */
  readonly pieces?: readonly Range[];
  /** The reporting clause, as a range of the clean text (its venue and time are read there). */
  readonly clause: Range;
  readonly paragraph: number;
};

const WORDS = /\S+/g;
const countWords = (s: string): number => s.match(WORDS)?.length ?? 0;
/** A reporting clause may open after one of these words mid-sentence. */
const SUBORDINATE =
  /\b(?:after|because|while|but|and|as|when|though|although|since|so|until|once|before)\s+$/i;
/** A subordinating word that opens a sentence before its subject ("As", "While", "After"). */
const OPENS_SUBORDINATE =
  /^\s*(?:after|because|while|as|when|though|although|since|until|once|before|if)\s+$/i;
/** What stands before a participle that hangs on the clause before it (", saying …"). */
const AFTER_COMMA = /,\s*$/;
const CONJUNCTION = /^\s*(?:But|And|So|Yet|Still|However|Instead|Meanwhile)\b,?/;
/** A subject pronoun opening the reported clause after an adjunct ("said in a speech he was ready"). */
const CLAUSE_SUBJECT = /\b(?:he|she|it|they|we|I|there|the|this|that)\b/;
/** Adverbs between a subject and its verb ("also", "have long", "still"). */
const BETWEEN_VERB = /(?:\s+(?:also|still|now|often|never|again|repeatedly|\p{L}+ly))+\s*$/u;
/** Words an adjunct after the verb may run to before the reported clause starts. */
const ADJUNCT_MAX_WORDS = 8;
/** Verbs that report speech only when a clause follows ("added that …", "added he would …"). */
const AMBIGUOUS =
  /^(?:add|adds|added|advised|assured|reminded|laughed|sighed|wondered|acknowledged|snapped|shouted|chanted|sniffed|mused|pleaded|implored|elaborated|clarified|responded|replied|countered|answered|continued|maintained|maintains|boasts|boasted|concede|concedes|conceded|conceding|indicated|indicates|reports|reported|confirmed|confirms|answered|recalled|agreed|estimated|posted|pledged|promised|demanded|found|finds|shows|showed|revealed|reveals)$/;
/** Verbs among those that report an instruction with an object and "to …" ("implored her to …"). */
const INSTRUCTING = /^(?:advised|implored|reminded)$/i;
/** Verbs of a commitment or a threat, whose "to …" is what was promised. */
const COMMITTING =
  /^(?:promise|promises|promised|promising|pledge|pledges|pledged|pledging|vow|vows|vowed|vowing|threaten|threatens|threatened|threatening)$/i;
/** "opposed by the board", "described by witnesses as …": a passive, whose subject did not speak. */
const BY_AFTER = /^\s+by\b/;
const CLAUSE_START = /^\s*(?:he|she|it|they|we|I|there|this)\b/;
/**
 * A subject pronoun and a verb after it: the reported clause has begun ("it was", "they had",
 * "it’s", "they're").
 */
const BEGUN_CLAUSE =
  /^\s*(?:(?:he|she|it|they|we|I|there)\s+(?:\p{L}+ly\s+)?(?:is|was|are|were|had|has|have|would|will|could|can|should|might|must|may|did|does|do)\b|(?:he|she|it|they|we|I|there)['’](?:s|re|ve|d|ll|m)\b)/iu;
/**
 * "told the ferry company to cut …", "asked the court to block …": one short object and "to",
 * an instruction, whose content is the object and the rest ("the court to block …"), not a
 * clause read from a later "the". ("told reporters the plan to …" has a second noun phrase, the
 * clause's subject, before "to".)
 */
const INSTRUCTION =
  /^\s*(?:(?:him|her|them|us|me|you)\s+to\s+\p{L}|(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:(?!(?:the|a|an|its|his|her|their|our)\s)[\p{L}'’-]+\s+){1,3}to\s+\p{L})/iu;
/** A form of "be" before a verb in -ing, with adverbs between ("is once again warning"). */
const PROGRESSIVE_BEFORE =
  /\b(?:is|are|was|were|am|been|be|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(?:not|also|still|now|again|once|\p{L}+ly)\s+)*$/iu;
/** Before the verb, these make it a passive: "the company was told …" says who heard, not who spoke. */
const PASSIVE_BEFORE =
  /\b(?:was|were|is|are|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(?:\p{L}+ly|also|still|not|never|just|already|since|then)\s+)?$/iu;
/**
 * "Ana Ruiz, asked about the tolls, said …", "The minister, pressed on the date, replied …":
 * right after a comma these verbs are participles of a passive, said of the subject before them.
 */
const PASSIVE_AFTER_COMMA = /^(?:asked|told|pressed|questioned|quizzed)$/i;
/** "did not respond to the request", "declined to comment on …": no answer, no statement. */
const NO_ANSWER_VERB = /^(?:respond|responded|comment|commented|reply|replied|return|answer)$/i;
const NEGATED_BEFORE =
  /\b(?:not|n['’]t|never|declined to|refused to|failed to)\s+(?:immediately\s+|yet\s+)?$/i;
/** "Whenever asked about …, they …": a subordinating word opens a clause, and speaks for no one. */
const SUBORDINATOR =
  /^(?:when|whenever|while|if|as|after|before|once|unless|although|though|because|since|until|where|wherever)$/i;
/**
 * What follows such a participle ("asked about", "pressed on", "told of"), where an active verb
 * has its object ("Ben Myers, the firm's president, told HuffPost …").
 */
const PASSIVE_COMPLEMENT = /^\s+(?:about|whether|if|why|how|what|when|on|by|for|of|to)\b/i;
/**
 * After "According to X,": a relative clause or an age about X ("…, who leads the council, …",
 * "…, 71, …") runs on to the next comma before what was said.
 */
const ABOUT_THE_SOURCE = /^\s*(?:who|whose|which|\d{1,3}(?=\s*,))\b/;
/** Characters a clause about the source may run to. */
const ABOUT_THE_SOURCE_MAX = 90;
/** Words the object of "told" may take before the reported clause ("told the city council"). */
const OBJECT_MAX_WORDS = 5;
/**
 * What before a reporting clause is not what was said: a participial opening ("Asked what …, she
 * said") or a name with its apposition ("Ilsa Varnholt, the harbour master, said", "Tomas
 * Brennick, 71, said"). A name and a comma before a clause of its own ("Ferguson, however, had
 * two murders, police said") is content.
 */
const NOT_CONTENT =
  /^(?:\p{Lu}\p{L}*(?:ed|ing)\b|(?:\p{Lu}[\p{L}'’.-]*\s?){1,4},\s*(?:the|a|an|his|her|its|their|our|\d)\b)/u;
/**
 * Past a name and its apposition, a verb of the sentence's own ("Assem, the co-pilot, had
 * logged 2,766 hours, the airline said"): what was said after all.
 */
const CLAUSE_AFTER_APPOSITION =
  /^[^,]+,[^,]+,\s+(?!(?:who|whom|whose|which|the|a|an|his|her|its|their|our)\b)\p{Ll}/u;
/** ", according to a notice published by the agency" closing a reported clause. */
const NESTED_ACCORDING = /,\s*according to\s[^,;:]{2,90}$/i;
/** "… 271 delegates according to a count by the AP." : the phrase ends the sentence, no comma. */
const ACCORDING_AT_END = /\saccording to\s+([^,;:]{2,200}?)[\s.!?"”’]*$/i;
/** Words of an opening phrase before a leading "according to" ("On Monday,"). */
const OPENER_MAX_WORDS = 4;
/** A finite verb: the words before "according to" are a clause of their own. */
const FINITE_VERB = new RegExp(`\\b(?:${FINITE_VERBS})\\b`, "i");
/** An "according to" clause may run this long ("…, according to early results of exit polls …"). */
const ACCORDING_TAIL_MAX = 200;
/** "said about 340 residents …" is "about" as "some", not the topic of the speech. */
const LEADING_PREP =
  /^\s*(?:in|on|at(?!\s+(?:least|most)\b)|during|after|before|last|this|earlier|later|to|with|via|for|about(?!\s+\d)|,)\b/i;
const TRAIL = /[\s.!?"”’]+$/;
const LEAD = /^[\s,:;—–-]+/;

/** A content without the dateline that opens its sentence. */
function withoutDateline(text: string, r: Range): Range {
  const m = DATELINE_OPENING.exec(text.slice(r.start, r.end));
  return m && r.start + m[0].length < r.end ? { start: r.start + m[0].length, end: r.end } : r;
}

/**
 * A content with the spaces and stops around it left out, but not the closing mark of a
 * quotation it opens: 'favors a “strongman approach.”' keeps 'approach.”', as the quotation
 * itself does.
 */
function trimmed(text: string, start: number, end: number): Range {
  const seg = text.slice(start, end);
  const lead = LEAD.exec(seg)?.[0].length ?? 0;
  let trail = TRAIL.exec(seg)?.[0].length ?? 0;
  const kept = seg.slice(lead, seg.length - trail);
  const open =
    (kept.match(/“/g) ?? []).length > (kept.match(/”/g) ?? []).length
      ? "”"
      : (kept.match(/"/g) ?? []).length % 2 === 1
        ? '"'
        : null;
  if (open !== null) {
    const close = seg.slice(seg.length - trail).lastIndexOf(open);
    if (close >= 0) trail -= close + 1;
  }
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

/**
 * Does a reporting verb of its own stand in a later clause of these words ("the talks would be
 * hard, and he noted", "…, adding", "the ferry lost money and warned")? Then a "that" after
 * them opens that verb's statement (see `secondStatement`), not the first's.
 */
function reportsAgain(words: string): boolean {
  const joint = words.search(/[,;]|\b(?:and|but)\b/);
  return joint >= 0 && CUE_ONCE.test(words.slice(joint));
}

/**
 * A verb right after "that": "that" is a relative pronoun inside the clause ("the areas that
 * were hacked", "a statement that was released") or the clause's subject ("said that was the
 * end of it"), not the word that opens it.
 */
const RELATIVE_AFTER_THAT =
  /^\s+(?:\p{L}+ly\s+)?(?:is|was|are|were|has|have|had|will|would|could|can|should|might|may|must)\b/iu;

/** The first "that" of `rest` that may open a reported clause, past relative ones. */
function complementThat(rest: string): RegExpMatchArray | null {
  for (const m of rest.matchAll(/\bthat\b/g))
    if (!RELATIVE_AFTER_THAT.test(rest.slice(m.index! + 4, m.index! + 40))) return m;
  return null;
}

/** Parts of speech of the words of a clause's subject before its verb ("the new bridge"). */
const SUBJECT_TAGS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/;
/** Words a clause's subject may run to before its verb. */
const CLAUSE_SUBJECT_MAX_WORDS = 6;

/**
 * Whether the words after a verb open a clause: a noun phrase and then its verb, by the tagger
 * ("confirmed the bridge would reopen", not "wrote the letter to the ministry" or "added a goal").
 */
function clauseOpens(rest: string): boolean {
  const words = rest.trim().split(/\s+/, CLAUSE_SUBJECT_MAX_WORDS + 1);
  // "finds himself leading …": the subject's own doing, not a finding.
  if (REFLEXIVE.test(words[0] ?? "")) return false;
  const tagged = taggedWords(words);
  for (let k = 0; k < words.length; k++) {
    const tag = SHIPPED_TAGGER.tag(tagged, k);
    // (a participle too: "the poll showed Ruiz leading by six points" reports a finding)
    if (k > 0 && (tag === "AUX" || tag === "VERB")) return true;
    if (!SUBJECT_TAGS.test(tag) || /[,;:]$/.test(words[k]!)) return false;
    // "found someone he would like …": a pronoun only as the subject itself.
    if (tag === "PRON" && k > 0) return false;
  }
  return false;
}
/** A reflexive pronoun: the verb's object is its own subject. */
const REFLEXIVE = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)$/i;

/** The reported clause after a verb: after "that" if it comes soon, else right after the verb. */
function contentAfter(text: string, verbEnd: number, end: number, verb: string): Range | null {
  const rest = text.slice(verbEnd, end);
  const that = complementThat(rest);
  // "said it was wrong to compare the fleet with that of …": a clause that has begun before
  // "that" is the content, not what follows "that". Nor is a "that" with no clause after it
  // ("said the test could change that.") the one that opens the content.
  if (
    that?.index !== undefined &&
    countWords(rest.slice(that.index + 4)) >= INDIRECT_MIN_WORDS &&
    countWords(rest.slice(0, that.index)) <= THAT_WINDOW_WORDS &&
    !BEGUN_CLAUSE.test(rest.slice(0, that.index)) &&
    !reportsAgain(rest.slice(0, that.index)) &&
    // "said the plan was late, and that …": a second clause of the same content, or a new
    // clause whose subject is "that" ("said little, and that angered …")
    !JOINED_AFTER_WORDS.test(rest.slice(0, that.index))
  ) {
    return trimmed(text, verbEnd + that.index + 4, end);
  }
  // "said nothing", "said little about the tolls": no statement.
  if (SAYS_NOTHING.test(rest)) return null;
  // "told reporters …" and "said in a statement …" need "that"; "said the port will reopen" does not.
  if (NEEDS_OBJECT.test(verb)) {
    // "told the company to cut the stock …": what was said is the instruction, object and all.
    if (INSTRUCTION.test(rest)) return trimmed(text, verbEnd, end);
    // "told the jury he did not remember …": the clause starts at its subject, after the
    // object's first word (the object may start with "the" itself).
    const object = /^\s*\S+/.exec(rest)?.[0].length ?? 0;
    const subj = object > 0 ? CLAUSE_SUBJECT.exec(rest.slice(object)) : null;
    if (!subj || countWords(rest.slice(0, object + subj.index)) > OBJECT_MAX_WORDS) return null;
    return trimmed(text, verbEnd + object + subj.index, end);
  }
  // "opposed by the union": a passive.
  if (BY_AFTER.test(rest)) return null;
  // "promised to widen the quay", "threatened to close the port": a commitment or a threat,
  // what was said in other words.
  if (COMMITTING.test(verb) && /^\s*to\s+\p{L}/u.test(rest)) return trimmed(text, verbEnd, end);
  // "implored her to bring it back", "advised them to wait": an instruction, object and all.
  if (INSTRUCTING.test(verb) && INSTRUCTION.test(rest)) return trimmed(text, verbEnd, end);
  // "added a goal", "indicated a drop", "found itself": these verbs report speech only with a
  // clause after them.
  if (AMBIGUOUS.test(verb) && !CLAUSE_START.test(rest) && !clauseOpens(rest)) return null;
  if (LEADING_PREP.test(rest)) {
    // "said in his New Year's speech he was ready …": the clause starts at its subject.
    const subj = CLAUSE_SUBJECT.exec(rest);
    if (!subj || countWords(rest.slice(0, subj.index)) > ADJUNCT_MAX_WORDS) return null;
    return trimmed(text, verbEnd + subj.index, end);
  }
  return trimmed(text, verbEnd, end);
}

/**
 * Reported speech in the article's sentences: "Varnholt said (that) the bridge would reopen",
 * "The bridge will reopen, the mayor said.", "According to the port, trade fell." `quoted`
 * holds the direct quotations, so that a sentence mostly in quotation marks is left to them.
 */
export function findIndirect(article: Article, quoted: readonly Range[]): RawIndirect[] {
  const text = article.clean;
  const out: RawIndirect[] = [];
  // How many person mentions end on each surname, read once and only if a label asks.
  let surnameCounts: Map<string, number> | null = null;
  const surnames = (): Map<string, number> => {
    if (surnameCounts === null) {
      surnameCounts = new Map();
      for (const m of article.mentions)
        if (m.type === "person")
          surnameCounts.set(lastWord(m.text), (surnameCounts.get(lastWord(m.text)) ?? 0) + 1);
    }
    return surnameCounts;
  };
  let qi = 0;
  for (const whole of article.sentences) {
    // "HARBOURTON (Northwire) – The mayor said …": the subject opens the sentence after the
    // dateline, which no one said.
    const s = { ...whole, ...withoutDateline(text, whole) };
    const len = s.end - s.start;
    if (len < 20) continue;
    let inQuotes = 0;
    while (qi < quoted.length && quoted[qi]!.end <= s.start) qi++;
    for (let k = qi; k < quoted.length && quoted[k]!.start < s.end; k++) {
      const q = quoted[k]!;
      inQuotes += Math.min(q.end, s.end) - Math.max(q.start, s.start);
    }
    if (inQuotes / len >= DIRECT_SHARE) continue;
    const sentence = text.slice(s.start, s.end);
    const early =
      labelled(article, s, sentence, surnames) ?? headline(article, s, sentence, surnames);
    const lead = early ? null : leading(article, s, sentence, quoted);
    let found =
      early ??
      lead ??
      trailing(article, s, sentence, quoted) ??
      thatComplement(article, s, sentence, quoted);
    const phrase = found && speakerNounPhrase(found.phrase);
    if (!found || !phrase) continue;
    if (phrase !== found.phrase) found = { ...found, phrase };
    // A second statement in the sentence ("…, though she conceded that …"): the first's content
    // ends where its clause begins.
    let second = lead ? secondStatement(article, s, sentence, quoted, found) : null;
    // "Ruiz denied the claims, the ministry said": the clause that closes the sentence reports
    // it, and the verb before ("denied") has too few words after it to be a statement too.
    if (second?.firstContent === null) [found, second] = [second.statement, null];
    if (second?.firstContent) found = { ...found, content: second.firstContent };
    const rest = parentheticalRest(text, s, found, quoted);
    const said = text.slice(found.content.start, found.content.end);
    const words = countWords(said);
    // "Soon after the mayor was booed, Canova wrote to …": a subordinate clause alone before
    // the reporting clause sets the scene, and is not what was said; with words after the
    // clause it opens the statement ("If the plan fails, she argues, there are other tools").
    const sceneOnly =
      found.content.end <= found.cue.start && SUBORDINATE_OPENING.test(said) && !said.includes(",");
    if (sceneOnly) {
      if (rest)
        out.push({
          ...found,
          content: { start: found.content.start, end: rest.end },
          pieces: [found.content, rest],
          paragraph: s.paragraph,
        });
    } else if (words >= INDIRECT_MIN_WORDS) {
      out.push({ ...found, paragraph: s.paragraph });
      // "The drugs help, he says, but only for a while": the words after the clause are reported too.
      if (rest) out.push({ ...found, content: rest, paragraph: s.paragraph });
    } else if (rest && words + countWords(text.slice(rest.start, rest.end)) >= INDIRECT_MIN_WORDS) {
      // "The bigger risk, he said, is a clash at sea": too short a part before the clause to
      // stand alone, so one statement of the words on both sides of it.
      out.push({
        ...found,
        content: { start: found.content.start, end: rest.end },
        pieces: [found.content, rest],
        paragraph: s.paragraph,
      });
    }
    if (second) out.push({ ...second.statement, paragraph: s.paragraph });
  }
  return out;
}

/**
 * Where a second statement's clause may open after the first's content: a comma or a
 * conjunction.
 */
const CLAUSE_BREAK =
  /(?:[,;]\s*(?:(?:and|but|though|although|while|whereas)\s+)?|\s(?:and|but)\s+)/g;

/**
 * A second statement in a sentence whose first was read from its start, in a clause of its own
 * past the first's reporting verb: a verb coordinated with the first ("Brennick said the ferry
 * lost money and warned that the town could lose it", "…, adding that …"), a clause with its own
 * subject ("Varnholt said the quay would reopen, though she conceded that the repairs could run
 * late"), or a reporting clause that ends the sentence ("The mayor told the council she would
 * not sign, a city official said"). With it, the first statement's content, which ran on over
 * the second's clause, ending before it; null when there is none, or the first would keep too
 * few words to stand alone. A closing clause that leaves the first too few words is the
 * sentence's only statement: then `firstContent` is null.
 */
function secondStatement(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
  first: Omit<RawIndirect, "paragraph">,
): { statement: Omit<RawIndirect, "paragraph">; firstContent: Range | null } | null {
  const text = article.clean;
  const from = first.content.start;
  const closing = closingClause(article, s, sentence, quoted, first);
  const second = closing ?? laterStatement(article, s, sentence, quoted, first);
  const phrase = second && speakerNounPhrase(second.phrase);
  if (!second || !phrase) return null;
  // The second's clause opens at its subject when that stands past the first's verb, else (a
  // shared subject) at its verb; the last comma or conjunction before it ends the first's
  // content. A subject between the first's verb and its content ("told the jury she …") is the
  // first's own.
  const own = phrase.start > first.cue.end;
  if (own && phrase.start < from) return null;
  const last = [
    ...text.slice(from, own ? phrase.start : second.cue.start).matchAll(CLAUSE_BREAK),
  ].at(-1);
  if (!last) return null;
  const cut = from + last.index;
  const firstContent = trimmed(text, from, cut);
  const words = (r: Range): number => countWords(text.slice(r.start, r.end));
  if (words(second.content) < INDIRECT_MIN_WORDS) return null;
  const statement = phrase === second.phrase ? second : { ...second, phrase };
  if (words(firstContent) < INDIRECT_MIN_WORDS) {
    // Only a clause that ends the sentence reports it all ("…, the ministry said on Monday.").
    const after = closing ? words({ start: closing.cue.end, end: s.end }) : Infinity;
    return after <= PARENTHETICAL_TAIL_WORDS ? { statement, firstContent: null } : null;
  }
  return { statement, firstContent };
}

/** The first reporting verb past the first statement's content start that reads as a statement. */
function laterStatement(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
  first: Omit<RawIndirect, "paragraph">,
): Omit<RawIndirect, "paragraph"> | null {
  let k = 0;
  for (const m of sentence.matchAll(INDIRECT_CUE)) {
    if (s.start + m.index <= first.content.start) continue;
    if (k++ >= LEADING_CUES) break;
    const found = sharingSubject(article, s, m, quoted, first) ?? leadingAt(article, s, m, quoted);
    if (found) return found;
  }
  return null;
}

/**
 * A reporting clause closing a sentence that opened with a statement of its own: the report of
 * that statement ("The harbour master told the board the quay was unsafe, a port official
 * said"). It opens right after its comma with its subject or its verb (", the source added",
 * ", said the source"), and its verb is no passive (", and nobody has been reported missing").
 * An "according to" there is the source of the first's report, which `leadingAt` has already
 * ended before it: not a statement of its own.
 */
function closingClause(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
  first: Omit<RawIndirect, "paragraph">,
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  const tail = trailing(article, s, sentence, quoted);
  if (
    !tail ||
    tail.cue.start <= first.cue.end ||
    ACCORDING.test(tail.cue.text) ||
    /\S/.test(text.slice(tail.clause.start, Math.min(tail.phrase.start, tail.cue.start))) ||
    // (a clause of its own after the verb is what it says: "…, Ruiz and Vell insisted the toll
    // was fair" opens a statement, closing none)
    FINITE_VERB.test(text.slice(tail.cue.end, tail.clause.end)) ||
    PASSIVE_BEFORE.test(text.slice(Math.max(s.start, tail.cue.start - 30), tail.cue.start))
  )
    return null;
  return tail;
}

/**
 * A reporting verb joined to the first statement's clause, which says more by the same speaker:
 * "The harbour board said the fees would rise, adding that fishing boats would pay half", "Lund
 * said the crew would stay and said she would fight the closure". Null when the verb opens no
 * statement of its own.
 */
function sharingSubject(
  article: Article,
  s: Range,
  m: RegExpExecArray,
  quoted: readonly Range[],
  first: Omit<RawIndirect, "paragraph">,
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  const vs = s.start + m.index;
  if (inside(quoted, vs)) return null;
  const participle =
    PARTICIPLE.test(m[0]) && AFTER_COMMA.test(text.slice(Math.max(s.start, vs - 4), vs));
  if (!participle && !COORDINATED.test(text.slice(Math.max(s.start, vs - 8), vs))) return null;
  const ve = vs + m[0].length;
  const content = contentAfter(text, ve, s.end, m[0]);
  if (!content || countWords(text.slice(content.start, content.end)) < INDIRECT_MIN_WORDS)
    return null;
  if (quotedShare(content, quoted, QUOTED_AFTER_VERB)) return null;
  return {
    phrase: first.phrase,
    cue: { start: vs, end: ve, text: m[0] },
    content,
    clause: { start: vs, end: content.start },
  };
}

/**
 * The words after a reporting clause set inside the sentence ("…, he says, but only for a
 * while"), when there are enough of them and they are not a quotation: null otherwise.
 */
function parentheticalRest(
  text: string,
  s: Range,
  found: Omit<RawIndirect, "paragraph">,
  quoted: readonly Range[],
): Range | null {
  if (found.content.end > found.phrase.start || found.phrase.end > found.cue.start) return null;
  const after = found.cue.end < s.end ? text.slice(found.cue.end, s.end) : "";
  const comma = clauseCommaAfter(after, -1);
  if (comma < 0 || countWords(after.slice(0, comma)) > PARENTHETICAL_TAIL_WORDS) return null;
  const after0 = found.cue.end + comma + 1;
  // "…, she said, and the queue stretched …": the conjunction joins, it is not what was said.
  const joined = /^\s*(?:and|but)\s+/.exec(text.slice(after0, s.end))?.[0].length ?? 0;
  const rest = trimmed(text, after0 + joined, s.end);
  if (countWords(text.slice(rest.start, rest.end)) < PARENTHETICAL_MIN_WORDS) return null;
  return inside(quoted, rest.start) ? null : rest;
}

/** The first of the (sorted, non-overlapping) quotations that ends after `at`. */
function firstEndingAfter(quoted: readonly Range[], at: number): number {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether more than `share` of a content is inside quotations. */
function quotedShare(content: Range, quoted: readonly Range[], share: number): boolean {
  let quotedChars = 0;
  for (let k = firstEndingAfter(quoted, content.start); k < quoted.length; k++) {
    const q = quoted[k]!;
    if (q.start >= content.end) break;
    quotedChars += Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start));
  }
  return quotedChars > (content.end - content.start) * share;
}

/** Inside one of the (sorted, non-overlapping) quotations: a binary search, for long articles. */
const inside = insideQuote;

/**
 * What stands before a subject in its sentence once an opening phrase ("Despite the delay, …"),
 * a leading conjunction, or a colon or semicolon that opens a clause of its own ("… it is
 * paying off: he said …") is set aside: title words at most, when the subject opens its clause.
 */
function leadOf(head: string): string {
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(":"), head.lastIndexOf(";"));
  return (cut >= 0 ? head.slice(cut + 1) : head).replace(CONJUNCTION, "");
}

/** Where a sentence's clause starts before `vs`: past a leading conjunction and spaces. */
function clauseStart(text: string, start: number, vs: number): number {
  const lead = CONJUNCTION.exec(text.slice(start, vs))?.[0].length ?? 0;
  return start + lead + (/^\s*/.exec(text.slice(start + lead, vs))?.[0].length ?? 0);
}

/** "Varnholt said (that) …", "According to the port, …" */
function leading(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  const a = ACCORDING.exec(sentence);
  // "According to X, …" or "On Monday, according to X, …"; not "The tolls are too high,
  // according to X, because …", where what was said comes first (read by `trailing`).
  const opener = a ? sentence.slice(0, a.index) : "";
  if (
    a &&
    a.index < SUBJECT_START_MAX &&
    countWords(opener) <= OPENER_MAX_WORDS &&
    !FINITE_VERB.test(opener)
  ) {
    const ve = s.start + a.index + a[0].length;
    const comma = sentence.indexOf(",", a.index);
    // "According to written records, …": any phrase may be the source.
    const phrase = subjectAfter(article, ve, comma > 0 ? s.start + comma : s.end, true);
    if (phrase && comma > 0) {
      // "According to Castellane, who leads the council, …": what was said starts after the
      // clause about her.
      const next = ABOUT_THE_SOURCE.test(sentence.slice(comma + 1))
        ? sentence.indexOf(",", comma + 1)
        : -1;
      const end = next > 0 && next - comma <= ABOUT_THE_SOURCE_MAX ? next : comma;
      return {
        phrase,
        cue: { start: s.start + a.index, end: ve, text: a[0] },
        content: trimmed(text, s.start + end + 1, s.end),
        clause: { start: s.start + a.index, end: s.start + end },
      };
    }
  }
  // The first reporting verb with a subject that opens the sentence ("Asked what …, Varnholt said").
  // A verb of stance only where no reporting verb reads: in "Varnholt defended the closure,
  // saying the bridge would reopen" what was said follows "saying". One scan finds both kinds.
  const stances: RegExpExecArray[] = [];
  let k = 0;
  for (const m of sentence.matchAll(INDIRECT_CUE)) {
    if (STANCE_WORD.test(m[0])) {
      if (stances.length < LEADING_CUES) stances.push(m);
      continue;
    }
    if (k++ >= LEADING_CUES) break;
    const found = leadingAt(article, s, m, quoted);
    if (found) return found;
  }
  for (const m of stances) {
    const found = leadingAt(article, s, m, quoted);
    if (found) return found;
  }
  return null;
}

function leadingAt(
  article: Article,
  s: Range,
  m: RegExpExecArray,
  quoted: readonly Range[],
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  if (inside(quoted, s.start + m.index)) return null;
  const vs = s.start + m.index;
  const before = text.slice(Math.max(s.start, vs - 30), vs);
  // "The mayor is warning …", "the ministry isn't saying …": a verb in -ing after a form of
  // "be" is the subject speaking now, a finite verb group like "warned".
  const ing = PARTICIPLE.test(m[0]);
  const progressive = ing && PROGRESSIVE_BEFORE.test(before);
  // "The company was told by the agency …": the subject heard it.
  if (!progressive && PASSIVE_BEFORE.test(before)) return null;
  if (NO_ANSWER_VERB.test(m[0]) && NEGATED_BEFORE.test(before)) return null;
  if (
    PASSIVE_AFTER_COMMA.test(m[0]) &&
    /,\s*$/.test(before) &&
    PASSIVE_COMPLEMENT.test(text.slice(vs + m[0].length, vs + m[0].length + 12))
  )
    return null;
  // "Wilson praised the plan and said …", "Wilson praised the plan, saying …": the verb shares
  // the subject that opens the sentence. Another participle has no subject of its own.
  const participle = ing && !progressive;
  if (participle && !AFTER_COMMA.test(text.slice(Math.max(s.start, vs - 4), vs))) return null;
  const coordinated = participle || COORDINATED.test(text.slice(Math.max(s.start, vs - 8), vs));
  let phrase = coordinated
    ? (subjectOfSentence(article, vs) ?? describedSubject(text, s.start, vs))
    : subjectBefore(article, s.start, vs);
  // "People briefed on the talks say …": the noun phrase that opens the sentence, whole,
  // where the words just before the verb are only its tail ("the talks").
  const opening = coordinated ? null : openingNounPhrase(text, s.start, vs);
  if (
    opening &&
    (!phrase ||
      (!phrase.mention &&
        !phrase.pronoun &&
        phrase.start > opening.start &&
        nounsBefore(opening.text, phrase.start - opening.start)))
  )
    phrase = opening;
  if (
    !phrase ||
    (FIRST_PERSON.test(phrase.text) && THOUGHT.test(m[0])) ||
    SUBORDINATOR.test(phrase.text)
  )
    return null;
  // The subject opens the sentence, or follows a short opening phrase ("On Monday, …").
  // Or a clause of its own inside the sentence: "… after the mayor said the bridge would reopen".
  if (!opensClause(text.slice(s.start, phrase.start))) {
    // "Officials at the Harbour Authority said …": the name ends the noun phrase that opens the
    // sentence, which is the subject.
    if (
      !opening ||
      opening.start >= phrase.start ||
      opening.end < phrase.end ||
      !nounsBefore(opening.text, phrase.start - opening.start)
    )
      return null;
    phrase = opening;
  }
  // "The ad could run this week, said Brian Okafor, an adviser": a reporting clause after what
  // was said, read by `trailing` (the words before the comma name no one).
  if (
    !phrase.mention &&
    !phrase.pronoun &&
    /,\s*$/.test(text.slice(Math.max(s.start, vs - 3), vs))
  ) {
    const after = subjectAfter(article, vs + m[0].length, s.end);
    if (after?.mention?.type === "person") return null;
  }
  const ve = vs + m[0].length;
  // "…, he says, and …": a parenthetical reporting clause, read by `trailing`.
  if (text.charCodeAt(ve) === 44) return null;
  const after = contentAfter(text, ve, s.end, m[0]);
  // "… told Brightcell to cut the stock, according to a notice": the notice is the source of
  // the report, not part of what was said.
  const nested = after ? NESTED_ACCORDING.exec(text.slice(after.start, after.end)) : null;
  let content = after && nested ? { start: after.start, end: after.start + nested.index } : after;
  // "Ana Ruiz, who said she would stay, left at noon": a relative clause ends at its comma; so
  // does a subordinate clause that opens the sentence ("While Vell claimed the tolls rose, the
  // council met"), unless "that" carries what was said on ("…, and that the crews …"). What is
  // left may be a short clause (see `subordinateEnd`).
  let minWords = INDIRECT_MIN_WORDS;
  if (content && OPENS_SUBORDINATE.test(text.slice(s.start, phrase.start))) {
    const end = subordinateEnd(text, content, quoted);
    if (end !== null) {
      content = trimmed(text, content.start, end);
      minWords = CUT_CLAUSE_MIN_WORDS;
    }
  }
  if (content && isRelativeWho(phrase)) {
    const comma = text.slice(content.start, content.end).search(/[,;]/);
    if (comma >= 0) content = trimmed(text, content.start, content.start + comma);
  }
  if (!content || countWords(text.slice(content.start, content.end)) < minWords) return null;
  // "…, said: “I woke up to sirens …”": a quotation, read as one already. (Reported speech
  // holding a shorter quotation, "said there has been “no illegal disclosure” at the agency",
  // stays.)
  if (quotedShare(content, quoted, QUOTED_AFTER_VERB)) return null;
  return {
    phrase,
    cue: { start: vs, end: ve, text: m[0] },
    content,
    clause: { start: vs, end: content.start },
  };
}

/**
 * Where the subordinate clause a content opens in ends: at its first comma outside quotation
 * marks that "that" does not carry on after, past a relative clause set between commas ("the
 * bridge, which is old, would close, …"). Null when no comma ends it.
 */
function subordinateEnd(text: string, content: Range, quoted: readonly Range[]): number | null {
  let relative = false;
  for (const k of text.slice(content.start, content.end).matchAll(CLAUSE_COMMA)) {
    const at = content.start + k.index;
    if (inside(quoted, at)) continue;
    if (relative) {
      relative = false;
      continue;
    }
    if (RELATIVE_AFTER.test(text.slice(at + 1, at + 12))) {
      relative = true;
      continue;
    }
    return at;
  }
  return null;
}

/** Whether a subject after these words of its sentence opens a clause (see `leadingAt`). */
const opensClause = (head: string): boolean => titleGap(leadOf(head)) || SUBORDINATE.test(head);

/** Words of a noun phrase that opens a sentence and runs to its verb ("Residents who fled say"). */
const OPENING_NP_MAX_WORDS = 12;
/** Characters from a sentence's start to its verb within which such a phrase is looked for. */
const OPENING_NP_MAX_CHARS = 160;
/** A finite verb or a clause word: the words before the reporting verb are a clause, not its subject. */
const NOT_IN_SUBJECT =
  /\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says|told|that|if|when|while|because|after|before|as|but|and|or)\b|[,;:"“”()—–]|''/i;

/**
 * The noun phrase that opens a sentence and runs to the reporting verb at `vs`: "People briefed
 * on the talks", "Fishers who lost their boats", "Sources close to the council". It starts with
 * a capital, holds no verb of its own, no comma and no clause word, and ends on a noun.
 */
function openingNounPhrase(
  text: string,
  start: number,
  vs: number,
): (Range & { text: string; mention: null; pronoun: false }) | null {
  // (a phrase of twelve words is short: a verb far into a long sentence has no such subject)
  if (vs - start > OPENING_NP_MAX_CHARS) return null;
  const whole = nounPhraseFrom(text, start, vs, false);
  if (whole) return whole;
  // "In the end, multiple sources close to the talks say …": after an opening phrase.
  const comma = text.lastIndexOf(",", vs);
  return comma > start ? nounPhraseFrom(text, comma + 1, vs, true) : null;
}

/** Words that open a noun phrase of people in lower case ("multiple sources", "most voters"). */
const QUANTIFIER =
  /^(?:some|many|most|several|multiple|few|other|others|two|three|four|five|all|both|about|nearly|almost|more|fewer|only|just|a|the)$/i;
/** A share of people polled: "55 percent of voters", "Six in 10", "42%", "a majority of Americans". */
const SHARE_OF_PEOPLE =
  /^(?:(?:about|nearly|almost|only|just|more than|fewer than|less than|some)\s+)?(?:\d[\d,.]*\s?(?:%|percent)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:10|ten|\d+)|(?:a\s+)?majorit(?:y|ies)|half|a third|two-thirds)(?![\p{L}\p{N}])/iu;

/** The noun phrase from `from` to the verb at `vs`, if the words there make one. */
function nounPhraseFrom(
  text: string,
  start: number,
  vs: number,
  afterComma: boolean,
): (Range & { text: string; mention: null; pronoun: false }) | null {
  const from = clauseStart(text, start, vs);
  const words = text.slice(from, vs).replace(BETWEEN_VERB, "").trimEnd();
  const n = countWords(words);
  if (n < 2 || n > OPENING_NP_MAX_WORDS) return null;
  const share = SHARE_OF_PEOPLE.test(words);
  const first = /^\S+/.exec(words)?.[0] ?? "";
  // "But a source close to the talks said …": past a leading conjunction, as past a comma, the
  // phrase opens in lower case.
  const lowerMayOpen = afterComma || CONJUNCTION.test(text.slice(start, from));
  if (!share && (n < 3 || !(/^\p{Lu}/u.test(first) || (lowerMayOpen && QUANTIFIER.test(first)))))
    return null;
  if ((NOT_IN_SUBJECT.test(words) && !coordinatedNouns(words)) || /ly$/.test(words)) return null;
  // It ends on a noun ("… the talks"), or is a share of people polled ("Six in 10").
  if (!/\p{L}{3,}$/u.test(words) && !(share && /(?:\d|percent|%)$/.test(words))) return null;
  // "Nobody knows who said …": the subject is a question word, and names no one.
  if (/\b(?:who|whom|what|which|where|why|how)$/i.test(words)) return null;
  return { start: from, end: from + words.length, text: words, mention: null, pronoun: false };
}

/** Parts of speech of the words of a noun phrase before the name that ends it. */
const NOUN_PHRASE_TAGS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|PART)$/;
/** Words the phrase before the name must not start with: a preposition opens an adjunct. */
const NOT_NP_START_TAGS = /^(?:ADP|CCONJ|PART)$/;

/**
 * Whether the words of `phrase` before offset `name` (where the name that ends it starts) are
 * the start of one noun phrase by their parts of speech ("Officials at", "Nurses at", "Two in
 * five residents of"), not an adjunct and a clause ("In a later report they", "the letter in
 * which", "The gap between what").
 */
function nounsBefore(phrase: string, name: number): boolean {
  const plain = phrase.split(/\s+/);
  const before = countWords(phrase.slice(0, name));
  if (before === 0) return true;
  const tagged = taggedWords(plain);
  // (tagged in the whole phrase's context, but only as far as the word after the last one read)
  const tags = plain.slice(0, before + 1).map((_, k) => SHIPPED_TAGGER.tag(tagged, k));
  // "People briefed on the talks", "residents living near the port": a participle that a
  // preposition follows describes the noun before it; "released a report" is a verb of its own.
  const participle = (k: number): boolean =>
    k > 0 && tags[k] === "VERB" && /(?:ed|ing)$/.test(plain[k]!) && tags[k + 1] === "ADP";
  for (let k = 0; k < before; k++) {
    const tag = tags[k]!;
    if (k === 0 && NOT_NP_START_TAGS.test(tag)) return false;
    if (!NOUN_PHRASE_TAGS.test(tag) && !participle(k)) return false;
  }
  return true;
}

/**
 * Two groups of people joined by one "and" ("Residents and shop owners", "Fishers and harbour
 * staff in Merrowby"): no other clause word, and no word the tagger reads as a verb ("Prices
 * rose and officials" is a clause and a subject).
 */
function coordinatedNouns(words: string): boolean {
  const parts = words.split(/\s+and\s+/);
  if (parts.length !== 2 || parts.some((p) => p === "" || NOT_IN_SUBJECT.test(p))) return false;
  const plain = words.split(/\s+/);
  const tagged = taggedWords(plain);
  return plain.every(
    (w, k) => w === "and" || !/^(?:VERB|AUX)$/.test(SHIPPED_TAGGER.tag(tagged, k)),
  );
}

/** A subordinate clause's opening word ("Soon after …", "When …", "Because …"). */
const SUBORDINATE_OPENING =
  /^(?:(?:soon|shortly|just|long|right|even|only)\s+)?(?:after|before|when|whenever|while|since|as|because|although|though|if|once|until|unless|whereas)\b/i;
/** A noun phrase opening the words after a verb: its object ("a lead", "156,000 jobs"). */
const OBJECT_AFTER =
  /^\s+(?:(?:a|an|the|his|her|its|their|our|my|your|this|these|those)\s(?!(?:\p{L}+\s+)?(?:morning|afternoon|evening|night|week|weekend|month|year|day|days|weeks|time|hours?)\b)|\d(?![\d,.]*\s*(?:a\.m\.|p\.m\.|am\b|pm\b|(?:days?|weeks?|months?|years?|hours?|minutes?)\b)))/iu;
/** Whether the comma at `i` separates thousands ("156,000"), which closes no clause. */
const inNumber = (text: string, i: number): boolean =>
  isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
/** The last clause comma of `text` before `at` (-1 if none). */
function clauseCommaBefore(text: string, at: number): number {
  let i = text.lastIndexOf(",", at - 1);
  while (i > 0 && inNumber(text, i)) i = text.lastIndexOf(",", i - 1);
  return i;
}
/** The first clause comma of `text` after `at` (-1 if none). */
function clauseCommaAfter(text: string, at: number): number {
  let i = text.indexOf(",", at + 1);
  while (i > 0 && inNumber(text, i)) i = text.indexOf(",", i + 1);
  return i;
}

/**
 * What may stand between an inverted reporting verb and its speaker: a day, "the", title words
 * ("…, said TDCJ Inspector General John Moriarty"), but no clause ("…, told the group that
 * they would lose Iowa"), no preposition ("…, agreed with Williamson's approach") and not
 * many words.
 */
const SPEAKER_GAP_LEAD =
  /^\s*(?:(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:the\s+)?/u;
const GAP_CLAUSE = new RegExp(
  String.raw`\b(?:that|who|which|whether|if|because|and|but|or|to|with|of|for|about|on|in|at|from|by|against|${FINITE_VERBS})\b|[,;:]`,
  "i",
);
const SPEAKER_GAP_MAX_WORDS = 6;
function speakerGap(gap: string): boolean {
  const rest = gap.replace(SPEAKER_GAP_LEAD, "");
  if (rest.trim() === "" || titleGap(rest) || titleGap(gap)) return true;
  return countWords(rest) <= SPEAKER_GAP_MAX_WORDS && !GAP_CLAUSE.test(rest);
}

/** A relative clause and what follows it: "who uses one name", "which runs the port". */
const RELATIVE_TAIL = /(?:^|\s)(?:who|whom|whose|which)\b.*$/is;

/**
 * Whether the tagger reads a verb among the words of a phrase, not counting words in -ing,
 * which qualify a noun as often ("the winter railroading report").
 */
function readsVerb(phrase: string): boolean {
  const plain = phrase.split(/\s+/);
  const tagged = taggedWords(plain);
  return plain.some(
    (w, k) => !/ing$/i.test(w) && /^(?:VERB|AUX)$/.test(SHIPPED_TAGGER.tag(tagged, k)),
  );
}

/** "that" after a word, for the verb-and-complement reading ("Analysts had forecast that …"). */
const THAT_AFTER_WORD = /([\p{L}'’-]+)\s+that\s+/gu;
/** Adjectives that take a "that" clause of what someone holds ("are concerned that …"). */
const HOLDING_ADJECTIVES =
  /^(?:concerned|confident|convinced|sure|certain|aware|worried|hopeful|optimistic|adamant|skeptical|sceptical|afraid|glad|pleased|disappointed|angry|upset|frustrated)$/i;
/** Verbs with a "that" clause that no one is said to hold ("it seems that", "this means that"). */
const NOT_HOLDING =
  /^(?:seem|seems|seemed|appear|appears|appeared|mean|means|meant|ensure|ensures|ensured|emerged|so|such|now|given|provided|providing|assuming|considering|seeing|granted|supposing)$/i;

/** A verb with a "that" clause starts within this many characters of its sentence's start. */
const THAT_VERB_WITHIN = SUBJECT_START_MAX + 60;
/** Characters a verb and " that " may take past that start. */
const THAT_VERB_TAIL = 40;
/** Characters after "that" the that-clause reader tokenizes. */
const AFTER_THAT_CHARS = 120;
/** Words after "that" in which its clause's verb is looked for. */
const CLAUSE_VERB_WITHIN = 8;

/** Whether the tagger reads a verb among the few words from `from` on. */
function hasVerbSoon(words: TaggedText, from: number): boolean {
  for (let k = from; k < Math.min(words.tokens.length, from + CLAUSE_VERB_WITHIN); k++) {
    const tag = SHIPPED_TAGGER.tag(words, k);
    if (tag === "VERB" || tag === "AUX") return true;
  }
  return false;
}

/**
 * Any verb whose subject opens the sentence, with a "that" clause after it: what the subject
 * said, found or holds, for the long tail of verbs no list names ("Budget analysts had already
 * forecast that …", "He bemoaned that …", "Some Democrats are concerned that …"). The tagger
 * must read the word before "that" as a verb (or one of a few adjectives of what someone
 * holds) and "that" as the clause's opening, not a pronoun or a determiner ("that same plan").
 */
function thatComplement(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  // The verb stands near the sentence's start (its subject opens the sentence): only that
  // stretch is searched, so that the search costs the same in a sentence of any length.
  const opening = sentence.slice(0, THAT_VERB_WITHIN + THAT_VERB_TAIL);
  if (!opening.includes(" that ")) return null;
  for (const m of opening.matchAll(THAT_AFTER_WORD)) {
    const vs = s.start + m.index;
    const ve = vs + m[1]!.length;
    if (inside(quoted, vs) || vs - s.start > THAT_VERB_WITHIN) break;
    if (NOT_HOLDING.test(m[1]!)) continue;
    // "The board was warned that …", "officials were told that …": a verb of speaking in the
    // passive names who heard it; the speaker is someone else. ("was convinced that" stays:
    // the subject holds the view.)
    if (CUE_ONCE.test(m[1]!) && PASSIVE_BEFORE.test(text.slice(Math.max(s.start, vs - 30), vs)))
      continue;
    const before = sentence.slice(0, m.index).match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
    // (the tagger reads two words each side, and the clause's verb is looked for in the first
    // few words after "that": a short stretch is enough)
    const after =
      sentence
        .slice(m.index, m.index + m[0].length + AFTER_THAT_CHARS)
        .match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
    const words = taggedWords([...before, ...after]);
    const verb = before.length;
    const verbTag = SHIPPED_TAGGER.tag(words, verb);
    if (!(verbTag === "VERB" || (verbTag === "ADJ" && HOLDING_ADJECTIVES.test(m[1]!)))) continue;
    if (SHIPPED_TAGGER.tag(words, verb + 1) !== "SCONJ") continue;
    // A clause has a verb soon after "that"; "can appeal that decision to the court" has none.
    if (!hasVerbSoon(words, verb + 2)) continue;
    const phrase = subjectBefore(article, s.start, vs) ?? openingNounPhrase(text, s.start, vs);
    // "It seems that …", "There is evidence that …": no one holds it.
    if (!phrase || FIRST_PERSON.test(phrase.text) || EXPLETIVE.test(phrase.text)) continue;
    // The subject opens the sentence, or follows a short opening phrase, as for a reporting verb.
    if (!titleGap(leadOf(text.slice(s.start, phrase.start)))) continue;
    // Only the verb's auxiliaries and adverbs stand between the subject and the verb.
    if (
      !/^(?:\s+(?:[a-z]+n['’]t|not|also|already|long|has|have|had|was|were|is|are|be|been|would|will|could|can|did|does|do|\p{L}+ly))*\s*$/u.test(
        text.slice(phrase.end, vs),
      )
    )
      continue;
    const content = trimmed(text, vs + m[0].length, s.end);
    if (countWords(text.slice(content.start, content.end)) < INDIRECT_MIN_WORDS) continue;
    if (quotedShare(content, quoted, QUOTED_AFTER_VERB)) continue;
    return {
      phrase,
      cue: { start: vs, end: ve, text: m[1]! },
      content,
      clause: { start: vs, end: content.start },
    };
  }
  return null;
}

/** A reporting verb in a headline's Title Case: "Varnholt Says Bridge Will Reopen". */
const HEADLINE_CUE = /\s(Says|Said|Tells|Told|Warns|Urges|Claims|Insists|Admits|Denies)\s/g;
/** Any of those verbs: a sentence without one is no such headline. */
const HEADLINE_VERB = /\s(?:Says|Said|Tells|Told|Warns|Urges|Claims|Insists|Admits|Denies)\b/;
/** "…, Varnholt Says": the verb closing a headline. */
const HEADLINE_TAIL = /,\s+([^,]{2,60}?)\s(Says|Said)[.!?]?\s*$/;
/** A headline is short: longer sentences are not read for Title Case. */
const HEADLINE_MAX_CHARS = 200;
/** Share of a headline's words that open with a capital. */
const TITLE_CASE_SHARE = 0.6;

/** Most of a sentence's words open with a capital: a headline's Title Case. */
function titleCased(sentence: string): boolean {
  if (sentence.length > HEADLINE_MAX_CHARS) return false;
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * TITLE_CASE_SHARE;
}

/**
 * A headline in Title Case that says who said what: "Varnholt Says Bridge Will Reopen",
 * "Bridge Will Reopen by Spring, Varnholt Says". The speaker must be a name the tagger reads,
 * person or body: a Title Case headline capitalises every word, so no other phrase is trusted.
 */
function headline(
  article: Article,
  s: Range,
  sentence: string,
  surnames: () => ReadonlyMap<string, number>,
): Omit<RawIndirect, "paragraph"> | null {
  // (the verb first: most sentences hold none, and it costs less than reading the capitals)
  if (!HEADLINE_VERB.test(sentence) || !titleCased(sentence)) return null;
  const text = article.clean;
  // A name: a person or a body the tagger read there, or a person the article names elsewhere
  // (in a Title Case line the tagger may run a name on into the words after it).
  const named = (p: SpeakerPhrase | null): p is SpeakerPhrase =>
    p !== null &&
    ((p.mention !== null && p.mention.type !== "place") ||
      (/^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u.test(p.text) && surnames().has(lastWord(p.text))));
  const tail = HEADLINE_TAIL.exec(sentence);
  if (tail) {
    const vs =
      s.start + tail.index + tail[0].indexOf(tail[2]!, tail[0].length - tail[2]!.length - 3);
    const phrase = subjectBefore(article, s.start + tail.index + 1, vs);
    if (named(phrase) && !text.slice(s.start + tail.index + 1, phrase.start).trim()) {
      const content = trimmed(text, s.start, s.start + tail.index);
      if (countWords(text.slice(content.start, content.end)) >= INDIRECT_MIN_WORDS)
        return {
          phrase,
          cue: { start: vs, end: vs + tail[2]!.length, text: tail[2]! },
          content,
          clause: { start: s.start + tail.index + 1, end: s.end },
        };
    }
  }
  for (const m of sentence.matchAll(HEADLINE_CUE)) {
    const vs = s.start + m.index + 1;
    if (vs - s.start > SUBJECT_START_MAX + 20) break;
    const phrase = subjectBefore(article, s.start, vs);
    if (!named(phrase) || text.slice(s.start, phrase.start).trim()) continue;
    const content = trimmed(text, vs + m[1]!.length, s.end);
    if (countWords(text.slice(content.start, content.end)) < INDIRECT_MIN_WORDS) continue;
    return {
      phrase,
      cue: { start: vs, end: vs + m[1]!.length, text: m[1]! },
      content,
      clause: { start: vs, end: content.start },
    };
  }
  return null;
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();

/** One capitalised word opening a sentence before a colon: a headline's label ("Varnholt:"). */
const HEADLINE_LABEL = /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s*:)/u;
/** A name and a colon opening a sentence: "Varnholt: Bridge Will Reopen by Spring". */
const LABEL_COLON = /^[ \t]*:[ \t]+(?=\S)/;

/**
 * A headline or a transcript line that gives a statement to the person named before a colon
 * ("Varnholt: Bridge Will Reopen by Spring", "VARNHOLT: We will rebuild it."). Only a person
 * the tagger names: "Update:", "Poll:" and "Merrowby:" (a place) are no one's words.
 */
function labelled(
  article: Article,
  s: Range,
  sentence: string,
  surnames: () => ReadonlyMap<string, number>,
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  const lead = /^\s*/.exec(sentence)![0].length;
  const ms = article.mentions;
  const k = firstMentionFrom(ms, s.start + lead);
  const at = ms[k];
  const m = at && at.start === s.start + lead && at.type === "person" ? at : null;
  // "Varnholt: Bridge Will Reopen": a surname in a Title Case headline the tagger may not read
  // as a name; the person the article names with it elsewhere.
  const word = m ? null : HEADLINE_LABEL.exec(sentence);
  const end = m ? m.end : word ? s.start + lead + word[1]!.length : -1;
  if (end < 0) return null;
  const colon = LABEL_COLON.exec(text.slice(end, s.end));
  if (!colon) return null;
  // The label names someone the article names elsewhere: "BREXIT VOTE:" and "FED TALK:" are
  // section labels in capitals the tagger may take for a name, and no one else names them.
  const label = text.slice(s.start + lead, end);
  if ((surnames().get(lastWord(label)) ?? 0) < (m ? 2 : 1)) return null;
  const content = trimmed(text, end + colon[0].length, s.end);
  if (countWords(text.slice(content.start, content.end)) < INDIRECT_MIN_WORDS) return null;
  const cueStart = end + colon[0].indexOf(":");
  return {
    phrase: m
      ? phraseOf(m)
      : { start: s.start + lead, end, text: label, mention: null, pronoun: false },
    cue: { start: cueStart, end: cueStart + 1, text: ":" },
    content,
    clause: { start: s.start + lead, end: content.start },
  };
}

/** A determiner opening a description ("The Florida senator"). */
const DETERMINER_OPENING = /^(?:The|A|An|His|Her|Its|Their|Our)\s+/;
/** Words a description may hold after its determiner, its head noun last. */
const DESCRIPTION_MAX_WORDS = 4;
const SUBJECT_PRONOUN = /^(?:He|She|They|It|We)\b/;

/** Does a description's head noun name someone who speaks: a role, a body, a group? */
const speaksAs = (head: string, determined: boolean): boolean =>
  bodyNounOf(head) !== null || SPEAKING_GROUPS.has(head) || (determined && PERSON_TITLES.has(head));

/**
 * Where no name opens the sentence, the subject a participle or a second verb hangs on: a
 * pronoun ("She compared …, saying …") or a description whose head is a person's role, a body
 * or a group that speaks ("The Florida senator …", "The union sued …", "Democrats are …").
 */
function describedSubject(text: string, start: number, vs: number): SpeakerPhrase | null {
  const from = clauseStart(text, start, vs);
  const opening = text.slice(from, Math.min(vs, from + OPENING_NP_MAX_CHARS));
  const pronoun = SUBJECT_PRONOUN.exec(opening);
  if (pronoun)
    return {
      start: from,
      end: from + pronoun[0].length,
      text: pronoun[0],
      mention: null,
      pronoun: true,
    };
  const det = DETERMINER_OPENING.exec(opening)?.[0].length ?? 0;
  const words =
    opening
      .slice(det)
      .match(/^(?:[\p{L}'’.-]+\s+){0,4}/u)?.[0]
      .trim()
      .split(/\s+/) ?? [];
  // The longest run of words whose last is a head that speaks: "The Florida senator".
  for (let n = Math.min(words.length, det ? DESCRIPTION_MAX_WORDS : 1); n >= 1; n--) {
    const head = words[n - 1]!.toLowerCase();
    if (!speaksAs(head, det > 0)) continue;
    const phrase = opening.slice(0, det) + words.slice(0, n).join(" ");
    if (!opening.startsWith(phrase)) return null;
    return { start: from, end: from + phrase.length, text: phrase, mention: null, pronoun: false };
  }
  return null;
}

/** "…, the mayor said.", "…, said Varnholt.", "…, according to the port." */
function trailing(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
): Omit<RawIndirect, "paragraph"> | null {
  let comma = sentence.length;
  for (let k = 0; k < TRAIL_COMMAS; k++) {
    comma = clauseCommaBefore(sentence, comma);
    if (comma <= 0) break;
    const found = tailAt(article, s, sentence, quoted, comma);
    if (found) return found;
  }
  // "That's bad, according to Rubio, because, well, …": an "according to" clause set further in.
  const according = sentence.search(/,\s*according to\b/i);
  if (according > 0 && according < comma) {
    const found = tailAt(article, s, sentence, quoted, according);
    if (found) return found;
  }
  return accordingAtEnd(article, s, sentence, quoted);
}

/** "Ruiz leads by 40 seats according to a count by the Courier.": no comma before it. */
function accordingAtEnd(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
): Omit<RawIndirect, "paragraph"> | null {
  const m = ACCORDING_AT_END.exec(sentence);
  if (!m || m.index === 0) return null;
  const cueStart = s.start + m.index + 1;
  if (inside(quoted, cueStart)) return null;
  const cueEnd = cueStart + "according to".length;
  const phrase = subjectAfter(article, cueEnd, s.end, true);
  if (!phrase) return null;
  // "…over the city, according to fire officials.": the comma closes the content, not part of it
  const before = s.start + m.index;
  const content = withoutDateline(
    article.clean,
    trimmed(article.clean, s.start, article.clean[before - 1] === "," ? before - 1 : before),
  );
  return {
    phrase,
    cue: { start: cueStart, end: cueEnd, text: article.clean.slice(cueStart, cueEnd) },
    content,
    clause: { start: cueStart, end: s.end },
  };
}

/** A reporting clause after the comma at `comma`, ending the sentence or the next comma. */
function tailAt(
  article: Article,
  s: Range,
  sentence: string,
  quoted: readonly Range[],
  comma: number,
): Omit<RawIndirect, "paragraph"> | null {
  const text = article.clean;
  const next = clauseCommaAfter(sentence, comma);
  const clauseEnd = next < 0 ? s.end : s.start + next;
  const from = s.start + comma + 1;
  if (clauseEnd - from >= ACCORDING_TAIL_MAX) return null;
  const a = /^\s*according to\b/i.exec(text.slice(from, from + 20));
  if (clauseEnd - (s.start + comma) > (a ? ACCORDING_TAIL_MAX : TAIL_MAX)) return null;
  if (inside(quoted, from)) return null;
  const tail = text.slice(from, clauseEnd);
  const first = a ?? CUE_FIRST.exec(tail);
  if (first && !a && PARTICIPLE.test(first[1]!)) return null;
  let phrase: SpeakerPhrase | null = null;
  let cue: Range & { text: string };
  if (first) {
    const ve = from + first[0].length;
    const word = a ? a[0].trim() : first[1]!;
    phrase = subjectAfter(article, ve, clauseEnd, a !== null);
    cue = { start: ve - word.length, end: ve, text: word };
    // The speaker stands right after the verb ("…, says political scientist Ana Ruiz", "…,
    // said on Monday Ana Ruiz"): a name further on is part of what the verb's own clause says
    // ("…, told the group that they would lose Iowa").
    if (!a && phrase && !speakerGap(text.slice(ve, phrase.start))) return null;
    // "…, said Latino voters are interested …": a verb after the name makes it the subject of
    // a clause of its own ("…, said Ana Ruiz of the port." is a speaker), up to a bracket or
    // dash that closes the clause ("(gathered anonymously, says Apple)") and not counting a
    // relative clause about the speaker ("said the official who uses one name").
    const after = phrase
      ? text
          .slice(phrase.end, clauseEnd)
          .split(/[)\]—–]/)[0]!
          .replace(RELATIVE_TAIL, "")
          .trim()
      : "";
    if (!a && after && (FINITE_VERB.test(after) || readsVerb(after))) return null;
    // "…, said the Khan family deserved respect": no speaker holds a verb.
    if (
      !a &&
      phrase &&
      !phrase.mention &&
      !phrase.pronoun &&
      readsVerb(phrase.text.replace(RELATIVE_TAIL, ""))
    )
      return null;
  } else {
    const m = CUE_ONCE.exec(tail);
    if (!m || PARTICIPLE.test(m[0])) return null;
    phrase = subjectBefore(article, from, from + m.index);
    // Only the speaker, and title words before a name ("Mr.", "harbour chief"), may stand
    // between the comma and the verb.
    if (
      !phrase ||
      (text.slice(from, phrase.start).trim() && !titleGap(text.slice(from, phrase.start)))
    )
      return null;
    cue = { start: from + m.index, end: from + m.index + m[0].length, text: m[0] };
    // The clause must end the sentence: "…, the mayor said on Monday."
    const after = text.slice(cue.end, clauseEnd);
    if (/\bthat\b/.test(after) || after.split(/\s+/).length > 8) return null;
    // An object after the verb makes it a clause of its own ("…, Clinton maintains a wide
    // lead"), unless the verb tells someone ("…, she told the Harbour Post").
    if (OBJECT_AFTER.test(after) && !NEEDS_OBJECT.test(m[0])) return null;
  }
  if (!phrase) return null;
  // "…, a man yelled “Stay there!”": a verb with its own quotation after it reports that, not
  // the words before the comma.
  const own = quoted[firstEndingAfter(quoted, cue.end)];
  if (own && own.start >= cue.end && own.start < clauseEnd) return null;
  const content = withoutDateline(text, trimmed(text, s.start, s.start + comma));
  // "Asked what …, she said", "Ilsa Varnholt, the harbour master, said": not what was said.
  const said = text.slice(content.start, content.end);
  if (NOT_CONTENT.test(said) && !CLAUSE_AFTER_APPOSITION.test(said)) return null;
  // A content that is mostly a quotation belongs to the direct quote.
  if (quotedShare(content, quoted, DIRECT_SHARE)) return null;
  return { phrase, cue, content, clause: { start: from, end: clauseEnd } };
}
