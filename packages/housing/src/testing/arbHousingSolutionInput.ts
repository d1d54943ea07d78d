import { addDays, addYears, type DateOnly } from '@stadig/core';
import { arbDateOnly, arbMoney, arbMunicipalityCode } from '@stadig/core/testing';
import fc from 'fast-check';
import { lastDayOfFirstYear } from '../rules/lastDayOfFirstYear';
import type { HousingSolutionInput } from '../solution/housingSolutionSchema';
import {
  accessibilityFeatures,
  heldTenureKinds,
  landlordTypes,
  renewalTerms,
  type TenureKind,
  takeoverConditions,
} from '../solution/vocabulary';
import { arbAddress } from './arbAddress';
import { arbTenure } from './arbTenure';

const keysOf = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

/**
 * Options of {@link arbHousingSolutionInput} and {@link arbHousingSolution}.
 *
 * @example
 * ```ts
 * const options: ArbHousingOptions = { asOf: '2026-01-01' as DateOnly, tenure: arbTenure() };
 * ```
 */
export interface ArbHousingOptions {
  /** Contracts start within five years before and one year after this date. */
  readonly asOf: DateOnly;
  /** The tenures to draw (default: any). */
  readonly tenure?: fc.Arbitrary<TenureKind>;
}

function arbContract(asOf: DateOnly) {
  const start = arbDateOnly({
    min: addYears(asOf, -5).unwrapOr(asOf),
    max: addYears(asOf, 1).unwrapOr(asOf),
  });
  const end = fc.oneof(
    fc.constant('open' as const),
    fc.constantFrom('exact-year' as const, 'day-short' as const),
    fc.integer({ min: 0, max: 1500 }),
  );
  const takeover = fc.record(
    {
      afterMonths: fc.integer({ min: 0, max: 36 }),
      conditions: fc.subarray(keysOf(takeoverConditions)),
    },
    { requiredKeys: ['afterMonths'] },
  );
  const rest = fc.record(
    {
      noticePeriodMonths: fc.integer({ min: 0, max: 6 }),
      renewal: fc.constantFrom(...keysOf(renewalTerms)),
      takeover,
    },
    { requiredKeys: [] },
  );
  return fc.tuple(start, end, rest).map(([from, length, more]) => {
    const last = lastDayOfFirstYear(from) as DateOnly;
    const to =
      length === 'open'
        ? undefined
        : length === 'exact-year'
          ? last
          : length === 'day-short'
            ? addDays(last, -1).unwrapOr(from)
            : addDays(from, length).unwrapOr(from);
    const bounded = to !== undefined && to < from ? from : to;
    return {
      start: from,
      ...(bounded === undefined || bounded > '2999' ? {} : { end: bounded }),
      ...more,
    };
  });
}

/**
 * Valid housing solution inputs (JSON), as `parseHousingSolution` accepts them: any
 * tenure (with a held tenure when staying in the home), contracts open-ended or fixed,
 * often exactly one year or one day short of it, and optional rooms, floor area, rent,
 * landlord, accessibility, pets and address.
 *
 * @param options - the assessment date the contracts are drawn around, and the tenures
 * @returns an arbitrary of inputs
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbHousingSolutionInput({ asOf }), (input) => parseHousingSolution(input).isOk()));
 * ```
 */
export function arbHousingSolutionInput(
  options: ArbHousingOptions,
): fc.Arbitrary<HousingSolutionInput> {
  const optional = fc.record(
    {
      contract: arbContract(options.asOf),
      rooms: fc.integer({ min: 1, max: 8 }),
      floorArea: fc.integer({ min: 15, max: 220 }),
      rentPerMonth: arbMoney({ min: 0, max: 2_500_000 }),
      landlord: fc.constantFrom(...keysOf(landlordTypes)),
      accessibility: fc.subarray(keysOf(accessibilityFeatures)),
      petsAllowed: fc.boolean(),
      address: arbAddress().map((a) => a.address),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(
      options.tenure ?? arbTenure(),
      fc.constantFrom(...heldTenureKinds),
      arbMunicipalityCode(),
      optional,
    )
    .map(([tenure, held, municipality, rest]) => ({
      tenure,
      ...(tenure === 'staying-in-home' ? { heldTenure: held } : {}),
      municipality,
      ...rest,
    }));
}
