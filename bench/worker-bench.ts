/**
 * Scale-out on the store (issue 17, item 6): a generated ingest into a fresh PostgreSQL database,
 * once by one `corroborate ingest` (the same-run baseline), then queued with `ingest --queue` and
 * worked by 1, 2 and 3 `corroborate worker --until-idle` processes at once; each run's
 * articles/s, and whether the stored result (articles, stories, reuse, latest briefs: a digest)
 * is the same in every run. The processes are the built CLI (`npm run build` first), as a user
 * runs them.
 *
 *   npx tsx bench/worker-bench.ts [--count 20000] [--workers 1,2,3] [--docs]
 *
 * `--docs` writes the table between the bench-workers markers of docs/benchmarks.md and the
 * summary between those of the README.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { openStore } from "../src/store/index.js";
import { writeCorpus } from "./generate.js";
import { writeDocsTable } from "./report.js";
import { storedResult, type StoredResult } from "./stored-result.js";
import { DEFAULT_POSTGRES_URL, postgresPlace, postgresUnreachable } from "./store-places.js";

const CLI = join(import.meta.dirname, "..", "dist", "src", "cli", "main.js");
const TODAY = "2026-12-01";
const DOCS_FILE = join(import.meta.dirname, "..", "docs", "benchmarks.md");
const README_FILE = join(import.meta.dirname, "..", "README.md");

type Run = {
  /** "ingest" (one process, no queue) or the number of workers. */
  readonly mode: "ingest" | number;
  /** Seconds of `ingest --queue` before the workers started (0 for the plain ingest). */
  readonly queueSeconds: number;
  /** Seconds from the first worker's start to the last one's exit (or the plain ingest's). */
  readonly seconds: number;
  readonly result: StoredResult;
  /** Per job queue: jobs run and the seconds they ran, summed over the workers (none for the plain ingest). */
  readonly jobs: readonly QueueTime[];
  /** The database's size on disk after the run, in bytes. */
  readonly databaseBytes: number;
};

type QueueTime = { readonly queue: string; readonly jobs: number; readonly seconds: number };

/** Runs the CLI with the store's URL; resolves when it exits 0, rejects with its stderr if not. */
function cli(args: readonly string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`corroborate ${args[0]} exited ${code}: ${stderr.trim()}`)),
    );
  });
}

const since = (t: number): number => (performance.now() - t) / 1000;

async function measure(mode: "ingest" | number, folder: string, url: string): Promise<Run> {
  const place = await postgresPlace(url, `workers_${mode}`);
  const databaseUrl = place.config.databaseUrl!;
  try {
    // Creates the schema and the job tables, so no run is charged for them.
    await cli(["worker", "--until-idle", "--quiet"], databaseUrl);
    let queueSeconds = 0;
    let t = performance.now();
    if (mode === "ingest") await cli(["ingest", "--quiet", "--today", TODAY, folder], databaseUrl);
    else {
      await cli(["ingest", "--queue", "--quiet", "--today", TODAY, folder], databaseUrl);
      queueSeconds = since(t);
      t = performance.now();
      await Promise.all(
        Array.from({ length: mode }, () =>
          cli(["worker", "--until-idle", "--quiet", "--today", TODAY], databaseUrl),
        ),
      );
    }
    const seconds = since(t);
    const store = await openStore(place.config);
    try {
      // Jobs fetched together (stories, 16 at a time) share the fetch's start time and run one
      // after the other: each ran from the previous one's end (or the fetch) to its own end.
      const { rows: jobs } = await sql<QueueTime>`
        with done as (
          select name, started_on, completed_on from corroborate_jobs.job
          where completed_on is not null
          union all select name, started_on, completed_on from corroborate_jobs.archive
          where completed_on is not null),
        ran as (
          select name, completed_on - greatest(started_on, coalesce(lag(completed_on) over (
            partition by name, started_on order by completed_on), started_on)) as took
          from done)
        select name as queue, count(*)::int as jobs,
          coalesce(sum(extract(epoch from took)), 0)::float8 as seconds
        from ran group by name order by name`.execute(store.db);
      const { rows: size } = await sql<{ bytes: string }>`
        select pg_database_size(current_database())::text as bytes`.execute(store.db);
      return {
        mode,
        queueSeconds,
        seconds,
        result: await storedResult(store),
        jobs: mode === "ingest" ? [] : jobs,
        databaseBytes: Number(size[0]!.bytes),
      };
    } finally {
      await store.close();
    }
  } finally {
    await place.remove();
  }
}

