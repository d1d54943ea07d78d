import type { HousingSolution } from '../solution/housingSolutionSchema';
import { lastDayOfFirstYear } from './lastDayOfFirstYear';

/**
 * How long a contract runs, measured against one calendar year.
 *
 * @example
 * ```ts
 * const term: ContractTerm = 'under-one-year';
 * ```
 */
export type ContractTerm = 'no-contract' | 'open-ended' | 'under-one-year' | 'one-year-or-more';

/**
 * Classifies a contract's term, calendar-exact: the end date is the last day the tenant
 * has the home (inclusive), and the term is at least one year when it reaches the day
 * before `oneYearFrom(start)`. So 2024-03-01 to 2025-02-28 is exactly one year (not
 * shorter), 2024-03-01 to 2025-02-27 is shorter; from 2024-02-29, whose year ends
 * (lag 1930:173, 1 §) on 2025-02-28, a term to 2025-02-27 is exactly one year.
 *
 * @param contract - the solution's contract, if any
 * @returns `no-contract`, `open-ended` (no end date), `under-one-year` or `one-year-or-more`
 *
 * @example
 * ```ts
 * const { contract } = parseHousingSolution({
 *   tenure: 'sublease', municipality: '2062', contract: { start: '2024-03-01', end: '2025-02-28' },
 * })._unsafeUnwrap();
 * contractTerm(contract);
 * //=> 'one-year-or-more'
 * ```
 */
export function contractTerm(contract: HousingSolution['contract']): ContractTerm {
  if (contract === undefined) return 'no-contract';
  if (contract.end === undefined) return 'open-ended';
  return contract.end < lastDayOfFirstYear(contract.start) ? 'under-one-year' : 'one-year-or-more';
}
