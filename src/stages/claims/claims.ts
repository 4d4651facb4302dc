import type {
  Article,
  ArticleCoverage,
  Claim,
  Corpus,
  StoryFigure,
  StoryQuote,
  StoryReading,
} from "../../model/index.js";
import { storyClaims } from "./03-claims.js";
import { originMap } from "../../model/reuse.js";
import { storyCoverage } from "./04-coverage.js";

export { KEY_CLAIMS } from "./03-claims.js";

/** What the claims of every story are read from, indexed once per corpus. */
export type ClaimsIndex = {
  readonly byId: Map<string, Article>;
  readonly origins: Map<string, string>;
  readonly figures: Map<string, StoryFigure[]>;
  readonly quotes: Map<string, StoryQuote[]>;
};

function byStory<T extends { readonly story: string }>(items: readonly T[] = []): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const list = out.get(x.story);
    if (list) list.push(x);
    else out.set(x.story, [x]);
  }
  return out;
}

export function claimsIndex(corpus: Corpus): ClaimsIndex {
  return {
    byId: new Map(corpus.articles.map((a) => [a.id, a])),
    origins: originMap(corpus.copyGroups ?? []),
    figures: byStory(corpus.figures),
    quotes: byStory(corpus.quotes),
  };
}

/**
 * The claims stage: each story's sentence-level claims aligned across its articles, with their
 * independent sources and status, and what each article carries of the key ones. Runs after
 * quotes and figures, whose altered quotes and conflicting figures make a claim contested. It
 * also keeps each story's reading of its sentences (`readings`), for the summary to choose from.
 */
export function findClaims(corpus: Corpus, index: ClaimsIndex = claimsIndex(corpus)): Corpus {
  const claims: Claim[] = [];
  const coverage: ArticleCoverage[] = [];
  const readings: StoryReading[] = [];
  for (const story of corpus.stories) {
    const articles = story.articles
      .map((id) => index.byId.get(id))
      .filter((a): a is Article => !!a);
    const quotes = index.quotes.get(story.id) ?? [];
    const read = storyClaims(
      story,
      articles,
      index.origins,
      index.figures.get(story.id) ?? [],
      quotes,
    );
    const { claims: found, sentences, centrality, clusterOf } = read;
    readings.push({ story: story.id, sentences, centrality, clusterOf });
    claims.push(...found);
    coverage.push(...storyCoverage(story, articles, index.origins, found, quotes));
  }
  return { ...corpus, claims, coverage, readings };
}
