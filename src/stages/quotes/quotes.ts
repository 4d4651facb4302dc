import type { Article, Corpus, Range } from "../../model/index.js";
import type { Quote, QuoteKind } from "../../model/quote.js";
import { NAMING } from "./00-lexicon.js";
import { findDirectQuotes, type RawQuote } from "./01-direct.js";
import {
  attributeDirect,
  resolve,
  sentenceStart,
  venueOf,
  type ReadingState,
} from "./02-speakers.js";
import { findIndirect, type RawIndirect } from "./03-indirect.js";
import { storyQuotes } from "./04-story-quotes.js";

/**
 * A quotation this short ("own", "smart", "do a deal") is speech only when a reporting verb
 * with a speaker stands in its sentence; otherwise it is a scare quote or a coined term.
 */
const SCARE_MAX_WORDS = 3;
/** A quotation of at most this many words, every main word capitalised, is a title ("Meet the Press"). */
const TITLE_MAX_WORDS = 8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MINOR = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|de|la|du|vs)$/;
const UPPER = /^[\p{Lu}\p{N}]/u;
const ENDS_SENTENCE = /[.!?,]$/;
/** A speaker written as a bare proper name that the mentions missed ("Varnholt"). */
const PROPER = /^(?!The )(?:[\p{Lu}][\p{L}'’.-]+ ?){1,4}$/u;
/**
 * A partial quotation of up to this many words with no speaker of its own (none, or only one
 * carried over) is a term or a title, not speech. 6 scored best on PolNeAR dev (4–12 tried).
 */
const UNATTRIBUTED_PARTIAL_MAX_WORDS = 6;
/** Words of an attribution between two parts of one quotation ("she said,"). */
const MERGE_GAP_WORDS = 8;
const MERGE_QUOTES = true;
const LOWER_START = /^[\p{Ll}]/u;
const OWN_PUNCTUATION = /[.!?]$/;
/** Characters before a short quotation searched for a naming verb. */
const NAMING_WINDOW = 40;
const WORD_BEFORE = /[\p{L}\p{N}]\s*$/u;

function isTitle(text: string, words: string[]): boolean {
  if (words.length > TITLE_MAX_WORDS || ENDS_SENTENCE.test(text)) return false;
  return words.every((w, i) => UPPER.test(w) || (i > 0 && MINOR.test(w)));
}

const textOf = (clean: string, pieces: readonly Range[]): string =>
  pieces.map((p) => clean.slice(p.start, p.end)).join(" ");

/**
 * A quotation set inside running text ("agreed to "do a deal" with them") is partial; one that
 * stands as the sentence, or follows its reporting verb ("she said: "…""), is direct.
 */
function kindOf(clean: string, q: RawQuote, cueEnd: number | null): QuoteKind {
  // Only this paragraph's text: a quotation opening a paragraph stands as its sentence.
  const before = clean.slice(Math.max(0, q.outer.start - 3), q.outer.start).replace(/^[^]*\n/, "");
  if (!WORD_BEFORE.test(before)) return "direct";
  if (cueEnd !== null && clean.slice(cueEnd, q.outer.start).trim() === "") return "direct";
  return "partial";
}

type Event = { at: number; direct?: RawQuote; indirect?: RawIndirect };

/** Every quote of an article: direct and partial quotations, and reported speech. */
export function articleQuotes(article: Article): Quote[] {
  const clean = article.clean;
  const raws = findDirectQuotes(article);
  const outers = raws.map((r) => r.outer);
  const indirect = findIndirect(article, outers);
  const events: Event[] = [
    ...raws.map((r) => ({ at: r.outer.start, direct: r })),
    ...indirect.map((r) => ({ at: r.content.start, indirect: r })),
  ].sort((a, b) => a.at - b.at);
  const state: ReadingState = { last: null };
  const out: Quote[] = [];
  let prevEnd = 0;
  let prevParagraph = -1;
  for (const e of events) {
    if (e.direct) {
      const q = e.direct;
      const text = textOf(clean, q.pieces);
      const words = text.match(WORD) ?? [];
      const lo = q.paragraph === prevParagraph ? prevEnd : 0;
      prevEnd = q.outer.end;
      prevParagraph = q.lastParagraph;
      if (words.length === 0 || isTitle(text, words)) continue;
      // "“We will rebuild,” she said, “and it will take years.”": one quotation around its attribution.
      const prev = out[out.length - 1];
      if (
        MERGE_QUOTES &&
        prev &&
        prev.kind !== "indirect" &&
        prev.paragraph === q.paragraph &&
        prev.cue
      ) {
        const gap = clean.slice(prev.outer.end, q.outer.start);
        if (
          prev.cue.start >= prev.outer.end &&
          prev.cue.end <= q.outer.start &&
          /,\s*$/.test(gap) &&
          (gap.match(/\S+/g) ?? []).length <= MERGE_GAP_WORDS &&
          LOWER_START.test(text)
        ) {
          out[out.length - 1] = {
            ...prev,
            end: q.pieces[q.pieces.length - 1]!.end,
            outer: { start: prev.outer.start, end: q.outer.end },
            pieces: [...prev.pieces, ...q.pieces],
            text: `${prev.text} ${text}`,
          };
          continue;
        }
      }
      let at = attributeDirect(article, q.outer, q.paragraph, q.lastParagraph, lo, state, outers);
      // "Kessa Air said it was “aware” of claims the jet was “in a runway incident”": a second
      // quotation in the sentence, with no attribution of its own, is the first one's speaker's.
      if (
        (!at.speaker || at.speaker.from === "carried") &&
        prev &&
        prev.kind !== "indirect" &&
        prev.speaker?.name &&
        prev.speaker.from !== "carried" &&
        prev.cue &&
        sentenceStart(article, prev.outer.start) === sentenceStart(article, q.outer.start)
      )
        at = { ...at, speaker: prev.speaker };
      // A short quotation is speech when a speaker says it, when it carries its own sentence
      // punctuation ("“a global takeover.”"), or when someone is said to have called something so.
      if (
        words.length <= SCARE_MAX_WORDS &&
        (!at.cue || !at.speaker || at.speaker.from === "carried") &&
        !OWN_PUNCTUATION.test(text) &&
        !NAMING.test(clean.slice(Math.max(0, q.outer.start - NAMING_WINDOW), q.outer.start))
      )
        continue;
      if (
        at.speaker?.name &&
        at.speaker.from !== "carried" &&
        (at.speaker.type !== null || PROPER.test(at.speaker.name))
      )
        state.last = { speaker: at.speaker, paragraph: q.lastParagraph };
      else if (at.speaker?.from === "carried" && at.speaker.name)
        state.last = { speaker: at.speaker, paragraph: q.lastParagraph };
      const kind = kindOf(clean, q, at.cue?.end ?? null);
      // A phrase in quotation marks that nobody is said to have said is a term, not a quote.
      if (
        kind === "partial" &&
        (!at.speaker || at.speaker.from === "carried") &&
        words.length <= UNATTRIBUTED_PARTIAL_MAX_WORDS
      )
        continue;
      const first = q.pieces[0]!;
      const last = q.pieces[q.pieces.length - 1]!;
      out.push({
        kind,
        start: first.start,
        end: last.end,
        outer: q.outer,
        pieces: q.pieces,
        text,
        speaker: at.speaker,
        cue: at.cue,
        venue: at.venue,
        when: at.when,
        paragraph: q.paragraph,
      });
    } else if (e.indirect) {
      const r = e.indirect;
      const speaker = resolve(
        article,
        r.phrase,
        r.paragraph,
        state,
        outers,
        sentenceStart(article, r.content.start),
      );
      if (
        speaker.name &&
        speaker.type !== "organization" &&
        (speaker.type !== null || PROPER.test(speaker.name))
      )
        state.last = { speaker, paragraph: r.paragraph };
      const where = venueOf(article, r.clause, r.cue.text);
      out.push({
        kind: "indirect",
        start: r.content.start,
        end: r.content.end,
        outer: r.content,
        pieces: r.pieces ?? [r.content],
        text: textOf(clean, r.pieces ?? [r.content]),
        speaker,
        cue: r.cue,
        venue: where.venue,
        when: where.when,
        paragraph: r.paragraph,
      });
    }
  }
  return out;
}

/** The article stage: the quotes of one article. */
export function findQuotes(article: Article): Article {
  return { ...article, quotes: articleQuotes(article) };
}

/** The corpus stage: each story's quotes merged across its articles. */
export function mergeQuotes(corpus: Corpus): Corpus {
  return { ...corpus, quotes: storyQuotes(corpus) };
}
