import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { lockFolder, type FolderLock } from "./lock.js";
import { migrateToLatest, STORY_LISTING_MIGRATION } from "./migrations.js";
import { backfillStoryListing } from "./story-listing.js";
import type { StoreSchema } from "./schema.js";

/** Where the embedded store lives when no folder is given. */
export const DEFAULT_DATA_FOLDER = "./corroborate-data";

/** The embedded database's own folder inside a data folder (beside the lock file). */
const PGLITE_FOLDER = "pglite";

/**
 * Where the store is. With `databaseUrl` it is that PostgreSQL server; otherwise an embedded
 * PGlite database in `data`. The caller reads the environment (`DATABASE_URL`), not the store.
 */
export type StoreConfig = {
  readonly databaseUrl?: string;
  readonly data?: string;
  /** Told what opening does that takes time: creating a fresh embedded database, migrating. */
  readonly onProgress?: (message: string) => void;
};

export type Store = {
  readonly db: Kysely<StoreSchema>;
  readonly engine: "pglite" | "postgresql";
  /** The data folder, or the server's address without credentials. */
  readonly location: string;
  /** Migrations this open applied (none when the store was already at the latest). */
  readonly migrated: readonly string[];
  close(): Promise<void>;
};

/** The server and database of a connection string, without user or password. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgresql://${u.host}${u.pathname}`;
  } catch {
    return "PostgreSQL (an unreadable DATABASE_URL)";
  }
}

/** A pool on the embedded engine, and a way to shut the engine down after it. */
async function openPglite(
  folder: string,
  onProgress: (message: string) => void,
): Promise<{ pool: pg.Pool; shutdown: () => Promise<void> }> {
  // Loaded only here, so a PostgreSQL user never loads the WASM engine.
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { createPgConfig } = await import("@electric-sql/pglite/node-postgres");
  const dir = join(folder, PGLITE_FOLDER);
  if (!existsSync(join(dir, "PG_VERSION")))
    onProgress(`creating a new embedded database in ${folder} (this takes 5–11 s, once)…`);
  const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
  // The adapter leaves the engine to its owner; the pool is a single connection to it.
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  return { pool, shutdown: () => pglite.close() };
}

/**
 * Opens the store and brings its schema to the latest version. The embedded store is locked to
 * this process until `close`; a second opener gets a `StoreLockedError`.
 */
export async function openStore(config: StoreConfig = {}): Promise<Store> {
  const onProgress = config.onProgress ?? (() => {});
  let pool: pg.Pool;
  let shutdown = async (): Promise<void> => {};
  let lock: FolderLock | null = null;
  let location: string;
  if (config.databaseUrl !== undefined) {
    location = describeUrl(config.databaseUrl);
    pool = new pg.Pool({ connectionString: config.databaseUrl });
  } else {
    location = resolve(config.data ?? DEFAULT_DATA_FOLDER);
    mkdirSync(location, { recursive: true });
    lock = lockFolder(location);
    try {
      ({ pool, shutdown } = await openPglite(location, onProgress));
    } catch (e) {
      lock.release();
      throw e;
    }
  }
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  const close = async (): Promise<void> => {
    await db.destroy(); // ends the pool
    await shutdown();
    lock?.release();
  };
  try {
    const migrated = await migrateToLatest(db as Kysely<unknown>);
    if (migrated.length) onProgress(`store schema: applied ${migrated.join(", ")}`);
    const store: Store = {
      db,
      engine: config.databaseUrl === undefined ? "pglite" : "postgresql",
      location,
      migrated,
      close,
    };
    // Briefs written before the story list had its table get their rows, once.
    if (migrated.includes(STORY_LISTING_MIGRATION)) {
      const filled = await backfillStoryListing(store);
      if (filled) onProgress(`listed ${filled} stories written before the story list`);
    }
    return store;
  } catch (e) {
    await close();
    throw e;
  }
}
