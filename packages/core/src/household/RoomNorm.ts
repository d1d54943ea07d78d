import * as z from 'zod/mini';

const text = /* @__PURE__ */ (() =>
  z.strictObject({
    sv: z.string().check(z.minLength(1), z.maxLength(500)),
    en: z.string().check(z.minLength(1), z.maxLength(500)),
  }))();

const bedroomGroupSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Who the group is: adults, children, or anyone in the household. */
      who: z.enum(['adult', 'child', 'anyone']),
      /** Only people this old or older (in whole years). */
      fromAge: z.optional(z.int().check(z.minimum(0), z.maximum(150))),
      /** Only people younger than this (in whole years). */
      underAge: z.optional(z.int().check(z.minimum(1), z.maximum(150))),
      /** How many people of the group share one bedroom. */
      perBedroom: z.int().check(z.minimum(1), z.maximum(10)),
    })
    .check(
      z.superRefine((group, ctx) => {
        if (
          group.fromAge !== undefined &&
          group.underAge !== undefined &&
          group.fromAge >= group.underAge
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['underAge'],
            params: { code: 'household.invalid-age-range' },
          });
        }
      }),
    ))();

/**
 * The zod schema of a {@link RoomNorm}, used to validate a custom norm.
 *
 * @example
 * ```ts
 * roomNormSchema.safeParse(roomNorms['stadig-default']).success;
 * //=> true
 * ```
 */
export const roomNormSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A short identifier such as `stadig-default` (lowercase letters, digits, hyphens). */
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
    /** The norm's name, in Swedish and English. */
    label: text,
    /** What the norm says and where it comes from, in Swedish and English. */
    source: text,
    /** Rooms counted besides the bedrooms, such as one living room (the kitchen is never counted). */
    livingRooms: z.int().check(z.minimum(0), z.maximum(10)),
    /**
     * Who shares bedrooms, how many to a room. Each person is counted in the first
     * group that fits them (an adult without a birth date fits only groups without age
     * limits); each group needs `ceil(people / perBedroom)` bedrooms.
     */
    bedroomGroups: z.readonly(z.array(bedroomGroupSchema).check(z.minLength(1), z.maxLength(20))),
  }))();

/**
 * A norm for how many rooms a household needs, given as data: the rooms counted
 * besides bedrooms, and groups of people with how many of them share a bedroom.
 * The built-in norms are in {@link roomNorms}; a custom norm is checked with
 * {@link roomNormSchema} by {@link roomsNeeded}.
 *
 * @example
 * ```ts
 * const everyoneOwnRoom: RoomNorm = {
 *   id: 'own-room',
 *   label: { sv: 'Eget rum', en: 'Own room' },
 *   source: { sv: 'Var och en har eget sovrum.', en: 'Everyone has their own bedroom.' },
 *   livingRooms: 1,
 *   bedroomGroups: [{ who: 'anyone', perBedroom: 1 }],
 * };
 * ```
 */
export type RoomNorm = z.output<typeof roomNormSchema>;
