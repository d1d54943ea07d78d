import type { DecimalMark, Separator } from './Dialect';

const COMMA = /^-?\d{1,3}(?:[ \u00a0]?\d{3})*,\d+$/;
const POINT = /^-?\d+\.\d+$/;

/**
 * Detects the decimal mark from the start of a file: with a comma separator it is the
 * point; otherwise the mark found in more numeric fields (`21 500,50` against `21500.50`),
 * and the comma when none is found with a semicolon (Swedish Excel) or tab.
 *
 * @param text - the start of the file, decoded
 * @param separator - the field separator
 * @returns the decimal mark
 *
 * @example
 * ```ts
 * detectDecimalMark('id;belopp\n1;"21 500,50"\n', ';');
 * //=> ','
 * ```
 */
export function detectDecimalMark(text: string, separator: Separator): DecimalMark {
  if (separator === ',') return '.';
  let commas = 0;
  let points = 0;
  for (const raw of text
    .slice(0, 65_536)
    .split(/[\r\n]+/)
    .slice(0, 200)) {
    for (const field of raw.split(separator)) {
      const value = field.replace(/^"|"$/g, '').trim();
      if (COMMA.test(value)) commas++;
      else if (POINT.test(value)) points++;
    }
  }
  return points > commas ? '.' : ',';
}
