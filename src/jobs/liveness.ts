import { sql, type Kysely } from "kysely";

/** A job the database says is running, and for how long (by the database's clock). */
export type ActiveJob = {
  readonly id: string;
  readonly queue: string;
  readonly ageSeconds: number;
};

/**
 * Tells a job whose worker died (killed, crashed, its machine gone) from one that is still
 * running. pg-boss 10 knows only the job's state: a job left "active" by a killed worker stays
 * active until its expiry (hours, since a corpus update may run that long), and with one-at-a-
 * time queues it blocks every later job of its key until then.
 */
export type Liveness = {
  /** Marks a job as run by this process, until `release`. */
  hold(jobId: string): Promise<void>;
  release(jobId: string): Promise<void>;
  /** Of the active jobs run by other processes, those whose process is gone. */
  orphans(others: readonly ActiveJob[]): Promise<ActiveJob[]>;
  close(): Promise<void>;
};

/**
 * The embedded store: its folder lock lets one process at a time open it, so a job left active
 * that this process is not running was left by a process that is gone.
 */
export function soleProcessLiveness(): Liveness {
  return {
    hold: async () => {},
    release: async () => {},
    orphans: async (others) => [...others],
    close: async () => {},
  };
}

/** A connection of the pool kept by one holder until `release`. */
async function holdConnection(
  db: Kysely<unknown>,
): Promise<{ connection: Kysely<unknown>; release: () => Promise<void> }> {
  let letGo = (): void => {};
  const released = new Promise<void>((resolve) => (letGo = resolve));
  let got = (_connection: Kysely<unknown>): void => {};
  const acquired = new Promise<Kysely<unknown>>((resolve) => (got = resolve));
  const held = db.connection().execute(async (connection) => {
    got(connection);
    await released;
    // The session goes back to the pool: it must not carry our locks to its next user.
    await sql`select pg_advisory_unlock_all()`.execute(connection);
  });
  const connection = await Promise.race([
    acquired,
    held.then(() => Promise.reject(new Error("the jobs' connection was given back at once"))),
  ]);
  return {
    connection,
    release: async () => {
      letGo();
      await held;
    },
  };
}

/** The advisory lock key of a job: 64 bits of a hash of its id (a uuid). */
const lockKey = (jobId: string) => sql`hashtextextended(${jobId}, 0)`;

/**
 * A PostgreSQL server, which several processes (on several machines) may work: while this
 * process runs a job it holds a session advisory lock named after the job, on a connection it
 * keeps for its whole life. PostgreSQL drops a session's locks when the session ends, which it
 * does as soon as its process dies (the kernel closes the socket), so a lock that can be taken
 * is a job nobody runs. A job younger than `graceSeconds` is left alone: its worker may be
 * between marking it active and taking its lock.
 */
export async function sessionLockLiveness(
  db: Kysely<unknown>,
  graceSeconds: number,
): Promise<Liveness> {
  const { connection, release } = await holdConnection(db);
  return {
    hold: async (jobId) => {
      await sql`select pg_advisory_lock(${lockKey(jobId)})`.execute(connection);
    },
    release: async (jobId) => {
      await sql`select pg_advisory_unlock(${lockKey(jobId)})`.execute(connection);
    },
    orphans: async (others) => {
      const gone: ActiveJob[] = [];
      for (const job of others) {
        if (job.ageSeconds < graceSeconds) continue;
        const { rows } = await sql<{
          free: boolean;
        }>`select pg_try_advisory_lock(${lockKey(job.id)}) as free`.execute(connection);
        if (!rows[0]?.free) continue;
        await sql`select pg_advisory_unlock(${lockKey(job.id)})`.execute(connection);
        gone.push(job);
      }
      return gone;
    },
    close: release,
  };
}
