/**
 * wink-nlp's English lexicon as a fixed set of words, read once at load, to tell English words
 * from names. The text itself is tokenised and tagged by our own, faster segment/02-tokens.ts
 * and 00-tagger.ts; only the word list of wink's model is used.
 */
import { createRequire } from "node:module";
import { SAVED_WORD_LISTS } from "../../../resources/word-lists.js";

/** What this module reads of wink's core model: its lexemes, the model's own ones first. */
type CoreLexicon = {
  features: { lexeme: { list: readonly string[]; intrinsicSize: number } };
};

/**
 * The words of wink's lexicon. Read from the model's data directly, not by asking a wink
 * instance word by word: an instance adds every unseen word to its vocabulary, so it would grow
 * with every text read, and asking costs about as much as a short sentence. Never changed.
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  SAVED_WORD_LISTS?.englishWords ?? englishWordsOfModel(),
);

/** The model's own words, read from the package (not the saved lists: `npm run build` asks). */
export function englishWordsOfModel(): readonly string[] {
  // (required here, not imported above: with the lists saved, wink's model is not loaded at all)
  const model: unknown = createRequire(import.meta.url)("wink-eng-lite-web-model");
  const core = (model as { core: () => CoreLexicon }).core();
  const { list, intrinsicSize } = core.features.lexeme;
  return list.slice(0, intrinsicSize);
}

/**
 * The part of a word wink read first when the word was not in its lexicon whole: the letters
 * before a slash, an apostrophe or a comma ("frost/nixon", "india's"), or the number before a
 * unit ("2gb"). Hyphens, "&" and initials' periods hold a word together ("co-operation", "at&t",
 * "u.s."), and letters run on into digits ("ie11"). Over the 8,800 words the evaluation asks
 * this agrees with wink's own tokenizer on all but five odd ones ("dual-core", "feb.14-16").
 */
const LEADING_PART = /^(?:\p{L}+(?=[^\p{L}\p{N}])|\p{N}+)/u;
const HELD_TOGETHER = /[-&]|^(?:\p{L}\.)+$/u;

/** Is this word, lowercased, in wink's English lexicon ("trade" is; "yeltsin" is not)? */
export function isCommonWord(lower: string): boolean {
  if (ENGLISH_WORDS.has(lower)) return true;
  if (HELD_TOGETHER.test(lower)) return false;
  const part = LEADING_PART.exec(lower)?.[0];
  return part !== undefined && part !== lower && ENGLISH_WORDS.has(part);
}
