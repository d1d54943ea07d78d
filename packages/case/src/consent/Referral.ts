import type { DateOnly } from '@stadig/core';
import type { Case } from '../model/Case';

/**
 * The age bands a referral counts people in.
 *
 * @example
 * ```ts
 * ageBands['13-17'];
 * //=> { min: 13, max: 17 }
 * ```
 */
export const ageBands = {
  '0-5': { min: 0, max: 5 },
  '6-12': { min: 6, max: 12 },
  '13-17': { min: 13, max: 17 },
  '18+': { min: 18, max: Number.POSITIVE_INFINITY },
} as const satisfies Readonly<Record<string, { min: number; max: number }>>;

/**
 * An age band.
 *
 * @example
 * ```ts
 * const band: AgeBand = '6-12';
 * ```
 */
export type AgeBand = keyof typeof ageBands;

/**
 * The minimum a landlord needs to offer a home: no names, identity numbers, addresses,
 * municipalities of stay or violence details.
 *
 * @example
 * ```ts
 * referralFor(c, recipient, asOf)._unsafeUnwrap().householdSize;
 * //=> 3
 * ```
 */
export interface Referral {
  readonly purpose: 'housing-referral';
  readonly asOf: DateOnly;
  readonly householdSize: number;
  readonly ageBands: Readonly<Record<AgeBand, number>>;
  readonly rooms: number;
  readonly accessibility: NonNullable<NonNullable<Case['needs']>['accessibility']>;
  readonly pets: NonNullable<NonNullable<Case['needs']>['pets']>;
  readonly moveInWindow: { readonly earliest: DateOnly; readonly latest?: DateOnly };
}
