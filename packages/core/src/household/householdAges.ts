import { ageAt } from '../dates/ageAt';
import type { DateOnly } from '../dates/DateOnly';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import type { HouseholdComposition } from './HouseholdComposition';
import { householdMessages } from './messages';

const householdError = createErrorFactory(householdMessages);

/**
 * The age in whole years of each member on a date: `undefined` for an adult without
 * a birth date.
 *
 * @example
 * ```ts
 * const ages: HouseholdAges = { adults: [34, undefined], children: [6, 13] };
 * ```
 */
export interface HouseholdAges {
  /** The adults' ages, in the order of the composition. */
  readonly adults: readonly (number | undefined)[];
  /** The children's ages, in the order of the composition. */
  readonly children: readonly number[];
}

/**
 * The ages of a household's members on `asOf`, and a
 * `household.birth-date-after-as-of` error for each birth date after it.
 *
 * @internal
 * @param composition - the household, already checked against its schema
 * @param asOf - the day to compute the ages on, a valid date
 * @param path - prefixed to every error's path
 * @returns the ages (0 where the birth date is after `asOf`) and the errors
 *
 * @example
 * ```ts
 * householdAges({ adults: [{}], children: [{ birthDate: '2019-04-02' as DateOnly }] }, '2026-11-21' as DateOnly, []);
 * //=> { ages: { adults: [undefined], children: [7] }, errors: [] }
 * ```
 */
export function householdAges(
  composition: HouseholdComposition,
  asOf: DateOnly,
  path: ErrorPath,
): { ages: HouseholdAges; errors: StadigError[] } {
  const errors: StadigError[] = [];
  const age = (birthDate: DateOnly, at: ErrorPath): number => {
    const result = ageAt(birthDate, asOf);
    if (result.isOk()) return result.value;
    errors.push(householdError('household.birth-date-after-as-of', {}, at));
    return 0;
  };
  const adults = composition.adults.map(({ birthDate }, i) =>
    birthDate === undefined ? undefined : age(birthDate, [...path, 'adults', i, 'birthDate']),
  );
  const children = composition.children.map(({ birthDate }, i) =>
    age(birthDate, [...path, 'children', i, 'birthDate']),
  );
  return { ages: { adults, children }, errors };
}
