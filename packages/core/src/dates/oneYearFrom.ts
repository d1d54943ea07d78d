import type { Result } from 'neverthrow';
import type { StadigError } from '../errors/StadigError';
import { addYears } from './addYears';
import type { DateOnly } from './DateOnly';
import type { DateArithmeticErrorCode } from './shiftDate';

/**
 * The date one year after `start`: the day with the same number in the same month of
 * the next year or, when that day does not exist, the last day of that month. From
 * 2024-02-29 the year ends on 2025-02-28. This is the rule of lagen (1930:173) om
 * beräkning av lagstadgad tid, 1 §: when time is counted in weeks, months or years,
 * the end day is the one whose number in the month matches the start day, and if the
 * end month has no such day, its last day. (2 § of the same law, the weekend rule,
 * is not applied: the result may be a Saturday, a Sunday or a public holiday.)
 *
 * The result is an error only when it would be after 2999-12-31. Never throws.
 *
 * @param start - the day the year is counted from
 * @returns the anniversary date, or an error
 *
 * @example
 * ```ts
 * oneYearFrom(parseDateOnly('2024-02-29')._unsafeUnwrap())._unsafeUnwrap();
 * //=> '2025-02-28'
 * oneYearFrom(parseDateOnly('2023-03-01')._unsafeUnwrap())._unsafeUnwrap();
 * //=> '2024-03-01'
 * ```
 */
export function oneYearFrom(
  start: DateOnly,
): Result<DateOnly, StadigError<DateArithmeticErrorCode>> {
  return addYears(start, 1);
}
