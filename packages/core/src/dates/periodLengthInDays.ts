import type { DateOnly } from './DateOnly';
import { daysBetween } from './daysBetween';
import { isDateOnly } from './isDateOnly';
import type { Period } from './Period';

/**
 * The number of days in a period, both ends included (a period from 2024-01-01 to
 * 2024-01-31 has 31 days). An open-ended period counts up to and including `asOf`;
 * `asOf` does not shorten a period that has a `to`. A period that starts after its
 * end (or after `asOf`, when open) has 0 days. `NaN` when the arguments are not a
 * `Period` and a `DateOnly` (possible only by bypassing the types); never throws.
 *
 * @param period - the period
 * @param asOf - today, for an open-ended period
 * @returns the number of days
 *
 * @example
 * ```ts
 * const stay = parsePeriod({ from: '2025-09-01' })._unsafeUnwrap();
 * periodLengthInDays(stay, parseDateOnly('2025-09-30')._unsafeUnwrap());
 * //=> 30
 * ```
 */
export function periodLengthInDays(period: Period, asOf: DateOnly): number {
  if (typeof period !== 'object' || period === null || !isDateOnly(asOf)) return Number.NaN;
  const end = period.to ?? asOf;
  return Math.max(0, daysBetween(period.from, end) + 1);
}
