import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import type { DateOnly } from '../dates/DateOnly';
import { dateMessages } from '../dates/messages';
import { parseDateOnly } from '../dates/parseDateOnly';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, NonEmptyReadonlyArray, StadigError } from '../errors/StadigError';
import { parseWithSchema } from '../schema/parseWithSchema';
import { type HouseholdComposition, householdCompositionSchema } from './HouseholdComposition';
import { householdAges } from './householdAges';
import { householdMessages } from './messages';

const householdError = createErrorFactory(householdMessages);

/** The age from which a person is an adult. */
const ADULT_AGE = 18;

/**
 * Options for {@link parseHouseholdComposition}.
 *
 * @example
 * ```ts
 * const options: ParseHouseholdOptions = { asOf: parseDateOnly('2026-11-21')._unsafeUnwrap(), path: ['household'] };
 * ```
 */
export interface ParseHouseholdOptions {
  /** The day the household is assessed on: birth dates must not be after it. */
  readonly asOf: DateOnly;
  /** Where the value sits in a larger input; prefixed to every error's path. */
  readonly path?: ErrorPath;
}

/**
 * Parses a {@link HouseholdComposition} from any input, such as JSON, and checks it
 * against the day it is assessed on. Lists every problem with its path: the shape
 * (`validation.*`, `date.*`), each birth date after `asOf`
 * (`household.birth-date-after-as-of`), and each child who is 18 or older on `asOf`
 * (`household.child-is-adult`; list them as an adult). No error repeats a birth date.
 * Never throws.
 *
 * @param input - anything
 * @param options - the assessment date and a path prefix
 * @returns the composition, or every problem found
 *
 * @example
 * ```ts
 * const asOf = parseDateOnly('2026-11-21')._unsafeUnwrap();
 * parseHouseholdComposition({ adults: [{}], children: [{ birthDate: '2008-11-21' }] }, { asOf })
 *   ._unsafeUnwrapErr()[0].path;
 * //=> ['children', 0, 'birthDate']
 * ```
 */
export function parseHouseholdComposition(
  input: unknown,
  options: ParseHouseholdOptions,
): Result<HouseholdComposition, NonEmptyReadonlyArray<StadigError>> {
  const path = options?.path ?? [];
  const asOf = parseDateOnly(options?.asOf, ['asOf']);
  if (asOf.isErr()) return err([asOf.error]);
  const parsed = parseWithSchema(householdCompositionSchema, input, {
    path,
    catalogue: dateMessages,
  });
  if (parsed.isErr()) return err(parsed.error);
  const { ages, errors } = householdAges(parsed.value, asOf.value, path);
  ages.children.forEach((age, i) => {
    if (age >= ADULT_AGE) {
      errors.push(
        householdError('household.child-is-adult', { adultAge: ADULT_AGE }, [
          ...path,
          'children',
          i,
          'birthDate',
        ]),
      );
    }
  });
  const [first, ...rest] = errors;
  return first === undefined ? ok(parsed.value) : err([first, ...rest]);
}
