import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import type { Result } from 'neverthrow';
import type { StadigError } from '../errors/StadigError';
import type { DateOnly } from './DateOnly';
import { type DateArithmeticErrorCode, shiftDate } from './shiftDate';

/**
 * Adds a whole number of calendar months (negative to go back). When the day does not
 * exist in the target month, the result is that month's last day (2024-01-31 plus one
 * month is 2024-02-29), as lagen (1930:173) om beräkning av lagstadgad tid, 1 §, counts
 * periods in months. An error only when the result would leave the years 1800–2999 or
 * `months` is not a safe integer. Never throws.
 *
 * @param date - the date to start from
 * @param months - how many months to add
 * @returns the date `months` later, or an error
 *
 * @example
 * ```ts
 * addMonths(parseDateOnly('2024-01-31')._unsafeUnwrap(), 1)._unsafeUnwrap();
 * //=> '2024-02-29'
 * ```
 */
export function addMonths(
  date: DateOnly,
  months: number,
): Result<DateOnly, StadigError<DateArithmeticErrorCode>> {
  return shiftDate(date, months, 20_000, addMonthsFns);
}
