import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import type { CountyCode } from './CountyCode';
import { countyTable } from './data.generated';
import { municipalitiesMessages } from './messages';

const countyError = createErrorFactory(municipalitiesMessages);

/**
 * The codes {@link parseCountyCode} can return.
 *
 * @example
 * ```ts
 * const code: CountyCodeErrorCode = 'county.unknown-code';
 * ```
 */
export type CountyCodeErrorCode =
  | 'county.not-a-string'
  | 'county.invalid-code-format'
  | 'county.unknown-code';

/**
 * Parses an SCB county code: two digits (surrounding spaces ignored) that name
 * an existing county. A number is refused, since `1` has lost the leading
 * zero of `'01'`. Never throws.
 *
 * @param input - anything; only a string can be a code
 * @param path - where the value sits in a larger input, for the error
 * @returns the code, or an error saying what is wrong (without repeating the input)
 *
 * @example
 * ```ts
 * parseCountyCode('01')._unsafeUnwrap();
 * //=> '01'
 * parseCountyCode('02')._unsafeUnwrapErr().code;
 * //=> 'county.unknown-code'
 * ```
 */
export function parseCountyCode(
  input: unknown,
  path: ErrorPath = [],
): Result<CountyCode, StadigError<CountyCodeErrorCode>> {
  if (typeof input !== 'string') return err(countyError('county.not-a-string', {}, path));
  const text = input.trim();
  if (!/^\d{2}$/.test(text)) {
    return err(countyError('county.invalid-code-format', {}, path));
  }
  if (!Object.hasOwn(countyTable, text)) {
    return err(countyError('county.unknown-code', {}, path));
  }
  return ok(text as CountyCode);
}
