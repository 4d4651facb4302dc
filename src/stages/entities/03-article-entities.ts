import type { AttributedArticle, EntityMention } from "../../model/index.js";
import { GIVEN_NAMES } from "./00-gazetteers.js";
import { mentionsOnSpine, type Mention } from "./01-mentions.js";
import { GENERATION_SUFFIX, nameKey } from "./02-names.js";
import {
  HEADLINE_MAX_CHARS,
  headlineLine,
  headlineRun,
  knownNameKey,
  knownNamesIn,
  readPerson,
  type NameReading,
} from "./mentions/person-evidence.js";
import { PERSON_TITLES, TITLE_MODIFIERS } from "./mentions/titles.js";
import { isDemonym } from "./mentions/word-checks.js";
import { isCommonWord } from "./mentions/lexicon.js";
import { FUNCTION_WORDS } from "../../lang/en/function-words.js";

/**
 * Words of the title list (mentions/titles.ts) that are no office or role to show as a person's
 * title: honorifics ("Mr"), and words for how someone stands to another ("opponent").
 */
const NOT_ROLES = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "sir",
  "hon.",
  "dame",
  "lord",
  "lady",
  "father",
  "teenager",
  "seed",
  "opponent",
  "colleague",
  "counterpart",
  "compatriot",
  "teammate",
  "champion",
]);
/** Roles that news copy writes before a name and the title list leaves out. */
const MORE_ROLES = ["frontbencher", "backbencher", "superintendent", "treasurer", "premier"];
const ROLE_WORDS: ReadonlySet<string> = new Set(
  [...PERSON_TITLES, ...MORE_ROLES].filter((w) => !NOT_ROLES.has(w)),
);
/** Lowercase words inside a title: "special envoy", "shadow foreign minister", "Secretary of State". */
const TITLE_GLUE = new Set([
  "of",
  "the",
  "on",
  "for",
  "special",
  "top",
  "retired",
  "then",
  "press",
]);
/** Abbreviated titles whose period does not end the clause: "Sen. Tom Vell", "Gov. Ana Ruiz". */
const TITLE_ABBREVIATION =
  /\b(?:Sens?|Reps?|Gov|Gen|Lt|Col|Adm|Capt|Sgt|Maj|Cmdr|Supt|Insp|Det|Rev|Dr|Prof)\.$/;

