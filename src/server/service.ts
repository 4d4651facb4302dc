import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { ArticleAnalyser } from "../pipeline/analyser.js";
import type { Context as PipelineContext } from "../pipeline/context.js";
import { openCorpusJobs } from "../service/corpus-jobs.js";
import type { Store } from "../store/open.js";
import { createApp, type ApiApp, type AppDeps } from "./app.js";
import { watchBriefs, type BriefWatchOptions } from "./brief-events.js";
import { isLoopback } from "./security.js";

export type ServiceOptions = {
  readonly host: string;
  /** 0 takes a free port (tests). */
  readonly port: number;
  readonly token: string | null;
  readonly contextNow: () => PipelineContext;
  /** Runs the article stages of POST /api/ingest (a pool of threads); unset, this thread. */
  readonly analyser?: ArticleAnalyser;
  readonly now: () => Date;
  /** Seconds a story's aggregation waits for more sends to join it (see `JobsOptions`). */
  readonly storyDelaySeconds?: number;
  readonly maxIngestBytes?: number;
  readonly heartbeatMs?: number;
  readonly watch?: BriefWatchOptions;
  readonly onError?: (error: Error) => void;
  readonly pages?: (app: ApiApp) => void;
};

/** A server answering on a store, with the jobs worker that keeps its stories up to date. */
export type Service = {
  readonly url: string;
  readonly app: ApiApp;
  /** Asks the worker to take in articles stored meanwhile (by a feed poll in this process). */
  sendCorpusUpdate(): Promise<void>;
  /** Stops taking requests, ends the event streams, stops the jobs; the store stays open. */
  close(): Promise<void>;
};

/** Why a server may not start on this host with this token, or null. */
export function refusalToServe(host: string, token: string | null): string | null {
  if (isLoopback(host) || token !== null) return null;
  return (
    `listening on ${host} lets other machines write to the store: give a token ` +
    "(--token or CORROBORATE_TOKEN), or bind to 127.0.0.1"
  );
}

/**
 * Starts the API on a store: the jobs worker (as `corroborate run` does, so what is ingested
 * gets analysed and its stories' briefs written), the brief watcher, and the HTTP server.
 */
export async function startService(store: Store, options: ServiceOptions): Promise<Service> {
  const refusal = refusalToServe(options.host, options.token);
  if (refusal !== null) throw new Error(refusal);
  const { jobs } = await openCorpusJobs(store, options.contextNow, {
    storyDelaySeconds: options.storyDelaySeconds ?? 0,
    // Articles queued by `corroborate ingest --queue` are analysed here too, as by a worker.
    analyser: options.analyser,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const briefEvents = watchBriefs(store, {
    ...options.watch,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const deps: AppDeps = {
    store,
    jobs,
    briefEvents,
    contextNow: options.contextNow,
    ...(options.analyser ? { analyser: options.analyser } : {}),
    now: options.now,
    token: options.token,
    loopbackOnly: isLoopback(options.host),
    ...(options.maxIngestBytes === undefined ? {} : { maxIngestBytes: options.maxIngestBytes }),
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.pages ? { pages: options.pages } : {}),
  };
  const app = createApp(deps);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await briefEvents.close();
    await jobs.stop();
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "EADDRINUSE"
        ? `port ${options.port} on ${options.host} is in use: pick another with --port`
        : `cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`,
    );
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    app,
    sendCorpusUpdate: () => jobs.sendCorpusUpdate(),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Event streams stay open until told: end them, then the idle connections.
      await briefEvents.close();
      if ("closeIdleConnections" in server) server.closeIdleConnections();
      await closed;
      await jobs.stop();
    },
  };
}
