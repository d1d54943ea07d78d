import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { StadigError } from '../errors/StadigError';
import type { DateOnly } from './DateOnly';
import { fullMonthsBetween } from './fullMonthsBetween';
import { dateMessages } from './messages';
import { type DateParseErrorCode, parseDateOnly } from './parseDateOnly';

const dateError = createErrorFactory(dateMessages);

/**
 * The codes {@link ageAt} can return.
 *
 * @example
 * ```ts
 * const code: AgeErrorCode = 'date.birth-after-as-of';
 * ```
 */
export type AgeErrorCode = DateParseErrorCode | 'date.birth-after-as-of';

/**
 * A person's age in whole years on a given day. Birthdays follow the rule of lagen
 * (1930:173) om beräkning av lagstadgad tid, 1 §: someone born on 29 February has
 * their birthday on 28 February in years without a 29 February (born 2008-02-29,
 * they turn 1 on 2009-02-28). An error when the birth date is after `asOf`. The error
 * never repeats the birth date. Never throws.
 *
 * @param birthDate - the day of birth
 * @param asOf - the day to compute the age on
 * @returns the age in whole years, or an error
 *
 * @example
 * ```ts
 * ageAt(parseDateOnly('2008-02-29')._unsafeUnwrap(), parseDateOnly('2009-02-28')._unsafeUnwrap())._unsafeUnwrap();
 * //=> 1
 * ```
 */
export function ageAt(
  birthDate: DateOnly,
  asOf: DateOnly,
): Result<number, StadigError<AgeErrorCode>> {
  const birth = parseDateOnly(birthDate, ['birthDate']);
  if (birth.isErr()) return err(birth.error);
  const day = parseDateOnly(asOf, ['asOf']);
  if (day.isErr()) return err(day.error);
  if (birth.value > day.value) return err(dateError('date.birth-after-as-of', {}, ['birthDate']));
  return ok(Math.floor(fullMonthsBetween(birth.value, day.value) / 12));
}
