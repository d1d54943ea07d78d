import type { DateOnly } from './DateOnly';
import { isDateOnly } from './isDateOnly';

/**
 * Compares two dates: negative when `a` is earlier, 0 on the same day, positive when
 * `a` is later. Fits `Array.prototype.sort` (`dates.sort(compareDates)`). `NaN` when
 * either is not a `DateOnly` (possible only by bypassing the type); never throws.
 *
 * @param a - a date
 * @param b - another date
 * @returns -1, 0 or 1 (or `NaN`)
 *
 * @example
 * ```ts
 * compareDates(parseDateOnly('2024-02-29')._unsafeUnwrap(), parseDateOnly('2024-03-01')._unsafeUnwrap());
 * //=> -1
 * ```
 */
export function compareDates(a: DateOnly, b: DateOnly): number {
  if (!isDateOnly(a) || !isDateOnly(b)) return Number.NaN;
  // ISO dates with four-digit years sort as text in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}
