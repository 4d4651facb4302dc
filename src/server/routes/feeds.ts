import { createRoute, z } from "@hono/zod-openapi";
import { addFeed, listFeeds, removeFeed, type StoredFeed } from "../../store/feeds.js";
import type { ApiApp, AppDeps } from "../app.js";
import { problemResponse, ProblemError } from "../problem.js";
import { feedAddBody, feedAddedSchema, feedIdParam, feedListSchema } from "../schemas.js";

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

const feedJson = (f: StoredFeed) => ({
  id: f.id,
  url: f.url,
  title: f.title,
  addedAt: f.addedAt.toISOString(),
  lastPolledAt: iso(f.lastPolledAt),
  lastSucceededAt: iso(f.lastSucceededAt),
  failures: f.failures,
  nextPollAt: f.nextPollAt.toISOString(),
  lastError: f.lastError,
});

const listRoute = createRoute({
  method: "get",
  path: "/api/feeds",
  summary: "The feeds the store polls, and how their polls stand",
  responses: {
    200: {
      description: "every feed, oldest first",
      content: { "application/json": { schema: feedListSchema } },
    },
  },
});

const addRoute = createRoute({
  method: "post",
  path: "/api/feeds",
  summary: "Add a feed (due at once); a URL added before is not added again",
  security: [{ bearer: [] }],
  request: {
    body: { required: true, content: { "application/json": { schema: feedAddBody } } },
  },
  responses: {
    200: {
      description: "the feed was there already",
      content: { "application/json": { schema: feedAddedSchema } },
    },
    201: {
      description: "the feed was added",
      content: { "application/json": { schema: feedAddedSchema } },
    },
    400: problemResponse("the body is not JSON or its url not an http(s) URL"),
    401: problemResponse("a token is needed"),
    403: problemResponse("sent from another site's page"),
    415: problemResponse("the body is not JSON"),
  },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/api/feeds/{id}",
  summary: "Remove a feed; its articles stay",
  security: [{ bearer: [] }],
  request: { params: z.object({ id: feedIdParam }) },
  responses: {
    204: { description: "removed" },
    400: problemResponse("the id is not a feed id"),
    401: problemResponse("a token is needed"),
    403: problemResponse("sent from another site's page"),
    404: problemResponse("no such feed"),
  },
});

export function feedRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => {
    return c.json({ feeds: (await listFeeds(deps.store)).map(feedJson) }, 200);
  });

  // The validator reads a body only when it says it is JSON; anything else is said here.
  app.use("/api/feeds", async (c, next) => {
    if (
      c.req.method === "POST" &&
      !/^application\/json\s*(;|$)/i.test(c.req.header("content-type") ?? "")
    )
      throw new ProblemError(415, 'send the feed as application/json: {"url": "https://…"}');
    await next();
  });
  app.openapi(addRoute, async (c) => {
    const { url } = c.req.valid("json");
    const { feed, added } = await addFeed(deps.store, url, deps.now());
    return c.json({ feed: feedJson(feed), added }, added ? 201 : 200);
  });

  app.openapi(removeRoute, async (c) => {
    const { id } = c.req.valid("param");
    if ((await removeFeed(deps.store, id)) === null) throw new ProblemError(404, `no feed ${id}`);
    return c.body(null, 204);
  });
}
