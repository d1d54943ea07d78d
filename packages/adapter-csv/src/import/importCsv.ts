import type { Case } from '@stadig/case';
import { createErrorFactory, type DateOnly, type StadigError } from '@stadig/core';
import type { GrantApplication, UsageReport } from '@stadig/grants';
import type { Offer } from '@stadig/matching';
import type { ByteSource } from '../dialect/ByteSource';
import type { Dialect } from '../dialect/Dialect';
import { readCsvRows } from '../dialect/readCsvRows';
import { csvMessages } from '../messages';
import type { MappingProfile } from '../profile/mappingProfileSchema';
import type { ImportKind } from '../rows/RowKind';
import { rowKinds } from '../rows/rowKinds';
import type { caseStoreSink } from './caseStoreSink';
import type { ImportSink } from './ImportSink';
import type { ImportSummary } from './ImportSummary';
import { ImportTally } from './ImportTally';

const csvError = createErrorFactory(csvMessages);

/**
 * What each import kind yields.
 *
 * @example
 * ```ts
 * const value: ImportValues['cases'] = parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap();
 * ```
 */
export interface ImportValues {
  readonly cases: Case;
  readonly applications: GrantApplication;
  readonly usage: UsageReport;
  readonly offers: Offer;
}

/**
 * Options of {@link importCsv}.
 *
 * @example
 * ```ts
 * const options: ImportCsvOptions<'cases'> = { kind: 'cases', asOf: '2026-01-01' as DateOnly, strict: true };
 * ```
 */
export interface ImportCsvOptions<K extends ImportKind> {
  readonly kind: K;
  /** The day identity numbers are checked on. */
  readonly asOf: DateOnly;
  readonly profile?: MappingProfile;
  /** Parts of the dialect that are known; the rest is detected (the profile's come first). */
  readonly dialect?: Partial<Dialect>;
  /**
   * Reject the whole file on any problem. Valid records are held until the end, then
   * written in one `sink.write` (so a transactional sink stores all or none); if the
   * sink refuses it, the file is rejected with `csv.strict-sink-failed`.
   */
  readonly strict?: boolean;
  readonly sink?: ImportSink<ImportValues[K]>;
  /**
   * Records per `sink.write` (not in strict mode); default 500. A fraction is rounded
   * down, less than 1 is 1, and `NaN` is the default.
   */
  readonly batchSize?: number;
  /**
   * Rejected rows listed with their problems; default 1 000 (the rest are counted). A
   * fraction is rounded down, a negative number is 0, and `NaN` is the default.
   */
  readonly maxRejections?: number;
  /**
   * Skip the rows up to this row number (a checkpoint of an earlier run; see
   * {@link caseStoreSink}); they are not counted as read.
   */
  readonly resumeAfter?: number;
  /** Called after each chunk of the file with the counts so far. */
  readonly onProgress?: (counts: { read: number; imported: number; rejected: number }) => void;
}

/**
 * Imports a delimited file, streaming: detects the dialect, maps the columns (by the
 * profile, or by Stadig's field names), reads each cell by its type, groups adjacent
 * rows of one record, validates each record with the domain package's parser and hands
 * valid ones to the sink in batches. Every data row is imported or rejected with its
 * row number, column, code and sv/en message, never a value from the file, so
 * `read === imported + rejected`. Never throws or rejects, whatever the bytes; a failing
 * source ends the import with a notice and the rows read so far accounted for.
 *
 * @param source - the file's bytes, whole or as a stream of chunks
 * @param options - kind, `asOf`, profile, dialect overrides, strict, sink
 * @returns the summary
 *
 * @example
 * ```ts
 * const file = new TextEncoder().encode('ansokan;ar;kommun;begart_belopp_kr;kategori;fran;till\nA1;2024;Falun;x;staff;2024-01-01;2024-12-31\n');
 * const { read, imported, rejected } = await importCsv(file, { kind: 'applications', asOf });
 * [read, imported, rejected];
 * //=> [1, 0, 1]
 * ```
 */
export async function importCsv<K extends ImportKind>(
  source: ByteSource,
  options: ImportCsvOptions<K>,
): Promise<ImportSummary> {
  const { kind, profile } = options;
  const rowKind = rowKinds[kind];
  const tally = new ImportTally(rowKind, options);
  if (rowKind === undefined) tally.fatal(csvError('csv.kind-unsupported', { kind }));
  else if (profile !== undefined && profile.kind !== kind) {
    tally.fatal(csvError('csv.profile-wrong-kind', { kind: profile.kind }));
  }
  const overrides = { ...profile?.dialect, ...options.dialect } as Partial<Dialect>;
  try {
    for await (const chunk of readCsvRows(source, overrides)) {
      await tally.take(chunk.dialect, chunk.rows);
      options.onProgress?.(tally.counts());
    }
  } catch {
    tally.notice(csvError('csv.unreadable-source', {}) as StadigError);
  }
  return tally.finish();
}
