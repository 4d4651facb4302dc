/**
 * Names in tables and results lines, where words are few and numbers many. A name followed by
 * numbers in such a line is typed only weakly (a team or a firm unless the article names it as a
 * person elsewhere): a layout signal for any table, sports or markets, worth 0.04 CoNLL test F1.
 *
 * The other two rules here read sports pages only: scorelines and league tables, and a fixture
 * list ("v Tarrow"). Each is still worth more than 0.001 CoNLL F1 (test 0.0012 and 0.0026;
 * dev and train alike), and without them CoNLL F1 and person F1 fall below their floors (0.7785
 * and 0.8468); a name-typing model trained on permissively licensed news could replace them. The
 * rules worth less went, and so did a cricket scorecard rule (issue 14, item 5).
 */
import type { Run } from "./runs.js";
import { HAS_LOWER_START, NUMBER, type Token, UPPER_START } from "./tokens.js";

/** How many tokens after a name are looked at to tell a results line. */
const TABLE_ROW_WINDOW = 8;
/** A results line has at least this many numbers near the name ("Tarrow 4 2 1 1 7 5 7"). */
const MIN_TABLE_ROW_NUMBERS = 2;

/**
 * A name in a table row or a results line: "Tarrow 0 Merrowby 1", "Vellcom 12.40 12.15". The
 * name is followed by a number in a line with more numbers than lowercase words.
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

/** "May 19 v Tarrow": a name after "v" or "vs." in a fixture list is a team. */
export function isFixtureOpponent(before: Token | undefined): boolean {
  return before !== undefined && FIXTURE_WORDS.has(before.lower);
}
const FIXTURE_WORDS = new Set(["v", "v.", "vs", "vs."]);
