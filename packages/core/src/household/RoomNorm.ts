import * as z from 'zod';

const text = /* @__PURE__ */ (() =>
  z.strictObject({
    sv: z.string().min(1).max(500),
    en: z.string().min(1).max(500),
  }))();

const bedroomGroupSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Who the group is: adults, children, or anyone in the household. */
      who: z.enum(['adult', 'child', 'anyone']),
      /** Only people this old or older (in whole years). */
      fromAge: z.int().min(0).max(150).optional(),
      /** Only people younger than this (in whole years). */
      underAge: z.int().min(1).max(150).optional(),
      /** How many people of the group share one bedroom. */
      perBedroom: z.int().min(1).max(10),
    })
    .superRefine((group, ctx) => {
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
    }))();

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
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    /** The norm's name, in Swedish and English. */
    label: text,
    /** What the norm says and where it comes from, in Swedish and English. */
    source: text,
    /** Rooms counted besides the bedrooms, such as one living room (the kitchen is never counted). */
    livingRooms: z.int().min(0).max(10),
    /**
     * Who shares bedrooms, how many to a room. Each person is counted in the first
     * group that fits them (an adult without a birth date fits only groups without age
     * limits); each group needs `ceil(people / perBedroom)` bedrooms.
     */
    bedroomGroups: z.array(bedroomGroupSchema).min(1).max(20).readonly(),
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
