/**
 * Tokens as the mention rules see them (case, sentence start, headline in capitals, part of speech
 * on demand), built on 00-tokens.ts and 00-tagger.ts, and the letter-case and number patterns
 * the rules share.
 */
import { SHIPPED_TAGGER, type TaggedText } from "../00-tagger.js";
import { sentenceInitialFlags, tokenizeText } from "../00-tokens.js";

/**
 * A word of the text as the rules see it. Its part of speech is computed only when a rule asks,
 * which is for few tokens: capitalised words and their neighbours.
 */
export class Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** The first word of a sentence, a headline or a paragraph: its capital says little. */
  readonly sentenceInitial: boolean;
  private tag: string | undefined;

  constructor(
    private readonly source: TaggedText,
    private readonly index: number,
    offset: number,
    /** The sentence is a headline in capitals: case says nothing there. */
    readonly shouting: boolean,
  ) {
    const token = source.tokens[index]!;
    this.text = token.text;
    this.lower = source.lowers[index]!;
    this.start = token.start + offset;
    this.end = token.end + offset;
    this.sentenceInitial = source.initial[index] === 1;
  }

  get pos(): string {
    this.tag ??= SHIPPED_TAGGER.tag(this.source, this.index);
    return this.tag;
  }
}

/**
 * Share of a sentence's letters-only words written in capitals above which the sentence is a
 * headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"); there only gazetteers find names.
 */
export const SHOUTING_SHARE = 0.6;
/**
 * A single word in capitals alone on a line is a name, not a headline ("KOMPAS"); with 3 words
 * CoNLL train and dev lost person F1 (datelines and results rows read as names).
 */
const MIN_SHOUTING_WORDS = 2;

export const UPPER_START = /^\p{Lu}/u;
export const HAS_LOWER = /\p{Ll}/u;
export const HAS_LOWER_START = /^\p{Ll}/u;
export const NUMBER = /^[+-]?\d[\d.,:/-]*$/;

/** The tokens of `text`, appended to `tokens`, with offsets shifted by `offset`. */
export function tokenize(text: string, offset = 0, tokens: Token[] = []): Token[] {
  const tokenized = tokenizeText(text);
  const source: TaggedText = {
    tokens: tokenized.tokens,
    lowers: tokenized.tokens.map((t) => t.text.toLowerCase()),
    initial: sentenceInitialFlags(tokenized),
  };
  for (const { from, to } of tokenized.sentences) {
    let wordCount = 0;
    let capitalWords = 0;
    for (let k = from; k < to; k++) {
      const kind = wordCase(source.tokens[k]!.text);
      if (kind !== NOT_A_WORD) wordCount += 1;
      if (kind === CAPITALS) capitalWords += 1;
    }
    const shouting = wordCount >= MIN_SHOUTING_WORDS && capitalWords / wordCount > SHOUTING_SHARE;
    for (let k = from; k < to; k++) tokens.push(new Token(source, k, offset, shouting));
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
