import type { DateOnly } from '@stadig/core';
import { evaluatePermanence, type HousingSolution, nationalRuleSet } from '@stadig/housing';
import type { CaseOutcome } from './Case';

/**
 * The outcome of a case as {@link parseCase} gives it: the date, the housing solution
 * (already parsed, its address Protected) and the permanence verdict of the national
 * rule set on the outcome date.
 *
 * @internal
 * @param date - the outcome date
 * @param solution - the parsed housing solution
 * @returns the outcome with its verdict
 *
 * @example
 * ```ts
 * toCaseOutcome(date, parseHousingSolution(input)._unsafeUnwrap()).verdict.verdict;
 * //=> 'permanent'
 * ```
 */
export function toCaseOutcome(date: DateOnly, solution: HousingSolution): CaseOutcome {
  return {
    date,
    solution,
    verdict: evaluatePermanence(solution, { asOf: date, ruleSet: nationalRuleSet }),
  };
}