function table(runs: readonly Run[], count: number, about: string): string {
  const one = runs.find((r) => r.mode === 1);
  const reference = runs[0]!.result.digest;
  const rows = runs.map((r) => {
    const rate = r.result.articles / r.seconds;
    const vsOne = one === undefined ? "" : `${(one.seconds / r.seconds).toFixed(2)}×`;
    return `| ${r.mode === "ingest" ? "one `corroborate ingest`" : `${r.mode} worker${r.mode === 1 ? "" : "s"}`} | ${r.queueSeconds ? r.queueSeconds.toFixed(1) : "–"} | ${r.seconds.toFixed(1)} | ${rate.toFixed(0)} | ${r.mode === "ingest" ? "–" : vsOne} | ${r.result.articles.toLocaleString("en-US")} / ${r.result.stories.toLocaleString("en-US")} / ${r.result.reuseEdges.toLocaleString("en-US")} | ${r.result.digest.slice(0, 12)}${r.result.digest === reference ? "" : " (differs)"} |`;
  });
  const queues = [...new Set(runs.flatMap((r) => r.jobs.map((j) => j.queue)))].sort();
  const jobRows = runs
    .filter((r) => r.jobs.length)
    .map((r) => {
      const cell = (q: string): string => {
        const j = r.jobs.find((x) => x.queue === q);
        return j ? `${j.seconds.toFixed(1)} (${j.jobs})` : "–";
      };
      return `| ${r.mode} | ${queues.map(cell).join(" | ")} | ${(r.databaseBytes / r.result.articles / 1024).toFixed(1)} |`;
    });
  return [
    about,
    "",
    `${count.toLocaleString("en-US")} generated articles into a fresh PostgreSQL database each run:`,
    "",
    "| run | queueing s | working s | articles/s | × one worker | articles / stories / reuse edges | stored result |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ...rows,
    "",
    "Seconds the jobs of each queue ran, summed over the workers (jobs run), and the database's size per article:",
    "",
    `| workers | ${queues.join(" | ")} | KB per article |`,
    `| --- | ${queues.map(() => "---:").join(" | ")} | ---: |`,
    ...jobRows,
  ].join("\n");
}

function readmeSummary(runs: readonly Run[], about: string): string {
  const one = runs.find((r) => r.mode === 1);
  const two = runs.find((r) => r.mode === 2);
  const same = runs.every((r) => r.result.digest === runs[0]!.result.digest);
  const rate = (r: Run): string => `${(r.result.articles / r.seconds).toFixed(0)} articles/s`;
  const lines = [
    about,
    "",
    "| on one PostgreSQL | figure |",
    "| --- | ---: |",
    ...(one ? [`| one worker | ${rate(one)} |`] : []),
    ...(two && one
      ? [`| two workers | ${rate(two)} (${(one.seconds / two.seconds).toFixed(2)}× one) |`]
      : []),
    `| stored result of every run | ${same ? "identical" : "**differs**"} |`,
  ];
  return lines.join("\n");
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--help")) {
    process.stdout.write(
      "Usage: npx tsx bench/worker-bench.ts [--count N] [--workers 1,2,3] [--url URL] [--docs]\n",
    );
    return 0;
  }
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const count = Number(value("--count") ?? 20000);
  const workers = (value("--workers") ?? "1,2,3").split(",").map(Number);
  const url = value("--url") ?? DEFAULT_POSTGRES_URL;
  if (!Number.isInteger(count) || count < 1 || workers.some((w) => !Number.isInteger(w) || w < 1)) {
    process.stderr.write("worker-bench: --count and --workers take whole numbers\n");
    return 2;
  }
  if (!existsSync(CLI)) {
    process.stderr.write(`worker-bench: ${CLI} is missing: run npm run build first\n`);
    return 1;
  }
  const unreachable = await postgresUnreachable(url);
  if (unreachable !== null) {
    process.stderr.write(`worker-bench: ${unreachable}\n`);
    return 1;
  }
  const out = mkdtempSync(join(tmpdir(), "corroborate-workers-"));
  try {
    process.stderr.write(`generating ${count} articles\n`);
    await writeCorpus({ count, format: "txt", out });
    const folder = join(out, "articles");
    const runs: Run[] = [];
    for (const mode of ["ingest" as const, ...workers]) {
      process.stderr.write(`run: ${mode === "ingest" ? "one ingest" : `${mode} workers`}\n`);
      const run = await measure(mode, folder, url);
      runs.push(run);
      process.stderr.write(
        `  ${run.seconds.toFixed(1)} s, ${run.result.articles} articles, digest ${run.result.digest.slice(0, 12)}\n`,
      );
    }
    const about =
      `Written by \`npx tsx bench/worker-bench.ts --count ${count} --workers ${workers.join(",")} --docs\` on ` +
      `${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? "?"}), ` +
      `Node ${process.version}, PostgreSQL on the same machine; each process one thread.`;
    const md = table(runs, count, about);
    process.stdout.write(`${md}\n`);
    const same = runs.every((r) => r.result.digest === runs[0]!.result.digest);
    if (!same)
      for (const r of runs) process.stdout.write(`${r.mode}: ${JSON.stringify(r.result.parts)}\n`);
    if (args.includes("--docs")) {
      for (const [file, text] of [
        [DOCS_FILE, md],
        [
          README_FILE,
          readmeSummary(
            runs,
            about.replace(/;.*$/, "; every run: [docs/benchmarks.md](docs/benchmarks.md)."),
          ),
        ],
      ] as const) {
        const fault = await writeDocsTable(file, text, "bench-workers");
        process.stdout.write(fault ? `not written: ${fault}\n` : `written to ${file}\n`);
      }
    }
    return same ? 0 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
