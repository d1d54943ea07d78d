import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import { isKnownMunicipalityCode } from './isKnownMunicipalityCode';
import type { MunicipalityCode } from './MunicipalityCode';
import { municipalitiesMessages } from './messages';

const municipalityError = createErrorFactory(municipalitiesMessages);

/**
 * The codes {@link parseMunicipalityCode} can return.
 *
 * @example
 * ```ts
 * const code: MunicipalityCodeErrorCode = 'municipality.unknown-code';
 * ```
 */
export type MunicipalityCodeErrorCode =
  | 'municipality.not-a-string'
  | 'municipality.invalid-code-format'
  | 'municipality.unknown-code';

/**
 * Parses an SCB municipality code: four digits (surrounding spaces ignored) that name
 * an existing municipality. A number is refused, since `180` has lost the leading
 * zero of `'0180'`. Never throws.
 *
 * @param input - anything; only a string can be a code
 * @param path - where the value sits in a larger input, for the error
 * @returns the code, or an error saying what is wrong (without repeating the input)
 *
 * @example
 * ```ts
 * parseMunicipalityCode('0180')._unsafeUnwrap();
 * //=> '0180'
 * parseMunicipalityCode('0100')._unsafeUnwrapErr().code;
 * //=> 'municipality.unknown-code'
 * ```
 */
export function parseMunicipalityCode(
  input: unknown,
  path: ErrorPath = [],
): Result<MunicipalityCode, StadigError<MunicipalityCodeErrorCode>> {
  if (typeof input !== 'string')
    return err(municipalityError('municipality.not-a-string', {}, path));
  const text = input.trim();
  if (!/^\d{4}$/.test(text)) {
    return err(municipalityError('municipality.invalid-code-format', {}, path));
  }
  if (!isKnownMunicipalityCode(text)) {
    return err(municipalityError('municipality.unknown-code', {}, path));
  }
  return ok(text as MunicipalityCode);
}
