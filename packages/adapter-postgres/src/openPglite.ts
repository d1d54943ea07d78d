import { PGlite } from '@electric-sql/pglite';
import type { CaseStoreErrors } from '@stadig/case';
import { err, ok, type Result } from 'neverthrow';
import { failureErrors } from './failureErrors';
import { pgliteEngine } from './pgliteEngine';
import { postgresFailure } from './postgresFailure';
import type { SqlEngine } from './SqlEngine';

/**
 * Opens an embedded PostgreSQL (PGlite): in memory by default, or kept in a data
 * directory. Nothing to install. Never throws: a directory that cannot be used is
 * an error value.
 *
 * @param options - `dataDir`, a directory to keep the database in (default: memory only)
 * @returns the engine
 *
 * @example
 * ```ts
 * const engine = (await openPglite({ dataDir: './stadig-data' }))._unsafeUnwrap();
 * (await migrateCaseStore(engine)).isOk();
 * //=> true
 * ```
 */
export async function openPglite(
  options: { readonly dataDir?: string } = {},
): Promise<Result<SqlEngine, CaseStoreErrors>> {
  try {
    const db =
      options.dataDir === undefined ? await PGlite.create() : await PGlite.create(options.dataDir);
    return ok(pgliteEngine(db));
  } catch (e) {
    return err(failureErrors(postgresFailure(e)));
  }
}
