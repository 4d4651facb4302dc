/**
 * Small hand-built briefs for the HTML components' tests: articles with the fields a test sets,
 * stories of them, and a story of many outlets copying one another.
 */
import {
  BRIEF_SCHEMA,
  type BriefArticle,
  type BriefJson,
  type BriefStory,
  type ReuseJson,
} from "../src/brief/schema.js";

export function article(id: string, fields: Partial<BriefArticle> = {}): BriefArticle {
  return {
    id,
    source: id,
    format: "text",
    url: null,
    outlet: `Outlet ${id}`,
    outletFrom: "metadata",
    title: `Title ${id}`,
    author: null,
    published: null,
    publishedFrom: null,
    credit: null,
    words: 100,
    removed: [],
    text: "",
    ...fields,
  };
}

export function story(
  articles: readonly BriefArticle[],
  fields: Partial<BriefStory> = {},
): BriefStory {
  const days = articles
    .map((a) => a.published)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    id: "story-1",
    label: "A story",
    articles: articles.map((a) => a.id),
    from: days[0] ?? null,
    to: days[days.length - 1] ?? null,
    outlets: [...new Set(articles.map((a) => a.outlet ?? "unknown"))],
    independentSources: articles.length,
    warnings: [],
    ...fields,
  };
}

export function brief(articles: BriefArticle[], stories: BriefStory[]): BriefJson {
  return { schema: BRIEF_SCHEMA, articles, skipped: [], warnings: [], stories };
}

/**
 * A story of `n` outlets with long, similar names: one origin, wire copies of it, and copies of
 * the copies, so the graph has three columns and many rows.
 */
export function manyOutletStory(n: number): { story: BriefStory; articles: BriefArticle[] } {
  const articles = Array.from({ length: n }, (_, i) =>
    article(`feeds/regional/article-${String(i + 1).padStart(2, "0")}.html`, {
      outlet: `The ${["Northern", "Southern", "Eastern", "Western"][i % 4]} Regional Evening Chronicle and Gazette ${i + 1}`,
      published: `2026-03-${String(10 + (i % 9)).padStart(2, "0")}`,
      publishedFrom: "metadata",
    }),
  );
  const ids = articles.map((a) => a.id);
  const reuse: ReuseJson[] = ids.slice(1).map((copy, i) => ({
    copy,
    // the first half copy the origin, the rest copy one of the first half
    source: i < n / 2 ? ids[0]! : ids[1 + (i % Math.floor(n / 2))]!,
    origin: ids[0]!,
    kind: (["verbatim", "near-verbatim", "rewrite"] as const)[i % 3]!,
    credited: i % 2 === 0,
    share: 0.8,
    evidence: [],
  }));
  return {
    articles,
    story: story(articles, { reuse, copyGroups: [{ origin: ids[0]!, members: ids }] }),
  };
}
