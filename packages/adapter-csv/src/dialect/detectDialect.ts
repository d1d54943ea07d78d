import iconv from 'iconv-lite';
import type { Dialect } from './Dialect';
import { detectDecimalMark } from './detectDecimalMark';
import { detectEncoding } from './detectEncoding';
import { detectSeparator } from './detectSeparator';

/**
 * Detects a file's dialect from its first bytes: the encoding (BOM, valid UTF-8, else
 * Windows-1252), then the separator and the decimal mark from the decoded text. Any
 * part given in `overrides` is taken as is and not detected. Never throws.
 *
 * @param sample - the first bytes of the file (64 KiB is plenty)
 * @param complete - whether the sample is the whole file
 * @param overrides - parts of the dialect that are known
 * @returns the dialect
 *
 * @example
 * ```ts
 * detectDialect(new TextEncoder().encode('\uFEFFid;belopp\n1;"2,50"\n'), true);
 * //=> { separator: ';', encoding: 'utf-8-bom', decimal: ',' }
 * ```
 */
export function detectDialect(
  sample: Uint8Array,
  complete: boolean,
  overrides: Partial<Dialect> = {},
): Dialect {
  const encoding = overrides.encoding ?? detectEncoding(sample, complete);
  const text =
    encoding === 'windows-1252'
      ? iconv.decode(sample, 'win1252')
      : new TextDecoder('utf-8', { fatal: false }).decode(sample);
  const separator = overrides.separator ?? detectSeparator(text);
  const decimal = overrides.decimal ?? detectDecimalMark(text, separator);
  return { separator, encoding, decimal };
}
