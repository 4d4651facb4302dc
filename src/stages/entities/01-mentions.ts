/**
 * Mentions of people, organisations and places in news English, without a downloaded model.
 *
 * Tokens and sentences come from the segment stage and parts of speech from 00-tagger.ts, a small
 * tagger that learnt wink-nlp's tags and costs a fraction of wink's time; names are built on
 * runs of capitalised words and typed by cues: titles before a name, organisation words inside
 * it, gazetteers of places and given names (see 00-gazetteers.ts), and the words around it.
 *
 * The rules live in mentions/: tokens.ts and lexicon.ts read the words, runs.ts and
 * split-titles.ts find the names, typing.ts types them with cues.ts and results.ts, over the word
 * lists in the other files. This file runs them over an article and makes its names agree: one
 * sense per article, votes of context cues, and a second pass for names case hid.
 */
import { NAME_FOLLOWERS } from "./mentions/cues.js";
import { GIVEN_NAMES } from "./00-gazetteers.js";
import { isCommonWord } from "./mentions/lexicon.js";
import { NEVER_NAMES } from "./mentions/not-names.js";
import { FIRM_SUFFIXES } from "./mentions/organisation-words.js";
import { findRuns } from "./mentions/runs.js";
import { splitTitles } from "./mentions/split-titles.js";
import { type TextSpine, type Token, tokensOf, UPPER_START } from "./mentions/tokens.js";
import { paragraphRanges, segmentText } from "../segment/segment.js";
import type { EntityType, Evidence, Mention } from "./mentions/types.js";
import { typeRun, worthKeeping } from "./mentions/typing.js";
import { inGazetteer, isTitle } from "./mentions/word-checks.js";

export type { EntityType, Evidence, Mention } from "./mentions/types.js";
export { SHOUTING_SHARE } from "./mentions/tokens.js";
export { MAX_ACRONYM_LENGTH } from "./mentions/word-checks.js";

/**
 * Record "Miriam Castellane" so a later bare "Castellane" is the same kind of thing; a person's
 * full name and surname also go in `fullNames`, the firmer evidence that overrides a results line.
 */
function remember(
  known: Map<string, EntityType>,
  fullNames: Set<string>,
  lowers: string[],
  type: EntityType,
): void {
  known.set(lowers.join(" "), type);
  // allow "Kestrova Holdings Inc ... Kestrova Holdings": a firm is named again without its suffix
  const suffix = lowers[lowers.length - 1]!;
  if (type === "organization" && lowers.length >= 2 && FIRM_SUFFIXES.has(suffix)) {
    const short = lowers.slice(0, -1).join(" ");
    if (!known.has(short)) known.set(short, type);
  }
  // allow "Brightwell Recycling ... Brightwell said": a firm is named again by its first word,
  // when that word is a coined name and the rest no civic body's ("Tarnby Town Council")
  if (type === "organization" && lowers.length >= 2 && isCoinedFirmName(lowers)) {
    if (!known.has(lowers[0]!)) known.set(lowers[0]!, type);
  }
  // "Merrowby City Council", "Tarnby Police": a town's bodies bear its name, so the town is a
  // place wherever else it stands alone ("the Merrowby site")
  if (type === "organization" && lowers.length >= 2 && namesATownBody(lowers)) {
    if (!known.has(lowers[0]!)) known.set(lowers[0]!, "place");
  }
  if (type === "person" && lowers.length >= 2) {
    known.set(lowers[lowers.length - 1]!, type);
    fullNames.add(lowers.join(" "));
    fullNames.add(lowers[lowers.length - 1]!);
  }
}

/**
 * Is the first word of this organisation's name a coined one that can stand for it ("Brightwell"
 * of "Brightwell Recycling")? Not an English word, place, given name or people's word, and the
 * name is no town's council, police or hospital, whose first word is the town. CoNLL train
 * 0.8277 to 0.8291 (PER 0.8913 to 0.8928, ORG 0.7366 to 0.7400), dev 0.8509 to 0.8515.
 */
function isCoinedFirmName(lowers: string[]): boolean {
  const first = lowers[0]!;
  if (!/^\p{L}{3,}$/u.test(first) || isCommonWord(first) || inGazetteer(first)) return false;
  return !lowers.slice(1).some((w) => CIVIC_WORDS.has(w));
}
/** Does this organisation's name open with a town's name ("Tarnby Town Council")? */
function namesATownBody(lowers: string[]): boolean {
  const first = lowers[0]!;
  if (!/^\p{L}{3,}$/u.test(first) || isCommonWord(first) || GIVEN_NAMES.has(first)) return false;
  return lowers.slice(1).some((w) => TOWN_BODY_WORDS.has(w));
}
/** Words of bodies that bear their town's name; not "university" ("Harvard" is no town). */
const TOWN_BODY_WORDS = new Set([
  "city",
  "town",
  "county",
  "borough",
  "district",
  "council",
  "police",
  "port",
  "airport",
  "station",
]);

