import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "./problem.js";

/**
 * What API answers may do in a browser: nothing (they are data, never a page). A page route
 * sets its own policy, which this leaves alone.
 */
export const API_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every answer carries. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  if (!c.res.headers.has("Content-Security-Policy")) c.header("Content-Security-Policy", API_CSP);
};

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Whether a host to bind to is this machine only. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The host name of a Host header or an origin, without its port. */
const hostName = (host: string): string => host.replace(/:\d+$/, "").toLowerCase();

/**
 * A server bound to this machine answers only requests that name this machine: a web page on
 * another site cannot reach it through a name it points at 127.0.0.1 (DNS rebinding).
 */
export const loopbackHostsOnly: MiddlewareHandler = async (c, next) => {
  const host = c.req.header("host");
  if (host === undefined || !isLoopback(hostName(host)))
    throw new ProblemError(403, "this server answers requests for localhost or 127.0.0.1 only");
  await next();
};

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const digest = (text: string): Buffer => createHash("sha256").update(text).digest();

/**
 * Guards the write endpoints: a browser request from another site's page is refused (its
 * `Origin` names another host), and with a token every write must carry it as
 * `Authorization: Bearer <token>`. Compared by digest in constant time.
 */
export function writeGuard(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const host = c.req.header("host");
    if (origin !== undefined) {
      let originHost: string | null = null;
      try {
        originHost = new URL(origin).host;
      } catch {
        // "null" (a sandboxed page or a file) or junk: not this server's page either.
      }
      if (
        originHost === null ||
        host === undefined ||
        originHost.toLowerCase() !== host.toLowerCase()
      )
        throw new ProblemError(403, "writes from another site's pages are refused");
    }
    if (expected !== null) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        c.header("WWW-Authenticate", 'Bearer realm="corroborate"');
        throw new ProblemError(
          401,
          given === undefined
            ? "this endpoint needs Authorization: Bearer <token>"
            : "the token is not this server's",
        );
      }
    }
    return next();
  };
}
