import type { Protected } from '@stadig/core';

/**
 * A case reduced once to plain numbers for fast scoring (see {@link prepareCase}).
 * Holds no name, identity number or free text; the places to keep a distance from are
 * kept `Protected`. Treat it as opaque: its fields may change between versions.
 *
 * @example
 * ```ts
 * const prepared: PreparedCase = prepareCase(c, { asOf });
 * prepared.id;
 * //=> 'synthetic-0000'
 * ```
 */
export interface PreparedCase {
  readonly id: string;
  /** The home municipality as a number (SCB code). */
  readonly home: number;
  readonly canStayHome: boolean;
  readonly avoidMunicipalities: Int32Array;
  /** Bit mask of the counties to avoid: bit k for county code k (01–25). */
  readonly avoidCounties: number;
  /** Triples of latitude, longitude (radians) and radius (km). */
  readonly keepAway: Protected<Float64Array> | undefined;
  readonly roomsNeeded: number;
  /** Bit mask over `accessibilityFeatures`. */
  readonly accessibility: number;
  readonly pets: boolean;
  readonly protectedIdentity: boolean;
  /** Monthly income in öre, or -1 when unknown. */
  readonly income: number;
  readonly paymentRemarks: boolean;
  /** The last move-in day as a day number, or Infinity. */
  readonly latestMoveIn: number;
  readonly preferredMunicipalities: Int32Array;
  readonly preferredCounties: Int32Array;
  readonly hasPreferences: boolean;
  readonly nearSchool: boolean;
  readonly nearSupport: boolean;
  /** Days in sheltered, emergency or temporary housing up to `asOf`. */
  readonly shelteredDays: number;
  /** Whole points per component, adding up to 100. */
  readonly points: Int32Array;
}

/**
 * An offer reduced once to plain numbers for fast scoring (see {@link prepareOffer}).
 * The location is kept `Protected`; the address is not kept at all. Treat it as
 * opaque: its fields may change between versions.
 *
 * @example
 * ```ts
 * const prepared: PreparedOffer = prepareOffer(offer, { asOf });
 * prepared.id;
 * //=> 'offer-0000'
 * ```
 */
export interface PreparedOffer {
  readonly id: string;
  readonly municipality: number;
  readonly county: number;
  /** Rooms, or 0 when unknown. */
  readonly rooms: number;
  readonly accessibility: number;
  readonly petsForbidden: boolean;
  /** Rent per month in öre, or -1 when unknown. */
  readonly rent: number;
  /** Permanent under the rule set, or a tenure accepted as a step. */
  readonly permanent: boolean;
  /** The income multiple required, or 0. */
  readonly incomeMultiple: number;
  readonly noPaymentRemarks: boolean;
  readonly socialContractRoute: boolean;
  readonly acceptsProtectedIdentity: boolean;
  readonly availableFrom: number;
  /** Latitude and longitude in radians. */
  readonly location: Protected<Float64Array> | undefined;
  /** Km to the nearest school, or -1 when unknown. */
  readonly schoolKm: number;
  readonly supportKm: number;
}
