import { createRoute, z } from "@hono/zod-openapi";
import { storyIdOf } from "../../service/store-brief.js";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { storeIdOfStory } from "../../service/store-brief.js";
import { loadStory } from "../../store/stories.js";
import { DEFAULT_HEARTBEAT_MS, type ApiApp, type AppDeps } from "../app.js";
import type { BriefEvent } from "../brief-events.js";
import { problemResponse, ProblemError } from "../problem.js";
import { storyIdParam } from "../schemas.js";

const STREAM_DESCRIPTION =
  'server-sent events: `brief` with data {"story": "story-17", "version": 3} each time a ' +
  "story's brief gets a new version; a comment line every 15 s keeps the stream open";

const allRoute = createRoute({
  method: "get",
  path: "/api/events",
  summary: "New brief versions of every story, as they are written",
  responses: {
    200: {
      description: STREAM_DESCRIPTION,
      content: { "text/event-stream": { schema: z.string() } },
    },
  },
});

const storyRoute = createRoute({
  method: "get",
  path: "/api/stories/{id}/events",
  summary: "New brief versions of one story, as they are written",
  request: { params: z.object({ id: storyIdParam }) },
  responses: {
    200: {
      description: STREAM_DESCRIPTION,
      content: { "text/event-stream": { schema: z.string() } },
    },
    400: problemResponse("the id is not a story id"),
    404: problemResponse("no such story"),
  },
});

/** A stream of the brief events `wanted` lets through, until the client or the server leaves. */
function briefStream(c: Context, deps: AppDeps, wanted: (e: BriefEvent) => boolean): Response {
  const heartbeatMs = deps.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  return streamSSE(c, async (stream) => {
    let ended: () => void = () => {};
    const done = new Promise<void>((resolve) => (ended = resolve));
    const unsubscribe = deps.briefEvents.subscribe({
      onBrief: (event) => {
        if (wanted(event))
          void stream
            .writeSSE({
              event: "brief",
              data: JSON.stringify(event),
              id: `${event.story}:${event.version}`,
            })
            .catch(ended);
      },
      onClose: () => ended(),
    });
    stream.onAbort(() => ended());
    const heartbeat = setInterval(() => {
      void stream.write(": still here\n\n").catch(ended);
    }, heartbeatMs);
    // Said at once, so a client knows the stream is open before any brief changes.
    await stream.write(": watching brief versions\n\n");
    try {
      await done;
    } finally {
      clearInterval(heartbeat);
      unsubscribe();
    }
  });
}

export function eventRoutes(app: ApiApp, deps: AppDeps): void {
  // A stream is a plain Response, which the typed handlers do not know of: hence `as never`.
  app.openapi(allRoute, (c) => briefStream(c, deps, () => true) as never);
  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid("param");
    const storeId = storeIdOfStory(id)!;
    if ((await loadStory(deps.store, storeId)) === null)
      throw new ProblemError(404, `no story ${id}`);
    const story = storyIdOf(storeId);
    return briefStream(c, deps, (e) => e.story === story) as never;
  });
}
