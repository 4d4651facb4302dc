import type {
  Article,
  ArticleCoverage,
  Claim,
  Corpus,
  StoryFigure,
  StoryQuote,
} from "../../model/index.js";
import { storyClaims, originMap } from "./03-claims.js";
import { storyCoverage } from "./04-coverage.js";

export { KEY_CLAIMS } from "./03-claims.js";

/** A story's sentences as the claims stage reads them: its claims, and what the summary needs. */
export type StoryClaimsReading = ReturnType<typeof storyClaims>;

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
 * quotes and figures, whose altered quotes and conflicting figures make a claim contested.
 * `readings`, when given, receives each story's reading, for the summary to choose from.
 */
export function findClaims(
  corpus: Corpus,
  index: ClaimsIndex = claimsIndex(corpus),
  readings?: Map<string, StoryClaimsReading>,
): Corpus {
  const claims: Claim[] = [];
  const coverage: ArticleCoverage[] = [];
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
    readings?.set(story.id, read);
    const found = read.claims;
    claims.push(...found);
    coverage.push(...storyCoverage(story, articles, index.origins, found, quotes));
  }
  return { ...corpus, claims, coverage };
}
