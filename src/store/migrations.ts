import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import * as initial from "./migrations/0001-initial.js";
import * as corpusState from "./migrations/0003-corpus-state.js";
import * as feeds from "./migrations/0002-feeds.js";
import * as storyIndex from "./migrations/0004-story-index.js";
import * as storedReuseIndex from "./migrations/0005-stored-reuse-index.js";
import * as lookupIndexes from "./migrations/0006-lookup-indexes.js";
import * as storyListing from "./migrations/0007-story-listing.js";
import * as openWindow from "./migrations/0008-open-window.js";
import * as storyMerges from "./migrations/0009-story-merges.js";
import * as windowUpkeep from "./migrations/0010-window-upkeep.js";
import * as newestPostings from "./migrations/0011-newest-postings.js";
import * as queuedArticles from "./migrations/0012-queued-articles.js";

/**
 * Every migration, by name, in the order they apply (Kysely sorts by name). Written as code and
 * imported, not read from a folder, so a bundled or compiled program carries them. A new one is
 * `migrations/000N-what.ts` added here; a released migration is never edited.
 */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-initial": initial,
  "0003-corpus-state": corpusState,
  "0002-feeds": feeds,
  "0004-story-index": storyIndex,
  "0005-stored-reuse-index": storedReuseIndex,
  "0006-lookup-indexes": lookupIndexes,
  "0007-story-listing": storyListing,
  "0008-open-window": openWindow,
  "0009-story-merges": storyMerges,
  "0010-window-upkeep": windowUpkeep,
  "0011-newest-postings": newestPostings,
  "0012-queued-articles": queuedArticles,
};

/** The migration that made `story_listing`: a store it runs on gets its rows filled on opening. */
export const STORY_LISTING_MIGRATION = "0007-story-listing";

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/** Brings the store's schema to the latest version; a store already there is left as it is. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the store's migration ${failed ?? "(before any ran)"} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
