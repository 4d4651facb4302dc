/**
 * wink-nlp's English lexicon, asked one word at a time to tell English words from names, with
 * a cache because names repeat.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// wink reads single words only, to tell English words from names (`isCommonWord`); the text
// itself is tokenised and tagged by our own, faster 00-tokens.ts and 00-tagger.ts.
const nlp = winkNLP(model, []);
const its = nlp.its;

/**
 * wink numbers the words of its lexicon first and gives every unseen word a higher number, so a
 * word whose number is below that of a nonsense word read at start-up is a known English word.
 */
const FIRST_UNSEEN_ID = Number(nlp.readDoc("qzxjvwkq").tokens().out(its.uniqueId)[0]);

/** Is this word, lowercased, in wink's English lexicon ("trade" is; "yeltsin" is not)? */
export function isCommonWord(lower: string): boolean {
  let known = commonWordCache.get(lower);
  if (known === undefined) {
    known = Number(nlp.readDoc(lower).tokens().out(its.uniqueId)[0]) < FIRST_UNSEEN_ID;
    if (commonWordCache.size >= COMMON_WORD_CACHE_SIZE) commonWordCache.clear();
    commonWordCache.set(lower, known);
  }
  return known;
}

/** Reading a word with wink costs about as much as a short sentence; names repeat. */
const COMMON_WORD_CACHE_SIZE = 50_000;
const commonWordCache = new Map<string, boolean>();
