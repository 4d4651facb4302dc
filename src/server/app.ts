import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import type { ArticleAnalyser } from "../pipeline/analyser.js";
import type { Context as PipelineContext } from "../pipeline/context.js";
import type { Jobs } from "../jobs/index.js";
import type { Store } from "../store/open.js";
import type { BriefEvents } from "./brief-events.js";
import { problem, ProblemError } from "./problem.js";
import { loopbackHostsOnly, securityHeaders, writeGuard } from "./security.js";
import { articleRoutes } from "./routes/articles.js";
import { eventRoutes } from "./routes/events.js";
import { feedRoutes } from "./routes/feeds.js";
import { ingestRoutes } from "./routes/ingest.js";
import { storyRoutes } from "./routes/stories.js";

/** The largest ingest body taken by default: 8 MB of JSONL is a few thousand articles. */
export const DEFAULT_MAX_INGEST_BYTES = 8 * 1024 * 1024;

/** How often an idle event stream gets a comment, so proxies and clients keep it open. */
export const DEFAULT_HEARTBEAT_MS = 15_000;

/** What the app works on; everything from outside (clock, token, store) is passed in. */
export type AppDeps = {
  readonly store: Store;
  /** Where an ingest asks for the corpus update (the jobs worker may be another process). */
  readonly jobs: Pick<Jobs, "sendCorpusUpdate">;
  /** The pipeline context an ingest analyses with (its `today`). */
  readonly contextNow: () => PipelineContext;
  /** Runs an ingest's article stages (a pool of threads); unset, the server's own thread. */
  readonly analyser?: ArticleAnalyser;
  /** The clock feeds are added by. */
  readonly now: () => Date;
  readonly briefEvents: BriefEvents;
  /** Writes need `Authorization: Bearer <token>` when set. */
  readonly token: string | null;
  /** Bound to this machine only: requests must name it in their Host (DNS rebinding). */
  readonly loopbackOnly: boolean;
  readonly maxIngestBytes?: number;
  readonly heartbeatMs?: number;
  /** Told unexpected errors (the client gets a 500 problem without the details). */
  readonly onError?: (error: Error) => void;
  /** Adds page routes (`/`, `/stories/:id`) to the app, after the API's. */
  readonly pages?: (app: ApiApp) => void;
};

export type ApiApp = OpenAPIHono;

/** A failed validation as one line naming the field: `limit: Too big: expected …`. */
function validationDetail(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/**
 * The HTTP API on a store: stories, briefs, articles, search, ingest, feeds and a stream of
 * brief changes, described by the OpenAPI 3.1 document at `/api/openapi.json`. Every error is
 * an `application/problem+json` answer; bad parameters are 400, naming the field.
 */
export function createApp(deps: AppDeps): ApiApp {
  const app: ApiApp = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw new ProblemError(400, validationDetail(result.error));
    },
  });
  app.use("*", securityHeaders);
  if (deps.loopbackOnly) app.use("*", loopbackHostsOnly);
  app.use("/api/*", writeGuard(deps.token));

  storyRoutes(app, deps);
  articleRoutes(app, deps);
  ingestRoutes(app, deps);
  feedRoutes(app, deps);
  eventRoutes(app, deps);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "needed by POST and DELETE when the server runs with a token",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Corroborate",
      version: "1",
      description: "Stories, their cited briefs and articles, from a Corroborate store.",
    },
  });
  deps.pages?.(app);

  app.notFound((c) => problem(c, 404, `no such endpoint: ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof ProblemError)
      return problem(c, error.status, error.message, error.errors ? { errors: error.errors } : {});
    // Hono's own: a body that is not JSON, a body over the limit.
    if (error instanceof HTTPException && [400, 413, 415].includes(error.status))
      return problem(c, error.status as 400 | 413 | 415, error.message || "bad request");
    deps.onError?.(error);
    return problem(c, 500, "the server failed to answer; the error was logged");
  });
  return app;
}
