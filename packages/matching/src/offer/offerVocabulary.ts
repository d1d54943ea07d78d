import type { LocalizedText } from '@stadig/core';

/**
 * Who offers a dwelling: a landlord (a housing company or a private landlord) or a
 * municipality (for example through the Kompotten network).
 *
 * @example
 * ```ts
 * offerProviders.municipality.sv;
 * //=> 'kommun'
 * ```
 */
export const offerProviders = {
  landlord: { sv: 'hyresvärd', en: 'landlord' },
  municipality: { sv: 'kommun', en: 'municipality' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A kind of offering party.
 *
 * @example
 * ```ts
 * const kind: OfferProvider = 'landlord';
 * ```
 */
export type OfferProvider = keyof typeof offerProviders;

/**
 * Places near a dwelling a household may ask to live near.
 *
 * @example
 * ```ts
 * nearbyKinds.school.en;
 * //=> 'school'
 * ```
 */
export const nearbyKinds = {
  school: { sv: 'skola', en: 'school' },
  support: { sv: 'stödverksamhet', en: 'support services' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A kind of nearby place.
 *
 * @example
 * ```ts
 * const kind: NearbyKind = 'support';
 * ```
 */
export type NearbyKind = keyof typeof nearbyKinds;
