/**
 * Fresh stores for the store suites, on both engines: embedded PGlite in a temporary folder, and
 * the PostgreSQL server the machines run (a fresh database per suite, dropped after). The server's
 * engine is skipped, with the reason, where no server answers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { isRunning } from "../src/store/lock.js";
import type { StoreConfig } from "../src/store/index.js";

/** The test server: the machines run PostgreSQL 15 here with trust auth. */
const POSTGRES_URL =
  process.env.CORROBORATE_TEST_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432/test";

/** Null when the server answers, else why the PostgreSQL suite is skipped. */
async function postgresUnreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (e) {
    return `no PostgreSQL at ${POSTGRES_URL} (${(e as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `sql` on the test server's own database (to create and drop the per-run one). */
async function onServer(statement: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(statement)).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

/** Per-run databases are named for the test process, so a dead run's can be told and dropped. */
const TEST_DATABASE_PREFIX = "corroborate_store_test_";

/** Drops the databases of earlier runs that died before their cleanup. */
async function dropDeadRunsDatabases(): Promise<void> {
  const names = await onServer(
    `select datname as name from pg_database where datname like '${TEST_DATABASE_PREFIX}%'`,
  );
  for (const name of names) {
    const pid = Number(name.slice(TEST_DATABASE_PREFIX.length).split("_")[0]);
    if (Number.isInteger(pid) && !isRunning(pid))
      await onServer(`drop database if exists ${name} with (force)`);
  }
}

/**
 * Waits (up to 10 s) until no session is connected to `database`. A closed store's pool has
 * said goodbye before its sessions have ended on the server; dropping the database "with force"
 * then kills them, and the client, still reading, throws the server's "terminating connection"
 * as an uncaught error in the suite.
 */
async function sessionsGone(database: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const [count] = await onServer(
      `select count(*)::text as name from pg_stat_activity where datname = '${database}'`,
    );
    if (count === "0") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A place for one engine's stores: `prepare` gives a fresh, empty store each time it is called
 * (a suite comparing two stores calls it twice), and `cleanup` removes all it gave.
 */
export type Engine = {
  readonly name: string;
  readonly skip: string | null;
  readonly embedded: boolean;
  prepare(): Promise<StoreConfig>;
  cleanup(): Promise<void>;
};

const pglite = (prefix: string): Engine => {
  const folders: string[] = [];
  return {
    name: "PGlite (embedded)",
    skip: null,
    embedded: true,
    prepare: async () => {
      const folder = mkdtempSync(join(tmpdir(), prefix));
      folders.push(folder);
      return { data: folder };
    },
    cleanup: async () => {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
};

const postgres = (skip: string | null): Engine => {
  const databases: string[] = [];
  return {
    name: "PostgreSQL",
    skip,
    embedded: false,
    prepare: async () => {
      await dropDeadRunsDatabases();
      const database = `${TEST_DATABASE_PREFIX}${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      await onServer(`create database ${database}`);
      databases.push(database);
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${database}`;
      return { databaseUrl: url.toString() };
    },
    cleanup: async () => {
      for (const database of databases.splice(0)) {
        await sessionsGone(database);
        await onServer(`drop database if exists ${database} with (force)`);
      }
    },
  };
};

/** Both engines, each preparing a fresh store when asked; `prefix` names the embedded one's folder. */
export async function storeEngines(prefix = "corroborate-store-"): Promise<Engine[]> {
  return [pglite(prefix), postgres(await postgresUnreachable())];
}
