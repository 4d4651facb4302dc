import type { Article, ArticleCoverage, Claim, Story, StoryQuote } from "../../model/index.js";

/**
 * What each article of a story carries: the key claims it states and leaves out, the claims and
 * quotes only its copy group has (an article and its copies are one source, so a copy shares its
 * origin's exclusives), and the quotes it carries.
 */
export function storyCoverage(
  story: Story,
  articles: readonly Article[],
  origins: Map<string, string>,
  claims: readonly Claim[],
  quotes: readonly StoryQuote[],
): ArticleCoverage[] {
  const key = claims.filter((c) => c.key);
  const quoteOrigins = quotes.map(
    (q) => new Set(q.occurrences.map((o) => origins.get(o.span.article) ?? o.span.article)),
  );
  return articles.map((a) => {
    const origin = origins.get(a.id) ?? a.id;
    const carried = quotes.filter((q) => q.occurrences.some((o) => o.span.article === a.id));
    return {
      story: story.id,
      article: a.id,
      outlet: a.outlet,
      keyClaims: key.filter((c) => c.articles.includes(a.id)).map((c) => c.id),
      missingClaims: key.filter((c) => !c.articles.includes(a.id)).map((c) => c.id),
      onlyClaims: claims
        .filter(
          (c) => c.independentSources === 1 && c.origins[0] === origin && c.articles.includes(a.id),
        )
        .map((c) => c.id),
      quotes: carried.map((q) => q.id),
      onlyQuotes: carried
        .filter((q) => {
          const o = quoteOrigins[quotes.indexOf(q)]!;
          return o.size === 1 && o.has(origin);
        })
        .map((q) => q.id),
    };
  });
}
