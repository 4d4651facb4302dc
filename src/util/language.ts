import { FREQUENT_ENGLISH_WORDS } from "../lang/en/function-words.js";

/**
 * A cheap check that a text is English, for a warning only: the share of words that are
 * among the most frequent English words. English news prose runs at 35–45%; other
 * Latin-script languages stay under 10% (their function words differ); non-Latin scripts
 * have almost no Latin words at all.
 */
const MIN_WORDS = 40;
const MIN_SHARE = 0.12;
/** A few hundred words settle the question; reading more only costs time (it ran on every article). */
const SAMPLE_CHARS = 3000;

export function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true; // too short to tell; say nothing
  let hits = 0;
  for (const w of words) if (FREQUENT_ENGLISH_WORDS.has(w)) hits++;
  return hits / words.length >= MIN_SHARE;
}
