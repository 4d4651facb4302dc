import type { Article, Corpus, Story } from "../model/index.js";
import type { ClaimJson, CoverageJson, WarningJson } from "./schema.js";
import { spanRef } from "./span-ref.js";

/** The story's claims as the JSON brief lays them out (DESIGN §3, with a few fields added). */
export function storyClaimsJson(story: Story, corpus: Corpus): ClaimJson[] | undefined {
  if (!corpus.claims) return undefined;
  return corpus.claims
    .filter((c) => c.story === story.id)
    .map((c) => ({
      id: c.id,
      text: c.text,
      sources: c.sources.map(spanRef),
      articles: [...c.articles],
      origins: [...c.origins],
      independentSources: c.independentSources,
      status: c.status,
      contestedBy: [...c.contestedBy],
      attribution: c.attribution.map((a) => ({ ...a })),
      key: c.key,
    }));
}

/** What each article of the story carries of its key claims and quotes. */
export function storyCoverageJson(story: Story, corpus: Corpus): CoverageJson[] | undefined {
  if (!corpus.coverage) return undefined;
  return corpus.coverage
    .filter((c) => c.story === story.id)
    .map((c) => ({
      article: c.article,
      outlet: c.outlet,
      keyClaims: [...c.keyClaims],
      missingClaims: [...c.missingClaims],
      onlyClaims: [...c.onlyClaims],
      quotes: [...c.quotes],
      onlyQuotes: [...c.onlyQuotes],
    }));
}

/** A warning for the story's undated articles: their place in time is a guess, or unknown. */
export function undatedWarnings(story: Story, byId: Map<string, Article>): WarningJson[] {
  const undated = story.articles.filter((id) => {
    const a = byId.get(id);
    return a && a.publishedFrom !== "metadata" && a.publishedFrom !== "text";
  });
  if (undated.length === 0) return [];
  const dated = (id: string): string => {
    const a = byId.get(id)!;
    const day = a.published ?? a.dateEstimate;
    return day ? `${id} (dated ${day} from its story)` : id;
  };
  return [
    {
      kind: "undated",
      message: `No date in metadata or text: ${undated.map(dated).join(", ")}.`,
      articles: undated,
    },
  ];
}
