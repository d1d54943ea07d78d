import type { CaseStoreErrors } from '@stadig/case';
import { err, ok, type Result } from 'neverthrow';
import { failureErrors } from './failureErrors';
import { postgresFailure } from './postgresFailure';
import { type Migration, postgresMigrations } from './postgresMigrations';
import type { SqlEngine } from './SqlEngine';

/**
 * Applies the migrations a database lacks, each in its own transaction under an
 * advisory lock, and records each in `stadig.schema_version`. Running it again
 * changes nothing. Run it as the schema owner (not as the application role).
 *
 * @param engine - the database
 * @param migrations - the migrations (default: {@link postgresMigrations})
 * @returns the versions before and after, or a clear error (unreachable, credentials, …)
 *
 * @example
 * ```ts
 * (await migrateCaseStore(engine))._unsafeUnwrap();
 * //=> { from: 0, to: 2 }
 * ```
 */
export async function migrateCaseStore(
  engine: SqlEngine,
  migrations: readonly Migration[] = postgresMigrations,
): Promise<Result<{ readonly from: number; readonly to: number }, CaseStoreErrors>> {
  try {
    let from = -1;
    let to = 0;
    for (const migration of migrations) {
      to = await engine.transaction(async (s) => {
        await s.exec(`
          create schema if not exists stadig;
          create table if not exists stadig.schema_version (
            version integer primary key,
            name text not null,
            applied_at timestamptz not null default now()
          );`);
        await s.query('select pg_advisory_xact_lock(7402519)');
        const { rows } = await s.query<{ v: number | null }>(
          'select max(version) as v from stadig.schema_version',
        );
        const current = rows[0]?.v ?? 0;
        if (from < 0) from = current;
        if (current >= migration.version) return current;
        await s.exec(migration.sql);
        await s.query('insert into stadig.schema_version (version, name) values ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        return migration.version;
      });
    }
    return ok({ from: Math.max(from, 0), to });
  } catch (e) {
    return err(failureErrors(postgresFailure(e)));
  }
}
