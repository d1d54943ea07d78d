import { addMonths, type DateOnly, type MunicipalityCode } from '@stadig/core';
import type { HousingSolutionInput } from '@stadig/housing';
import { caseDistributions as dist } from './distributions';
import type { Random } from './Random';

/**
 * The home a synthetic household moved into, as a housing-solution input: the tenure
 * drawn from {@link caseDistributions} `outcomeTenure`, a contract from the move-in day
 * (open-ended, or 6–24 months for a sublease, or with a takeover after 12 months for a
 * social contract), rooms, rent and landlord, and a clearly fake address
 * (`Testgatan N`) so that the protected-address paths are exercised.
 *
 * @param random - the seeded generator
 * @param home - the move-in day, the municipality and the rooms needed
 * @returns a housing-solution input that `parseHousingSolution` accepts
 *
 * @example
 * ```ts
 * syntheticSolution(createRandom(1), { moved, municipality: '2062', rooms: 2 }).municipality;
 * //=> '2062'
 * ```
 */
export function syntheticSolution(
  random: Random,
  {
    moved,
    municipality,
    rooms,
  }: { moved: DateOnly; municipality: MunicipalityCode; rooms: number },
): HousingSolutionInput {
  const tenure = random.weighted(dist.outcomeTenure);
  const rent = random.int(dist.rentKronor.min, dist.rentKronor.max) * 100;
  const address = `Testgatan ${random.int(1, 99)}`;
  const base = { municipality, rooms, address };
  switch (tenure) {
    case 'first-hand-lease':
      return {
        tenure,
        ...base,
        contract: { start: moved, noticePeriodMonths: 3 },
        rentPerMonth: rent,
        landlord: random.chance(0.7) ? 'municipal-housing-company' : 'private',
      };
    case 'social-contract':
      return {
        tenure,
        ...base,
        contract: {
          start: moved,
          takeover: { afterMonths: dist.takeoverAfterMonths, conditions: ['rent-paid'] },
        },
        rentPerMonth: rent,
        landlord: 'municipality',
      };
    case 'sublease': {
      const months = random.int(dist.subleaseMonths.min, dist.subleaseMonths.max);
      const end = addMonths(moved, months).unwrapOr(moved);
      return { tenure, ...base, contract: { start: moved, end }, rentPerMonth: rent };
    }
    case 'tenant-owned':
      return { tenure, ...base };
    case 'lodger':
    case 'with-relatives':
      return { tenure, municipality, rooms: 1 };
    default:
      return tenure satisfies never;
  }
}
