import * as z from 'zod/mini';
import { dateOnlySchema } from '../dates/DateOnly';

/**
 * The zod schema of a {@link HouseholdComposition}: at least one adult (birth date
 * optional) and any number of children (birth date required). Unknown keys are
 * rejected, so a misspelt `birthdate` is reported instead of silently dropped.
 *
 * Ages are checked against a date by {@link parseHouseholdComposition}, which you
 * should prefer over the bare schema.
 *
 * @example
 * ```ts
 * householdCompositionSchema.safeParse({ adults: [{}], children: [{ birthDate: '2019-04-02' }] }).success;
 * //=> true
 * householdCompositionSchema.safeParse({ adults: [], children: [] }).success;
 * //=> false
 * ```
 */
export const householdCompositionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      adults: z
        .array(z.strictObject({ birthDate: z.optional(dateOnlySchema) }))
        .check(z.minLength(1)),
      children: z.array(z.strictObject({ birthDate: dateOnlySchema })),
    })
    .check(
      z.meta({ description: 'Who will live in the home: adults and children, with birth dates' }),
    ))();

/**
 * Who will live in the home: the adults (at least one; a birth date when known) and
 * the children (each with a birth date, under 18 on the date the household is
 * assessed). Holds no names or identity numbers.
 *
 * @example
 * ```ts
 * const household: HouseholdComposition = {
 *   adults: [{}],
 *   children: [{ birthDate: parseDateOnly('2019-04-02')._unsafeUnwrap() }],
 * };
 * ```
 */
export type HouseholdComposition = z.output<typeof householdCompositionSchema>;
