import { addDays, type DateOnly } from '@stadig/core';

/**
 * A date `days` after `date` (before, when negative), kept at `date` if the result
 * would leave the supported range.
 *
 * @param date - the start
 * @param days - how many days to move
 * @returns the shifted date
 *
 * @example
 * ```ts
 * plusDays(parseDateOnly('2025-02-28')._unsafeUnwrap(), 1);
 * //=> '2025-03-01'
 * ```
 */
export function plusDays(date: DateOnly, days: number): DateOnly {
  return addDays(date, days).unwrapOr(date);
}
