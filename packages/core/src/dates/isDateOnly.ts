import { DATE_ONLY_YEAR_RANGE, type DateOnly, daysInMonth } from './DateOnly';

/** The digit at `i`, or NaN (which fails every comparison). */
const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};

/**
 * Whether a value is a {@link DateOnly}: a `YYYY-MM-DD` string naming a real date in
 * the years 1800–2999 (no surrounding spaces; {@link parseDateOnly} trims them).
 * Never throws.
 *
 * @param value - anything
 * @returns `true` when the value is a `DateOnly`
 *
 * @example
 * ```ts
 * isDateOnly('2024-02-29');
 * //=> true
 * isDateOnly('2023-02-29');
 * //=> false
 * ```
 */
export function isDateOnly(value: unknown): value is DateOnly {
  // Char codes, not a regular expression and slices: this runs for every date of every
  // record parsed. Same answer as /^\d{4}-\d{2}-\d{2}$/ plus isRealIsoDate (tested).
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year =
    digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (!(year >= DATE_ONLY_YEAR_RANGE.min && year <= DATE_ONLY_YEAR_RANGE.max)) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
