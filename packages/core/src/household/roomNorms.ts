import type { RoomNorm } from './RoomNorm';

/**
 * The built-in room norms, the one place a norm is added.
 *
 * - `stadig-default`: one living room; every adult has their own bedroom; children
 *   under 13 share two to a bedroom, children from 13 have their own.
 * - `trangboddhetsnorm-2`: Boverket's and SCB's overcrowding norm 2: at most two
 *   people per bedroom, adults and children alike; the kitchen and the living room
 *   are not bedrooms; rooms are the bedrooms plus the living room.
 *
 * @example
 * ```ts
 * roomNorms['trangboddhetsnorm-2'].bedroomGroups[0].perBedroom;
 * //=> 2
 * ```
 */
export const roomNorms = {
  'stadig-default': {
    id: 'stadig-default',
    label: { sv: 'Stadigs standardnorm', en: 'Stadig default norm' },
    source: {
      sv: 'Stadig: ett vardagsrum; varje vuxen har eget sovrum; barn under 13 år delar sovrum två och två, barn från 13 år har eget sovrum.',
      en: 'Stadig: one living room; every adult has their own bedroom; children under 13 share two to a bedroom, children from 13 have their own.',
    },
    livingRooms: 1,
    bedroomGroups: [
      { who: 'adult', perBedroom: 1 },
      { who: 'child', underAge: 13, perBedroom: 2 },
      { who: 'child', fromAge: 13, perBedroom: 1 },
    ],
  },
  'trangboddhetsnorm-2': {
    id: 'trangboddhetsnorm-2',
    label: { sv: 'Trångboddhetsnorm 2', en: 'Overcrowding norm 2' },
    source: {
      sv: 'Boverket och SCB, trångboddhetsnorm 2: högst två personer per sovrum; kök och vardagsrum räknas inte som sovrum.',
      en: 'Boverket and Statistics Sweden, overcrowding norm 2: at most two people per bedroom; the kitchen and the living room are not bedrooms.',
    },
    livingRooms: 1,
    bedroomGroups: [{ who: 'anyone', perBedroom: 2 }],
  },
} as const satisfies Readonly<Record<string, RoomNorm>>;

/**
 * The identifier of a built-in room norm.
 *
 * @example
 * ```ts
 * const norm: RoomNormId = 'trangboddhetsnorm-2';
 * ```
 */
export type RoomNormId = keyof typeof roomNorms;
