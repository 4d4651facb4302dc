/**
 * Tokens as the mention rules see them (case, sentence start, headline in capitals, part of speech
 * on demand), read from the segment stage's tokens and sentences and tagged by 00-tagger.ts, and
 * the letter-case and number patterns the rules share.
 */
import type { Sentence } from "../../../model/index.js";
import { SHIPPED_TAGGER, type TaggedText } from "../00-tagger.js";

/** The tokens and sentences of a text, as the segment stage finds them (segment/segment.ts). */
export type TextSpine = {
  /** Flat [start, end, …] offset pairs into the text. */
  readonly tokens: Int32Array;
  readonly sentences: readonly Sentence[];
};

/**
 * A word of the text as the rules see it. Its part of speech is computed only when a rule asks,
 * which is for few tokens: capitalised words and their neighbours.
 */
export class Token {
  readonly lower: string;
  private tag: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    /** The first word of a sentence, a headline or a paragraph: its capital says little. */
    readonly sentenceInitial: boolean,
    /** The sentence is a headline in capitals: case says nothing there. */
    readonly shouting: boolean,
    /** The token's paragraph as the tagger reads it, and its index there. */
    private readonly source: TaggedText,
    private readonly index: number,
  ) {
    this.lower = source.lowers[index]!;
  }

  get pos(): string {
    this.tag ??= SHIPPED_TAGGER.tag(this.source, this.index);
    return this.tag;
  }
}

/**
 * Share of a sentence's letters-only words written in capitals above which the sentence is a
 * headline in capitals ("ROWING - ESTONIA GET LATE WIN"); there only gazetteers find names.
 */
export const SHOUTING_SHARE = 0.6;
/**
 * A single word in capitals alone on a line is a name, not a headline ("KESTREL"); with 3 words
 * CoNLL train and dev lost person F1 (datelines and results rows read as names).
 */
const MIN_SHOUTING_WORDS = 2;

export const UPPER_START = /^\p{Lu}/u;
export const HAS_LOWER = /\p{Ll}/u;
export const HAS_LOWER_START = /^\p{Ll}/u;
export const NUMBER = /^[+-]?\d[\d.,:/-]*$/;
const WORD_START = /^[\p{L}\p{N}]/u;

/** One paragraph's tokens as the tagger reads them, and the spine's sentences it holds. */
export type TaggedParagraph = TaggedText & {
  /** The spine's index of the paragraph's first token. */
  readonly first: number;
  readonly sentences: readonly Sentence[];
};

/**
 * The spine's tokens paragraph by paragraph, as the tagger reads them: the tagger's context ends
 * at a paragraph's edge, and a token opens its sentence when it is the sentence's first word,
 * after any opening quotes, brackets or dashes ('"Kyiv," she said'). The tagger's training
 * (scripts/train-tagger.ts) reads texts the same way.
 */
export function taggedParagraphs(text: string, spine: TextSpine): TaggedParagraph[] {
  const out: TaggedParagraph[] = [];
  const { tokens, sentences } = spine;
  for (let s = 0; s < sentences.length;) {
    const paragraph = sentences[s]!.paragraph;
    let e = s;
    while (e < sentences.length && sentences[e]!.paragraph === paragraph) e++;
    const first = sentences[s]!.tokenFrom;
    const count = sentences[e - 1]!.tokenTo - first;
    const words: { text: string }[] = new Array<{ text: string }>(count);
    const lowers: string[] = new Array<string>(count);
    const initial = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const word = text.slice(tokens[2 * (first + k)], tokens[2 * (first + k) + 1]);
      words[k] = { text: word };
      lowers[k] = word.toLowerCase();
    }
    for (let k = s; k < e; k++) {
      const { tokenFrom, tokenTo } = sentences[k]!;
      for (let i = tokenFrom; i < tokenTo; i++) {
        if (WORD_START.test(words[i - first]!.text)) {
          initial[i - first] = 1;
          break;
        }
      }
    }
    out.push({ tokens: words, lowers, initial, first, sentences: sentences.slice(s, e) });
    s = e;
  }
  return out;
}

/** The spine's tokens as the rules read them. */
export function tokensOf(text: string, spine: TextSpine): Token[] {
  const tokens: Token[] = [];
  for (const paragraph of taggedParagraphs(text, spine)) {
    const { first } = paragraph;
    for (const { tokenFrom, tokenTo } of paragraph.sentences) {
      let wordCount = 0;
      let capitalWords = 0;
      for (let k = tokenFrom; k < tokenTo; k++) {
        const kind = wordCase(paragraph.tokens[k - first]!.text);
        if (kind !== NOT_A_WORD) wordCount += 1;
        if (kind === CAPITALS) capitalWords += 1;
      }
      const shouting = wordCount >= MIN_SHOUTING_WORDS && capitalWords / wordCount > SHOUTING_SHARE;
      for (let k = tokenFrom; k < tokenTo; k++) {
        const local = k - first;
        tokens.push(
          new Token(
            paragraph.tokens[local]!.text,
            spine.tokens[2 * k]!,
            spine.tokens[2 * k + 1]!,
            paragraph.initial[local] === 1,
            shouting,
            paragraph,
            local,
          ),
        );
      }
    }
  }
  return tokens;
}
export const LETTERS_ONLY = /^\p{L}{2,}$/u;

const NOT_A_WORD = 0;
const CAPITALS = 1;
const CASED = 2;
const ASCII_LETTERS = /^[A-Za-z]+$/;
const ASCII_LOWER = /[a-z]/;

/** Is `text` a word of two letters or more, and is it all in capitals? ASCII is read first. */
function wordCase(text: string): number {
  if (text.length < 2) return NOT_A_WORD;
  if (ASCII_LETTERS.test(text)) return ASCII_LOWER.test(text) ? CASED : CAPITALS;
  if (!LETTERS_ONLY.test(text)) return NOT_A_WORD;
  return HAS_LOWER.test(text) ? CASED : CAPITALS;
}
