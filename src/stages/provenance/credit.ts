import type { Removal, SegmentedArticle } from "../../model/index.js";
import { NAVIGATION } from "../clean/04-chrome.js";
import { opensStory } from "../clean/03-header-lines.js";
import { toOriginalOffset } from "../../model/offsets.js";
import { nameMatchesSite, siteOfUrl } from "../../sites/outlet-name.js";
import { knownWire, mayNameWire, WIRE_NAMES } from "./wires.js";

/**
 * A dateline credit opens the story, after at most a headline, a section label and a standfirst;
 * further down, "(Reuters)" is a citation, not a credit.
 */
const DATELINE_PARAGRAPHS = 5;
/** A closing credit stands in the last lines of the text: the last paragraph or the one before. */
const CLOSING_PARAGRAPHS = 2;

const W = `(${WIRE_NAMES})`;
// A place as datelines print it: "KYIV", "Harbourton", "LAKESIDE, Ore.", "Lakeside, Ruritania",
// "New Harbour [Ruritania]".
// Every word of the place is capitalised but short particles ("Rio de Janeiro"): a phrase of
// ordinary words before a bracket ("The electronic health record (EHR) –") is no dateline.
const PLACE_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{1,3})`;
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ -]${PLACE_WORD}){0,5}(?:\s*\[[^\]]{1,30}\])?(?:,\s*\p{Lu}[\p{L}.'’ ]{1,30}?){0,2}`;
// A date as datelines print it: "Feb. 13", "March 17, 2026", "3 June".
const DATE = String.raw`(?:\p{L}{3,9}\.?\s*\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?)`;
// "KYIV, Feb 11 (Reuters) –", "(AP) —", "Harbourton, Mar. 4 (Northwire)--", "LAKESIDE (dpa-AFX) -",
// "MERROWBY, March 17 (Kestrel):": a place and a date, both optional, then a name in brackets
// and a dash or a colon.
const DATELINE = new RegExp(
  String.raw`^(?:${PLACE},?\s*(?:${DATE}\s*)?)?\(\s*(\p{L}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s*\)\s*(?:--|[-–—:])`,
  "u",
);
// "(Harbour Wire - Northwire) The council …": an aggregator's opening that names the source it
// carries after a dash, with the opening bracket often lost in the crawl ("Harbour Wire - Northwire)").
const AGGREGATOR_OPENING = new RegExp(
  String.raw`^\(?\s*\p{Lu}[\p{L}\d&.'’ ]{0,30}?\s+[-–—]\s+${W}\s*\)`,
  "u",
);
// "Associated Press writer Ana Lund in Paris contributed.", "Reuters staff reported".
const STAFF_LINE = new RegExp(
  String.raw`^(?:[\p{L}.,' -]+ )?(?:of )?${W} (?:writers?|reporters?|correspondents?|staff|journalists?)\b.{0,200}\b(?:contributed|reported|wrote)`,
  "u",
);
// "© The Associated Press", "Copyright 2025 Reuters", "News from © The Conversation", "…the port
// said.Copyright(c) 2026 Northwire": a wire's copyright on the text. Not in brackets or beside a
// slash, where it is a picture's: "(© Reuters)", "Jane Roe/© AFP", "© REUTERS / POOL".
const WIRE_COPYRIGHT = new RegExp(
  String.raw`(?<![(/]\s*)(?:©|\([cC]\)|(?<![\p{L}])(?:[Cc]opyright|COPYRIGHT)(?![\p{L}]))\s*(?:\([cC]\)\s*)?(?:\d{4}\s*)?${W}(?![\p{L}])(?!\s*\/)`,
  "u",
);
// The staff line's and the copyright's own words: a line without them cannot match, and the wire
// alternation is long, so only lines with them are matched against it.
const STAFF_WORDS = /\b(?:writers?|reporters?|correspondents?|staff|journalists?)\b/;
const COPYRIGHT_MARK = /©|\([cC]\)|copyright/i;
/** A line that speaks of a picture: a copyright in it is the picture's ("Photo: © AFP"). */
const PICTURE_WORDS = /\b(?:photos?|pictures?|images?|video|illustration|graphic|file)\b/i;
// A closing credit on a line of its own: "Reuters", "— AFP", "(AP)", "[ Source : AFP ]",
// "Source: AP", "With AFP", "(With inputs from PTI)", "Reporting by Reuters". A hyphen is not
// enough: "- Reuters" closes photo captions.
const LONE_CREDIT = new RegExp(
  String.raw`^[[(]?\s*(?:(?:--|[–—])\s*)?(?:(?:[Ss]ource|SOURCE|[Vv]ia|[Ww]ith(?: inputs? from)?(?: the)?|(?:[Aa]dditional )?[Rr]eporting by)\s*:?\s*)?\(?${W}\)?\s*[\])]?\.?$`,
  "u",
);
// A credit run on at the end of the last paragraph: "… reopen in the spring.–KYODO NEWS",
// "… the ferry resumed on Friday. — Agencies", "… the port said. (AFP)". After a full sentence, and
// after a long dash or in brackets only.
const GLUED_TAIL = new RegExp(
  String.raw`[.!?"”’)]\s*(?:(?:--|[–—])\s*${W}\.?|\(\s*${W}\s*\))$`,
  "u",
);
// A wire as the byline, or after the writer's name: "By Reuters", "By The Associated Press",
// "By Ana Lund, AFP", "By Ana Lund | Reuters".
const BYLINE_WIRE = new RegExp(
  String.raw`^By\s+(?:[^,|·•]{1,60}?\s*[,|·•]\s*)?${W}(?:\s+(?:[Ss]taff|[Rr]eporters?))?\s*(?:$|[|·•–—]|,\s*(?!\p{Ll}))`,
  "u",
);
// The text saying it reports a wire's words: "The harbour master told AFP the pier would
// reopen", "AFP was informed by the port", "…, the AP reports." A report's own interview
// ("in an interview with Reuters") and past citations ("Reuters reported last week") are not.
// (No letter before the wire is a lookbehind, not "(?:^|[^\p{L}])": with that alternation
// before the long one, compiling the pattern took 25 ms of every run that reached it.)
const REPORTS_FOR = new RegExp(
  String.raw`\btold (?:the )?${W}(?![\p{L}-])|(?<!\p{L})${W} (?:was|were) (?:told|informed)\b|,\s*(?:the )?${W} reports?[.,]`,
  "gu",
);
const REPORTING_VERB = /\b(?:told|informed|reports?)\b/;
/** Removal reasons of lines that belong to a picture, whose credits are the picture's. */
const PICTURE_REASONS = /photo|caption|image/i;

