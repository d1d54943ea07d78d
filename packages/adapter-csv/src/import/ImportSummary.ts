import type { LocalizedText, StadigError } from '@stadig/core';
import type { Dialect } from '../dialect/Dialect';
import type { ImportKind } from '../rows/RowKind';

/**
 * One problem of a rejected row: the column (its known header name and 1-based number,
 * or `null` for the row as a whole), the code and the message. Never a value from the
 * file.
 *
 * @example
 * ```ts
 * const problem: RowProblem = {
 *   column: 'household.children.1.birthDate', columnIndex: 7, code: 'csv.invalid-date',
 *   message: { sv: 'Datumet följer inte formatet YYYY-MM-DD.', en: 'The date does not follow the format YYYY-MM-DD.' },
 * };
 * ```
 */
export interface RowProblem {
  readonly column: string | null;
  readonly columnIndex: number | null;
  readonly code: string;
  readonly message: LocalizedText;
}

/**
 * A rejected row: its number as Excel shows it (the header is row 1), and why.
 *
 * @example
 * ```ts
 * const rejection: RowRejection = { row: 2, problems: [] };
 * ```
 */
export interface RowRejection {
  readonly row: number;
  readonly problems: readonly RowProblem[];
}

/**
 * The account of one import. Always `read === imported + rejected`: every data row is
 * either imported or rejected. `rejections` lists the first `maxRejections` rejected
 * rows with their problems (`rejectionsOmitted` counts the rest); in strict mode with
 * any problem `fileRejected` is true and every row counts as rejected.
 *
 * @example
 * ```ts
 * const { read, imported, rejected } = summary;
 * read === imported + rejected;
 * //=> true
 * ```
 */
export interface ImportSummary {
  readonly kind: ImportKind;
  readonly dialect: Dialect;
  /** Data rows read (the header is not one). */
  readonly read: number;
  readonly imported: number;
  readonly rejected: number;
  /** Records imported (a grant application of three rows is one). */
  readonly records: number;
  readonly strict: boolean;
  readonly fileRejected: boolean;
  readonly rejections: readonly RowRejection[];
  readonly rejectionsOmitted: number;
  /** File-level notices: unknown or repeated columns, a missing header, a read error. */
  readonly notices: readonly StadigError[];
  /** The row an import resumed after (rows up to it were not read again), or `null`. */
  readonly resumedAfter: number | null;
}
