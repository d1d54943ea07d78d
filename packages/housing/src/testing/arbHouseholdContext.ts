import type { DateOnly } from '@stadig/core';
import {
  arbCountyCode,
  arbHouseholdComposition,
  arbMoney,
  arbMunicipalityCode,
} from '@stadig/core/testing';
import fc from 'fast-check';
import type { HouseholdContext } from '../rules/RuleContext';

/**
 * Household contexts for the suitability rules: a household valid on `asOf`, a
 * monthly income, and municipalities and counties to avoid, each sometimes left out.
 *
 * @param options - the assessment date
 * @returns an arbitrary of {@link HouseholdContext}s
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbHouseholdContext({ asOf }), (h) => parseHouseholdContext(h).isOk()));
 * ```
 */
export function arbHouseholdContext(options: {
  readonly asOf: DateOnly;
}): fc.Arbitrary<HouseholdContext> {
  return fc.record(
    {
      composition: arbHouseholdComposition({ asOf: options.asOf, maxChildren: 4 }),
      monthlyIncome: arbMoney({ min: 0, max: 10_000_000 }),
      avoidMunicipalities: fc.array(arbMunicipalityCode(), { maxLength: 3 }),
      avoidCounties: fc.array(arbCountyCode(), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
}
