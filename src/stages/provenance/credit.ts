import type { Article } from "../../model/index.js";
import { knownWire, WIRE_NAMES } from "./wires.js";

/**
 * A dateline credit opens the story, after at most a headline, a section label and a standfirst;
 * further down, "(Reuters)" is a citation, not a credit.
 */
const DATELINE_PARAGRAPHS = 5;

// "KYIV, Feb 11 (Reuters) –", "(AP) —", "HARBOURTON, March 17 (Northwire) -": a place and
// date, optional, then a capitalised name in brackets and a dash.
const DATELINE =
  /^(?:[\p{Lu}][\p{L}.' -]{1,40}(?:,\s*[\p{L}.' ]{1,30})?,?\s*(?:\p{L}{3,9}\.?\s*\d{1,2}(?:,\s*\d{4})?\s*)?)?\((\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\)\s*[-–—]/u;
// "Associated Press writer Aamer Madhani in Paris contributed.", "Reuters staff reported".
const STAFF_LINE = new RegExp(
  `^(?:[\\p{L}.,' -]+ )?(?:of )?(${WIRE_NAMES}) (?:writers?|reporters?|correspondents?|staff|journalists?)\\b.{0,200}\\b(?:contributed|reported|wrote)`,
  "u",
);
// "© The Associated Press", "Copyright 2025 Reuters": a wire's copyright on the text.
const WIRE_COPYRIGHT = new RegExp(
  `(?:©|\\bCopyright\\b)\\s*(?:\\d{4}\\s*)?(${WIRE_NAMES})\\b`,
  "i",
);
// A closing credit line or tail: "— AFP", "(Reuters)", "Source: AP", "With AFP", "Reporting by Reuters".
const TAIL = new RegExp(
  `(?:^|[-–—]\\s*|^(?:Source|Via|With|Reporting by|Additional reporting by)\\s*:?\\s*)\\(?(${WIRE_NAMES})\\)?\\.?$`,
  "i",
);

/**
 * The wire the article credits as the source of its text: a dateline credit ("(Reuters) –"),
 * a wire staff line ("Associated Press writer … contributed"), a wire's copyright, or a closing
 * credit ("— AFP"). Mentions of a wire in the story ("told Reuters", "a Monday interview with
 * Reuters") are not credits.
 */
export function findCredit(article: Article): string | null {
  const paras = article.paragraphs.map((p) => article.clean.slice(p.start, p.end));
  for (const p of paras.slice(0, DATELINE_PARAGRAPHS)) {
    const m = DATELINE.exec(p);
    // An unknown bracketed name in a dateline is still a credit: agencies we do not list exist.
    if (m) return knownWire(m[1]!) ?? m[1]!;
  }
  const lines = [...paras, ...article.removed.map((r) => r.text)];
  for (const line of lines) {
    const staff = STAFF_LINE.exec(line);
    if (staff) return knownWire(staff[1]!);
    const copy = WIRE_COPYRIGHT.exec(line);
    if (copy) return knownWire(copy[1]!);
  }
  for (const line of [...paras.slice(-2), ...article.removed.map((r) => r.text)]) {
    const tail = TAIL.exec(line.trim());
    if (tail) return knownWire(tail[1]!);
  }
  return null;
}
