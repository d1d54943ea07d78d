import type { CaseStoreErrors } from '@stadig/case';
import { err, ok, type Result } from 'neverthrow';
import pg from 'pg';
import { failureErrors } from './failureErrors';
import { pgEngine } from './pgEngine';
import { postgresFailure } from './postgresFailure';
import type { SqlEngine } from './SqlEngine';

/**
 * Options of {@link connectPostgres}.
 *
 * @example
 * ```ts
 * const options: ConnectPostgresOptions = { connectionString: 'postgres://stadig@127.0.0.1:5432/stadig', max: 20 };
 * ```
 */
export interface ConnectPostgresOptions {
  /** A `postgres://` URL (user, password, host or socket directory, port, database). */
  readonly connectionString: string;
  /** The most connections the pool opens (default 10). */
  readonly max?: number;
  /** How long to wait for a connection, in milliseconds (default 5000). */
  readonly connectionTimeoutMillis?: number;
}

/**
 * Connects to a PostgreSQL server through a `pg` pool and checks that a connection
 * works, so that an unreachable server or wrong credentials give a clear error
 * value (`store.unavailable`, `store.credentials`) instead of a stack trace. The
 * error never repeats the connection string.
 *
 * @param options - the connection string and pool size
 * @returns the engine
 *
 * @example
 * ```ts
 * (await connectPostgres({ connectionString: 'postgres://nobody@127.0.0.1:1/none' }))._unsafeUnwrapErr()[0].code;
 * //=> 'store.unavailable'
 * ```
 */
export async function connectPostgres(
  options: ConnectPostgresOptions,
): Promise<Result<SqlEngine, CaseStoreErrors>> {
  let pool: pg.Pool | undefined;
  try {
    pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => undefined);
    const engine = pgEngine(pool);
    await engine.transaction((s) => s.query('select 1'));
    return ok(engine);
  } catch (e) {
    await pool?.end().catch(() => undefined);
    return err(failureErrors(postgresFailure(e)));
  }
}
