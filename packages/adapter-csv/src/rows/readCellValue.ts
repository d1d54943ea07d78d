import { parseMoney } from '@stadig/core';
import type { CsvErrorCode } from '../messages';
import type { FieldType } from './FieldType';
import type { CellOptions } from './readCell';
import { readDate } from './readDate';

/**
 * Why a cell could not be read: the error code, never the text. One instance per code.
 *
 * @example
 * ```ts
 * readCellValue('integer', 'tre', options) instanceof CellFailure;
 * //=> true
 * ```
 */
export class CellFailure {
  constructor(readonly code: CsvErrorCode) {}
}

const failures = /* @__PURE__ */ (() => ({
  date: new CellFailure('csv.invalid-date'),
  integer: new CellFailure('csv.invalid-integer'),
  number: new CellFailure('csv.invalid-number'),
  money: new CellFailure('csv.invalid-money'),
  boolean: new CellFailure('csv.invalid-boolean'),
}))();
const TRUE = /* @__PURE__ */ new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const FALSE = /* @__PURE__ */ new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);
const INTEGER = /^[-+]?\d{1,15}$/;
// As many digits as `String(number)` writes: up to 21 before the point (below 1e21), and
// up to 6 zeros and 17 significant digits after it (from 1e-6; smaller takes an exponent).
const DECIMAL = /^[-+]?\d{1,21}(?:\.\d{1,24})?(?:e[-+]?\d{1,3})?$/i;
/** `dddd-dd-dd`, by character codes (a regular expression costs more, a million times). */
function isIsoShape(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const GUARDED = /^'+[=+\-@\t\r]/;
/**
 * Öre of the common form of an amount, read by character codes: whole kronor (digits,
 * or groups of three after a space: `21 500`) with at most two decimals after a comma
 * or a point, at most 13 digits of kronor; `undefined` for any other form.
 */
function simpleMoney(text: string): number | undefined {
  const n = text.length;
  let kronor = 0;
  let digits = 0;
  let run = 0; // digits of the group being read
  let groups = 0; // spaces passed
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      kronor = kronor * 10 + (c - 48);
      digits++;
      run++;
    } else if (c === 32) {
      // One space after a first group of one to three digits, or after a group of three.
      if (run === 0 || (groups === 0 ? run > 3 : run !== 3)) return undefined;
      groups++;
      run = 0;
    } else break;
  }
  if (digits === 0 || digits > 13 || (groups > 0 && run !== 3)) return undefined;
  if (i === n) return kronor * 100;
  const mark = text.charCodeAt(i);
  const decimals = n - i - 1;
  if ((mark !== 44 && mark !== 46) || decimals < 1 || decimals > 2) return undefined;
  let ore = 0;
  for (let k = i + 1; k < n; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return undefined;
    ore = ore * 10 + d;
  }
  return kronor * 100 + (decimals === 1 ? ore * 10 : ore);
}

/**
 * {@link readCell} without the result object: the value, or a {@link CellFailure}. The
 * importer reads every cell with it, so that a million rows make no result objects.
 *
 * @param type - the field's type
 * @param text - the cell, not empty
 * @param options - decimal mark, date format, list separator
 * @returns the value, or the failure
 *
 * @example
 * ```ts
 * readCellValue('boolean', 'ja', { decimal: ',', dateFormat: 'YYYY-MM-DD', listSeparator: '|' });
 * //=> true
 * ```
 */
export function readCellValue(type: FieldType, text: string, options: CellOptions): unknown {
  switch (type) {
    case 'text':
      // The apostrophe an export puts before a formula-like text (see formatCell).
      return text.charCodeAt(0) === 39 && GUARDED.test(text) ? text.slice(1) : text;
    case 'date': {
      // An ISO date in the default format goes through as is: the schema checks the calendar.
      if (options.dateFormat === 'YYYY-MM-DD' && isIsoShape(text)) return text;
      const date = readDate(text, options.dateFormat);
      return date === undefined ? failures.date : date;
    }
    case 'integer':
      return INTEGER.test(text) ? Number(text) : failures.integer;
    case 'decimal': {
      const normal = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
      return DECIMAL.test(normal) && !(text.includes(',') && text.includes('.'))
        ? Number(normal)
        : failures.number;
    }
    case 'money': {
      const simple = simpleMoney(text);
      if (simple !== undefined) return simple;
      const money = parseMoney(text);
      return money.isOk() ? money.value : failures.money;
    }
    case 'boolean': {
      // What Stadig and Swedish Excel write, without lowering the case first.
      if (text === 'ja') return true;
      if (text === 'nej') return false;
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return true;
      if (FALSE.has(lower)) return false;
      return failures.boolean;
    }
    case 'list': {
      // Most lists hold one item: no split, no intermediate arrays.
      // The kind's separator may be a pattern (a comma or a semicolon, say).
      const separator: string | RegExp = options.listSeparator;
      if (typeof separator === 'string' && !text.includes(separator)) {
        const item = text.trim();
        return item === '' ? [] : [item];
      }
      const items: string[] = [];
      for (const part of text.split(separator)) {
        const item = part.trim();
        if (item !== '') items.push(item);
      }
      return items;
    }
  }
}
