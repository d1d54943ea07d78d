import { createErrorFactory } from '@stadig/core';
import { csvMessages } from '../messages';
import type { CellOptions } from '../rows/readCell';
import type { CellFailure } from '../rows/readCellValue';
import { columnCellOptions } from './columnCellOptions';
import type { RowProblem } from './ImportSummary';
import type { ColumnAction } from './planColumns';

const csvError = createErrorFactory(csvMessages);

/**
 * The problem of a cell that could not be read: its column's known name and number
 * (or the field, for a constant of the profile), the code and the sv/en message, which
 * names the date format where that helps and never the cell's text.
 *
 * @param failure - why the cell could not be read
 * @param action - the column (`null` for a constant)
 * @param field - the field the cell was for
 * @param options - the import's cell options (for the date format)
 * @returns the problem
 *
 * @example
 * ```ts
 * cellProblem(new CellFailure('csv.invalid-date'), null, 'events.1.date', options).code;
 * //=> 'csv.invalid-date'
 * ```
 */
export function cellProblem(
  failure: CellFailure,
  action: ColumnAction | null,
  field: string,
  options: CellOptions,
): RowProblem {
  const e = csvError(failure.code as 'csv.invalid-date', {
    format: columnCellOptions(action, options).dateFormat,
  });
  return {
    column: action?.name ?? field,
    columnIndex: action?.index ?? null,
    code: e.code,
    message: e.message,
  };
}