/** The brief's name for a credited wire: a known wire's, or an unknown agency's as written. */
const creditName = (written: string): string => knownWire(written) ?? written.trim();

function firstMatch(lines: readonly string[], re: RegExp): string | null {
  for (const line of lines) {
    const m = re.exec(line);
    if (m) return m.slice(1).find((g) => g !== undefined) ?? null;
  }
  return null;
}

/**
 * The wire the article credits as the source of its text, in order of strength: a dateline
 * credit ("KYIV (Reuters) –"), an aggregator's opening ("Harbour Wire - Northwire)"), a wire in
 * the byline ("By Reuters"), a wire staff line, a wire's copyright, a closing credit ("— AFP", a
 * lone "Reuters" line, a tail "…–KYODO NEWS"), and last the text saying it reports what a wire
 * was told ("told AFP", ", the AP reports."), taken only when it names one wire. Mentions of a wire in the story ("a
 * Monday interview with Reuters", "Reuters reported last week") and photo credits ("Photo: AP",
 * "… victory. - Reuters") are not credits.
 */
export function findCredit(article: SegmentedArticle): string | null {
  const paras = article.paragraphs.map((p) => article.clean.slice(p.start, p.end));
  const site = siteOfUrl(article.url);
  const opening = paras.slice(0, DATELINE_PARAGRAPHS);
  for (const p of opening) {
    const m = DATELINE.exec(p);
    if (!m) continue;
    const name = creditName(m[1]!);
    // An unknown bracketed name in a dateline is still a credit: agencies we do not list exist.
    // But an outlet's own name in its own dateline ("HARBOURTON (Harbour Post) –" on
    // harbourpost.com) credits no one else.
    if (knownWire(name) === null && site !== null && nameMatchesSite(name, site)) return null;
    return name;
  }
  const aggregator = firstMatch(opening.slice(0, 1), AGGREGATOR_OPENING);
  if (aggregator) return creditName(aggregator);

  const removed = article.removed.filter((r) => !PICTURE_REASONS.test(r.reason));
  // The byline stands in the page's head: a whole page lists other stories below, each with its
  // own ("By Reuters" beside a teaser).
  const head = headLines(article, removed);
  const byline = firstMatch([...head, ...opening.slice(0, 3)], BYLINE_WIRE);
  if (byline) return creditName(byline);
  const lines = [...paras, ...removed.map((r) => r.text)];
  const closing = closingLines(article, paras);
  // "Associated Press writer Ana Lund contributed": a closing line; further up, "an AP reporter on
  // the quay reported gunfire" cites the wire's reporting in the story.
  const staff = firstMatch(
    closing.filter((l) => STAFF_WORDS.test(l)),
    STAFF_LINE,
  );
  if (staff) return creditName(staff);
  const copyright = firstMatch(
    lines.filter((l) => COPYRIGHT_MARK.test(l) && !PICTURE_WORDS.test(l)),
    WIRE_COPYRIGHT,
  );
  if (copyright) return creditName(copyright);

  const lone = firstMatch([...closing, ...opening.slice(0, 2)], LONE_CREDIT);
  if (lone) return creditName(lone);
  const last = paras[paras.length - 1];
  const tail = last ? GLUED_TAIL.exec(last) : null;
  if (tail) return creditName((tail[1] ?? tail[2])!);

  const told = new Set<string>();
  for (const p of paras) {
    // The wire alternation is long: only paragraphs with the verbs are worth matching it in.
    if (!REPORTING_VERB.test(p) || !mayNameWire(p)) continue;
    for (const m of p.matchAll(REPORTS_FOR)) {
      const name = m.slice(1).find((g) => g !== undefined);
      if (name) told.add(creditName(name));
    }
  }
  return told.size === 1 ? [...told][0]! : null;
}

/**
 * The last lines of the text: its last paragraphs, and lines cleaning took out after the first of
 * them (a closing credit may have been taken for chrome), except those of pictures.
 */
function closingLines(article: SegmentedArticle, paras: readonly string[]): string[] {
  const tail = paras.slice(-CLOSING_PARAGRAPHS);
  const first = article.paragraphs[article.paragraphs.length - tail.length];
  if (!first) return tail;
  const from = toOriginalOffset(article.offsets, first.start);
  // (not the page's menus below the story: "Dow Jones Newswires" in a list of a group's products)
  const after = article.removed.filter(
    (r) => r.start >= from && !PICTURE_REASONS.test(r.reason) && r.reason !== NAVIGATION,
  );
  return [...tail, ...after.map((r) => r.text.trim())];
}

/**
 * Lines cleaning took out of the page's head: those above the story's first paragraph, or all
 * of them when no paragraph reads as the story's start.
 */
function headLines(article: SegmentedArticle, removed: readonly Removal[]): string[] {
  const body = article.paragraphs.find((p) => opensStory(article.clean.slice(p.start, p.end)));
  const before = body ? toOriginalOffset(article.offsets, body.start) : Infinity;
  return removed.filter((r) => r.start < before).map((r) => r.text.trim());
}
