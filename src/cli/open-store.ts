import { StoreLockedError } from "../store/lock.js";
import { openStore, type Store, type StoreConfig } from "../store/open.js";

/** Where a command's store is: `--data`, else the `DATABASE_URL` main.ts read, else the default. */
export type StoreOptions = Pick<StoreConfig, "data" | "databaseUrl"> & { readonly quiet?: boolean };

/**
 * Opens the store for a command, telling standard error what takes time. A data folder another
 * process holds is said in one line (whole: it names the folder, the holder and what to do) and
 * gives null; any other failure is thrown.
 */
export async function openStoreForCommand(options: StoreOptions): Promise<Store | null> {
  try {
    return await openStore({
      ...(options.databaseUrl === undefined
        ? { data: options.data }
        : { databaseUrl: options.databaseUrl }),
      onProgress: (message) => {
        if (!options.quiet) process.stderr.write(`corroborate: ${message}\n`);
      },
    });
  } catch (e) {
    if (!(e instanceof StoreLockedError)) throw e;
    process.stderr.write(`corroborate: ${e.message}\n`);
    return null;
  }
}
