import { addMonths } from './addMonths';
import type { DateOnly } from './DateOnly';
import { isDateOnly } from './isDateOnly';

/**
 * The number of whole months from `from` to `to`: the largest `n` such that
 * {@link addMonths}(from, n) is on or before `to`, so month ends follow the same rule
 * (2024-01-31 to 2024-02-29 is one full month, and a year is twelve). When `to` is
 * before `from`, the result is the negative of `fullMonthsBetween(to, from)`. `NaN`
 * when either is not a `DateOnly` (possible only by bypassing the type); never throws.
 *
 * @param from - the first date
 * @param to - the second date
 * @returns whole months, signed
 *
 * @example
 * ```ts
 * fullMonthsBetween(parseDateOnly('2024-01-31')._unsafeUnwrap(), parseDateOnly('2024-02-29')._unsafeUnwrap());
 * //=> 1
 * fullMonthsBetween(parseDateOnly('2024-01-15')._unsafeUnwrap(), parseDateOnly('2024-03-14')._unsafeUnwrap());
 * //=> 1
 * ```
 */
export function fullMonthsBetween(from: DateOnly, to: DateOnly): number {
  if (!isDateOnly(from) || !isDateOnly(to)) return Number.NaN;
  if (from > to) return 0 - fullMonthsBetween(to, from) || 0;
  const calendarMonths =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  const candidate = addMonths(from, calendarMonths);
  // The candidate is in the month of `to`, so within range; it overshoots by at most days.
  return candidate.isOk() && candidate.value <= to ? calendarMonths : calendarMonths - 1;
}
