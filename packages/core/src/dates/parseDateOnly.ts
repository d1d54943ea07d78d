import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import { DATE_ONLY_YEAR_RANGE, type DateOnly, isRealIsoDate } from './DateOnly';
import { dateMessages } from './messages';

const dateError = createErrorFactory(dateMessages);

/**
 * The codes {@link parseDateOnly} can return.
 *
 * @example
 * ```ts
 * const code: DateParseErrorCode = 'date.does-not-exist';
 * ```
 */
export type DateParseErrorCode =
  | 'date.not-a-string'
  | 'date.invalid-format'
  | 'date.does-not-exist'
  | 'date.out-of-range';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses an ISO 8601 calendar date (`YYYY-MM-DD`, surrounding spaces ignored) into a
 * {@link DateOnly}, checking that the date exists (2023-02-29 does not). Never throws.
 *
 * @param input - anything; only a string can be a date
 * @param path - where the value sits in a larger input, for the error
 * @returns the date, or an error saying what is wrong (without repeating the input)
 *
 * @example
 * ```ts
 * parseDateOnly('2024-02-29').isOk();
 * //=> true
 * parseDateOnly('2023-02-29')._unsafeUnwrapErr().code;
 * //=> 'date.does-not-exist'
 * ```
 */
export function parseDateOnly(
  input: unknown,
  path: ErrorPath = [],
): Result<DateOnly, StadigError<DateParseErrorCode>> {
  if (typeof input !== 'string') return err(dateError('date.not-a-string', {}, path));
  const text = input.trim();
  if (!ISO_DATE.test(text)) return err(dateError('date.invalid-format', {}, path));
  const year = Number(text.slice(0, 4));
  if (year < DATE_ONLY_YEAR_RANGE.min || year > DATE_ONLY_YEAR_RANGE.max) {
    return err(dateError('date.out-of-range', DATE_ONLY_YEAR_RANGE, path));
  }
  if (!isRealIsoDate(text)) return err(dateError('date.does-not-exist', {}, path));
  return ok(text as DateOnly);
}
