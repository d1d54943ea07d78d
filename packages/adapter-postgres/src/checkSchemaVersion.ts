import { type CaseStoreErrors, caseStoreFailure } from '@stadig/case';
import { err, ok, type Result } from 'neverthrow';
import { failureErrors } from './failureErrors';
import { postgresFailure } from './postgresFailure';
import { schemaVersion } from './postgresMigrations';
import type { SqlEngine } from './SqlEngine';

/**
 * Reads the database's schema version and accepts it only if it is the one this code
 * needs: `store.schema-outdated` (with both versions) before the migrations have run,
 * `store.schema-newer` after a newer Stadig migrated it, `store.unavailable` or
 * `store.credentials` when the server cannot be used at all. Never throws.
 *
 * @param engine - the database
 * @returns the version, or a clear error
 *
 * @example
 * ```ts
 * (await checkSchemaVersion(engine))._unsafeUnwrapErr()[0].message.en;
 * //=> 'The database schema is at version 0 but the code needs 1. Run the migrations.'
 * ```
 */
export async function checkSchemaVersion(
  engine: SqlEngine,
): Promise<Result<number, CaseStoreErrors>> {
  try {
    const found = await engine.transaction(async (s) => {
      const { rows } = await s.query<{ present: boolean }>(
        "select to_regclass('stadig.schema_version') is not null as present",
      );
      if (rows[0]?.present !== true) return 0;
      const version = await s.query<{ v: number | null }>(
        'select max(version) as v from stadig.schema_version',
      );
      return Number(version.rows[0]?.v ?? 0);
    });
    if (found < schemaVersion) {
      return err(
        failureErrors(caseStoreFailure('schema-outdated', { found, expected: schemaVersion })),
      );
    }
    if (found > schemaVersion) {
      return err(
        failureErrors(caseStoreFailure('schema-newer', { found, expected: schemaVersion })),
      );
    }
    return ok(found);
  } catch (e) {
    return err(failureErrors(postgresFailure(e)));
  }
}
