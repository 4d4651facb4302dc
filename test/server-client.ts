/**
 * A client for the server suites: JSON calls that keep status, headers and body, and a
 * server-sent events reader over a real connection.
 */
import { request as httpRequest } from "node:http";

export type Reply = {
  readonly status: number;
  readonly type: string;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
};

/** A request to the server, its body parsed when it is JSON. */
export async function call(base: string, path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  let body: unknown = null;
  if (/json/.test(type) && text) body = JSON.parse(text);
  return { status: res.status, type, headers: res.headers, body, text };
}

/** A GET with a Host header of our choosing (fetch will not send one). */
export function getWithHost(base: string, path: string, host: string): Promise<number> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

export type SseEvent = { readonly event: string; readonly data: string };

/** An open event stream: the events and comments read so far. */
export type SseReader = {
  readonly status: number;
  readonly type: string;
  readonly events: SseEvent[];
  comments(): number;
  /** Resolves with the first event (read so far or later) that `match` accepts. */
  waitFor(match: (e: SseEvent) => boolean, timeoutMs: number): Promise<SseEvent>;
  /** Resolves once the server ended the stream. */
  ended(): Promise<void>;
  close(): void;
};

export async function openEvents(url: string): Promise<SseReader> {
  const abort = new AbortController();
  const res = await fetch(url, { signal: abort.signal });
  const events: SseEvent[] = [];
  let comments = 0;
  let buffer = "";
  const waiters = new Set<() => void>();
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n");
          if (lines.every((l) => l.startsWith(":"))) comments++;
          const event = lines.find((l) => l.startsWith("event: "))?.slice(7);
          const data = lines.filter((l) => l.startsWith("data: ")).map((l) => l.slice(6));
          if (event !== undefined) events.push({ event, data: data.join("\n") });
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // aborted by close()
    }
    for (const wake of waiters) wake();
  })();
  let done = false;
  void reading.then(() => (done = true));
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    events,
    comments: () => comments,
    waitFor: (match, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = events.find(match);
          if (found === undefined) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no matching event within ${timeoutMs} ms (got ${JSON.stringify(events)})`),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    ended: async () => {
      await reading;
      if (!done) await reading;
    },
    close: () => abort.abort(),
  };
}
