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
  // What each article holds, read off the claims and quotes once (in their order), not by
  // searching every claim and quote for each article: a story of hundreds of articles has
  // thousands of each.
  const keyOf = holders(key, (c) => c.articles);
  const singleSourceOf = holders(
    claims.map((c) => (c.independentSources === 1 ? c.articles : [])),
    (articles) => articles,
  );
  const quotesOf = holders(quotes, (q) => q.occurrences.map((o) => o.span.article));
  return articles.map((a) => {
    const origin = origins.get(a.id) ?? a.id;
    const carried = quotesOf.get(a.id) ?? [];
    const keyHere = new Set(keyOf.get(a.id));
    return {
      story: story.id,
      article: a.id,
      outlet: a.outlet,
      keyClaims: key.filter((_, i) => keyHere.has(i)).map((c) => c.id),
      missingClaims: key.filter((_, i) => !keyHere.has(i)).map((c) => c.id),
      onlyClaims: (singleSourceOf.get(a.id) ?? [])
        .filter((i) => claims[i]!.origins[0] === origin)
        .map((i) => claims[i]!.id),
      quotes: carried.map((i) => quotes[i]!.id),
      onlyQuotes: carried
        .filter((i) => {
          const o = quoteOrigins[i]!;
          return o.size === 1 && o.has(origin);
        })
        .map((i) => quotes[i]!.id),
    };
  });
}

/** Per article id, the indices of the items that name it, ascending, each once. */
function holders<T>(
  items: readonly T[],
  articlesOf: (item: T) => readonly string[],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const id of articlesOf(item)) {
      const list = out.get(id);
      if (!list) out.set(id, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return out;
}
