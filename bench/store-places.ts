/**
 * Fresh, throwaway stores for the store benchmark: embedded PGlite in a temporary folder, or a
 * database of its own on a PostgreSQL server, created for the run and dropped after it, so a
 * benchmark never measures (or damages) a store someone keeps.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { isRunning } from "../src/store/lock.js";
import type { StoreConfig } from "../src/store/index.js";

export type StoreEngineName = "pglite" | "postgresql";
export const STORE_ENGINES: readonly StoreEngineName[] = ["pglite", "postgresql"];

/** The server the machines run: PostgreSQL 15 with trust auth (DESIGN §8). */
export const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";

/** A store made for one measurement: how to open it, and how to remove every trace of it. */
export type StorePlace = {
  readonly config: StoreConfig;
  /** Where it is, for the progress lines. */
  readonly where: string;
  remove(): Promise<void>;
};

/** Bench databases are named for the bench process, so a dead run's can be told and dropped. */
const BENCH_DATABASE_PREFIX = "corroborate_bench_";

/** The server's address without a password, for messages and the results file. */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return "(an unreadable PostgreSQL URL)";
  }
}

async function onServer<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Null when the server answers, else why the PostgreSQL figures are left out. */
export async function postgresUnreachable(url: string): Promise<string | null> {
  try {
    await onServer(url, "select 1");
    return null;
  } catch (e) {
    return `no PostgreSQL at ${withoutPassword(url)} (${(e as Error).message})`;
  }
}

/** Drops the databases of earlier bench runs that died (Ctrl-C) before they could drop them. */
async function dropDeadRunsDatabases(url: string): Promise<void> {
  const rows = await onServer<{ name: string }>(
    url,
    `select datname as name from pg_database where datname like '${BENCH_DATABASE_PREFIX}%'`,
  );
  for (const { name } of rows) {
    const pid = Number(name.slice(BENCH_DATABASE_PREFIX.length).split("_")[0]);
    if (Number.isInteger(pid) && !isRunning(pid))
      await onServer(url, `drop database if exists ${name} with (force)`);
  }
}

/**
 * Waits (up to 10 s) until no session is on `database`: a closed pool has said goodbye before
 * the server has ended its sessions, and dropping "with force" under a client still reading
 * makes that client throw "terminating connection" as an uncaught error.
 */
async function sessionsGone(url: string, database: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const [row] = await onServer<{ n: string }>(
      url,
      `select count(*)::text as n from pg_stat_activity where datname = '${database}'`,
    );
    if (row?.n === "0") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh embedded store in a temporary folder. */
export function pglitePlace(): StorePlace {
  const folder = mkdtempSync(join(tmpdir(), "corroborate-bench-"));
  return {
    config: { data: folder },
    where: folder,
    remove: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** A fresh database on the server at `url`; `tag` keeps two places of one run apart. */
export async function postgresPlace(url: string, tag: string): Promise<StorePlace> {
  await dropDeadRunsDatabases(url);
  const database = `${BENCH_DATABASE_PREFIX}${process.pid}_${tag}`;
  await onServer(url, `drop database if exists ${database}`);
  await onServer(url, `create database ${database}`);
  const at = new URL(url);
  at.pathname = `/${database}`;
  return {
    config: { databaseUrl: at.toString() },
    where: `${at.host}/${database}`,
    remove: async () => {
      await sessionsGone(url, database);
      await onServer(url, `drop database if exists ${database} with (force)`);
    },
  };
}
