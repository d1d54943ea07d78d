/**
 * One connection inside a transaction: parameterised queries only (`$1`, `$2`, …),
 * and `exec` for the migrations' multi-statement SQL, which takes no values.
 *
 * @example
 * ```ts
 * const { rows } = await session.query<{ n: number }>('select $1::int as n', [1]);
 * ```
 */
export interface SqlSession {
  readonly query: <R = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ) => Promise<{ readonly rows: R[]; readonly rowCount: number }>;
  readonly exec: (text: string) => Promise<void>;
}

/**
 * The database under the adapter: PGlite in the process, or a PostgreSQL server
 * through a `pg` pool. Everything runs in transactions.
 *
 * @example
 * ```ts
 * const engine: SqlEngine = await openPglite();
 * await engine.transaction((s) => s.query('select 1'));
 * ```
 */
export interface SqlEngine {
  readonly kind: 'pglite' | 'server';
  /** Runs `work` in one transaction on one connection; rolls back if it rejects. */
  readonly transaction: <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>;
  /** Closes the database or the pool. */
  readonly close: () => Promise<void>;
}
