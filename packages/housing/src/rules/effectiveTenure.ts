import type { HousingSolution } from '../solution/housingSolutionSchema';
import type { TenureKind } from '../solution/vocabulary';

/**
 * The tenure a rule should read: the tenure itself, or, when the survivor stays in
 * the home after the perpetrator moved out (kvarboende), the tenure held there
 * (`other` if it is missing, which parsing does not allow).
 *
 * @param solution - a housing solution
 * @returns the tenure that counts
 *
 * @example
 * ```ts
 * effectiveTenure(parseHousingSolution({ tenure: 'staying-in-home', heldTenure: 'owned', municipality: '2062' })._unsafeUnwrap());
 * //=> 'owned'
 * ```
 */
export function effectiveTenure(solution: HousingSolution): Exclude<TenureKind, 'staying-in-home'> {
  return solution.tenure === 'staying-in-home' ? (solution.heldTenure ?? 'other') : solution.tenure;
}
