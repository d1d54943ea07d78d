import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { StadigError } from '../errors/StadigError';
import { DATE_ONLY_YEAR_RANGE, type DateOnly } from './DateOnly';
import { dateMessages } from './messages';
import { type DateParseErrorCode, parseDateOnly } from './parseDateOnly';
import { UtcDate } from './UtcDate';

const dateError = createErrorFactory(dateMessages);

/**
 * The codes {@link addDays}, {@link addMonths}, {@link addYears} and
 * {@link oneYearFrom} can return: `date.out-of-range` when the result would leave the
 * years 1800–2999, `date.invalid-amount` for an amount that is not a safe integer, and
 * a {@link DateParseErrorCode} for a date that is not a real `DateOnly`.
 *
 * @example
 * ```ts
 * const code: DateArithmeticErrorCode = 'date.out-of-range';
 * ```
 */
export type DateArithmeticErrorCode = DateParseErrorCode | 'date.invalid-amount';

/**
 * Moves a date by a whole amount with a date-fns function on a {@link UtcDate},
 * checking the input and that the result stays within the year range.
 *
 * @internal
 * @param date - the date to move
 * @param amount - how far
 * @param limit - an amount surely beyond the range, so no huge date is ever built
 * @param move - the date-fns function
 * @returns the moved date, or an error
 *
 * @example
 * ```ts
 * shiftDate('2024-01-31' as DateOnly, 1, 20_000, addMonths)._unsafeUnwrap();
 * //=> '2024-02-29'
 * ```
 */
export function shiftDate(
  date: DateOnly,
  amount: number,
  limit: number,
  move: (date: UtcDate, amount: number) => UtcDate,
): Result<DateOnly, StadigError<DateArithmeticErrorCode>> {
  const start = parseDateOnly(date, ['date']);
  if (start.isErr()) return err(start.error);
  if (!Number.isSafeInteger(amount)) {
    return err(dateError('date.invalid-amount', {}, ['amount']));
  }
  const outOfRange = err(dateError('date.out-of-range', DATE_ONLY_YEAR_RANGE));
  if (Math.abs(amount) > limit) return outOfRange;
  const moved = move(UtcDate.fromDateOnly(start.value), amount);
  const year = moved.getUTCFullYear();
  if (!(year >= DATE_ONLY_YEAR_RANGE.min && year <= DATE_ONLY_YEAR_RANGE.max)) return outOfRange;
  return ok(moved.toDateOnly());
}
