import type { Dialect } from '../dialect/Dialect';
import type { FieldType } from '../rows/FieldType';

/**
 * A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage
 * return first, possibly after apostrophes) gets one more apostrophe in front, so that
 * opening an export in Excel can never run it. `readCell` takes the apostrophe away
 * again, so the value round-trips.
 */
const guardFormula = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const FORMULA = /^'*[=+\-@\t\r]/;

/**
 * Writes a value as the text of a cell of its type in a dialect: decimals and amounts
 * with the dialect's decimal mark (amounts as kronor with two decimals, no grouping, so
 * every importer reads them), booleans as `ja`/`nej` with a decimal comma and
 * `true`/`false` otherwise, lists joined with `|`. A text that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@` first) gets an apostrophe in front, which the
 * importer removes. `undefined` and `null` are empty.
 *
 * @param type - the field's type
 * @param value - the value
 * @param dialect - the dialect
 * @returns the cell's text
 *
 * @example
 * ```ts
 * formatCell('money', 2150050, namedDialects['excel-sv']);
 * //=> '21500,50'
 * ```
 */
export function formatCell(type: FieldType, value: unknown, dialect: Dialect): string {
  if (value === undefined || value === null) return '';
  const comma = (s: string) => (dialect.decimal === ',' ? s.replace('.', ',') : s);
  switch (type) {
    case 'money': {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return '';
      const sign = value < 0 ? '-' : '';
      const abs = Math.abs(value);
      return comma(`${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
    }
    case 'decimal':
      return typeof value === 'number' ? comma(String(value)) : '';
    case 'boolean':
      return value === true
        ? dialect.decimal === ','
          ? 'ja'
          : 'true'
        : dialect.decimal === ','
          ? 'nej'
          : 'false';
    case 'list':
      return Array.isArray(value) ? value.map(String).join('|') : String(value);
    case 'text':
      return guardFormula(String(value));
    default:
      return String(value);
  }
}
