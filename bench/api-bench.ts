/**
 * The served UI and API under load (issue 16), a benchmark and not a test: a store of generated
 * articles is built on each engine through the code `corroborate ingest` runs, then
 * `corroborate serve` is started on it as a child process (a user's server, in its own process)
 * and autocannon, a load generator in this process, asks it for the story list, a story page and
 * a search, each for a few seconds over a number of connections. Reported: requests/s and the
 * p50/p99 latency of each, per engine; `--docs` writes the table into the README and
 * docs/benchmarks.md between the `bench-api` markers.
 *
 *   npx tsx bench/api-bench.ts [--articles 10000] [--engines pglite,postgresql]
 *     [--duration 8] [--connections 10] [--postgres URL] [--docs]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import autocannon, { type Result as LoadResult } from "autocannon";

import { REPO_ROOT } from "../eval/shared.js";
import { defaultContext } from "../src/pipeline/context.js";
import { updateCorpus } from "../src/service/update-store.js";
import { openStore } from "../src/store/index.js";
import { ingestArticles } from "../src/store/ingest.js";
import { generateArticles, loadBase, toRawArticle } from "./generate.js";
import { writeDocsTable } from "./report.js";
import {
  DEFAULT_POSTGRES_URL,
  pglitePlace,
  postgresPlace,
  postgresUnreachable,
  STORE_ENGINES,
  type StoreEngineName,
  type StorePlace,
} from "./store-places.js";
import { ENGINE_LABELS } from "./store-bench.js";

const USAGE = `usage: npx tsx bench/api-bench.ts [--articles N] [--engines pglite,postgresql]
  [--duration S] [--connections N] [--postgres URL] [--docs]`;

/** The benchmarks' fixed "today" (the generated feed ends before it). */
const BENCH_TODAY = "2026-11-23";
const SEED = 20261123;
/** Articles per ingest + update, as one `corroborate ingest` of a day's files. */
const BUILD_CHUNK = 1000;
/** How long the server may take to open its store and answer. */
const START_TIMEOUT_MS = 120_000;
/** Seconds of load before each measurement, not counted: caches and JIT settle. */
const WARMUP_SECONDS = 2;

type Options = {
  readonly articles: number;
  readonly engines: StoreEngineName[];
  readonly duration: number;
  readonly connections: number;
  readonly postgresUrl: string;
  readonly docs: boolean;
};

type Target = { readonly name: string; readonly path: string };

type LoadRow = {
  readonly engine: string;
  readonly target: string;
  readonly path: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failed: number;
};

