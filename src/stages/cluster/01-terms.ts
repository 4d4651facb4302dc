import type { Article } from "../../model/index.js";
import { dateCues } from "../date/01-cues.js";
import { hashString, stem, withoutPossessive } from "../reuse/01-features.js";
import { MONTH_NAMES, RELATIVE_DAY_WORDS, WEEKDAY_NAMES } from "../../lang/en/calendar.js";
import { NEWS_STOP_WORDS } from "../../lang/en/function-words.js";
import { forEachTermWord } from "./term-words.js";

/**
 * Words too common in news to tell one event from another: the news stop list, the names of
 * months and weekdays, days counted from today, and counts, spans of time and newsroom words
 * every story uses. Not the month abbreviations: stopping them too cost the ECB+ in-order feed
 * B-cubed F1 0.903 → 0.897 (measured; the batch F1 did not move).
 */
export const STOP: ReadonlySet<string> = new Set([
  ...NEWS_STOP_WORDS,
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  ...RELATIVE_DAY_WORDS,
  ...`four five year years day days week weeks month months time times people last first next news
  report reported reports officials official like get got make made back well now many much around
  since`.split(/\s+/),
]);

/**
 * Names weigh more than other words: two events of the same kind share their vocabulary
 * ("rehab", "charged", "earthquake") but not their people and places.
 */
export const NAME_BOOST = 2;
/**
 * The days an article says things happened on are terms too, weighted like names: two reports of
 * one event name the same days ("on March 17"), two events of the same kind seldom do. ECB+
 * texts seldom name days: B-cubed F1 0.881 without these terms, 0.879 with them.
 */
export const EVENT_DAY_WEIGHT = 2;

/** The heaviest terms kept per article; the tail adds cost and little signal. */
export const TERMS_PER_ARTICLE = 80;

/**
 * Whether a word at `at` opens a sentence or a line, where a capital says nothing of a name: at
 * the text's start, after a line break, or after . ! ? or a double quotation mark (and a space).
 */
function opensSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  const last = text[at - 1]!;
  if (last === "\n" || SENTENCE_ENDS.has(last)) return true;
  return at >= 2 && SENTENCE_ENDS.has(text[at - 2]!) && /\s/.test(last);
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", '"', "“"]);

/** Whether a word starts with a capital letter. */
const capitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(word);
};

/** Term frequencies of an article's clean text, names boosted; keys are 32-bit term hashes. */
export function termCounts(article: Article): Map<number, number> {
  const counts = wordTermCounts(`${article.title ?? ""}\n${article.clean}`);
  for (const day of eventDays(article)) {
    const key = hashString(`day:${day}`);
    counts.set(key, (counts.get(key) ?? 0) + EVENT_DAY_WEIGHT);
  }
  return counts;
}

/** The counts of `termCounts` for the words of a text alone. */
export function wordTermCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  forEachTermWord(text, (start, end) => {
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    if (STOP.has(lower) || lower.length < 3) return;
    const c = word.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39 && word.length < 4) return; // small numbers are everywhere
    const isName = capitalised(word) && !opensSentence(text, start);
    const key = hashString(isName ? withoutPossessive(lower) : stem(lower));
    counts.set(key, (counts.get(key) ?? 0) + (isName ? NAME_BOOST : 1));
  });
  return counts;
}

/** "2026-03-17" for a full date, "03-17" for a month and day without a year; weekdays are too vague. */
function eventDays(article: Article): string[] {
  const days: string[] = [];
  const pad = (n: number): string => String(n).padStart(2, "0");
  for (const cue of dateCues(article)) {
    if (cue.kind === "full") days.push(new Date(cue.day * 86_400_000).toISOString().slice(0, 10));
    else if (cue.kind === "month-day" || cue.kind === "dateline")
      days.push(`${pad(cue.month)}-${pad(cue.day)}`);
  }
  return days;
}
