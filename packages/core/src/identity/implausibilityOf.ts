import { ageAt } from '../dates/ageAt';
import { DATE_ONLY_YEAR_RANGE, type DateOnly } from '../dates/DateOnly';
import { IDENTITY_NUMBER_MAX_AGE } from './IdentityNumber';
import type { IdentityImplausibleReason } from './messages';
import type { IdentityNumberParts } from './readIdentityNumberText';

/**
 * @internal Why a number whose date exists and whose check digit matches is still
 * not believable at `asOf`, or `undefined` when it is. The date of birth must not
 * be after `asOf`.
 *
 * @param parts - the written number's parts
 * @param birthDate - the date of birth it encodes, `YYYY-MM-DD`
 * @param asOf - the date the check is made for
 * @returns the reason, or `undefined`
 *
 * @example
 * ```ts
 * implausibilityOf(parts, '1850-01-01', '2026-11-21');
 * //=> 'older-than-max-age'
 * ```
 */
export function implausibilityOf(
  parts: IdentityNumberParts,
  birthDate: string,
  asOf: string,
): IdentityImplausibleReason | undefined {
  const year = Number(birthDate.slice(0, 4));
  // Ages follow the one leap-day rule of the dates module (lag 1930:173, 1 §).
  const age = ageAt(birthDate as DateOnly, asOf as DateOnly);
  if (age.isOk() && age.value > IDENTITY_NUMBER_MAX_AGE) return 'older-than-max-age';
  if (year < DATE_ONLY_YEAR_RANGE.min) return 'before-1800';
  // The plus sign is written from the calendar year the person turns 100
  // (folkbokföringslagen 18 §), so compare years, not the exact age.
  if (parts.separator === '+' && Number(asOf.slice(0, 4)) - year < 100) {
    return 'plus-sign-before-100';
  }
  if (parts.birthNumber === '000') return 'birth-number-000';
  return undefined;
}
