import { err, ok, type Result } from 'neverthrow';
import { type DateOnly, daysInMonth, isRealIsoDate } from '../dates/DateOnly';
import { assert, assertMessages } from '../errors/assert';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import { protect } from '../protected/protect';
import { birthYearFor } from './birthYearFor';
import {
  IDENTITY_NUMBER_MAX_AGE,
  type IdentityNumber,
  identityNumberKinds,
} from './IdentityNumber';
import { implausibilityOf } from './implausibilityOf';
import { kindByPersonnummerLibrary } from './kindByPersonnummerLibrary';
import { luhnCheckDigit } from './luhnCheckDigit';
import { identityMessages } from './messages';
import { readIdentityNumberText } from './readIdentityNumberText';

const identityError = createErrorFactory(identityMessages);

/**
 * The codes {@link parseIdentityNumber} can return.
 *
 * @example
 * ```ts
 * const code: IdentityErrorCode = 'identity.checksum-mismatch';
 * ```
 */
export type IdentityErrorCode = keyof typeof identityMessages;

/**
 * Options for {@link parseIdentityNumber}.
 *
 * @example
 * ```ts
 * const options: ParseIdentityNumberOptions = { asOf, path: ['applicant', 'identityNumber'] };
 * ```
 */
export interface ParseIdentityNumberOptions {
  /** The date the check is made for: it decides the century of a ten-digit number and the age. */
  readonly asOf: DateOnly;
  /** Where the value sits in a larger input, for the error. */
  readonly path?: ErrorPath;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Parses a Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer, day of birth plus 60) into an {@link IdentityNumber} whose
 * number and date of birth are protected. Never throws, and no error repeats the
 * input or any of its digits.
 *
 * Accepts 10 or 12 digits, with or without `-` or `+` before the last four
 * (surrounding white space ignored). A ten-digit number is given the most recent
 * year not after the year of `asOf` that ends in its two year digits, a hundred
 * years earlier when written with `+`. It is then checked in this order: the date
 * exists, the check digit matches, the date of birth is not after `asOf`, the number
 * is plausible (at most {@link IDENTITY_NUMBER_MAX_AGE} years old, a `+` only from
 * the year the person turns 100, birth number not 000), and finally the
 * `personnummer` library accepts its twelve-digit form. Interim numbers (with a
 * letter) are refused. It throws (a programmer error) only when `asOf` is not a
 * {@link DateOnly}.
 *
 * @param input - anything; only a string can be an identity number
 * @param options - `asOf`, and the `path` for errors
 * @returns the identity number, or an error whose code says what is wrong
 *
 * @example
 * ```ts
 * const asOf = parseDateOnly('2026-11-21')._unsafeUnwrap();
 * parseIdentityNumber(formText, { asOf }).map((id) => id.kind);
 * //=> ok('personnummer')
 * parseIdentityNumber('19811318-1234', { asOf })._unsafeUnwrapErr().code;
 * //=> 'identity.date-does-not-exist'
 * parseIdentityNumber('900101-0010', { asOf })._unsafeUnwrapErr().code;
 * //=> 'identity.checksum-mismatch'
 * ```
 */
export function parseIdentityNumber(
  input: unknown,
  { asOf, path = [] }: ParseIdentityNumberOptions,
): Result<IdentityNumber, StadigError<IdentityErrorCode>> {
  // A non-date asOf is a programmer error (the type forbids it), not an input problem.
  assert(/^\d{4}-\d{2}-\d{2}$/.test(asOf) && isRealIsoDate(asOf), assertMessages.unreachable);
  if (typeof input !== 'string') return err(identityError('identity.not-a-string', {}, path));
  const read = readIdentityNumberText(input);
  if (read.isErr()) return err(identityError(read.error, {}, path));
  const parts = read.value;

  const asOfYear = Number(asOf.slice(0, 4));
  const year =
    parts.century === undefined
      ? birthYearFor(parts.yy, parts.separator, asOfYear)
      : parts.century * 100 + parts.yy;
  const kind =
    parts.day > identityNumberKinds.samordningsnummer.dayOffset
      ? 'samordningsnummer'
      : 'personnummer';
  const day = parts.day - identityNumberKinds[kind].dayOffset;
  if (parts.month < 1 || parts.month > 12 || day < 1 || day > daysInMonth(year, parts.month)) {
    return err(identityError('identity.date-does-not-exist', {}, path));
  }
  if (luhnCheckDigit(parts.checked) !== parts.checkDigit) {
    return err(identityError('identity.checksum-mismatch', {}, path));
  }
  const birthDate = `${pad(year, 4)}-${pad(parts.month, 2)}-${pad(day, 2)}`;
  if (birthDate > asOf) return err(identityError('identity.birth-date-after-as-of', {}, path));
  const reason = implausibilityOf(parts, birthDate, asOf);
  if (reason !== undefined) {
    return err(
      identityError('identity.implausible', { reason, maxAge: IDENTITY_NUMBER_MAX_AGE }, path),
    );
  }

  const twelve = `${pad(year, 4)}${parts.checked.slice(2)}${parts.checkDigit}`;
  if (kindByPersonnummerLibrary(twelve) !== kind) {
    return err(identityError('identity.rejected', {}, path));
  }
  return ok(
    Object.freeze({
      kind,
      value: protect(`${twelve.slice(0, 8)}-${twelve.slice(8)}`, 'identity-number'),
      birthDate: protect(birthDate as DateOnly, 'birth-date'),
    }),
  );
}
