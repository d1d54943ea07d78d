import type { AuditRecord, CaseRecord, ImportCheckpoint } from '@stadig/case';

/**
 * How the conformance kit looks into a store without going through the adapter:
 * each adapter's test setup implements it with the store's own means (a SQL query as
 * the owner, a look at the `Map`), so that a write is checked where it landed.
 *
 * @example
 * ```ts
 * const oracle: StoreOracle = createMemoryCaseStorePort().oracle;
 * await oracle.countCases();
 * //=> 0
 * ```
 */
export interface StoreOracle {
  /** The whole stored case, protected part included, or `undefined`. */
  readonly readCase: (id: string) => Promise<CaseRecord | undefined>;
  /** How many cases the store holds, in every municipality. */
  readonly countCases: () => Promise<number>;
  /** The audit entries of one case, oldest first. */
  readonly auditEntries: (caseId: string) => Promise<readonly AuditRecord[]>;
  /** The stored checkpoint of an import. */
  readonly readCheckpoint: (importId: string) => Promise<ImportCheckpoint | undefined>;
}