const bare = (word: string): string => word.toLowerCase().replace(/['’]s$/, "");
/** A role word, or its plural ("Justices Ana Ruiz and Tomas Vell"). */
const isRoleWord = (word: string): boolean => {
  // "President-elect", "Vice-President": a hyphenated role holds one
  return bare(word)
    .split("-")
    .some((w) => ROLE_WORDS.has(w) || (w.endsWith("s") && ROLE_WORDS.has(w.slice(0, -1))));
};
const isTitleWord = (word: string): boolean =>
  /^\p{Lu}/u.test(word)
    ? // (a capitalised "But", "Even", "When" opens the sentence, not the title: "But Sen. Vell",
      // "Even BBC presenter Ana Ruiz"; "Of", "The" may stand inside one)
      (!/[.,;:!?]$/.test(word) || TITLE_ABBREVIATION.test(word)) &&
      (!FUNCTION_WORDS.has(word.toLowerCase()) || TITLE_GLUE.has(word.toLowerCase()))
    : TITLE_GLUE.has(word) || TITLE_MODIFIERS.has(word) || isRoleWord(word);

/**
 * The title written right before a name, within its clause: "Defense Secretary" for "… Defense
 * Secretary Ana Ruiz", "shadow foreign minister", "Sen." It holds a role word; a possessive
 * alone ("Labour's Mara Voss") is none.
 */
function titleBefore(text: string, start: number): string | null {
  // Only the clause the name stands in: back to the last punctuation mark or line break, but
  // not the period of an abbreviated title. Words are read backwards from the name, one at a
  // time, and only while they can be a title's.
  const limit = Math.max(0, start - TITLE_WINDOW);
  const words: string[] = [];
  let end = start;
  for (;;) {
    // a line break ends the clause: the line before is a headline or a caption, not a title
    let crossed = false;
    while (end > limit && /\s/.test(text[end - 1]!)) if (text[--end] === "\n") crossed = true;
    if (crossed) break;
    let from = end;
    while (from > limit && !/\s/.test(text[from - 1]!)) from--;
    // the window's first word may be cut: never take it
    if (from === end || (from === limit && limit > 0)) break;
    const word = text.slice(from, end);
    // (a quotation closes before the name: "… Left Us Speechless.’ Harbour Minister Ana Ruiz")
    if (/["“”()]|^[‘’']|[‘’']$/.test(word) || !isTitleWord(word)) break;
    words.push(word);
    // a word with a mark after it closes the clause before it ("… said, Mayor Ana Ruiz")
    end = from;
    let prev = end;
    while (prev > limit && /\s/.test(text[prev - 1]!)) prev--;
    if (prev > limit && /[.,;:!?]/.test(text[prev - 1]!)) {
      let w = prev;
      while (w > limit && !/\s/.test(text[w - 1]!)) w--;
      if (!TITLE_ABBREVIATION.test(text.slice(w, prev))) break;
    }
  }
  let title = words.reverse();
  while (title.length > 0 && TITLE_GLUE.has(title[0]!.toLowerCase())) title = title.slice(1);
  return title.some(isRoleWord) ? title.join(" ") : null;
}
/** How far before a name its title is looked for. */
const TITLE_WINDOW = 80;

/**
 * Lines that credit the people who made the article, not people it is about: bylines ("By Ilsa
 * Varnholt and Tomas Vell"), photo and video credits ("Photo: Tomas Vell/Harbour Post", "(Photo by
 * Ilsa Varnholt/Getty Images)"), and the wire's closing credits ("Reporting by Ilsa Varnholt;
 * Editing by Tomas Vell").
 */
const CREDIT_LINE =
  /^(?:\(?\s*)?(?:by|written by|words by|photos?|photograph(?:y|s)?|pictures?|images?|video|credits?|illustration|graphics?)\b\s*(?:by\b|:|-|–|—)?|\b(?:reporting|writing|editing|additional reporting|compiled|translated|produced|contributed reporting) by\b|\b(?:photo|photograph|picture|image) (?:by|credit)\b|\/\s*(?:getty images|afp|ap|reuters|epa|shutterstock|alamy)\b/i;
/** A credit line is short: past this many words the line is the story's own prose. */
const MAX_CREDIT_LINE_WORDS = 40;

/** Has `line` more than `max` words? Counts only as far as it must. */
function wordsOver(line: string, max: number): boolean {
  const word = /\S+/g;
  let n = 0;
  while (word.exec(line) !== null) if (++n > max) return true;
  return false;
}

/** The lines of a text, found once, so that each name's line is a binary search away. */
class Lines {
  private readonly starts: number[] = [0];
  /** Per line, whether it is too long to be a credit; found on first asking. */
  private readonly long = new Map<number, boolean>();

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** The index of the line holding offset `at`. */
  indexOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  start(line: number): number {
    return this.starts[line]!;
  }

  /** The line's text, without its line break. */
  lineText(line: number): string {
    const end = this.starts[line + 1];
    return this.text.slice(this.starts[line]!, end === undefined ? this.text.length : end - 1);
  }

  isLong(line: number): boolean {
    let long = this.long.get(line);
    if (long === undefined) {
      long = wordsOver(this.lineText(line), MAX_CREDIT_LINE_WORDS);
      this.long.set(line, long);
    }
    return long;
  }
}

/** Is the person at `start` named in a credit line, or the article's own author? */
function isCredited(
  article: AttributedArticle,
  start: number,
  name: string,
  lines: Lines,
): boolean {
  if (article.author && article.author.toLowerCase().includes(name.toLowerCase())) return true;
  const line = lines.indexOf(start);
  const lineStart = lines.start(line);
  if (lines.isLong(line)) {
    // a closing credit at the end of a long paragraph: "... (Reporting by Ilsa Varnholt)"
    const before = article.clean.slice(Math.max(lineStart, start - 60), start);
    return /\b(?:reporting|writing|editing|compiled|photo|photograph) by\b[^.;()]*$/i.test(before);
  }
  return CREDIT_LINE.test(lines.lineText(line));
}

/**
 * Government departments that news copy often writes in lower case ("the U.S. state department
 * says"), which capital letters alone would miss.
 */
const LOWERCASE_DEPARTMENT =
  /\b(?:state|defen[cs]e|justice|treasury|commerce|energy|labor|labour|education|homeland security|health) department\b/g;

function lowercaseDepartments(text: string): EntityMention[] {
  const found: EntityMention[] = [];
  for (const m of text.matchAll(LOWERCASE_DEPARTMENT)) {
    const start = m.index;
    found.push({
      start,
      end: start + m[0].length,
      text: m[0],
      type: "organization",
      key: nameKey(m[0]),
      title: null,
    });
  }
  return found;
}

const firstWord = (name: string): string => knownNameKey(name.split(/\s/, 1)[0]!);

/**
 * Person mentions read once more for the evidence around them (mentions/person-evidence.ts):
 * some are dropped (a cut-off word, "X-ray"), some retyped (a product code, "in Tarnby"), the
 * rest keep their type with the evidence found.
 */
function readPeople(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  // names the article gives, with their types, for names run on in a headline (a person's on
  // firm evidence wins over another reading of the same words)
  const known = new Map<string, NameReading>();
  for (const m of mentions) {
    const key = knownNameKey(m.text);
    const evidence = m.evidence ?? "firm";
    const before = known.get(key);
    const count = (before?.count ?? 0) + 1;
    if (!before || (m.type === "person" && evidence === "firm"))
      known.set(key, { type: m.type, evidence, count });
    else before.count = count;
  }
  // per line start, whether the line is a headline's Title Case
  const headlines = new Map<number, boolean>();
  const inHeadline = (at: number): boolean => {
    // (a line is looked for no further than a headline is long: a text of one long line costs
    // each name a bounded scan, not one back to the text's start)
    let from = at;
    while (from > 0 && text[from - 1] !== "\n") {
      from--;
      if (at - from > HEADLINE_MAX_CHARS) return false;
    }
    let is = headlines.get(from);
    if (is === undefined) {
      let to = at;
      // (one character past the longest headline is enough to say the line is none)
      while (to < text.length && text[to] !== "\n" && to - from <= HEADLINE_MAX_CHARS) to++;
      headlines.set(from, (is = headlineLine(text.slice(from, to))));
    }
    return is;
  };
  let next = 0;
  mentions.forEach((original, i) => {
    if (original.type !== "person") {
      out.push(original);
      return;
    }
    if (next <= i) {
      next = i + 1;
      while (next < mentions.length && mentions[next]!.type !== "person") next++;
    }
    const nextPerson = mentions[next]?.start ?? text.length;
    // a headline's run of names and words, cut into the names the article gives elsewhere; a run
    // that can only be a headline's words is no person's name when the article gives none in it
    // (a run opening with a given name in a Title Case line is still read as a name: a line of
    // names and roles, "Correspondent Ana Ruiz", is cased as a headline is)
    // A single English word counts too ("Ferry Captain Shot on Quay" gives no person "Shot"),
    // unless the article gives it as a name more than here.
    const key = knownNameKey(original.text);
    const headline =
      headlineRun(original.text) ||
      (inHeadline(original.start) &&
        !GIVEN_NAMES.has(firstWord(original.text)) &&
        (original.text.includes(" ") || (isCommonWord(key) && (known.get(key)?.count ?? 0) <= 1)));
    const names = knownNamesIn(original, known, headline) ?? (headline ? [] : [original]);
    for (const name of names) {
      if (name.type !== "person") {
        out.push({ ...original, ...name });
        continue;
      }
      const m = name === original ? original : { ...original, ...name };
      const reading = readPerson(text, { ...m, evidence: m.evidence ?? "firm" }, nextPerson);
      if (reading) out.push({ ...m, type: reading.type, evidence: reading.evidence });
    }
  });
  return out;
}

/** ", Jr.", ", Sr.", ", III" after a full name: part of the name, written with a comma. */
const COMMA_SUFFIX = /^,\s*(?:(?:Jr|Sr)\.?(?![\p{L}])|(?:II|III|IV)\b)/u;

/**
 * "Tomas Vell, Jr." is the name "Tomas Vell Jr.", as other outlets write it, not "Tomas Vell"
 * and a person "Jr.": the suffix joins the full name before it, and a mention of the suffix alone
 * goes. (Without it the two spellings were two people of one story.)
 */
function withGenerationSuffix(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let joinedTo = -1;
  for (const m of mentions) {
    if (m.start < joinedTo) continue; // the suffix, joined to the name before it
    const suffix =
      m.type === "person" && m.text.includes(" ")
        ? COMMA_SUFFIX.exec(text.slice(m.end, m.end + 8))
        : null;
    if (!suffix) {
      out.push(m);
      continue;
    }
    joinedTo = m.end + suffix[0].length;
    out.push({ ...m, end: joinedTo, text: text.slice(m.start, joinedTo) });
  }
  return out;
}

/** A hyphenated word and its parts: "Vell-Ruiz" → ["vell", "ruiz"]. */
const HYPHENATED = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+$/u;

/**
 * Without the "persons" that join names or peoples with a hyphen: "the Vell-Ruiz debate",
 * "the Varnholt-Saar ticket" (each part the surname of another person the article names in
 * full), "the Franco-German plan" (a people's adjective last). A double-barrelled surname
 * ("Ana Okafor-Lindqvist", then "Okafor-Lindqvist") has parts that are no one else's surname.
 * (A map of its own, not `articleMentions`' surname map: that one splits hyphens, so a pair
 * would be a full name holding its own parts, and is built after the pairs are gone.)
 */
function withoutNamePairs(mentions: readonly Mention[]): Mention[] {
  const surnames = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== "person" || !m.text.includes(" ")) continue;
    const surname = m.text.slice(m.text.lastIndexOf(" ") + 1).toLowerCase();
    (surnames.get(surname) ?? surnames.set(surname, new Set()).get(surname)!).add(nameKey(m.text));
  }
  const pairs = (name: string): boolean => {
    // (the surname of a person named in full: "Ana Smith-Jones", then "Smith-Jones")
    if (!HYPHENATED.test(name) || surnames.has(name.toLowerCase())) return false;
    const parts = name.toLowerCase().split("-");
    if (isDemonym(parts[parts.length - 1]!)) return true;
    const people = new Set<string>();
    for (const part of parts) {
      const holders = surnames.get(part);
      if (!holders) return false;
      for (const h of holders) people.add(h);
    }
    return people.size >= parts.length;
  };
  return mentions.filter((m) => m.type !== "person" || !pairs(m.text));
}

/**
 * The entity mentions of one article: mention detection on its clean text, each person's title
 * kept, and a surname alone linked to the full name it stands for in the same article
 * ("Castellane" → "Miriam Castellane") when exactly one full name ends with it.
 */
export function articleMentions(article: AttributedArticle): EntityMention[] {
  const text = article.clean;
  // On the segment stage's tokens and sentences: paragraph by paragraph, so a name never runs over
  // a paragraph break, but with one memory for the whole article, so a cue in one paragraph types
  // the name in all of them.
  const raw = mentionsOnSpine(text, article);
  // people who wrote or photographed the article are its authors, not actors in its story
  const lines = new Lines(text);
  const actors = raw.filter(
    (m) => m.type !== "person" || !isCredited(article, m.start, m.text, lines),
  );
  const read = withoutNamePairs(withGenerationSuffix(text, readPeople(text, actors)));
  // surname key → full name keys; a surname may have several words ("Okafor Lindqvist" of
  // "Adaeze Okafor Lindqvist"), so every ending of a full name counts
  const fullNames = new Map<string, Set<string>>();
  for (const m of read) {
    if (m.type !== "person") continue;
    const full = nameKey(m.text);
    // (the surname of "Tomas Vell Jr." is "Vell")
    const words = full.replace(GENERATION_SUFFIX, "").split(" ");
    for (let k = 1; k < words.length; k++) {
      const surname = words.slice(k).join(" ");
      (fullNames.get(surname) ?? fullNames.set(surname, new Set()).get(surname)!).add(full);
    }
  }
  const departments = lowercaseDepartments(text);
  const named = read.map((m) => {
    const key = nameKey(m.text);
    const full = m.type === "person" ? fullNames.get(key) : undefined;
    let type = m.type;
    // (a title is read for people, and for a name after "of": "Secretary of State Tomas Vell")
    const before =
      type === "person" || /\bof\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))
        ? titleBefore(text, m.start)
        : null;
    let title = type === "person" ? before : null;
    let start = m.start;
    // "Secretary of State Tomas Vell": a title ending in "of" takes the name's first word, and
    // what follows is a person when it opens with a given name.
    if (before && /\bof$/.test(before) && m.text.includes(" ")) {
      const first = m.text.slice(0, m.text.indexOf(" "));
      const rest = m.text.slice(first.length + 1);
      if (type === "person" || GIVEN_NAMES.has(rest.split(" ")[0]!.toLowerCase())) {
        type = "person";
        title = `${before} ${first}`;
        start = m.start + first.length + 1;
      }
    }
    // "spokesman for Ana Ruiz", "a lawyer for the Vell family": a title that ends in a
    // preposition or article is someone else's, held for the one named after it
    if (title && /\b(?:of|for|on|the|to|at|with)$/i.test(title)) title = null;
    const name = text.slice(start, m.end);
    return {
      start,
      end: m.end,
      text: name,
      type,
      key: full && full.size === 1 ? [...full][0]! : nameKey(name),
      title,
      evidence: m.evidence ?? "firm",
    };
  });
  if (departments.length === 0) return named;
  return [...named, ...departments].sort((a, b) => a.start - b.start);
}
