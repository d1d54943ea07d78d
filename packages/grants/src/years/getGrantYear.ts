import {
  createErrorFactory,
  type ErrorPath,
  err,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import type { GrantYear } from './GrantYear';
import { grantYears } from './grantYears';
import { yearMessages } from './messages';

const yearError = createErrorFactory(yearMessages);

/**
 * The shipped {@link GrantYear} for a calendar year. Never throws.
 *
 * @param year - the calendar year
 * @param path - where the year sits in a larger input, for the error
 * @returns the grant year, or `grants.unknown-year`
 *
 * @example
 * ```ts
 * getGrantYear(2022)._unsafeUnwrap().costWindow.from;
 * //=> '2022-07-07'
 * getGrantYear(2031)._unsafeUnwrapErr().code;
 * //=> 'grants.unknown-year'
 * ```
 */
export function getGrantYear(
  year: number,
  path: ErrorPath = [],
): Result<GrantYear, StadigError<'grants.unknown-year'>> {
  if (year === 2022 || year === 2023) return ok(grantYears[year]);
  const shown = Number.isSafeInteger(year) ? year : 0;
  return err(yearError('grants.unknown-year', { year: shown }, path));
}
