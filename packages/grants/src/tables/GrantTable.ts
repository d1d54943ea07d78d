import type { Money, MunicipalityCode, NonEmptyReadonlyArray, StadigError } from '@stadig/core';

/**
 * One recipient row of a published grant table (such as Bilaga 1 of seed 004).
 *
 * @example
 * ```ts
 * const row: GrantTableRow = {
 *   row: 7, recipient: 'Falu kommun*', municipalityCode: '2080' as MunicipalityCode, municipalityMatch: 'exact',
 *   granted: 70000000 as Money, unused: 18436300 as Money, publishedPercent: 26,
 * };
 * ```
 */
export interface GrantTableRow {
  /** The line number in the text (the header is line 1). */
  readonly row: number;
  /** The recipient as written. */
  readonly recipient: string;
  /** Its SCB code when the name resolves (exactly or probably), else `null`. */
  readonly municipalityCode: MunicipalityCode | null;
  readonly municipalityMatch: 'exact' | 'probable' | 'unknown';
  /** Granted and unused amounts, in öre (whole kronor in the source). */
  readonly granted: Money;
  readonly unused: Money;
  /** The share of unused funds as published, in whole percent; `null` when the column is empty or missing. */
  readonly publishedPercent: number | null;
}

/**
 * A row that could not be read, with every problem (path: `['rows', row, column]`).
 *
 * @example
 * ```ts
 * const rejected: RejectedRow = { row: 4, errors: [error] };
 * ```
 */
export interface RejectedRow {
  readonly row: number;
  readonly errors: NonEmptyReadonlyArray<StadigError>;
}

/**
 * A grant table read from text: every data row either parsed or rejected (`read =
 * parsed + rejected`); a totals row ("Summa") is kept apart as the published totals.
 *
 * @example
 * ```ts
 * const table: GrantTable = parseGrantTable(csvText)._unsafeUnwrap();
 * table.rows.length;
 * //=> 54
 * ```
 */
export interface GrantTable {
  readonly separator: ';' | ',';
  /** Data lines read (blank lines skipped), totals row included. */
  readonly read: number;
  /** Rows parsed: recipients, plus the totals row when there is one. */
  readonly parsed: number;
  readonly rows: readonly GrantTableRow[];
  readonly rejected: readonly RejectedRow[];
  /** The published totals row, when the table has one. */
  readonly publishedTotals: Omit<GrantTableRow, 'municipalityCode' | 'municipalityMatch'> | null;
}
