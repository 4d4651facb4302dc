import { CompiledQuery, type Kysely } from "kysely";
import type PgBoss from "pg-boss";

/**
 * pg-boss's database adapter, running its SQL on the store's own pool, so the jobs live in the
 * store's database on both engines (the embedded pool is its only connection to PGlite).
 *
 * Each statement takes a connection, runs, and gives it back: pg-boss never holds a transaction
 * across awaits here, so on the one-connection embedded pool its queries simply wait their turn
 * behind the store's (and the store's behind them) instead of deadlocking. Its few transactions
 * (schema creation, maintenance) are single multi-statement strings, `BEGIN; …; COMMIT;`, sent
 * in one round trip. When such a string fails half-way, PostgreSQL leaves the session inside
 * the aborted transaction ("commands ignored until end of transaction block"), and the pool
 * would hand that broken session to the store's next query; so a failure is followed by a
 * ROLLBACK on the same connection before it goes back.
 */
export function bossDb(db: Kysely<unknown>): PgBoss.Db {
  return {
    executeSql: (text, values) =>
      db.connection().execute(async (connection) => {
        try {
          // An empty parameter list makes `pg` send a simple query, which may hold many statements.
          return await connection.executeQuery(CompiledQuery.raw(text, values ?? []));
        } catch (error) {
          await connection.executeQuery(CompiledQuery.raw("ROLLBACK")).catch(() => {});
          throw error;
        }
      }),
  };
}
