import type { Article, Corpus, Story, StorySummary } from "../../model/index.js";
import {
  claimsIndex,
  findClaims,
  type ClaimsIndex,
  type StoryClaimsReading,
} from "../claims/claims.js";
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

/** The summary of one story, from its articles as the claims stage reads them. */
export function storySummary(
  story: Story,
  corpus: Corpus,
  length: SummaryLength = BRIEF_SUMMARY,
  weights: SummaryWeights = SUMMARY_WEIGHTS,
  index: ClaimsIndex = claimsIndex(corpus),
  reading?: StoryClaimsReading,
): StorySummary {
  const articles = story.articles.map((id) => index.byId.get(id)).filter((a): a is Article => !!a);
  // Without the claims stage's reading, read again (it is deterministic: claim ids match).
  const read =
    reading ??
    storyClaims(
      story,
      articles,
      index.origins,
      index.figures.get(story.id) ?? [],
      index.quotes.get(story.id) ?? [],
    );
  const { sentences, words } = selectSentences(
    { articles, origins: index.origins, ...read },
    length,
    weights,
  );
  return { story: story.id, sentences, words, short: words < length.minWords };
}

/** The summary stage: an extractive, cited summary of every story. */
export function summarizeStories(corpus: Corpus): Corpus {
  const index = claimsIndex(corpus);
  return {
    ...corpus,
    summaries: corpus.stories.map((s) =>
      storySummary(s, corpus, BRIEF_SUMMARY, SUMMARY_WEIGHTS, index),
    ),
  };
}

/**
 * Claims, coverage and summaries in one stage: the summary chooses among the sentences as the
 * claims stage read them, so each story's sentences are compared once, not twice.
 */
export function claimsAndSummaries(corpus: Corpus): Corpus {
  const index = claimsIndex(corpus);
  const readings = new Map<string, StoryClaimsReading>();
  const withClaims = findClaims(corpus, index, readings);
  return {
    ...withClaims,
    summaries: corpus.stories.map((s) =>
      storySummary(s, withClaims, BRIEF_SUMMARY, SUMMARY_WEIGHTS, index, readings.get(s.id)),
    ),
  };
}
