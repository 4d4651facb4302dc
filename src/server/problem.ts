import type { Context } from "hono";
import { z } from "@hono/zod-openapi";

/** The media type of an error body (RFC 9457). */
export const PROBLEM_TYPE = "application/problem+json";

/** The statuses the API answers with a problem, and their titles (HTTP's own phrases). */
const TITLES = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
} as const;

export type ProblemStatus = keyof typeof TITLES;

/** An error as RFC 9457 writes it; `about:blank` says the status and its title say it all. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("what went wrong, in one line"),
    errors: z
      .array(z.object({ line: z.number().int(), reason: z.string() }))
      .optional()
      .describe("for an ingest: why each unusable line was left out"),
  })
  .openapi("Problem");

export type Problem = z.infer<typeof problemSchema>;

export const problemOf = (
  status: ProblemStatus,
  detail: string,
  extra: Pick<Problem, "errors"> = {},
): Problem => ({ type: "about:blank", title: TITLES[status], status, detail, ...extra });

/** A problem response. */
export function problem(
  c: Context,
  status: ProblemStatus,
  detail: string,
  extra: Pick<Problem, "errors"> = {},
): Response {
  return c.body(JSON.stringify(problemOf(status, detail, extra)), status, {
    "content-type": PROBLEM_TYPE,
  });
}

/** The OpenAPI description of a problem response. */
export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_TYPE]: { schema: problemSchema } },
});

/**
 * Thrown by a handler to answer with a problem; the app's error handler writes it. A throw,
 * not a returned response, so handlers keep the typed responses their routes declare.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ProblemStatus,
    detail: string,
    readonly errors?: Problem["errors"],
  ) {
    super(detail);
  }
}
