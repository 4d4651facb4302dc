import { decodeBytes } from "../ingest/decode.js";
import { reasonOf } from "../ingest/read-inputs.js";

/** What a GET gave: the text, "not modified" (304), or why there is none. */
export type Fetched =
  | { readonly kind: "not-modified" }
  | {
      readonly kind: "text";
      readonly text: string;
      /** Where the answer came from, after redirects. */
      readonly url: string;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | {
      readonly kind: "failed";
      /** One line: the HTTP status, or what went wrong on the way. */
      readonly reason: string;
      /** True when asking again later may work: no answer, a server error, "too many requests". */
      readonly transient: boolean;
      /** The server's `Retry-After`, as sent (seconds, or an HTTP date), if any. */
      readonly retryAfter: string | null;
    };

export type FetchOptions = {
  /** Validators of an earlier answer, for a conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly accept: string;
  /** The longest wait for the whole answer. */
  readonly timeoutMs: number;
  /** A larger answer is refused: no feed or article page comes near 16 MB. */
  readonly maxBytes: number;
};

/** Names the program to the servers it asks, as feed readers do. */
const USER_AGENT = "corroborate/0.1 (news feed reader)";

/** Statuses worth asking again for: timeouts, rate limits and server errors. */
const isTransientStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500;

/** Why a request got no answer, in one line: the network's own reason where there is one. */
function whyNoAnswer(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === "TimeoutError")
    return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = error instanceof Error ? (error as { cause?: unknown }).cause : undefined;
  return `could not fetch: ${reasonOf(cause ?? error)}`;
}

/** Reads the body, giving up past `maxBytes` instead of holding an endless answer in memory. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/**
 * GETs a URL with node's fetch, conditionally when validators are given. Never throws: a
 * failure, on the network or from the server, comes back as a reason.
 */
export async function fetchText(url: string, options: FetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: options.accept };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const mb = (options.maxBytes / 1024 / 1024).toFixed(0);
  try {
    const response = await fetch(url, {
      headers,
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: "not-modified" };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        kind: "failed",
        reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        transient: isTransientStatus(response.status),
        retryAfter: response.headers.get("retry-after"),
      };
    }
    const bytes = await readBody(response, options.maxBytes);
    if (bytes === null)
      return {
        kind: "failed",
        reason: `the answer is larger than ${mb} MB`,
        transient: false,
        retryAfter: null,
      };
    const decoded = decodeBytes(bytes);
    if (decoded.kind === "unusable")
      return { kind: "failed", reason: decoded.reason, transient: false, retryAfter: null };
    return {
      kind: "text",
      text: decoded.text,
      url: response.url || url,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } catch (error) {
    return {
      kind: "failed",
      reason: whyNoAnswer(error, options.timeoutMs),
      transient: true,
      retryAfter: null,
    };
  }
}