/** Words of bodies named after their town or region: the town bodies, and more. */
const CIVIC_WORDS = new Set([
  ...TOWN_BODY_WORDS,
  "fire",
  "hospital",
  "university",
  "college",
  "school",
  "court",
  "museum",
  "library",
  "cathedral",
  "church",
  "diocese",
  "province",
  "state",
  "regional",
]);

const lowersOf = (words: Token[]): string[] =>
  words.filter((t) => t.text !== "-").map((t) => t.lower);

/** A part of the text read on its own (a paragraph, a headline): no name runs over its edge. */
export type Segment = { readonly start: number; readonly end: number };

/**
 * The names in `text`, a text read without the pipeline (the evaluations read theirs so). It is
 * segmented as the segment stage segments an article: with `segments`, each segment is a
 * paragraph of its own, so no name runs from one into the next; without, the text's paragraphs
 * are its own. What one paragraph teaches about a name ("President Miriam Castellane") types it
 * in all the others: one sense per article.
 */
export function detectMentions(text: string, segments?: readonly Segment[]): Mention[] {
  return mentionsOnSpine(text, segmentText(text, segments ?? paragraphRanges(text)));
}

/** The names in `text`, read from its tokens and sentences as the segment stage found them. */
export function mentionsOnSpine(text: string, spine: TextSpine): Mention[] {
  const tokens = tokensOf(text, spine);
  const known = new Map<string, EntityType>();
  const fullNames = new Set<string>();
  const votes = new Map<string, Map<EntityType, number>>();
  /** Names remembered from evidence short of a cue, with that evidence. */
  const softKeys = new Map<string, Evidence>();
  const found: {
    mention: Mention;
    key: string;
    weak: boolean;
    drop: boolean;
    onlyPerson: boolean;
    context: boolean;
    hint: Evidence | undefined;
    from: number;
    to: number;
  }[] = [];
  for (const run of findRuns(tokens)) {
    for (const part of splitTitles(run, tokens)) {
      const words = part.tokens;
      const startToken = words[0]!;
      const endToken = words[words.length - 1]!;
      if (!worthKeeping(part, tokens)) continue;
      const lowers = lowersOf(words);
      const key = lowers.join(" ");
      const soft =
        softKeys.size === 0
          ? undefined
          : (softKeys.get(key) ?? softKeys.get(lowers[lowers.length - 1]!));
      const ruled = typeRun(part, tokens, known);
      // (a mention typed by the memory of a name typed on weak evidence keeps that evidence)
      const typed =
        soft !== undefined &&
        !part.personCue &&
        ruled.evidence === undefined &&
        !ruled.weak &&
        !ruled.context
          ? { ...ruled, evidence: soft }
          : ruled;
      const { type, weak, drop, onlyPerson, context } = typed;
      if (context) {
        vote(votes, key, type, contextWeight(type));
        // "the Brightwell Recycling site ... Brightwell said": the firm's first word votes too
        if (type === "organization" && lowers.length >= 2 && isCoinedFirmName(lowers))
          vote(votes, lowers[0]!, type, contextWeight(type));
      } else if (!weak) {
        remember(known, fullNames, lowers, type);
        // a name typed on weak evidence ("Santa Monica" for its given name) is remembered, but
        // lends the same name elsewhere no more than that evidence
        const keys = type === "person" ? [key, lowers[lowers.length - 1]!] : [key];
        for (const k of keys) {
          if (typed.evidence !== undefined) softKeys.set(k, typed.evidence);
          else if (softKeys.size > 0) softKeys.delete(k);
        }
      }
      const mention = {
        start: startToken.start,
        end: endToken.end,
        text: text.slice(startToken.start, endToken.end),
        type,
      };
      found.push({
        mention,
        key,
        weak,
        drop: drop === true,
        onlyPerson: onlyPerson === true,
        context: context === true,
        hint: typed.evidence,
        from: part.from,
        to: part.to,
      });
    }
  }
  // one sense per article: a name typed only by the fallbacks takes the type that a cue gave the
  // same name, or the surname of a person, anywhere in the text ("Castellane ... President
  // Miriam Castellane")
  const mentions: Mention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const [index, entry] of found.entries()) {
    const { mention, key, weak, drop, onlyPerson, context, hint, from, to } = entry;
    const cued = known.get(key);
    const voted = context || weak ? majority(votes.get(key)) : undefined;
    const better = onlyPerson
      ? fullNames.has(key) && cued === "person"
        ? "person"
        : undefined
      : context
        ? (cued ?? voted)
        : weak
          ? (cued ?? voted ?? listType(found, index, tokens))
          : undefined;
    // how firmly the type rests on the text: a cue here or for the same name elsewhere is firm,
    // the words around mentions of the name are context, the fallback alone is none
    const evidence: Evidence =
      better === undefined
        ? weak
          ? "none"
          : context
            ? "context"
            : (hint ?? "firm")
        : cued !== undefined && (onlyPerson || better === cued)
          ? "firm"
          : (hint ?? "context");
    if (better) mentions.push({ ...mention, type: better, evidence });
    else if (!drop) mentions.push({ ...mention, evidence });
    else continue;
    covered.fill(1, from, to);
  }
  // names the context typed count for the second pass too, by their majority
  const cuedKeys = new Set(known.keys());
  for (const [key, counts] of votes) if (!known.has(key)) known.set(key, majority(counts)!);
  const recovered = recoverKnownNames(text, tokens, covered, known, cuedKeys);
  if (recovered.length === 0) return mentions;
  return [...mentions, ...recovered].sort((a, b) => a.start - b.start);
}

