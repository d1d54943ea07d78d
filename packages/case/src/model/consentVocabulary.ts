import type { LocalizedText } from '@stadig/core';

/**
 * Categories of consent recipient, for when a consent names a kind of organisation
 * rather than one organisation (seed 002: consent obtained before meeting the housing
 * company).
 *
 * @example
 * ```ts
 * recipientCategories['municipal-housing-company'].sv;
 * //=> 'kommunalt bostadsbolag'
 * ```
 */
export const recipientCategories = {
  'municipal-housing-company': { sv: 'kommunalt bostadsbolag', en: 'municipal housing company' },
  'private-landlord': { sv: 'privat hyresvärd', en: 'private landlord' },
  'receiving-municipality': { sv: 'mottagande kommun', en: 'receiving municipality' },
  'womens-shelter': { sv: 'kvinnojour', en: "women's shelter organisation" },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A category of consent recipient.
 *
 * @example
 * ```ts
 * const category: RecipientCategory = 'municipal-housing-company';
 * ```
 */
export type RecipientCategory = keyof typeof recipientCategories;

/**
 * What a consent lets the municipality share information for.
 *
 * @example
 * ```ts
 * consentPurposes['housing-referral'].en;
 * //=> 'referral for housing'
 * ```
 */
export const consentPurposes = {
  'housing-referral': { sv: 'förmedling av bostad', en: 'referral for housing' },
  'case-transfer': { sv: 'överlämning av ärende', en: 'transfer of the case' },
  'support-planning': { sv: 'planering av stöd', en: 'planning of support' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A purpose of consent.
 *
 * @example
 * ```ts
 * const purpose: ConsentPurpose = 'housing-referral';
 * ```
 */
export type ConsentPurpose = keyof typeof consentPurposes;
