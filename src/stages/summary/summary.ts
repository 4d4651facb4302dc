import type {
  Article,
  Claim,
  Corpus,
  Story,
  StoryReading,
  StorySummary,
} from "../../model/index.js";
import { claimsIndex, type ClaimsIndex } from "../claims/claims.js";
import { storyClaims } from "../claims/03-claims.js";
import {
  BRIEF_SUMMARY,
  selectSentences,
  SUMMARY_WEIGHTS,
  type SummaryLength,
  type SummaryWeights,
} from "./01-select.js";

export {
  BRIEF_SUMMARY,
  SUMMARY_WEIGHTS,
  type SummaryLength,
  type SummaryWeights,
} from "./01-select.js";

/**
 * The summary of one story, from its articles as the claims stage read them (`reading` and the
 * story's `claims`, in the order the claims stage gave them). Without a reading, the story is read
 * again: reading is deterministic, so the claim ids match.
 */
export function storySummary(
  story: Story,
  corpus: Corpus,
  length: SummaryLength = BRIEF_SUMMARY,
  weights: SummaryWeights = SUMMARY_WEIGHTS,
  index: ClaimsIndex = claimsIndex(corpus),
  given?: { readonly reading: StoryReading; readonly claims: readonly Claim[] },
): StorySummary {
  const articles = story.articles.map((id) => index.byId.get(id)).filter((a): a is Article => !!a);
  const read =
    given === undefined
      ? storyClaims(
          story,
          articles,
          index.origins,
          index.figures.get(story.id) ?? [],
          index.quotes.get(story.id) ?? [],
        )
      : { ...given.reading, claims: given.claims };
  const { sentences, words } = selectSentences(
    { articles, origins: index.origins, ...read },
    length,
    weights,
  );
  return { story: story.id, sentences, words, short: words < length.minWords };
}

/**
 * The summary stage: an extractive, cited summary of every story, chosen among its sentences as
 * the claims stage read them.
 */
export function summarizeStories(
  corpus: Corpus & Required<Pick<Corpus, "readings" | "claims">>,
): Corpus {
  const index = claimsIndex(corpus);
  const readings = new Map(corpus.readings.map((r) => [r.story, r]));
  const claims = new Map<string, Claim[]>();
  for (const c of corpus.claims) {
    const list = claims.get(c.story);
    if (list) list.push(c);
    else claims.set(c.story, [c]);
  }
  return {
    ...corpus,
    summaries: corpus.stories.map((s) => {
      const reading = readings.get(s.id);
      const given = reading && { reading, claims: claims.get(s.id) ?? [] };
      return storySummary(s, corpus, BRIEF_SUMMARY, SUMMARY_WEIGHTS, index, given);
    }),
  };
}
