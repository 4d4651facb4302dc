/**
 * What a speaker written as a role, a body noun, a document or a pronoun refers to in the
 * article: the subject of a sentence ("Sen. Ada Brill (D-Ore.) criticised the plan, tweeting"),
 * the body a noun describes ("the airport posted" → the airport the article names), the issuer
 * of a statement ("the statement said" → whoever issued it).
 */
import type { Article, EntityMention, Range } from "../../model/index.js";
import { ADVERBIAL_TAIL, BETWEEN, DATELINE_OPENING, FUNCTION_WORD } from "./00-lexicon.js";
import { WEEKDAY_PATTERN } from "../../lang/en/calendar.js";
import { firstIndexFrom } from "../../util/sorted-search.js";

/** A sentence's subject starts within this many characters of its start (title words before the name). */
const SUBJECT_START_MAX = 60;
/** An apposition between a subject and its verb runs at most this many characters ("Ana Ruiz, who has led the port since 2019, said"). */
const APPOSITION_MAX = 120;
/** Characters of a leading phrase before a sentence's subject ("According to the Harbour Post,"). */
const LEADING_MAX = 80;

/**
 * A phrase before a sentence's subject, up to its comma: "According to the Harbour Post,",
 * "On Friday,", "In a joint statement,", "Conceding defeat,".
 */
