import fc from 'fast-check';
import { addDays } from '../dates/addDays';
import { addYears } from '../dates/addYears';
import { ageAt } from '../dates/ageAt';
import { DATE_ONLY_YEAR_RANGE, type DateOnly } from '../dates/DateOnly';
import type { HouseholdComposition } from '../household/HouseholdComposition';
import { arbDateOnly } from './dates';

const FIRST = `${DATE_ONLY_YEAR_RANGE.min}-01-01` as DateOnly;

/**
 * Options for {@link arbHouseholdComposition}.
 *
 * @example
 * ```ts
 * const options: ArbHouseholdOptions = { asOf: '2026-11-21' as DateOnly, maxChildren: 3 };
 * ```
 */
export interface ArbHouseholdOptions {
  /** The day the household is assessed on: children are under 18 then. */
  readonly asOf: DateOnly;
  /** The most adults (default 3; there is always at least one). */
  readonly maxAdults?: number;
  /** The most children (default 6). */
  readonly maxChildren?: number;
}

/** The earlier of `years` back from `asOf` and 1800-01-01. */
function yearsBefore(asOf: DateOnly, years: number): DateOnly {
  return addYears(asOf, -years).unwrapOr(FIRST);
}

/**
 * Generates households that are valid on `asOf` (as `parseHouseholdComposition`
 * checks them): one or more adults aged 16 to 100 (as far as the years 1800–2999
 * allow), some without a birth date, and
 * children from newborn to 17, with birth dates on 29 February and at month ends
 * tried often.
 *
 * @param options - the assessment date and the most adults and children
 * @returns an arbitrary of households
 *
 * @example
 * ```ts
 * const asOf = '2026-11-21' as DateOnly;
 * fc.assert(
 *   fc.property(arbHouseholdComposition({ asOf }), (h) => parseHouseholdComposition(h, { asOf }).isOk()),
 * );
 * ```
 */
export function arbHouseholdComposition(
  options: ArbHouseholdOptions,
): fc.Arbitrary<HouseholdComposition> {
  const { asOf } = options;
  const adultBirth = arbDateOnly({ min: yearsBefore(asOf, 100), max: yearsBefore(asOf, 16) });
  const adult = fc
    .option(adultBirth, { nil: undefined, freq: 3 })
    .map((birthDate) => (birthDate === undefined ? {} : { birthDate }));
  const childBirth = arbDateOnly({
    min: addDays(yearsBefore(asOf, 18), -1).unwrapOr(FIRST),
    max: asOf,
  }).filter((birthDate) => ageAt(birthDate, asOf).unwrapOr(18) < 18);
  return fc.record({
    adults: fc.array(adult, { minLength: 1, maxLength: Math.max(1, options.maxAdults ?? 3) }),
    children: fc.array(
      childBirth.map((birthDate) => ({ birthDate })),
      { maxLength: options.maxChildren ?? 6 },
    ),
  });
}
