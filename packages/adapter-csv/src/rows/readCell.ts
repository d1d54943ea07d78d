import type { CsvErrorCode } from '../messages';
import type { FieldType } from './FieldType';
import { CellFailure, readCellValue } from './readCellValue';

/**
 * How cells are read: the decimal mark, the date format and the list separator.
 *
 * @example
 * ```ts
 * const options: CellOptions = { decimal: ',', dateFormat: 'YYYY-MM-DD', listSeparator: '|' };
 * ```
 */
export interface CellOptions {
  readonly decimal: ',' | '.';
  readonly dateFormat: string;
  readonly listSeparator: string;
}

/**
 * A value read from a cell, or the code of why it could not be (never the text).
 *
 * @example
 * ```ts
 * const read: CellRead = { ok: false, code: 'csv.invalid-date' };
 * ```
 */
export type CellRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: CsvErrorCode };

/**
 * Reads the text of one non-empty cell as a value of its type. Never throws; the code
 * of a failure names the type, never the text. A text that starts with an apostrophe
 * before `=`, `+`, `-` or `@` (how an export guards against spreadsheet formulas) loses
 * that one apostrophe.
 *
 * @param type - the field's type
 * @param text - the cell, trimmed and not empty
 * @param options - decimal mark, date format, list separator
 * @returns the value, or the error code
 *
 * @example
 * ```ts
 * readCell('money', '21 500,50', { decimal: ',', dateFormat: 'YYYY-MM-DD', listSeparator: '|' });
 * //=> { ok: true, value: 2150050 }
 * ```
 */
export function readCell(type: FieldType, text: string, options: CellOptions): CellRead {
  const value = readCellValue(type, text, options);
  return value instanceof CellFailure ? { ok: false, code: value.code } : { ok: true, value };
}