const LEADING_PHRASE = new RegExp(
  `^(?:(?:[Aa]ccording to|[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Dd]espite|[Ww]ith|[Ww]ithout|[Ff]or|[Bb]y|[Aa]s|[Ff]ollowing|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his|[Mm]eanwhile|[Hh]owever|[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|\\p{Lu}\\p{Ll}+ing)\\b[^,.;:!?"“”]{0,${LEADING_MAX}},\\s*)+`,
  "u",
);
/** A time or venue leading a verb phrase: "on Friday reiterated", "in a statement said". */
const LEADING_WHEN = new RegExp(
  String.raw`^(?:(?:on|in|at|late|early|last|this|earlier)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${WEEKDAY_PATTERN}|morning|afternoon|evening|night|statement|post|interview|speech)\s*,?\s+)`,
  "u",
);
/** Words before a subject's name: titles and descriptions ("White House press secretary", "Leader of the"). */
const TITLE_WORDS = /^(?:[\p{L}\p{N}.'’&-]+\s+){0,7}$/u;
/** Words in those that show a clause, not a title, stands before the name. */
const CLAUSE_WORD =
  /^(?:in|on|at|to|for|from|by|with|about|into|after|before|as|and|or|but|that|which|who|when|while|is|are|was|were|has|have|had|said|says|told)$/i;
/** After a subject's name: a parenthesis ("(D-Ore.)"), an apposition in commas, then the verb. */
const AFTER_SUBJECT = new RegExp(
  `^(?:\\s*\\([^()]{0,60}\\))?(?:\\s*,[^,;:!?"“”()]{1,${APPOSITION_MAX}},)?\\s+`,
);
const NEXT_WORD = /^([\p{Ll}][\p{Ll}'’-]*)\b/u;

/** The index of the sentence that holds offset `at`. */
export function sentenceIndexAt(article: Article, at: number): number {
  const ss = article.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ss[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Mentions looked at around a name to tell a surname typed "other" by a person named in full. */
const SURNAME_WINDOW = 200;
/** Mentions looked back through for a body a noun describes, or two bodies named together. */
const REFERENT_WINDOW = 300;

/** The index of the first mention that starts at or after `at` (mentions are sorted). */
export function firstMentionFrom(mentions: readonly EntityMention[], at: number): number {
  return firstIndexFrom(mentions, at, (m) => m.start);
}

/**
 * Whether a name the tagger guessed a person's with nothing around it to say so ("Rescue
 * Efforts Continue", a subhead) is named as a person elsewhere nearby, with evidence (a title,
 * "he", a given name): the story's entities drop such guesses, so the speaker reader does not
 * hand them a pronoun's quotation either. No speaker is better than a subhead as one.
 */
function supported(article: Article, m: EntityMention): boolean {
  const ms = article.mentions;
  const i = firstMentionFrom(ms, m.start);
  for (let k = Math.max(0, i - SURNAME_WINDOW); k < Math.min(ms.length, i + SURNAME_WINDOW); k++) {
    const x = ms[k]!;
    if (x.type === "person" && x.key === m.key && x.evidence !== "none") return true;
  }
  return false;
}

/**
 * A person, or a lone surname the tagger left untyped whose full name the article gives as a
 * person's ("Marta Okonjo" … "Okonjo produced it again").
 */
export function isPerson(article: Article, m: EntityMention): boolean {
  if (m.type === "person") return m.evidence !== "none" || supported(article, m);
  if (m.type !== "other" || !/^\p{Lu}[\p{L}'’-]+$/u.test(m.text)) return false;
  const ms = article.mentions;
  const i = firstMentionFrom(ms, m.start);
  for (let k = Math.max(0, i - SURNAME_WINDOW); k < Math.min(ms.length, i + SURNAME_WINDOW); k++) {
    const x = ms[k]!;
    if (x.type === "person" && x.text !== m.text && x.text.endsWith(` ${m.text}`)) return true;
  }
  return false;
}

/** Whether a verb (a lower-case word that is not a function word) follows a name ending at `end`. */
function verbFollows(text: string, end: number, limit: number): boolean {
  const rest = text.slice(end, Math.min(limit, end + APPOSITION_MAX + 80));
  if (/^['’]/.test(rest)) return false; // "Okonjo's seat": a possessive, not a subject
  const after = AFTER_SUBJECT.exec(rest);
  if (!after) return false;
  let tail = rest.slice(after[0].length);
  // Skip auxiliaries, adverbs and a time or venue: "also said", "on Friday reiterated".
  for (let k = 0; k < 4; k++) {
    const aux =
      /^(?:(?:[a-z]+n['’]t|also|not|never|did|does|do|could|may|might|can|then|later|has|have|had|was|were|is|are|would|will|just|now|still|[a-z]+ly)\s+)/.exec(
        tail,
      );
    const when = LEADING_WHEN.exec(tail);
    const m = aux ?? when;
    if (!m) break;
    tail = tail.slice(m[0].length);
  }
  const w = NEXT_WORD.exec(tail)?.[1];
  return !!w && !FUNCTION_WORD.test(w) && !CLAUSE_WORD.test(w);
}

/**
 * The subject of a sentence: the first name near its start (after a leading phrase and title
 * words) that a verb follows. "Sen. Ada Brill (D-Ore.) criticised the plan" → Ada Brill;
 * "According to the Post, the Harbour Authority confirmed" → Harbour Authority; a caption
 * without a verb ("Ada Brill at the launch on Monday.") has none.
 */
export function sentenceSubject(
  article: Article,
  sentence: Range,
  accept: (m: EntityMention) => boolean,
): EntityMention | null {
  const text = article.clean;
  const full = text.slice(sentence.start, sentence.end);
  // "HARBOURTON (Northwire) – …": the subject follows the dateline.
  const dateline = DATELINE_OPENING.exec(full)?.[0].length ?? 0;
  const body = full.slice(dateline);
  const lead = LEADING_PHRASE.exec(body)?.[0].length ?? 0;
  const from = sentence.start + dateline + lead;
  const ms = article.mentions;
  for (let k = firstMentionFrom(ms, from); k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start > from + SUBJECT_START_MAX || m.start >= sentence.end) break;
    const gap = text.slice(from, m.start);
    if (!TITLE_WORDS.test(gap) || gap.split(/\s+/).some((w) => CLAUSE_WORD.test(w))) break;
    // "A Facebook user …", "an Apple engineer": a name after "a" describes the subject.
    if (/\b(?:an?|one)\s+$/i.test(gap)) continue;
    if (!verbFollows(text, m.end, sentence.end)) continue;
    return accept(m) ? m : null;
  }
  return null;
}

/** Is offset `at` inside one of the (sorted) quotations? */
export function insideQuote(quotes: readonly Range[], at: number): boolean {
  // The last quotation starting at or before `at` (quotations do not overlap).
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < quotes[lo - 1]!.end;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The body a noun stands for, named before `before` outside quotations: one whose name holds
 * the noun ("the airport" → "Harbour Point Airport"), or one the article describes with it
 * ("Lumen Rockets, a private space company" … "the company said"; "the carmaker Kessa").
 */
export function bodyReferent(
  article: Article,
  before: number,
  noun: string,
  quotes: readonly Range[],
): EntityMention | null {
  const text = article.clean;
  const word = new RegExp(`\\b${escape(noun)}\\b`, "i");
  const described = new RegExp(
    `^\\s*(?:\\([^()]{0,40}\\))?,\\s*(?:an?|the|its|their)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?${escape(noun)}\\b`,
    "iu",
  );
  const describedBefore = new RegExp(
    `\\b${escape(noun)}\\s+(?:(?:and|&)\\s+)?$|\\b${escape(noun)},?\\s+$`,
    "i",
  );
  const ms = article.mentions;
  let describedMatch: EntityMention | null = null;
  const end = firstMentionFrom(ms, before);
  for (let i = end - 1; i >= Math.max(0, end - REFERENT_WINDOW); i--) {
    const m = ms[i]!;
    if (m.end > before || m.type === "person" || insideQuote(quotes, m.start)) continue;
    if (word.test(m.text)) return m;
    if (
      !describedMatch &&
      (described.test(text.slice(m.end, m.end + 80)) ||
        describedBefore.test(text.slice(Math.max(0, m.start - 40), m.start)))
    )
      describedMatch = m;
  }
  return describedMatch;
}

/**
 * Several bodies named together before `before` ("Kessa and Morrow have confirmed" … "the
 * companies said"): the nearest two names joined by "and", outside quotations.
 */
export function coordinatedReferent(
  article: Article,
  before: number,
  quotes: readonly Range[],
): (Range & { text: string }) | null {
  const text = article.clean;
  const ms = article.mentions;
  const end = firstMentionFrom(ms, before);
  for (let i = end - 1; i >= Math.max(0, end - REFERENT_WINDOW); i--) {
    const b = ms[i]!;
    const a = ms[i - 1];
    if (b.end > before || insideQuote(quotes, b.start)) continue;
    // One name the tagger read whole: "Kessa Motors and Morrow Industries".
    if (b.type !== "place" && /\s(?:and|&)\s/.test(b.text))
      return { start: b.start, end: b.end, text: b.text };
    if (!a || insideQuote(quotes, a.start)) continue;
    if (a.type === "place" || b.type === "place") continue;
    if (/^\s+(?:and|&)\s+$/.test(text.slice(a.end, b.start)))
      return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
  }
  return null;
}

/**
 * Who issued a document named before `before` ("Kessa announced in a statement on Thursday" …
 * "the statement said" → Kessa): the subject of the reporting verb right before the document's
 * noun in the nearest sentence that names it, else that sentence's subject.
 */
export function documentIssuer(
  article: Article,
  before: number,
  noun: string,
  quotes: readonly Range[],
  subjectOfVerb: (lo: number, verbStart: number) => EntityMention | null,
): EntityMention | null {
  const text = article.clean;
  const at = sentenceIndexAt(article, before);
  const issued = new RegExp(
    `\\b([a-z]+)\\s+(?:(?:in|on|via|through)\\s+)?(?:an?|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}${escape(noun)}\\b`,
    "giu",
  );
  for (let k = at; k >= Math.max(0, at - 3); k--) {
    const s = article.sentences[k]!;
    const body = text.slice(s.start, Math.min(s.end, before));
    if (!body.toLowerCase().includes(noun)) continue;
    let last: RegExpExecArray | null = null;
    for (const m of body.matchAll(issued)) last = m;
    if (last && !insideQuote(quotes, s.start + last.index)) {
      const who = subjectOfVerb(s.start, s.start + last.index);
      if (who && who.type !== "place") return who;
    }
    const subject = sentenceSubject(article, s, (x) => x.type !== "place");
    if (subject && subject.end <= before) return subject;
  }
  return null;
}

/** Strip a time or venue adverbial and auxiliaries from the end of a text before a verb. */
export function stripAdverbials(seg: string): string {
  let out = seg;
  for (let k = 0; k < 3; k++) {
    const before = out;
    const between = BETWEEN.exec(out);
    if (between) out = out.slice(0, between.index);
    const tail = ADVERBIAL_TAIL.exec(out);
    if (tail) out = out.slice(0, tail.index);
    if (out === before) break;
  }
  return out;
}

/** Words before a role that make it a different office ("Vice President" is not "the president"). */
const LESSER_TITLE =
  /^(?:vice|deputy|assistant|associate|former|ex|shadow|junior|acting|co|under|lieutenant)$/;

/**
 * Whether a title names the role a description gives ("the prime minister", "the minister"):
 * the title ends with the role's words, and no word before them makes it another office
 * ("Vice President", "Shadow Foreign Minister", "former Minister").
 */
export function holdsRole(title: string, role: string): boolean {
  const t = title
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const r = role
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (r.length === 0 || t.length < r.length) return false;
  for (let k = 1; k <= r.length; k++) if (t[t.length - k] !== r[r.length - k]) return false;
  return t.slice(0, t.length - r.length).every((w) => !LESSER_TITLE.test(w));
}
