/**
 * The field separators the adapter reads and writes: comma, semicolon or tab.
 *
 * @example
 * ```ts
 * const separator: Separator = ';';
 * ```
 */
export type Separator = ',' | ';' | '\t';

/**
 * The text encodings the adapter reads and writes: UTF-8 without or with a byte order
 * mark, or Windows-1252 (what Swedish Excel writes with "CSV (semikolonavgränsad)").
 *
 * @example
 * ```ts
 * const encoding: TextEncodingName = 'windows-1252';
 * ```
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/**
 * The decimal mark of numbers and amounts in the file: `','` (Swedish) or `'.'`.
 *
 * @example
 * ```ts
 * const mark: DecimalMark = ',';
 * ```
 */
export type DecimalMark = ',' | '.';

/**
 * How a file is written: separator, encoding and decimal mark.
 *
 * @example
 * ```ts
 * const excel: Dialect = { separator: ';', encoding: 'utf-8-bom', decimal: ',' };
 * ```
 */
export interface Dialect {
  readonly separator: Separator;
  readonly encoding: TextEncodingName;
  readonly decimal: DecimalMark;
}

/**
 * The named dialects for export: `excel-sv` (semicolon, UTF-8 with BOM, decimal comma;
 * what Swedish Excel opens without a wizard) and `rfc4180` (comma, UTF-8, decimal point).
 *
 * @example
 * ```ts
 * namedDialects['excel-sv'].separator;
 * //=> ';'
 * ```
 */
export const namedDialects = {
  'excel-sv': { separator: ';', encoding: 'utf-8-bom', decimal: ',' },
  rfc4180: { separator: ',', encoding: 'utf-8', decimal: '.' },
} as const satisfies Record<string, Dialect>;

/**
 * The name of an export dialect.
 *
 * @example
 * ```ts
 * const name: DialectName = 'rfc4180';
 * ```
 */
export type DialectName = keyof typeof namedDialects;
