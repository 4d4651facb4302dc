/**
 * Page chrome written as lines of text, told from the article by the shape of each line and the
 * class of its neighbours, as jusText and boilerpipe tell them on HTML (but without markup, so
 * with the text's own evidence: punctuation, case, function words, length, position).
 *
 * A line of the article ends as a sentence does, or runs on long and in lower case like one cut
 * off; nothing here ever drops such a line. What goes:
 * - lines with no word at all: "-", "|", "[", "…" left by lists and widgets;
 * - navigation: a line of short items between separators ("World | Business | Sport"), or a run of
 *   three or more short lines of everyday words without a stop ("Home", "News", "Newsletters");
 * - subheads: a short line that does not end as a sentence, set between two lines of the article
 *   ("Rescue efforts continue"), after the opening lines where the headline stands;
 * - trailing chrome: short lines in capitals after the article's last line ("Continue Reading",
 *   "Comments"), which the page prints below its text.
 * Lines kept for other stages: the opening lines (the headline, a section label, a lone credit),
 * lists of names or figures (a run of short lines is a list, not a subhead).
 */
import { isCommonWord } from "../entities/mentions/lexicon.js";
import { FUNCTION_WORDS } from "../entities/mentions/not-names.js";
import { SITE_TEMPLATE } from "./00-site-lines.js";

/** Reasons given in `removed`. */
export const DEBRIS = "markup debris";
export const NAVIGATION = "navigation";
export const SUBHEAD = "subhead";
export const TRAILING = "trailing chrome";

/**
 * The headline reader (provenance/title.ts) looks at the first three paragraphs: a heading there
 * may be the headline, so it stays.
 */
const OPENING_PARAGRAPHS = 3;
/** A subhead is short: "Rescue efforts continue into the night as the river rises" has 11 words. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 100;
/**
 * The text's last line, when it does not end as a sentence but has this many words, mostly in
 * lower case, is a sentence cut off by the excerpt ("Ruiz expects harbour f"), not chrome.
 */
const CUT_MIN_WORDS = 3;
const CUT_LOWER_SHARE = 0.5;
/** Items of a navigation line or a menu run are this short. */
const MENU_ITEM_WORDS = 4;
/** A menu written a line an item has at least this many lines. */
const MENU_RUN = 3;
/**
 * Most of a menu's words are everyday words ("News", "Sport", "Shop"), few of a list of players'
 * or places' names.
 */
const MENU_COMMON_SHARE = 0.6;
/** Separators between navigation items. */
const NAV_SEPARATORS = /\s[|•·»›>]\s|\s\/\s/g;
/** Reasons of lines that stand in menus: buttons, separators, other menu lines. */
const MENU_REASONS: ReadonlySet<string> = new Set([
  "interface text",
  NAVIGATION,
  DEBRIS,
  SITE_TEMPLATE,
]);
/** Chrome below the text is written in capitals: every word that is no function word. */
const TRAILING_CAPS_SHARE = 1;

/** Ends as a sentence: a stop, a question or exclamation mark, or a colon, then closing marks. */
const SENTENCE_END = /[.!?…:;]["'”’)\]»]*$/;
/** Opens as no heading does: lower case, a quotation mark, a bracket, a list mark. */
const NOT_A_HEADING_START = /^[\p{Ll}"'“‘([«•*–—-]/u;
/** A speaker's or an answer's label: "A: Tomas Vell", "Q: Favourite book". */
const LABEL = /^\p{L}{1,2}\s*:/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

type Line = {
  readonly text: string;
  /** Its first words, up to one more than a heading has (see `firstWords`). */
  readonly words: readonly string[];
  /**
   * Ends like a sentence, or runs on longer than a heading, or is the text's last line cut off
   * in the middle of a sentence.
   */
  readonly prose: boolean;
  /** Short, not a sentence, opens and closes as a heading does. */
  readonly heading: boolean;
};

const LOWER_START = /^\p{Ll}/u;

/**
 * A line's words, up to one more than a heading has: past that the line is prose, and no rule
 * reads the words of a prose line (only whether it has more than a menu item's or a heading's).
 * Reading no further saves splitting every paragraph of the body into words.
 */
function firstWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(WORD)) {
    words.push(m[0]);
    if (words.length > HEADING_MAX_WORDS) break;
  }
  return words;
}

function readLine(text: string, lastLine: boolean): Line {
  const line = text.replace(/\u00a0/g, " ").trim();
  const words = firstWords(line);
  const ends = SENTENCE_END.test(line);
  // (the share of lower-case words is counted only where it decides: a short last line)
  const prose =
    ends ||
    words.length > HEADING_MAX_WORDS ||
    (lastLine &&
      words.length >= CUT_MIN_WORDS &&
      words.filter((w) => LOWER_START.test(w)).length / words.length >= CUT_LOWER_SHARE);
  const last = words[words.length - 1]?.toLowerCase() ?? "";
  const heading =
    !ends &&
    words.length > 0 &&
    words.length <= HEADING_MAX_WORDS &&
    line.length <= HEADING_MAX_CHARS &&
    !NOT_A_HEADING_START.test(line) &&
    !LABEL.test(line) &&
    // a score ("Harbour d. Tarnby 5-0") is a result, and a name alone ("Ilsa Varnholt") the
    // label of what its speaker says next: lines of the article
    !/\d+-\d+/.test(line) &&
    !isNameAlone(words) &&
    // "… involving a" is a sentence broken across lines, not a heading
    !FUNCTION_WORDS.has(last) &&
    !/[,&+–—-]$/.test(line) &&
    balancedQuotes(line);
  return { text: line, words, prose, heading };
}

