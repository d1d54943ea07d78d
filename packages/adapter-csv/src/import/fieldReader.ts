import type { FieldType } from '../rows/FieldType';
import type { CellOptions } from '../rows/readCell';
import { readCellValue } from '../rows/readCellValue';
import { columnCellOptions } from './columnCellOptions';
import type { ColumnAction } from './planColumns';
import { readFieldValue } from './readFieldValue';

/**
 * Reads the text of one field: the value, or a {@link CellFailure}.
 *
 * @example
 * ```ts
 * const read: FieldReader = (text) => text.trim();
 * ```
 */
export type FieldReader = (text: string) => unknown;

/**
 * How many distinct municipality texts one column remembers. Sweden has 290
 * municipalities; a column holds their codes or a few ways of writing their names.
 */
const MEMO_LIMIT = 1024;
/**
 * Only texts this short are remembered. A longer cell may be a slice of the chunk of
 * text it was parsed from, and keeping it would keep the whole chunk in memory.
 */
const MEMO_MAX_LENGTH = 12;

/**
 * {@link readFieldValue} made once for a column, for the importer's compiled rows: the
 * column's date format is applied once instead of per cell, a field that needs only its
 * type is read with nothing else, and a column that resolves municipality names
 * remembers what each (short) text resolved to, so a million rows resolve each
 * municipality once. The reader keeps what it remembers for as long as it is kept.
 *
 * @param type - the field's type
 * @param action - the column
 * @param options - decimal mark, date format, list separator
 * @returns a reader for the column's cells (trimmed, not empty)
 *
 * @example
 * ```ts
 * const action = planColumns(['kommun'], caseRowKind, profile).actions[0];
 * const read = fieldReader('text', action, options);
 * read('Falun');
 * //=> '2080'
 * ```
 */
export function fieldReader(
  type: FieldType,
  action: ColumnAction,
  options: CellOptions,
): FieldReader {
  const cellOptions = columnCellOptions(action, options);
  const itemCodes = type === 'list' ? action.codes : undefined;
  if (action.resolve === undefined && itemCodes === undefined) {
    return (text) => readCellValue(type, text, cellOptions);
  }
  if (type === 'list') return (text) => readFieldValue(type, text, action, options);
  // A text or code, never a list: what is remembered is a string or a failure, which
  // the rows may share.
  const memo = new Map<string, unknown>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = readFieldValue(type, text, action, options);
    if (text.length <= MEMO_MAX_LENGTH && memo.size < MEMO_LIMIT) memo.set(text, value);
    return value;
  };
}
