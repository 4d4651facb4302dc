import { createRoute, z } from "@hono/zod-openapi";
import { storyIdOf } from "../../service/store-brief.js";
import type { StoredBrief } from "../../brief/schema.js";
import { WorkingSet } from "../../service/working-set.js";
import { searchArticles } from "../../store/search.js";
import { readBrief, storiesOfArticle } from "../../store/stories.js";
import type { ApiApp, AppDeps } from "../app.js";
import { citingSpans } from "../citations.js";
import { problemResponse, ProblemError } from "../problem.js";
import { articleIdParam, articleSchema, searchQuery, searchResultSchema } from "../schemas.js";
import { SNIPPET_MARKS, snippetSegments } from "../snippet.js";

const articleRoute = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  summary: "An article: its text, clean text, metadata, and the spans of briefs that cite it",
  request: { params: z.object({ id: articleIdParam }) },
  responses: {
    200: { description: "the article", content: { "application/json": { schema: articleSchema } } },
    400: problemResponse("the id is not an article id"),
    404: problemResponse("no such article"),
  },
});

const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  summary: 'Full-text search of the articles (words, "phrases", or, -word)',
  request: { query: searchQuery },
  responses: {
    200: {
      description: "the best hits first",
      content: { "application/json": { schema: searchResultSchema } },
    },
    400: problemResponse("a parameter is not valid"),
  },
});

export function articleRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(articleRoute, async (c) => {
    const { id } = c.req.valid("param");
    // Loaded as a story's aggregation loads it: with the id briefs give it and its site's name.
    const articles = new WorkingSet(deps.store);
    await articles.load([id]);
    const loaded = articles.get(id);
    if (loaded === undefined) throw new ProblemError(404, `no article ${id}`);
    const { article } = loaded;
    const stories = await storiesOfArticle(deps.store, id);
    const citations = [];
    for (const story of stories) {
      const brief = await readBrief(deps.store, story);
      if (brief !== null)
        citations.push(
          // A version-1 brief's spans have the same article and offsets: read either as is.
          ...citingSpans(brief.brief as StoredBrief, brief.version, article.id, article.original),
        );
    }
    return c.json(
      {
        id,
        briefId: article.id,
        url: article.url,
        outlet: article.outlet,
        title: article.title,
        author: article.author,
        published: article.published,
        publishedFrom: article.publishedFrom,
        format: article.format,
        source: article.source,
        text: article.original,
        clean: article.clean,
        stories: stories.map(storyIdOf),
        citations,
      },
      200,
    );
  });

  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    const hits = await searchArticles(deps.store, q, { limit, marks: SNIPPET_MARKS });
    return c.json(
      {
        hits: hits.map((h) => ({
          id: h.id,
          title: h.title,
          url: h.url,
          outlet: h.outlet,
          snippet: snippetSegments(h.headline),
          rank: h.rank,
        })),
      },
      200,
    );
  });
}
