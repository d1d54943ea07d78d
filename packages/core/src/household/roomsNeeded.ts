import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import type { DateOnly } from '../dates/DateOnly';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { NonEmptyReadonlyArray, StadigError } from '../errors/StadigError';
import type { LocalizedText } from '../i18n/LocalizedText';
import { parseWithSchema } from '../schema/parseWithSchema';
import { countBedroomGroups } from './countBedroomGroups';
import { explainRooms } from './explainRooms';
import type { HouseholdComposition } from './HouseholdComposition';
import { householdAges } from './householdAges';
import { householdMessages } from './messages';
import { parseHouseholdComposition } from './parseHouseholdComposition';
import { type RoomNorm, roomNormSchema } from './RoomNorm';
import { type RoomNormId, roomNorms } from './roomNorms';

const householdError = createErrorFactory(householdMessages);

/**
 * Options for {@link roomsNeeded}.
 *
 * @example
 * ```ts
 * const options: RoomsNeededOptions = { asOf: parseDateOnly('2026-11-21')._unsafeUnwrap(), norm: 'trangboddhetsnorm-2' };
 * ```
 */
export interface RoomsNeededOptions {
  /** The day the household is assessed on: ages are counted on it. */
  readonly asOf: DateOnly;
  /** A built-in norm's id, or a custom norm (default `'stadig-default'`). */
  readonly norm?: RoomNormId | RoomNorm;
}

/**
 * How many rooms a household needs under a norm, and why.
 *
 * @example
 * ```ts
 * const needed: RoomsNeeded = { rooms: 3, bedrooms: 2, normId: 'stadig-default', explanation: { sv: '…', en: '…' } };
 * ```
 */
export interface RoomsNeeded {
  /** Bedrooms plus the norm's living rooms (the kitchen is never counted). */
  readonly rooms: number;
  /** The bedrooms the norm requires. */
  readonly bedrooms: number;
  /** The id of the norm applied. */
  readonly normId: string;
  /** The calculation in words, with counts only. */
  readonly explanation: LocalizedText;
}

/**
 * The number of rooms a household needs under a room norm given as data (see
 * {@link roomNorms}; default `stadig-default`: a living room, a bedroom for every
 * adult, children under 13 two to a bedroom, children from 13 a bedroom each).
 * Each member is counted in the first bedroom group of the norm that fits them by
 * role and age on `asOf`. The household is checked as by
 * {@link parseHouseholdComposition} and a custom norm by {@link roomNormSchema};
 * every problem is listed. Never throws.
 *
 * @param composition - the household
 * @param options - the assessment date and the norm
 * @returns rooms, bedrooms, the norm's id and an explanation, or every problem found
 *
 * @example
 * ```ts
 * const household = { adults: [{}], children: [{ birthDate: '2019-04-02' as DateOnly }, { birthDate: '2012-01-10' as DateOnly }] };
 * roomsNeeded(household, { asOf: parseDateOnly('2026-11-21')._unsafeUnwrap() })._unsafeUnwrap().rooms;
 * //=> 4
 * ```
 */
export function roomsNeeded(
  composition: HouseholdComposition,
  options: RoomsNeededOptions,
): Result<RoomsNeeded, NonEmptyReadonlyArray<StadigError>> {
  const norm = resolveNorm(options?.norm);
  const household = parseHouseholdComposition(composition, { asOf: options?.asOf });
  if (norm.isErr()) {
    const [first, ...rest] = norm.error;
    return err([first, ...rest, ...(household.isErr() ? household.error : [])]);
  }
  if (household.isErr()) return err(household.error);
  const { ages } = householdAges(household.value, options.asOf, []);
  const { bedroomGroups } = norm.value;
  const { counts, problems } = countBedroomGroups(norm.value, ages);
  const [problem, ...more] = problems;
  if (problem !== undefined) return err([problem, ...more]);
  const bedroomsPerGroup = bedroomGroups.map((g, i) => Math.ceil((counts[i] ?? 0) / g.perBedroom));
  const bedrooms = bedroomsPerGroup.reduce((a, b) => a + b, 0);
  return ok({
    rooms: bedrooms + norm.value.livingRooms,
    bedrooms,
    normId: norm.value.id,
    explanation: explainRooms(norm.value, counts, bedroomsPerGroup),
  });
}

function resolveNorm(norm: unknown): Result<RoomNorm, NonEmptyReadonlyArray<StadigError>> {
  if (norm === undefined) return ok(roomNorms['stadig-default']);
  if (typeof norm === 'string') {
    return Object.hasOwn(roomNorms, norm)
      ? ok(roomNorms[norm as RoomNormId])
      : err([
          householdError('household.unknown-norm', { known: Object.keys(roomNorms).join(', ') }, [
            'norm',
          ]),
        ]);
  }
  return parseWithSchema(roomNormSchema, norm, { path: ['norm'], catalogue: householdMessages });
}
