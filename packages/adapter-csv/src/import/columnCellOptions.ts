import type { CellOptions } from '../rows/readCell';
import type { ColumnAction } from './planColumns';

/**
 * The options a column's cells are read with: the file's, with the column's own date
 * format when its profile gives one.
 *
 * @param action - the column (`null` for a constant of the profile)
 * @param options - the file's decimal mark, date format and list separator
 * @returns `options` itself when the column has no date format of its own
 *
 * @example
 * ```ts
 * columnCellOptions({ ...action, dateFormat: 'YYYYMMDD' }, options).dateFormat;
 * //=> 'YYYYMMDD'
 * ```
 */
export function columnCellOptions(action: ColumnAction | null, options: CellOptions): CellOptions {
  const format = action?.dateFormat;
  return format === undefined ? options : { ...options, dateFormat: format };
}
