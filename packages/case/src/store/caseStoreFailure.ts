/**
 * Failures of a store itself that an adapter reports, each mapped by the factory to
 * its `store.*` error code with a clear sv/en message.
 *
 * @example
 * ```ts
 * const kind: CaseStoreFailureKind = 'unavailable';
 * ```
 */
export type CaseStoreFailureKind =
  | 'unavailable'
  | 'credentials'
  | 'schema-outdated'
  | 'schema-newer'
  | 'forbidden'
  | 'failed';

/**
 * An `Error` that carries a {@link CaseStoreFailureKind}; what an adapter rejects with
 * when the store fails, so that the factory can answer with a clear error instead of
 * a stack trace. Schema failures carry the version found and the version expected.
 *
 * @example
 * ```ts
 * caseStoreFailure('unavailable').failure;
 * //=> 'unavailable'
 * ```
 */
export interface CaseStoreFailure extends Error {
  readonly failure: CaseStoreFailureKind;
  readonly found?: number;
  readonly expected?: number;
}

/**
 * Makes a {@link CaseStoreFailure} for an adapter to reject with. The message is the
 * kind only: never put a query, a value or a connection string in it.
 *
 * @param failure - what failed
 * @param versions - for schema failures, the version found and the version expected
 * @returns the error, not thrown
 *
 * @example
 * ```ts
 * caseStoreFailure('schema-outdated', { found: 1, expected: 2 }).message;
 * //=> 'case store failure: schema-outdated'
 * ```
 */
export function caseStoreFailure(
  failure: CaseStoreFailureKind,
  versions?: { readonly found: number; readonly expected: number },
): CaseStoreFailure {
  return Object.assign(new Error(`case store failure: ${failure}`), {
    name: 'CaseStoreFailure',
    failure,
    ...(versions === undefined ? {} : versions),
  });
}
