import type { PGlite } from '@electric-sql/pglite';
import type { SqlEngine, SqlSession } from './SqlEngine';

type Queryable = Pick<PGlite, 'query' | 'exec'>;

const session = (db: Queryable): SqlSession => ({
  query: async (text, params = []) => {
    const result = await db.query(text, [...params]);
    return { rows: result.rows as never[], rowCount: result.affectedRows ?? result.rows.length };
  },
  exec: async (text) => {
    await db.exec(text);
  },
});

/**
 * A {@link SqlEngine} over a PGlite database (in memory or in a data directory).
 * PGlite runs one transaction at a time, in the process.
 *
 * @param db - an open PGlite
 * @returns the engine; `close` closes the database
 *
 * @example
 * ```ts
 * const engine = pgliteEngine(await PGlite.create());
 * engine.kind;
 * //=> 'pglite'
 * ```
 */
export function pgliteEngine(db: PGlite): SqlEngine {
  return {
    kind: 'pglite',
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    close: () => db.close(),
  };
}
