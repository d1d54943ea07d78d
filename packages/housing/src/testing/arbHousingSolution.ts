import type fc from 'fast-check';
import type { HousingSolution } from '../solution/housingSolutionSchema';
import { parseHousingSolution } from '../solution/parseHousingSolution';
import { type ArbHousingOptions, arbHousingSolutionInput } from './arbHousingSolutionInput';

/**
 * Valid, parsed housing solutions (see {@link arbHousingSolutionInput}), the address
 * protected.
 *
 * @param options - the assessment date the contracts are drawn around, and the tenures
 * @returns an arbitrary of {@link HousingSolution}s
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbHousingSolution({ asOf }), (s) => evaluatePermanence(s, { asOf, ruleSet: nationalRuleSet }).reasons.length > 0));
 * ```
 */
export function arbHousingSolution(options: ArbHousingOptions): fc.Arbitrary<HousingSolution> {
  return arbHousingSolutionInput(options).map((input) =>
    parseHousingSolution(input)._unsafeUnwrap(),
  );
}
