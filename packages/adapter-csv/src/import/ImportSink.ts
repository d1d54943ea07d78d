import type { caseStoreSink } from './caseStoreSink';

/**
 * A validated record ready to store: its external id (a store upserts by it, so an
 * import run again adds no duplicate), the value, and the rows it came from.
 *
 * @example
 * ```ts
 * const record: ImportedRecord<string> = { externalId: 'case-1', input: {}, value: 'x', rows: [2] };
 * ```
 */
export interface ImportedRecord<T> {
  readonly externalId: string;
  /** The input the value was validated from (what a store that validates again takes). */
  readonly input: unknown;
  readonly value: T;
  readonly rows: readonly number[];
}

/**
 * Where validated records go, in batches. `write` stores a whole batch or nothing (a
 * transaction) and resolves when it is stored. If it rejects, the importer writes the
 * batch's records again one at a time, and the rows of each record refused alone are
 * rejected with `csv.sink-failed`; the import goes on. A strict import writes the
 * whole file in one batch and tries nothing again alone: a refusal rejects the file. When it rejects with a
 * `StadigError` (as {@link caseStoreSink} does with the store's), that error's code and
 * sv/en message follow `csv.sink-failed` as the row's second problem, so it must not
 * repeat a personal value (no `StadigError` does). Upserting by external id makes
 * this retry, and an interrupted import run again, add no duplicate.
 *
 * @example
 * ```ts
 * const seen: string[] = [];
 * const sink: ImportSink<unknown> = { write: async (batch) => { seen.push(...batch.map((r) => r.externalId)); } };
 * ```
 */
export interface ImportSink<T> {
  write(batch: readonly ImportedRecord<T>[]): Promise<void>;
}
