import { createRoute, z } from "@hono/zod-openapi";
import { briefSchema } from "../../brief/schema.js";
import { storedStoryBrief, storeIdOfStory, storyIdOf } from "../../service/store-brief.js";
import { mergedInto } from "../../store/stories.js";
import { listStories, type StoryCursor } from "../../store/story-listing.js";
import type { ApiApp, AppDeps } from "../app.js";
import { problemResponse, ProblemError } from "../problem.js";
import { briefVersionQuery, storyIdParam, storyListQuery, storyListSchema } from "../schemas.js";

const cursorSchema = z.object({
  sort: z.enum(["newest", "most-covered"]),
  key: z.union([z.string(), z.number().int()]),
  id: z.string().regex(/^\d{1,18}$/),
});

/** A cursor is the next page's start, opaque to clients: base64url JSON. */
const encodeCursor = (cursor: StoryCursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(text: string): StoryCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
  } catch {
    throw new ProblemError(400, "cursor: not a cursor this server gave (pass nextCursor as is)");
  }
}

const listRoute = createRoute({
  method: "get",
  path: "/api/stories",
  summary: "Stories, newest or most covered first, a page at a time",
  request: { query: storyListQuery },
  responses: {
    200: {
      description: "a page of stories",
      content: { "application/json": { schema: storyListSchema } },
    },
    400: problemResponse("a parameter is not valid"),
  },
});

const briefRoute = createRoute({
  method: "get",
  path: "/api/stories/{id}",
  summary: "A story's brief (corroborate.brief/2), the latest version or the one asked for",
  request: { params: z.object({ id: storyIdParam }), query: briefVersionQuery },
  responses: {
    200: {
      description: "the brief, as the CLI writes it",
      content: { "application/json": { schema: briefSchema } },
    },
    400: problemResponse("a parameter is not valid"),
    404: problemResponse("no such story, or no such version"),
  },
});

export function storyRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid("query");
    if (query.cursor !== undefined && query.offset !== undefined)
      throw new ProblemError(400, "cursor, offset: give one of them, not both");
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (cursor !== undefined && cursor.sort !== query.sort)
      throw new ProblemError(400, `cursor: it pages the ${cursor.sort} order, not ${query.sort}`);
    const page = await listStories(deps.store, {
      sort: query.sort,
      limit: query.limit,
      ...(cursor === undefined ? {} : { cursor }),
      ...(query.offset === undefined ? {} : { offset: query.offset }),
      ...(query.from === undefined ? {} : { from: query.from }),
      ...(query.to === undefined ? {} : { to: query.to }),
      ...(query.outlet === undefined ? {} : { outlet: query.outlet }),
      ...(query.q === undefined ? {} : { q: query.q }),
    });
    return c.json(
      {
        stories: page.stories.map((s) => ({ ...s, id: storyIdOf(s.id), outlets: [...s.outlets] })),
        nextCursor: page.next === null ? null : encodeCursor(page.next),
      },
      200,
    );
  });

  app.openapi(briefRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { version } = c.req.valid("query");
    const found = await storedStoryBrief(deps.store, id, version);
    if (found === null) {
      const into = await mergedInto(deps.store, storeIdOfStory(id)!);
      throw new ProblemError(
        404,
        into !== null
          ? `story ${id} was merged into ${storyIdOf(into)}, which holds its articles now`
          : version === undefined
            ? `no story ${id} with a brief`
            : `no version ${version} of ${id}'s brief`,
      );
    }
    return c.json(found.brief, 200);
  });
}
