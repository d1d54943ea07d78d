import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { DateOnly } from './DateOnly';
import { isDateOnly } from './isDateOnly';
import { UtcDate } from './UtcDate';

/**
 * The number of calendar days from one date to another: positive when `to` is later,
 * negative when it is earlier, 0 on the same day. Independent of the machine's time
 * zone and of daylight saving time. `NaN` when either is not a `DateOnly` (possible
 * only by bypassing the type); never throws.
 *
 * @param from - the first date
 * @param to - the second date
 * @returns `to - from` in days
 *
 * @example
 * ```ts
 * daysBetween(parseDateOnly('2024-02-28')._unsafeUnwrap(), parseDateOnly('2024-03-01')._unsafeUnwrap());
 * //=> 2
 * ```
 */
export function daysBetween(from: DateOnly, to: DateOnly): number {
  if (!isDateOnly(from) || !isDateOnly(to)) return Number.NaN;
  const days = differenceInCalendarDays(UtcDate.fromDateOnly(to), UtcDate.fromDateOnly(from));
  return days === 0 ? 0 : days;
}
