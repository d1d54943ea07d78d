import type { Pool } from 'pg';
import type { SqlEngine } from './SqlEngine';

/**
 * A {@link SqlEngine} over a `pg` pool connected to a PostgreSQL server. Each
 * transaction takes a connection from the pool, runs `begin`, the work, and `commit`
 * (or `rollback` if the work rejects).
 *
 * @param pool - a `pg` pool
 * @returns the engine; `close` ends the pool
 *
 * @example
 * ```ts
 * const engine = pgEngine(new pg.Pool({ connectionString: process.env.STADIG_POSTGRES_URL }));
 * engine.kind;
 * //=> 'server'
 * ```
 */
export function pgEngine(pool: Pool): SqlEngine {
  return {
    kind: 'server',
    transaction: async (work) => {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('begin');
        const result = await work({
          query: async (text, params = []) => {
            const r = await client.query(text, [...params]);
            return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
          },
          exec: async (text) => {
            await client.query(text);
          },
        });
        await client.query('commit');
        return result;
      } catch (e) {
        broken = await client.query('rollback').then(
          () => undefined,
          (rollbackFailure: unknown) => rollbackFailure,
        );
        throw e;
      } finally {
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    close: () => pool.end(),
  };
}
