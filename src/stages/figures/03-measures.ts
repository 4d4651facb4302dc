/**
 * What follows a number: a unit of measure ("300 tonnes", "one-kilometre radius", "24 hours")
 * or the noun it counts ("50 partner nations", "1,500 people", "18 fire engines").
 */
import { matchAt, matchEnd } from "../../util/match-at.js";
import { RELATIVE_DAY_WORDS } from "../../lang/en/calendar.js";
import { FUNCTION_WORDS, REPORTING_WORDS } from "../../lang/en/function-words.js";

/** Units of measure as written → the unit reported (plural and spelling variants folded). */
const MEASURES: ReadonlyMap<string, string> = new Map([
  ["km", "km"],
  ["kilometre", "km"],
  ["kilometres", "km"],
  ["kilometer", "km"],
  ["kilometers", "km"],
  ["square kilometres", "km²"],
  ["square kilometers", "km²"],
  ["sq km", "km²"],
  ["km2", "km²"],
  ["mile", "miles"],
  ["miles", "miles"],
  ["square miles", "sq miles"],
  ["metre", "m"],
  ["metres", "m"],
  ["meter", "m"],
  ["meters", "m"],
  ["m", "m"],
  ["cm", "cm"],
  ["centimetres", "cm"],
  ["feet", "feet"],
  ["foot", "feet"],
  ["ft", "feet"],
  ["tonne", "tonnes"],
  ["tonnes", "tonnes"],
  ["ton", "tonnes"],
  ["tons", "tonnes"],
  ["kg", "kg"],
  ["kilogram", "kg"],
  ["kilograms", "kg"],
  ["kilogrammes", "kg"],
  ["litre", "litres"],
  ["litres", "litres"],
  ["liter", "litres"],
  ["liters", "litres"],
  ["gallons", "gallons"],
  ["barrels", "barrels"],
  ["hectares", "hectares"],
  ["hectare", "hectares"],
  ["acres", "acres"],
  ["acre", "acres"],
  ["mph", "mph"],
  ["km/h", "km/h"],
  ["degrees", "degrees"],
  ["second", "seconds"],
  ["seconds", "seconds"],
  ["minute", "minutes"],
  ["minutes", "minutes"],
  ["hour", "hours"],
  ["hours", "hours"],
  ["day", "days"],
  ["days", "days"],
  ["week", "weeks"],
  ["weeks", "weeks"],
  ["month", "months"],
  ["months", "months"],
  ["year", "years"],
  ["years", "years"],
  ["decade", "decades"],
  ["decades", "decades"],
  ["mw", "MW"],
  ["megawatts", "MW"],
  ["gw", "GW"],
  ["gigawatts", "GW"],
]);
/** A unit after a space or a hyphen ("300 tonnes", "three-year", "one-kilometre"); two-word units first. */
const MEASURE_AFTER =
  /[ -]((?:square|sq) (?:kilometres|kilometers|km|miles)|km\/h|[a-z]+2?)\b|((?:km|kg|cm|m|ft|mph|mw|gw))\b/iy;

/**
 * Words that end a counted noun phrase or show that no noun follows the number: function and
 * reporting words, and the words of counting and of time that follow a number without being
 * what it counts ("12 percent", "five times", "3 million", "two years ago").
 */
const STOP: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...REPORTING_WORDS,
  ...RELATIVE_DAY_WORDS,
  ...(
    "since without whose it's may might shall must less least others every many much several " +
    "percent cent times time later earlier now pm gmt utc last next first second third half " +
    "quarter dozen dozens hundred hundreds thousand thousands million millions billion billions " +
    "o'clock o’clock"
  ).split(" "),
]);
/** A counted noun phrase has at most this many words ("partner nations", "fire engines"); longer runs are clauses. */
const MAX_NOUN_WORDS = 3;
const WORD_AFTER = /[ \u00a0]([a-z][a-z'’-]*)/y;
/** A word ending like this is a verb or an adverb, not a counted noun ("1,500 evacuated", "two suddenly"). */
const VERB_OR_ADVERB = /(?:ed|ly)$/;

const IRREGULAR_PLURALS = new Set(
  "people men women children police staff personnel troops cattle sheep fish aircraft".split(" "),
);
const isPlural = (w: string): boolean =>
  IRREGULAR_PLURALS.has(w) || (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w));

/** Nouns for people in general, counted as "people": "1,200 residents" and "1,200 people" are one count. */
const PEOPLE_NOUNS = new Set(["people", "persons", "residents", "inhabitants", "individuals"]);

export type UnitAt = { readonly unit: string; readonly end: number };

/** A unit of measure right after `at`. */
export function measureUnit(text: string, at: number): UnitAt | null {
  const m = matchAt(MEASURE_AFTER, text, at);
  if (!m) return null;
  const written = (m[1] ?? m[2])!.toLowerCase();
  const unit = MEASURES.get(written);
  if (!unit) return null;
  // "5 m" after a space is too ambiguous (metres? million?): only attached ("300m") counts.
  if (unit === "m" && m[1] !== undefined && written === "m") return null;
  return { unit, end: matchEnd(m) };
}

/** "three of them firefighters": the noun after "of them", when it is a plural. */
const OF_THEM = /[ \u00a0]of (?:them|whom) ([a-z]+)\b/y;

/** The noun a number counts, lower-case words up to a stop word ("50 partner nations, on…"). */
export function countNoun(text: string, at: number): UnitAt | null {
  const ofThem = matchAt(OF_THEM, text, at);
  if (ofThem && isPlural(ofThem[1]!)) return { unit: ofThem[1]!, end: matchEnd(ofThem) };
  let end = at;
  const words: string[] = [];
  for (let m = matchAt(WORD_AFTER, text, at); m; m = matchAt(WORD_AFTER, text, end)) {
    const w = m[1]!.toLowerCase().replace(/[’']s$/, "");
    if (STOP.has(w) || VERB_OR_ADVERB.test(w) || w.endsWith("-")) break;
    words.push(w);
    end = matchEnd(m);
    // The phrase ends at its plural head: "50 partner nations met", "85 people work there".
    if (words.length === MAX_NOUN_WORDS || /[’']s$/.test(m[1]!) || isPlural(w)) break;
  }
  if (words.length === 0) return null;
  const last = words.length - 1;
  words[last] = PEOPLE_NOUNS.has(words[last]!) && words.length === 1 ? "people" : words[last]!;
  // "-ing" words lead clauses ("two being treated"); as the last of several they are nouns ("building").
  if (words.length === 1 && words[0]!.endsWith("ing")) return null;
  return { unit: words.join(" "), end };
}
