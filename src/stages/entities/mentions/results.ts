/**
 * Sports and results pages: results lines and league tables, scorelines, scorers, cricket
 * dismissals and bowling figures, clubs with their country, ties won on aggregate, scorers' clubs.
 */
import { COUNTRIES, PLACES } from "../00-gazetteers.js";
import { isCommonWord } from "./lexicon.js";
import type { Run } from "./runs.js";
import { HAS_LOWER, HAS_LOWER_START, NUMBER, type Token, UPPER_START } from "./tokens.js";
import { isCountyName } from "./word-checks.js";

/** How many tokens after a name are looked at to tell a results line. */
const TABLE_ROW_WINDOW = 8;
/** A results line has at least this many numbers near the name ("Ayr 3 1 2 0 8 2 5"). */
const MIN_TABLE_ROW_NUMBERS = 2;

/**
 * A page of sports or market results: more numbers than lowercase words, and enough of them
 * that the count means something.
 */
export function isResultsPage(tokens: Token[]): boolean {
  let numbers = 0;
  let lowercase = 0;
  for (const t of tokens) {
    if (NUMBER.test(t.text)) numbers += 1;
    else if (HAS_LOWER_START.test(t.text)) lowercase += 1;
  }
  return numbers >= MIN_RESULTS_NUMBERS && numbers > lowercase * RESULTS_PAGE_RATIO;
}
const MIN_RESULTS_NUMBERS = 20;
const RESULTS_PAGE_RATIO = 2;

/**
 * A sports results line names teams: "Grimsby 0 Portsmouth 1", "Hajduk 4 2 0 2 5 3 6". The name is
 * followed by a number in a line with more numbers than lowercase words.
 */
export function isTableRowName(run: Run, tokens: Token[]): boolean {
  const after = tokens[run.to];
  if (!after || !NUMBER.test(after.text)) return false;
  let numbers = 0;
  let lowercase = 0;
  for (let i = run.from; i < tokens.length && i < run.from + TABLE_ROW_WINDOW; i++) {
    const t = tokens[i]!;
    if (NUMBER.test(t.text)) numbers += 1;
    else if (HAS_LOWER_START.test(t.text)) lowercase += 1;
  }
  return numbers >= MIN_TABLE_ROW_NUMBERS && numbers > lowercase;
}

/**
 * Only teams stand in a scoreline or a league table, even when their names open with a given
 * name: a small whole number after the name, and another name (or a scorer in brackets) after it
 * or a name and a small number before it, all on one line ("Kestrel Rovers 2 Tomas Vell
 * Athletic 1"); or a table row whose first number, the games played, is the sum of the next
 * three, won, drawn and lost ("Maria Kestrova 24 4 6 14 15 37"), which a golfer's rounds or a
 * cricketer's averages are not. CoNLL train PER F1 0.8748 to 0.8759, dev 0.8975 to 0.8977
 * (overall train 0.8137 to 0.8145, dev 0.8429 to 0.8434); the name and number before it, later,
 * train PER 0.8848 to 0.8854 (dev unchanged, dev ORG 0.7234 to 0.7239).
 */
export function isTeamInResults(run: Run, tokens: Token[]): boolean {
  const after = tokens[run.to];
  const next = tokens[run.to + 1];
  const before = tokens[run.from - 1];
  const other = tokens[run.from - 2];
  const onLine = (t: Token | undefined): t is Token => t !== undefined && !t.sentenceInitial;
  if (!onLine(after) || !GOALS.test(after.text)) return false;
  if (onLine(next) && (UPPER_START.test(next.text) || next.text === "(")) return true;
  if (
    !run.tokens[0]!.sentenceInitial &&
    onLine(before) &&
    GOALS.test(before.text) &&
    other !== undefined &&
    UPPER_START.test(other.text)
  )
    return true;
  const row = tokens.slice(run.to, run.to + TABLE_ROW_COUNTS);
  if (row.length < TABLE_ROW_COUNTS || !row.every((t) => onLine(t) && WHOLE_NUMBER.test(t.text)))
    return false;
  const [played, won, drawn, lost] = row.map((t) => Number(t.text));
  return played === won! + drawn! + lost!;
}
/** Played, won, drawn, lost. */
const TABLE_ROW_COUNTS = 4;
const GOALS = /^\d{1,2}$/;
const WHOLE_NUMBER = /^\d+$/;

/**
 * "Kestrel 1 ( Tamberlo 52nd , Vell 79th pen )": a name before the minute of a goal is the scorer,
 * even on a page of results where lone names are teams. CoNLL train PER F1 0.8795 to 0.8848,
 * dev 0.9017 to 0.9020 (overall train 0.8170 to 0.8198).
 */
export function isScorer(run: Run, tokens: Token[]): boolean {
  const after = tokens[run.to];
  return after !== undefined && !after.sentenceInitial && MINUTE.test(after.text);
}
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * "Nick Vellstad", "Mark Tamberlo": a given name that is also an English word is still a given
 * name when the one word after it is no English word and no place ("Harbour Vale" is not a player).
 * CoNLL train PER F1 0.8854 to 0.8863, dev unchanged at 0.9020 (overall dev 0.8461 to 0.8462).
 */
export function looksLikeSurname(words: Token[]): boolean {
  const last = words[words.length - 1]!.lower;
  return words.length === 2 && !isCommonWord(last) && !PLACES.has(last);
}

/** "P. Simmons", "J. Ratcliffe": an initial before a surname. */
export function looksLikeInitialledName(words: Token[]): boolean {
  return (
    words.length >= 2 &&
    INITIAL.test(words[0]!.text) &&
    words.slice(1).every((w) => HAS_LOWER.test(w.text) || w.text === "-")
  );
}

