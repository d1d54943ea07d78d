import iconv from 'iconv-lite';
import type { Dialect } from '../dialect/Dialect';

/**
 * Encodes delimited text to bytes in the dialect's encoding: UTF-8 (the BOM is part of
 * the text from {@link formatCsv}), or Windows-1252 with iconv-lite, where a character
 * outside it becomes `?`.
 *
 * @param text - the text
 * @param dialect - the dialect
 * @returns the bytes
 *
 * @example
 * ```ts
 * encodeCsv('å', { separator: ';', encoding: 'windows-1252', decimal: ',' });
 * //=> Uint8Array [ 229 ]
 * ```
 */
export function encodeCsv(text: string, dialect: Dialect): Uint8Array {
  return dialect.encoding === 'windows-1252'
    ? new Uint8Array(iconv.encode(text, 'win1252'))
    : new TextEncoder().encode(text);
}
