import { resolveMunicipality } from '@stadig/core';
import type { FieldType } from '../rows/FieldType';
import type { CellOptions } from '../rows/readCell';
import { CellFailure, readCellValue } from '../rows/readCellValue';
import { columnCellOptions } from './columnCellOptions';
import type { ColumnAction } from './planColumns';

const unknownMunicipality = /* @__PURE__ */ new CellFailure('csv.municipality-unknown');

/**
 * Reads the text of one field by its type and by what its column says: the column's
 * date format, its code table (for each item of a list) and the resolution of
 * municipality names to their SCB codes (only exact names; a name that is only
 * probably right is a failure). Never throws; a failure names the code, never the text.
 *
 * @param type - the field's type
 * @param text - the text, trimmed and not empty
 * @param action - the column it came from (`null` for a constant of the profile)
 * @param options - decimal mark, date format, list separator
 * @returns the value, or a {@link CellFailure}
 *
 * @example
 * ```ts
 * const action = planColumns(['kommun'], caseRowKind, profile).actions[0];
 * readFieldValue('text', 'Falun', action, options);
 * //=> '2080'
 * ```
 */
export function readFieldValue(
  type: FieldType,
  text: string,
  action: ColumnAction | null,
  options: CellOptions,
): unknown {
  const read = readCellValue(type, text, columnCellOptions(action, options));
  if (read instanceof CellFailure || action === null) return read;
  const codes = action.codes;
  const value =
    type === 'list' && codes !== undefined && Array.isArray(read)
      ? read.map((item: string) => codes.get(item) ?? item)
      : read;
  if (action.resolve !== 'municipality') return value;
  if (!Array.isArray(value)) return municipalityCode(String(value)) ?? unknownMunicipality;
  const codesRead: string[] = [];
  for (const name of value) {
    const code = municipalityCode(String(name));
    if (code === undefined) return unknownMunicipality;
    codesRead.push(code);
  }
  return codesRead;
}

function municipalityCode(name: string): string | undefined {
  const found = resolveMunicipality(name);
  return found.status === 'exact' ? found.municipality.code : undefined;
}