function parseArgs(argv: readonly string[]): Options | string {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const known = new Set([
    "--articles",
    "--engines",
    "--duration",
    "--connections",
    "--postgres",
    "--docs",
  ]);
  const unknown = argv.find((a) => a.startsWith("--") && !known.has(a));
  if (unknown) return `unknown option ${unknown}`;
  const num = (name: string, fallback: number): number | string => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : `${name} wants a positive whole number, not "${v}"`;
  };
  const articles = num("--articles", 10_000);
  const duration = num("--duration", 8);
  const connections = num("--connections", 10);
  for (const n of [articles, duration, connections]) if (typeof n === "string") return n;
  const engines = (value("--engines") ?? STORE_ENGINES.join(",")).split(",");
  const bad = engines.find((e) => !STORE_ENGINES.includes(e as StoreEngineName));
  if (bad) return `--engines: unknown engine "${bad}" (${STORE_ENGINES.join(", ")})`;
  return {
    articles: articles as number,
    duration: duration as number,
    connections: connections as number,
    engines: engines as StoreEngineName[],
    postgresUrl: value("--postgres") ?? DEFAULT_POSTGRES_URL,
    docs: argv.includes("--docs"),
  };
}

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Builds the store at `place` from the generated feed, as repeated `corroborate ingest` runs. */
async function buildStore(place: StorePlace, count: number, label: string): Promise<void> {
  const ctx = defaultContext({ today: BENCH_TODAY });
  const base = await loadBase();
  const raws = [...generateArticles(base, { count, seed: SEED, format: "txt" })].map(toRawArticle);
  const store = await openStore({ ...place.config, onProgress: log });
  try {
    for (let start = 0; start < raws.length; start += BUILD_CHUNK) {
      await ingestArticles(store, raws.slice(start, start + BUILD_CHUNK), ctx);
      await updateCorpus(store, ctx);
      log(`${label}: building the store, ${Math.min(start + BUILD_CHUNK, raws.length)}/${count}`);
    }
  } finally {
    await store.close();
  }
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** `corroborate serve` on the store, in its own process; resolves once it answers. */
async function startServer(
  place: StorePlace,
  port: number,
): Promise<{ child: ChildProcess; base: string }> {
  const args = ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), "serve"];
  args.push("--port", String(port), "--host", "127.0.0.1");
  if (place.config.data) args.push("--data", place.config.data);
  const env = { ...process.env };
  if (place.config.databaseUrl) env.DATABASE_URL = place.config.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`corroborate serve exited: ${stderr.trim()}`);
    try {
      if ((await fetch(`${base}/api/stories?limit=1`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`corroborate serve did not answer within ${START_TIMEOUT_MS / 1000} s`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

type ListedStory = { readonly id: string; readonly label: string };

/** The most covered story, and a word of its label to search for. */
async function targetsOf(base: string): Promise<Target[]> {
  const response = await fetch(`${base}/api/stories?sort=most-covered&limit=1`);
  const body = (await response.json()) as { stories?: ListedStory[]; items?: ListedStory[] };
  const story = (body.stories ?? body.items ?? [])[0];
  if (!story) throw new Error("the served store lists no story");
  const word =
    story.label
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3)
      .sort((a, b) => b.length - a.length)[0] ?? "the";
  const id = encodeURIComponent(story.id);
  return [
    { name: "story list (page)", path: "/" },
    { name: "story list (API)", path: "/api/stories" },
    { name: "story page", path: `/stories/${id}` },
    { name: "story brief (API)", path: `/api/stories/${id}` },
    { name: "search (API)", path: `/api/search?q=${encodeURIComponent(word)}` },
  ];
}

async function load(base: string, target: Target, o: Options): Promise<LoadResult> {
  const url = `${base}${target.path}`;
  await autocannon({ url, connections: o.connections, duration: WARMUP_SECONDS });
  return autocannon({ url, connections: o.connections, duration: o.duration });
}

async function measureEngine(engine: StoreEngineName, o: Options): Promise<LoadRow[] | string> {
  const label = ENGINE_LABELS[engine];
  let place: StorePlace;
  if (engine === "pglite") place = pglitePlace();
  else {
    const why = await postgresUnreachable(o.postgresUrl);
    if (why) return `${label}: ${why}`;
    place = await postgresPlace(o.postgresUrl, "api");
  }
  try {
    log(`${label}: building a store of ${o.articles} articles at ${place.where}…`);
    await buildStore(place, o.articles, label);
    const { child, base } = await startServer(place, await freePort());
    try {
      const rows: LoadRow[] = [];
      for (const target of await targetsOf(base)) {
        log(`${label}: ${target.name}, ${o.connections} connections, ${o.duration} s…`);
        const r = await load(base, target, o);
        rows.push({
          engine: label,
          target: target.name,
          path: target.path,
          requestsPerSecond: r.requests.average,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          failed: r.non2xx + r.errors + r.timeouts,
        });
      }
      return rows;
    } finally {
      await stopServer(child);
    }
  } finally {
    await place.remove();
  }
}

function markdown(rows: readonly LoadRow[], leftOut: readonly string[], o: Options): string {
  const about = `A store of ${o.articles.toLocaleString("en")} generated articles per engine, \`corroborate serve\` in its own process, autocannon with ${o.connections} connections for ${o.duration} s per row after ${WARMUP_SECONDS} s of warm-up, on one 2-core machine (load generator and server share it). Written by \`npm run bench:api -- --docs\`.`;
  const head = "| engine | request | requests/s | p50 ms | p99 ms | failed |";
  const rule = "| --- | --- | ---: | ---: | ---: | ---: |";
  const body = rows.map(
    (r) =>
      `| ${r.engine} | ${r.target} | ${Math.round(r.requestsPerSecond)} | ${r.p50Ms} | ${r.p99Ms} | ${r.failed} |`,
  );
  const notes = leftOut.map((l) => `\n_Left out: ${l}_`);
  return [about, "", head, rule, ...body, ...notes].join("\n");
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === "string") {
    console.error(`api-bench: ${o}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const rows: LoadRow[] = [];
  const leftOut: string[] = [];
  for (const engine of o.engines) {
    const result = await measureEngine(engine, o);
    if (typeof result === "string") leftOut.push(result);
    else rows.push(...result);
  }
  const table = markdown(rows, leftOut, o);
  console.log(table);
  if (o.docs) {
    for (const path of [join(REPO_ROOT, "README.md"), join(REPO_ROOT, "docs", "benchmarks.md")]) {
      const why = await writeDocsTable(path, table, "bench-api");
      if (why) console.error(`api-bench: ${why}`);
    }
  }
}

await main();