function vote(
  votes: Map<string, Map<EntityType, number>>,
  key: string,
  type: EntityType,
  weight: number,
): void {
  const counts = votes.get(key) ?? new Map<EntityType, number>();
  counts.set(type, (counts.get(type) ?? 0) + weight);
  votes.set(key, counts);
}

/**
 * How much one mention's context counts in the article's vote. Firms and agencies speak too
 * ("Kestrova said"), while the cues of an organisation ("Kestrova shares", "the daily Kestrova")
 * do not fit a person, so an organisation's cue counts twice. CoNLL train PER F1 0.8790 to
 * 0.8795, dev 0.9001 to 0.9017; counting place cues twice too lowers train LOC 0.8816 to 0.8809.
 */
function contextWeight(type: EntityType): number {
  return type === "organization" ? ORG_CONTEXT_WEIGHT : 1;
}
const ORG_CONTEXT_WEIGHT = 2;

/** The type most mentions voted for; a tie goes to the first counted. */
function majority(counts: Map<EntityType, number> | undefined): EntityType | undefined {
  let best: EntityType | undefined;
  let most = 0;
  for (const [type, n] of counts ?? []) {
    if (n > most) {
      best = type;
      most = n;
    }
  }
  return best;
}

/** Longest name, in tokens, that the second pass looks up. */
const MAX_RECOVERED_TOKENS = 4;

/**
 * The second pass: names the first pass could not see because case said nothing about them, found
 * again because the text names them elsewhere with a cue. In a headline in capitals ("TENNIS -
 * VARNHOLT WINS IN ROME") any name the article knows counts; at the start of a sentence
 * ("Varnholt takes the lead") a known name counts when it is no English word, or when a verb, a
 * comma or a possessive follows it, as after a name.
 */
function recoverKnownNames(
  text: string,
  tokens: Token[],
  covered: Uint8Array,
  known: Map<string, EntityType>,
  cuedKeys: ReadonlySet<string>,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (covered[i] || !(token.shouting || token.sentenceInitial) || !UPPER_START.test(token.text))
      continue;
    if (NEVER_NAMES.has(token.lower) || isTitle(token)) continue;
    let key = "";
    let match = 0;
    let type: EntityType | undefined;
    let cued = false;
    for (let k = i; k < tokens.length && k < i + MAX_RECOVERED_TOKENS && !covered[k]; k++) {
      const t = tokens[k]!;
      if (k > i && (t.sentenceInitial || !UPPER_START.test(t.text))) break;
      key = key === "" ? t.lower : `${key} ${t.lower}`;
      const found = known.get(key);
      if (found) {
        match = k - i + 1;
        type = found;
        cued = cuedKeys.has(key);
      }
    }
    if (!type) continue;
    if (!token.shouting && match === 1) {
      const after = tokens[i + 1];
      const nameLike =
        !isCommonWord(token.lower) ||
        (after !== undefined &&
          (NAME_FOLLOWERS.has(after.text) || after.pos === "VERB" || after.pos === "AUX"));
      if (!nameLike) continue;
    }
    const last = tokens[i + match - 1]!;
    out.push({
      start: token.start,
      end: last.end,
      text: text.slice(token.start, last.end),
      type,
      evidence: cued ? "firm" : "context",
    });
    i += match - 1;
  }
  return out;
}

/**
 * Tokens that join the items of a list of names ("Tarnshire , Merrowshire and Vellshire");
 * typing weak names from their neighbours moved CoNLL dev F1 from 0.7969 to 0.7972 (train 0.7620
 * to 0.7624).
 */
const LIST_JOINERS = new Set([",", "and", "or"]);

/**
 * The type of a name that a cue typed and that stands next to this one in a list: the items of
 * "Brightcell , Lumen Rockets and Vellcom" are things of one kind.
 */
function listType(
  found: { weak: boolean; drop: boolean; from: number; to: number; mention: Mention }[],
  index: number,
  tokens: Token[],
): EntityType | undefined {
  const adjacent = (a: { to: number }, b: { from: number }) =>
    b.from - a.to === 1 && LIST_JOINERS.has(tokens[a.to]!.lower);
  const neighbours = [found[index - 1], found[index + 1]].filter(
    (n): n is (typeof found)[number] =>
      n !== undefined && !n.weak && (adjacent(n, found[index]!) || adjacent(found[index]!, n)),
  );
  return neighbours[0]?.mention.type;
}
