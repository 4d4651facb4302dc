import type { EntityMention } from "../../model/entity.js";
import type { Range } from "../../model/span.js";
import type { RawFigure } from "./02-amounts.js";
import { FUNCTION_WORDS, REPORTING_WORDS } from "../../lang/en/function-words.js";
import { matchEnd, searchFrom } from "../../util/match-at.js";

/**
 * What a figure measures, read from its sentence: the noun phrase after it ("$65.9 billion in
 * military assistance" → "military assistance"; "about 1,200 people were evacuated from their
 * homes" → "people were evacuated from their homes"), or for money with nothing after it the
 * clause before it ("its overall military support … stands at 48.3 billion euros"); the nearest
 * name before it in the sentence (whose figure it is); and the content words near it, which the
 * story stage compares to find figures about the same thing.
 */

/** "What it measures" is cut to this many words: enough for a noun phrase and its complement. */
const ABOUT_MAX_WORDS = 8;
/** Words either side of a figure whose stems describe it for matching across articles. */
const CONTEXT_WORDS = 8;
/**
 * How far from a figure its words are read: far more than the eight or so words either side that
 * describe it, and a bound on the cost of each figure in a sentence of thousands (a list of
 * figures with no full stop). Only a clause longer than this reads differently.
 */
const LOOK_CHARS = 2048;
/** The first window read before a figure for its context, doubled until it holds enough words. */
const FIRST_REACH = 256;
/** Stems are word prefixes of this length: "evacuated"/"evacuation" → "evacu", cheap and good enough for matching. */
const STEM_LENGTH = 5;

const CLAUSE_END =
  /[,;:.!?()"“”]|\s(?:and|but|which|who|while|whereas|because|although|according|said|says|since)\s/i;
const REPORTING = /\b(?:says|said|say|estimates|estimated)\s+(?:that\s+)?/i;
const LEADING_LINK = /^(?:worth of|worth|in|of|for|on)\s+/i;
/** Words a phrase does not end on and a figure's context does not count: function and reporting words, hedges. */
const SKIPPED: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...REPORTING_WORDS,
  ..."since may might must less least around roughly nearly almost people".split(" "),
]);

/** A word; global, read only through `searchFrom`, so no walk over a text moves another's place. */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

function words(text: string, max: number): string {
  const out: string[] = [];
  for (
    let m = searchFrom(WORD, text, 0);
    m && out.length < max;
    m = searchFrom(WORD, text, matchEnd(m))
  )
    out.push(m[0]);
  // A cut phrase ends on a content word: "at the scene at the" → "at the scene".
  while (out.length > 1 && SKIPPED.has(out[out.length - 1]!.toLowerCase())) out.pop();
  return out.join(" ");
}

/** The phrase a figure measures; see the module comment. */
export function aboutOf(text: string, fig: RawFigure, sentence: Range): string {
  const rest =
    sentence.end <= fig.end + LOOK_CHARS
      ? text.slice(fig.end, sentence.end)
      : wordsUpTo(text, fig.end, fig.end + LOOK_CHARS);
  const cut = CLAUSE_END.exec(rest);
  let after = (cut ? rest.slice(0, cut.index) : rest).trim();
  if (fig.kind === "count" || fig.kind === "measure") {
    return words(`${fig.unit} ${after}`, ABOUT_MAX_WORDS);
  }
  after = after.replace(LEADING_LINK, "");
  if (after) return words(after, ABOUT_MAX_WORDS);
  // Nothing after it: the clause before ("the EU's military support stands at …").
  const before = text.slice(wordStartFrom(text, sentence.start, fig.start - LOOK_CHARS), fig.start);
  const clauseStart = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf(":"),
  );
  // What follows a reporting verb is the reported clause: "The bloc says its support stands at".
  const clause = before
    .slice(clauseStart + 1)
    .split(REPORTING)
    .pop()!
    .replace(
      /\s+(?:stands|stood|is|was|are|were|reached|totalled|totaled|amounts|amounted|came|comes)(?:\s+(?:at|to))?\s*$/i,
      "",
    )
    .replace(/\s+(?:at|to|of|by|with)\s*$/i, "");
  return words(clause, ABOUT_MAX_WORDS);
}

/** The nearest name ending before the figure in its sentence, if any. */
export function subjectOf(
  mentions: readonly EntityMention[],
  fig: RawFigure,
  sentence: Range,
): string | null {
  let best: EntityMention | null = null;
  // Mentions are in text order: start at the sentence's first, not the article's.
  for (let i = firstAtOrAfter(mentions, sentence.start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.end > fig.start) break;
    best = m;
  }
  return best ? best.text : null;
}

function stems(text: string, skip: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (let m = searchFrom(WORD, text, 0); m; m = searchFrom(WORD, text, matchEnd(m))) {
    const w = m[0].toLowerCase();
    if (SKIPPED.has(w) || w.length < 3 || skip.has(w)) continue;
    out.add(w.slice(0, STEM_LENGTH));
  }
  return [...out];
}

/** Stems of what a figure is about, without its unit's words ("people were evacuated" → evacu). */
export function aboutStems(about: string, unit: string): string[] {
  return stems(about, new Set(unit.toLowerCase().split(" ")));
}

/**
 * Stems of the content words within CONTEXT_WORDS words of the figure in its sentence. The words
 * are read in a window around the figure, widened until it holds CONTEXT_WORDS content words
 * before it, so a sentence of thousands of figures is not read once per figure.
 */
export function contextOf(text: string, fig: RawFigure, sentence: Range): string[] {
  for (let reach = FIRST_REACH; ; reach *= 2) {
    const from = wordStartFrom(text, sentence.start, fig.start - reach);
    const whole = from === sentence.start || reach >= LOOK_CHARS;
    const stems = contextIn(text, from, fig, Math.min(sentence.end, fig.end + LOOK_CHARS));
    if (whole || stems.before.length >= CONTEXT_WORDS)
      return [...new Set([...stems.before.slice(-CONTEXT_WORDS), ...stems.after])];
  }
}

/** The content stems before the figure from `from`, and the first CONTEXT_WORDS after it. */
function contextIn(
  text: string,
  from: number,
  fig: RawFigure,
  to: number,
): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  const slice = text.slice(from, to);
  const figStart = fig.start - from;
  const figEnd = fig.end - from;
  for (let m = searchFrom(WORD, slice, 0); m; m = searchFrom(WORD, slice, matchEnd(m))) {
    const at = m.index;
    if (at >= figStart && at < figEnd) continue;
    const w = m[0].toLowerCase();
    if (SKIPPED.has(w) || w.length < 3) continue;
    const stem = w.slice(0, STEM_LENGTH);
    if (at < figStart) before.push(stem);
    else if (after.length < CONTEXT_WORDS) after.push(stem);
    else break;
  }
  return { before, after };
}

/**
 * Where a read that should have started at `start` may start at `at` or later with the same
 * words: just after the first white space at or after `at` (no word spans white space), or
 * `start` itself when `at` is before it.
 */
function wordStartFrom(text: string, start: number, at: number): number {
  if (at <= start) return start;
  const space = text.slice(at, at + LOOK_CHARS).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

/** The text from `start` to `end`, cut back to its last white space when `end` is inside a word. */
function wordsUpTo(text: string, start: number, end: number): string {
  const rest = text.slice(start, end);
  if (/\s/.test(text[end] ?? " ")) return rest;
  const space = rest.search(/\s\S*$/);
  return space < 0 ? rest : rest.slice(0, space);
}

/** The index of the first mention starting at or after `at` (binary search). */
function firstAtOrAfter(mentions: readonly EntityMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
