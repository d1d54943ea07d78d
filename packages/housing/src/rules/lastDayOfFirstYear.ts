import { addDays, type DateOnly, oneYearFrom } from '@stadig/core';

/** After every date: a year from 2999 cannot be reached by any end date. */
const NEVER = '9999-12-31';

/** The last day of the first year from a start date, by start date (a bounded memo). */
const lastDays = /* @__PURE__ */ new Map<string, string>();

/**
 * The last day of the first contract year from `start`: the day before
 * `oneYearFrom(start)` (lag 1930:173, 1 §).
 *
 * @param start - the contract's first day
 * @returns the last day of its first year, or a date after every date when that year ends after 2999
 *
 * @example
 * ```ts
 * lastDayOfFirstYear(parseDateOnly('2024-03-01')._unsafeUnwrap());
 * //=> '2025-02-28'
 * lastDayOfFirstYear(parseDateOnly('2024-02-29')._unsafeUnwrap());
 * //=> '2025-02-27'
 * ```
 */
export function lastDayOfFirstYear(start: DateOnly): string {
  let last = lastDays.get(start);
  if (last === undefined) {
    last = oneYearFrom(start)
      .andThen((anniversary) => addDays(anniversary, -1))
      .unwrapOr(NEVER as DateOnly);
    if (lastDays.size >= 4096) lastDays.clear();
    lastDays.set(start, last);
  }
  return last;
}