/** Two or three capitalised words, none of them an English word: a person's name alone. */
function isNameAlone(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w.toLowerCase()))
  );
}

/** No quotation left open: "“The port is aware of" opens a quote the next line closes. */
function balancedQuotes(line: string): boolean {
  const opens = (line.match(/[“«]/g) ?? []).length;
  const closes = (line.match(/[”»]/g) ?? []).length;
  const straight = (line.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

/** A line of short items between separators: "World | Business | Sport | Culture". */
function isNavigationLine(line: Line): boolean {
  if (line.prose) return false;
  const items = line.text.split(NAV_SEPARATORS).map((s) => s.trim());
  if (items.length < MENU_RUN) return false;
  return items.every((item) => {
    const n = (item.match(WORD) ?? []).length;
    return n >= 1 && n <= MENU_ITEM_WORDS;
  });
}

/** A short line that is no sentence, as menus print their items a line each. */
function isShortItem(line: Line): boolean {
  return !line.prose && line.words.length > 0 && line.words.length <= MENU_ITEM_WORDS;
}

/** Are all words that are no function words capitalised ("Continue Reading", "Comments")? */
function inCapitals(line: Line): boolean {
  const content = line.words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return false;
  const capitals = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitals / content.length >= TRAILING_CAPS_SHARE;
}

/**
 * The chrome reason of each paragraph, or null for a line of the article. `ruled` holds what the
 * rules of 02-boilerplate-rules.ts already said of each (those count as chrome for their
 * neighbours and keep their reason).
 */
export function chromeReasons(
  paragraphs: readonly string[],
  ruled: readonly (string | null)[],
): (string | null)[] {
  const lines = paragraphs.map((p, i) => readLine(p, i === paragraphs.length - 1));
  const reasons: (string | null)[] = ruled.map((r) => r);
  // lines with no word, and navigation lines
  lines.forEach((line, i) => {
    if (reasons[i] !== null) return;
    if (line.words.length === 0) reasons[i] = DEBRIS;
    else if (isNavigationLine(line)) reasons[i] = NAVIGATION;
  });
  // menus written a line an item: runs of short lines of everyday words (with the buttons and
  // marks among them: "Home", "News", "Sport", "Sign in")
  const inMenu = (k: number): boolean =>
    reasons[k] === null ? isShortItem(lines[k]!) : MENU_REASONS.has(reasons[k]!);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && inMenu(j)) j++;
    // (a headline of a few words may close the menu, right above the story's first line)
    const end =
      j > i && j < lines.length && lines[j]!.prose && lines[j - 1]!.words.length >= 3 ? j - 1 : j;
    if (end - i >= MENU_RUN) {
      const words = lines.slice(i, end).flatMap((l, k) => (reasons[i + k] === null ? l.words : []));
      const common = words.filter((w) => isCommonWord(w.toLowerCase())).length;
      if (common >= MENU_COMMON_SHARE * words.length)
        for (let k = i; k < end; k++) if (reasons[k] === null) reasons[k] = NAVIGATION;
    }
    i = Math.max(j, i + 1);
  }
  const kept = (i: number): boolean => reasons[i] === null;
  const firstProse = lines.findIndex((l, i) => kept(i) && l.prose);
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kept(i) && lines[i]!.prose) {
      lastProse = i;
      break;
    }
  }
  if (firstProse < 0) return reasons;
  // the article's kept lines next to each line, skipping chrome, found in two linear passes
  const previous: number[] = [];
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    previous.push(seen);
    if (kept(i)) seen = i;
  }
  const next: number[] = new Array<number>(lines.length).fill(-1);
  seen = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = seen;
    if (kept(i)) seen = i;
  }
  const proseAt = (i: number): boolean => i >= 0 && lines[i]!.prose;
  lines.forEach((line, i) => {
    if (!kept(i) || line.prose || i <= firstProse) return;
    if (i > lastProse) {
      // below the article's last line: short lines in capitals are the page's
      if (line.words.length <= MENU_ITEM_WORDS && inCapitals(line)) reasons[i] = TRAILING;
      return;
    }
    if (i < OPENING_PARAGRAPHS) return;
    // a heading between two lines of the article; one before a line that goes on in lower case
    // is that line's start ("… the plan to\nrebuild the bridge")
    const after = next[i]!;
    if (
      line.heading &&
      proseAt(previous[i]!) &&
      // (after a question, a short line is its answer)
      !/\?["'”’)]*$/.test(lines[previous[i]!]!.text) &&
      proseAt(after) &&
      !/^\p{Ll}/u.test(lines[after]!.text)
    )
      reasons[i] = SUBHEAD;
  });
  return reasons;
}
