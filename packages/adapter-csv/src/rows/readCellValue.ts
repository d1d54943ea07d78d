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
const DECIMAL = /^[-+]?\d{1,17}(?:\.\d{1,20})?(?:e[-+]?\d{1,3})?$/i;
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
/** Whole kronor (digits, or groups of three after a space) with at most two decimals. */
const SIMPLE_MONEY = /^(\d+|\d{1,3}(?: \d{3})+)(?:[,.](\d{1,2}))?$/;

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
      const simple = SIMPLE_MONEY.exec(text);
      if (simple !== null) {
        const kronor = (simple[1] ?? '').replace(/ /g, '');
        const ore = (simple[2] ?? '').padEnd(2, '0');
        if (kronor.length <= 13) return Number(kronor) * 100 + Number(ore);
      }
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
