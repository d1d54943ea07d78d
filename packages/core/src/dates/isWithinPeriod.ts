import type { DateOnly } from './DateOnly';
import { isDateOnly } from './isDateOnly';
import type { Period } from './Period';

/**
 * Whether a date falls within a period, both ends included; an open-ended period
 * contains every date from its start on. `false` when the arguments are not a
 * `DateOnly` and a `Period` (possible only by bypassing the types); never throws.
 *
 * @param date - the date
 * @param period - the period
 * @returns `true` when `from ≤ date` and (no `to`, or `date ≤ to`)
 *
 * @example
 * ```ts
 * const period = parsePeriod({ from: '2024-01-01', to: '2024-01-31' })._unsafeUnwrap();
 * isWithinPeriod(parseDateOnly('2024-01-31')._unsafeUnwrap(), period);
 * //=> true
 * ```
 */
export function isWithinPeriod(date: DateOnly, period: Period): boolean {
  if (!isDateOnly(date) || typeof period !== 'object' || period === null) return false;
  const { from, to } = period;
  if (!isDateOnly(from) || (to !== undefined && !isDateOnly(to))) return false;
  return from <= date && (to === undefined || date <= to);
}
