import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import type { DateOnly } from '../dates/DateOnly';
import { dateMessages } from '../dates/messages';
import { parseDateOnly } from '../dates/parseDateOnly';
import type { NonEmptyReadonlyArray, StadigError } from '../errors/StadigError';
import { parseWithSchema } from '../schema/parseWithSchema';
import type { HouseholdComposition } from './HouseholdComposition';
import { householdCompositionSchema } from './HouseholdComposition';
import { type HouseholdAges, householdAges } from './householdAges';

/**
 * The age in whole years of every member of a household on a given day, in the order
 * of the composition; `undefined` for an adult without a birth date. Ages follow
 * {@link ageAt} (born 29 February, a year older on 28 February in common years).
 * An error for each birth date after `asOf`. Never throws.
 *
 * @param composition - the household
 * @param asOf - the day to compute the ages on
 * @returns the ages, or every problem found
 *
 * @example
 * ```ts
 * const household = { adults: [{}], children: [{ birthDate: '2019-04-02' as DateOnly }] };
 * agesAt(household, parseDateOnly('2026-11-21')._unsafeUnwrap())._unsafeUnwrap();
 * //=> { adults: [undefined], children: [7] }
 * ```
 */
export function agesAt(
  composition: HouseholdComposition,
  asOf: DateOnly,
): Result<HouseholdAges, NonEmptyReadonlyArray<StadigError>> {
  const day = parseDateOnly(asOf, ['asOf']);
  if (day.isErr()) return err([day.error]);
  const parsed = parseWithSchema(householdCompositionSchema, composition, {
    catalogue: dateMessages,
  });
  if (parsed.isErr()) return err(parsed.error);
  const { ages, errors } = householdAges(parsed.value, day.value, []);
  const [first, ...rest] = errors;
  return first === undefined ? ok(ages) : err([first, ...rest]);
}
