import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import type { Result } from 'neverthrow';
import type { StadigError } from '../errors/StadigError';
import type { DateOnly } from './DateOnly';
import { type DateArithmeticErrorCode, shiftDate } from './shiftDate';

/**
 * Adds a whole number of years (negative to go back). From 29 February to a year
 * without one, the result is 28 February, the last day of that February, as lagen
 * (1930:173) om beräkning av lagstadgad tid, 1 §, counts periods in years. An error only
 * when the result would leave the years 1800–2999 or `years` is not a safe integer.
 * Never throws.
 *
 * @param date - the date to start from
 * @param years - how many years to add
 * @returns the date `years` later, or an error
 *
 * @example
 * ```ts
 * addYears(parseDateOnly('2024-02-29')._unsafeUnwrap(), 1)._unsafeUnwrap();
 * //=> '2025-02-28'
 * ```
 */
export function addYears(
  date: DateOnly,
  years: number,
): Result<DateOnly, StadigError<DateArithmeticErrorCode>> {
  return shiftDate(date, years, 2_000, (start, n) => addMonthsFns(start, n * 12));
}
