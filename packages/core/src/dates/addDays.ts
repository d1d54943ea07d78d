import { addDays as addDaysFns } from 'date-fns/addDays';
import type { Result } from 'neverthrow';
import type { StadigError } from '../errors/StadigError';
import type { DateOnly } from './DateOnly';
import { type DateArithmeticErrorCode, shiftDate } from './shiftDate';

/**
 * Adds a whole number of calendar days (negative to go back). The result is an error
 * only when it would leave the years 1800–2999, or when `days` is not a safe integer.
 * Independent of the machine's time zone. Never throws.
 *
 * @param date - the date to start from
 * @param days - how many days to add
 * @returns the date `days` later, or an error
 *
 * @example
 * ```ts
 * addDays(parseDateOnly('2024-02-28')._unsafeUnwrap(), 1)._unsafeUnwrap();
 * //=> '2024-02-29'
 * addDays(parseDateOnly('2999-12-31')._unsafeUnwrap(), 1)._unsafeUnwrapErr().code;
 * //=> 'date.out-of-range'
 * ```
 */
export function addDays(
  date: DateOnly,
  days: number,
): Result<DateOnly, StadigError<DateArithmeticErrorCode>> {
  return shiftDate(date, days, 500_000, addDaysFns);
}
