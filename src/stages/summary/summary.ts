import type { Article, Corpus, Story, StorySummary } from "../../model/index.js";
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

/** The summary of one story, from its articles as the claims stage reads them. */
export function storySummary(
  story: Story,
  corpus: Corpus,
  length: SummaryLength = BRIEF_SUMMARY,
  weights: SummaryWeights = SUMMARY_WEIGHTS,
  index: ClaimsIndex = claimsIndex(corpus),
): StorySummary {
  const articles = story.articles.map((id) => index.byId.get(id)).filter((a): a is Article => !!a);
  // The claims stage's reading again (it is deterministic, so claim ids match the corpus's).
  const read = storyClaims(
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
