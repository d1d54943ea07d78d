import { isDateOnly } from '@stadig/core';

/**
 * The number of days from 1970-01-01 to a `YYYY-MM-DD` date, by integer arithmetic
 * (no `Date`, so no time zone); `NaN` when the value is not a real date. Differences of
 * two day numbers equal `daysBetween`. Never throws.
 *
 * @param value - anything
 * @returns the day number, or `NaN`
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02');
 * //=> 1
 * dayNumber('2023-02-29');
 * //=> NaN
 * ```
 */
export function dayNumber(value: unknown): number {
  if (!isDateOnly(value)) return Number.NaN;
  const month = Number(value.slice(5, 7));
  const year = Number(value.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const day = Number(value.slice(8, 10));
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
