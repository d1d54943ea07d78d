/**
 * `@stadig/adapter-postgres`: the case store on PostgreSQL, embedded (PGlite) by
 * default and on a server through `pg`, with versioned migrations, row-level
 * security per municipality, an append-only audit log written by the database,
 * protected data in its own table read only through an auditing function, and
 * optimistic concurrency.
 *
 * @packageDocumentation
 */
export { checkSchemaVersion } from './checkSchemaVersion';
export { type ConnectPostgresOptions, connectPostgres } from './connectPostgres';
export {
  createPostgresCaseStorePort,
  type PostgresPortOptions,
} from './createPostgresCaseStorePort';
export { createPostgresOracle } from './createPostgresOracle';
export { migrateCaseStore } from './migrateCaseStore';
export { openPglite } from './openPglite';
export { pgEngine } from './pgEngine';
export { pgliteEngine } from './pgliteEngine';
export { postgresFailure } from './postgresFailure';
export { type Migration, postgresMigrations, schemaVersion } from './postgresMigrations';
export type { SqlEngine, SqlSession } from './SqlEngine';
