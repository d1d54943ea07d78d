import { err, ok, type Result } from 'neverthrow';
import { IDENTITY_NUMBER_PATTERN, INTERIM_NUMBER_PATTERN } from './identityNumberSchema';

/**
 * @internal The parts of a written identity number, before any check of their
 * meaning. Personal data: never put any of it in an error.
 *
 * @example
 * ```ts
 * const parts: IdentityNumberParts = readIdentityNumberText(text)._unsafeUnwrap();
 * ```
 */
export interface IdentityNumberParts {
  /** The century digits of a twelve-digit form, such as 19; absent in a ten-digit form. */
  readonly century: number | undefined;
  /** The last two digits of the year. */
  readonly yy: number;
  readonly month: number;
  /** The day as written: plus 60 in a samordningsnummer. */
  readonly day: number;
  readonly separator: '' | '-' | '+';
  /** The three-digit birth number (födelsenummer). */
  readonly birthNumber: string;
  readonly checkDigit: number;
  /** The nine digits the check digit is computed from: `YYMMDDNNN`. */
  readonly checked: string;
}

/**
 * @internal Splits a written identity number (surrounding white space ignored)
 * into its parts, or says why it does not have the shape of one.
 *
 * @param text - the written number
 * @returns the parts, or the error code for the shape
 *
 * @example
 * ```ts
 * readIdentityNumberText('12-12-12')._unsafeUnwrapErr();
 * //=> 'identity.invalid-format'
 * ```
 */
export function readIdentityNumberText(
  text: string,
): Result<IdentityNumberParts, 'identity.invalid-format' | 'identity.interim-number'> {
  const trimmed = text.trim();
  const match = IDENTITY_NUMBER_PATTERN.exec(trimmed);
  if (match === null) {
    return err(
      INTERIM_NUMBER_PATTERN.test(trimmed) ? 'identity.interim-number' : 'identity.invalid-format',
    );
  }
  const [, century, yy = '', month = '', day = '', separator = '', birthNumber = '', check = ''] =
    match;
  return ok({
    century: century === undefined ? undefined : Number(century),
    yy: Number(yy),
    month: Number(month),
    day: Number(day),
    separator: separator === '-' || separator === '+' ? separator : '',
    birthNumber,
    checkDigit: Number(check),
    checked: `${yy}${month}${day}${birthNumber}`,
  });
}
