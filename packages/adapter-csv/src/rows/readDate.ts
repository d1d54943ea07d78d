import { isDateOnly } from '@stadig/core';

const TOKENS: Readonly<Record<string, string>> = {
  YYYY: '(?<y>\\d{4})',
  MM: '(?<m>\\d{2})',
  M: '(?<m>\\d{1,2})',
  DD: '(?<d>\\d{2})',
  D: '(?<d>\\d{1,2})',
};
const cache = new Map<string, RegExp | null>();

/**
 * Reads a date written in a format made of `YYYY`, `MM` or `M`, `DD` or `D` and any
 * other characters taken literally (`YYYY-MM-DD`, `D/M/YYYY`, `YYYYMMDD`,
 * `DD.MM.YYYY`), as an ISO date. A time after the date (`2025-01-10 00:00`) is ignored.
 * Returns `undefined` when the text does not follow the format or is no calendar date.
 *
 * @param text - the cell
 * @param format - the format
 * @returns the date as `YYYY-MM-DD`, or `undefined`
 *
 * @example
 * ```ts
 * readDate('5/2/2025', 'D/M/YYYY');
 * //=> '2025-02-05'
 * ```
 */
export function readDate(text: string, format: string): string | undefined {
  let pattern = cache.get(format);
  if (pattern === undefined) {
    pattern = compile(format);
    if (cache.size < 100) cache.set(format, pattern);
  }
  const groups = pattern?.exec(text)?.groups;
  if (groups === undefined) return undefined;
  const { y = '', m = '', d = '' } = groups;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isDateOnly(iso) ? iso : undefined;
}

function compile(format: string): RegExp | null {
  const parts = format.split(/(YYYY|MM|M|DD|D)/).filter((p) => p !== '');
  const seen = new Set<string>();
  let source = '';
  for (const part of parts) {
    const token = TOKENS[part];
    if (token === undefined) source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (seen.has(part[0] ?? '')) return null;
    else {
      seen.add(part[0] ?? '');
      source += token;
    }
  }
  return seen.size === 3 ? new RegExp(`^${source}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$`) : null;
}