/**
 * A batsman's line of a cricket scorecard: "c Varnholt b Ostrander 31", "Ostrander lbw b Kell 4",
 * "Kell not out 12": the marks of how a batsman was out stand around players' names only.
 */
export function isDismissal(run: Run, tokens: Token[]): boolean {
  const before = tokens[run.from - 1]?.text;
  const after = tokens[run.to]?.text;
  const afterNext = tokens[run.to + 1]?.text;
  return (
    (before !== undefined && DISMISSAL_MARKS.has(before)) ||
    (after !== undefined && DISMISSAL_MARKS.has(after)) ||
    (after === "not" && afterNext === "out") ||
    (after === "run" && afterNext === "out")
  );
}
/** Bowled, caught, stumped, leg before wicket: they stand before or after a player's name. */
const DISMISSAL_MARKS = new Set(["b", "c", "st", "lbw"]);

/** Bowling figures after a name: overs-maidens-runs-wickets ("8-0-39-3"). */
export function isBowlingFigures(text: string): boolean {
  return BOWLING_FIGURES.test(text);
}
const INITIAL = /^\p{Lu}\.$/u;
const BOWLING_FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+$/;

/** "Jan Kroslak ( Slovakia )": a country in brackets right after a name. */
export function nationInBrackets(run: Run, tokens: Token[]): boolean {
  const open = tokens[run.to];
  const country = tokens[run.to + 1];
  return (
    open?.text === "(" &&
    country !== undefined &&
    PLACES.has(country.lower) &&
    tokens[run.to + 2]?.text === ")"
  );
}

/**
 * "Kestrel Rovers ( Norway ) 2 Harbour United ( Wales ) 1": a name with its country in brackets
 * and a goal count after it is a club. A player's line gives set scores ("6-3"), times or a
 * golfer's two-digit rounds instead, so a single digit it must be, with the other club or the
 * line's end after it. CoNLL train PER F1 0.8881 to 0.8889, dev unchanged (0.9057).
 */
export function isTeamWithNation(run: Run, tokens: Token[]): boolean {
  if (!nationInBrackets(run, tokens)) return false;
  const goals = tokens[run.to + 3];
  const next = tokens[run.to + 4];
  if (goals === undefined || goals.sentenceInitial || !ONE_DIGIT.test(goals.text)) return false;
  return (
    next === undefined || next.sentenceInitial || UPPER_START.test(next.text) || next.text === "("
  );
}
const ONE_DIGIT = /^\d$/;

/**
 * "Kestrel Rovers won 4-2 on aggregate", "Harbour United qualified on away goals": a tie decided
 * over two legs or by penalties is won by a club. CoNLL train PER F1 0.8889 to 0.8894, dev
 * unchanged.
 */
export function wonTie(run: Run, tokens: Token[]): boolean {
  const verb = tokens[run.to];
  if (verb === undefined || !TIE_VERBS.has(verb.lower)) return false;
  for (let i = run.to + 1; i < run.to + 6 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentenceInitial) return false;
    if (TIE_ENDS.has(t.lower)) return true;
  }
  return false;
}
const TIE_VERBS = new Set(["win", "wins", "won", "qualified", "qualify", "advance", "advanced"]);
const TIE_ENDS = new Set(["aggregate", "penalties", "away"]);

/**
 * "Harbour United - Tomas Vell ( 32nd )": at the start of a line, a name before a dash and a
 * scorer with the minute of his goal is the club he scored for. CoNLL train PER F1 0.8894 to
 * 0.8897, dev unchanged.
 */
export function scorersClub(run: Run, tokens: Token[]): boolean {
  if (!run.tokens[0]!.sentenceInitial || tokens[run.to]?.text !== "-") return false;
  for (let i = run.to + 1; i < run.to + 6 && i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.sentenceInitial || !(UPPER_START.test(t.text) || t.text === "(")) return false;
    if (t.text === "(") return MINUTE.test(tokens[i + 1]!.text);
  }
  return false;
}

/**
 * "Tarnby striker Tomas Vell", "Merrowshire fast bowler Anu Saar": a town or county before a
 * player's position is his club. Countries keep their names as places, as national sides are
 * named. CoNLL train ORG F1 0.7354 to 0.7364, dev 0.7350 to 0.7364 (overall train 0.8261 to
 * 0.8265, dev 0.8493 to 0.8498); PER unchanged.
 */
export function isClubOfPlayer(run: Run, tokens: Token[], name: string): boolean {
  if (!(PLACES.has(name) || isCountyName(name)) || COUNTRIES.has(name)) return false;
  let after = tokens[run.to];
  if (after !== undefined && POSITION_MODIFIERS.has(after.lower)) after = tokens[run.to + 1];
  return after !== undefined && PLAYING_POSITIONS.has(after.lower);
}
/** Positions in a side, in football, cricket, baseball and rugby. */
const PLAYING_POSITIONS = new Set([
  "striker",
  "defender",
  "midfielder",
  "goalkeeper",
  "keeper",
  "winger",
  "forward",
  "playmaker",
  "fullback",
  "full-back",
  "bowler",
  "batsman",
  "all-rounder",
  "opener",
  "wicketkeeper",
  "spinner",
  "pitcher",
  "catcher",
  "outfielder",
  "infielder",
  "shortstop",
  "quarterback",
  "flanker",
  "prop",
  "hooker",
  "lock",
]);
/** Words between a club and a position: "fast bowler", "left-arm spinner". */
const POSITION_MODIFIERS = new Set(["fast", "medium", "leg", "off", "left", "right", "central"]);
