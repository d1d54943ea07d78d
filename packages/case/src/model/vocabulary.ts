import type { LocalizedText } from '@stadig/core';

type Table = Readonly<Record<string, LocalizedText>>;

/**
 * Protected identity statuses (skyddade personuppgifter). Anything but `none` means the
 * person is never exported with an address.
 *
 * @example
 * ```ts
 * protectedIdentityStatuses['skyddad-folkbokforing'].en;
 * //=> 'protected population registration'
 * ```
 */
export const protectedIdentityStatuses = {
  none: { sv: 'inga skyddade personuppgifter', en: 'no protected identity' },
  sekretessmarkering: { sv: 'sekretessmarkering', en: 'confidentiality marking' },
  'skyddad-folkbokforing': {
    sv: 'skyddad folkbokföring',
    en: 'protected population registration',
  },
  'fingerade-personuppgifter': {
    sv: 'fingerade personuppgifter',
    en: 'fictitious personal details',
  },
} as const satisfies Table;

/**
 * A protected identity status.
 *
 * @example
 * ```ts
 * const status: ProtectedIdentityStatus = 'sekretessmarkering';
 * ```
 */
export type ProtectedIdentityStatus = keyof typeof protectedIdentityStatuses;

/**
 * Kinds of violence in a case (seed 000, 001).
 *
 * @example
 * ```ts
 * violenceKinds['honour-related'].sv;
 * //=> 'hedersrelaterat våld och förtryck'
 * ```
 */
export const violenceKinds = {
  partner: { sv: 'våld i nära relation av partner', en: 'partner violence' },
  'honour-related': {
    sv: 'hedersrelaterat våld och förtryck',
    en: 'honour-related violence and oppression',
  },
  'other-close': { sv: 'annat våld av närstående', en: 'other violence by someone close' },
} as const satisfies Table;

/**
 * Risk assessment instruments, as data only: never their question texts.
 *
 * @example
 * ```ts
 * riskInstruments.freda.en;
 * //=> "FREDA (Socialstyrelsen)"
 * ```
 */
export const riskInstruments = {
  freda: { sv: 'FREDA (Socialstyrelsen)', en: 'FREDA (Socialstyrelsen)' },
  patriark: { sv: 'PATRIARK', en: 'PATRIARK' },
  sara: { sv: 'SARA', en: 'SARA' },
  other: { sv: 'annat instrument', en: 'another instrument' },
} as const satisfies Table;

/**
 * Risk levels of an assessment.
 *
 * @example
 * ```ts
 * riskLevels.high.sv;
 * //=> 'hög'
 * ```
 */
export const riskLevels = {
  low: { sv: 'låg', en: 'low' },
  moderate: { sv: 'måttlig', en: 'moderate' },
  high: { sv: 'hög', en: 'high' },
  'very-high': { sv: 'mycket hög', en: 'very high' },
} as const satisfies Table;

/**
 * Kinds of stay before permanent housing (none is permanent; glossary).
 *
 * @example
 * ```ts
 * stayKinds['emergency-apartment'].sv;
 * //=> 'jourlägenhet'
 * ```
 */
export const stayKinds = {
  'sheltered-housing': { sv: 'skyddat boende', en: 'sheltered housing' },
  'emergency-apartment': { sv: 'jourlägenhet', en: 'emergency apartment' },
  'temporary-housing': { sv: 'tillfälligt boende', en: 'temporary housing' },
} as const satisfies Table;

/**
 * Who provides a stay.
 *
 * @example
 * ```ts
 * providerKinds['womens-shelter'].sv;
 * //=> 'kvinnojour'
 * ```
 */
export const providerKinds = {
  municipal: { sv: 'kommunal regi', en: 'run by the municipality' },
  'womens-shelter': { sv: 'kvinnojour', en: "women's shelter organisation" },
  private: { sv: 'privat utförare', en: 'private provider' },
  other: { sv: 'annan utförare', en: 'another provider' },
} as const satisfies Table;

/**
 * Why an offer of housing was declined: a closed vocabulary.
 *
 * @example
 * ```ts
 * declineReasons['too-close-to-perpetrator'].en;
 * //=> 'too close to the perpetrator'
 * ```
 */
export const declineReasons = {
  'too-close-to-perpetrator': { sv: 'för nära våldsutövaren', en: 'too close to the perpetrator' },
  'rent-too-high': { sv: 'för hög hyra', en: 'rent too high' },
  'too-few-rooms': { sv: 'för få rum', en: 'too few rooms' },
  'not-accessible': { sv: 'inte tillgänglig', en: 'not accessible' },
  'pets-not-allowed': { sv: 'husdjur inte tillåtna', en: 'pets not allowed' },
  'far-from-school-or-care': { sv: 'långt från skola eller vård', en: 'far from school or care' },
  'landlord-requirements': { sv: 'hyresvärdens krav', en: "the landlord's requirements" },
  'not-permanent': { sv: 'inte stadigvarande', en: 'not permanent' },
  other: { sv: 'annat skäl', en: 'another reason' },
} as const satisfies Table;

/**
 * Pets a household brings.
 *
 * @example
 * ```ts
 * petKinds.dog.sv;
 * //=> 'hund'
 * ```
 */
export const petKinds = {
  dog: { sv: 'hund', en: 'dog' },
  cat: { sv: 'katt', en: 'cat' },
  other: { sv: 'annat husdjur', en: 'another pet' },
} as const satisfies Table;
