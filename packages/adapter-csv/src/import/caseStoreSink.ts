import type { Case, CaseStore, ImportCheckpoint } from '@stadig/case';
import type { ImportSink } from './ImportSink';

/**
 * A sink that writes imported cases to a `CaseStore` of `@stadig/case` (any adapter that
 * passes `@stadig/adapter-testkit`'s conformance suite): each batch is one
 * `store.batch` of upserts by external id (the case id), so every batch is a
 * transaction and an import run again creates no duplicate. With `importId`, the last
 * row of each batch is stored as the import's checkpoint in the same transaction; pass
 * `(await store.readCheckpoint(importId))?.position` as `resumeAfter` to go on after it.
 * A batch the store refuses is rolled back; the importer then writes its cases one at a
 * time, and rejects the rows of a case refused alone with `csv.sink-failed` followed by
 * the store's reason (such as `store.duplicate`).
 *
 * @param store - the case store
 * @param options - `importId`, to store checkpoints
 * @returns the sink
 *
 * @example
 * ```ts
 * const store = createCaseStore(createMemoryCaseStorePort().port, storeOptions);
 * const summary = await importCsv(file, { kind: 'cases', asOf, sink: caseStoreSink(store, { importId: 'falun-1' }) });
 * summary.imported;
 * //=> 2
 * ```
 */
export function caseStoreSink(
  store: CaseStore,
  options: { readonly importId?: string } = {},
): ImportSink<Case> {
  return {
    write: async (batch) => {
      let position = 0;
      for (const record of batch) for (const row of record.rows) position = Math.max(position, row);
      const checkpoint: ImportCheckpoint | undefined =
        options.importId === undefined ? undefined : { importId: options.importId, position };
      const result = await store.batch(
        batch.map((r) => ({ kind: 'upsert', externalId: r.externalId, input: r.input })),
        checkpoint === undefined ? {} : { checkpoint },
      );
      // The store's first error (code, sv/en message, never a personal value) is what the
      // importer reports for a record the store refuses alone.
      if (result.isErr()) throw result.error[0];
    },
  };
}
