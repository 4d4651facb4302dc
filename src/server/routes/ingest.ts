import { createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ingestArticles } from "../../store/ingest.js";
import { DEFAULT_MAX_INGEST_BYTES, type ApiApp, type AppDeps } from "../app.js";
import { articlesOfJsonl, type LineError } from "../ingest-lines.js";
import { problemResponse, ProblemError } from "../problem.js";
import { ingestResultSchema } from "../schemas.js";

/**
 * The media types an ingest body may name. Not `text/plain`: a page on another site may send
 * that without asking first, and these it may not (a CORS preflight, which this server never
 * grants), so a page the desk has open cannot feed the store.
 */
const JSONL_TYPES = ["application/x-ndjson", "application/jsonl"];

const mediaTypeOf = (header: string | undefined): string =>
  (header ?? "").split(";")[0]!.trim().toLowerCase();

const ingestRoute = createRoute({
  method: "post",
  path: "/api/ingest",
  summary: "Add articles: JSONL, one record per line, as `corroborate ingest` reads it",
  description:
    "Lines that are not JSON or not an article are reported by number and the others stored; " +
    "the stories are brought up to date by the job worker afterwards (watch /api/events).",
  security: [{ bearer: [] }],
  request: {
    body: {
      required: true,
      // A plain OpenAPI schema, not a zod one: the route validator would read a body whose
      // type starts `application/json` as one JSON value; the handler reads the lines.
      content: Object.fromEntries(
        JSONL_TYPES.map((t) => [
          t,
          { schema: { type: "string" as const, description: "one JSON record per line" } },
        ]),
      ),
    },
  },
  responses: {
    200: {
      description: "what was stored",
      content: { "application/json": { schema: ingestResultSchema } },
    },
    400: problemResponse("no line of the body is an article"),
    401: problemResponse("a token is needed"),
    403: problemResponse("sent from another site's page"),
    413: problemResponse("the body is over the size limit"),
    415: problemResponse("the body is not JSONL"),
  },
});

export function ingestRoutes(app: ApiApp, deps: AppDeps): void {
  const maxBytes = deps.maxIngestBytes ?? DEFAULT_MAX_INGEST_BYTES;
  app.use(
    "/api/ingest",
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new ProblemError(
          413,
          `the body is over the ${maxBytes}-byte limit: send it in parts`,
        );
      },
    }),
  );
  app.openapi(ingestRoute, async (c) => {
    const type = mediaTypeOf(c.req.header("content-type"));
    if (!JSONL_TYPES.includes(type))
      throw new ProblemError(
        415,
        `send JSONL as ${JSONL_TYPES.join(" or ")}, not ${type || "no content type"}`,
      );
    const { articles, errors } = articlesOfJsonl(await c.req.text());
    if (articles.length === 0)
      throw new ProblemError(
        400,
        errors.length ? "no line of the body is an article" : "the body is empty",
        errors,
      );
    const lineOf = new Map(articles.map((a) => [a.article.id, a.line]));
    const report = await ingestArticles(
      deps.store,
      articles.map((a) => a.article),
      deps.contextNow(),
      deps.analyser ? { analyser: deps.analyser } : {},
    );
    const unstorable: LineError[] = report.skipped.map((s) => ({
      line: lineOf.get(s.input) ?? 0,
      reason: s.reason,
    }));
    const queued = report.added.length > 0;
    // The worker (here or in another process) takes them in and writes the stories' briefs.
    if (queued) await deps.jobs.sendCorpusUpdate();
    return c.json(
      {
        added: [...report.added],
        known: report.known,
        errors: [...errors, ...unstorable].sort((x, y) => x.line - y.line),
        queued,
      },
      200,
    );
  });
}
