import type { LocalizedText } from '@stadig/core';

/**
 * The forms of tenure a housing solution can have, with their names in Swedish and
 * English: the closed union {@link TenureKind}, and the one place a kind is added
 * (every rule set then fails to build until it reads the new kind).
 *
 * @example
 * ```ts
 * tenureKinds['social-contract'].sv;
 * //=> 'socialt kontrakt'
 * ```
 */
export const tenureKinds = {
  'first-hand-lease': { sv: 'förstahandskontrakt', en: 'first-hand lease' },
  sublease: { sv: 'andrahandskontrakt', en: 'sublease' },
  'social-contract': { sv: 'socialt kontrakt', en: 'social contract' },
  'tenant-owned': { sv: 'bostadsrätt', en: 'tenant-owned flat' },
  owned: { sv: 'ägd bostad', en: 'owned home' },
  'staying-in-home': { sv: 'kvarboende', en: 'staying in the home' },
  'emergency-apartment': { sv: 'jourlägenhet', en: 'emergency apartment' },
  'sheltered-housing': { sv: 'skyddat boende', en: 'sheltered housing' },
  'temporary-housing': { sv: 'tillfälligt boende', en: 'temporary housing' },
  lodger: { sv: 'inneboende', en: 'living as a lodger' },
  'with-relatives': { sv: 'boende hos anhöriga', en: 'living with relatives' },
  'special-housing': { sv: 'särskilt boende (SoL/LSS)', en: 'special housing (SoL/LSS)' },
  other: { sv: 'annan boendeform', en: 'another form of housing' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A form of tenure: first-hand lease, sublease, social contract, tenant-owned, owned,
 * staying in the home, emergency apartment, sheltered housing, temporary housing,
 * lodger, living with relatives, special housing under SoL/LSS, or other.
 *
 * @example
 * ```ts
 * const tenure: TenureKind = 'sublease';
 * ```
 */
export type TenureKind = keyof typeof tenureKinds;

/**
 * The tenures a survivor can hold in a home they stay in after the perpetrator moved
 * out (kvarboende).
 *
 * @example
 * ```ts
 * heldTenureKinds.includes('owned');
 * //=> true
 * ```
 */
export const heldTenureKinds = [
  'first-hand-lease',
  'sublease',
  'social-contract',
  'tenant-owned',
  'owned',
  'lodger',
  'other',
] as const satisfies readonly TenureKind[];

/**
 * A tenure held in a home the survivor stays in (see {@link heldTenureKinds}).
 *
 * @example
 * ```ts
 * const held: HeldTenureKind = 'first-hand-lease';
 * ```
 */
export type HeldTenureKind = (typeof heldTenureKinds)[number];

/**
 * Who lets the home.
 *
 * @example
 * ```ts
 * landlordTypes['municipal-housing-company'].en;
 * //=> 'municipal housing company'
 * ```
 */
export const landlordTypes = {
  'municipal-housing-company': { sv: 'kommunalt bostadsbolag', en: 'municipal housing company' },
  private: { sv: 'privat hyresvärd', en: 'private landlord' },
  municipality: { sv: 'kommunen', en: 'the municipality' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * Accessibility features a home can have.
 *
 * @example
 * ```ts
 * accessibilityFeatures.elevator.sv;
 * //=> 'hiss'
 * ```
 */
export const accessibilityFeatures = {
  'step-free-entrance': { sv: 'entré utan trappsteg', en: 'step-free entrance' },
  elevator: { sv: 'hiss', en: 'elevator' },
  'wheelchair-accessible': { sv: 'rullstolsanpassad', en: 'wheelchair accessible' },
  'adapted-bathroom': { sv: 'anpassat badrum', en: 'adapted bathroom' },
  'ground-floor': { sv: 'bottenvåning', en: 'ground floor' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * How a fixed-term contract is renewed.
 *
 * @example
 * ```ts
 * renewalTerms.automatic.en;
 * //=> 'renewed automatically'
 * ```
 */
export const renewalTerms = {
  none: { sv: 'förlängs inte', en: 'not renewed' },
  automatic: { sv: 'förlängs automatiskt', en: 'renewed automatically' },
  'by-agreement': { sv: 'förlängs efter överenskommelse', en: 'renewed by agreement' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * Conditions a takeover clause can set before the tenant may take over the lease.
 *
 * @example
 * ```ts
 * takeoverConditions['rent-paid'].sv;
 * //=> 'hyran betald i tid'
 * ```
 */
export const takeoverConditions = {
  'rent-paid': { sv: 'hyran betald i tid', en: 'rent paid on time' },
  'no-complaints': { sv: 'inga störningar', en: 'no complaints' },
  'support-followed': { sv: 'stödet har följts', en: 'support plan followed' },
  other: { sv: 'andra villkor', en: 'other conditions' },
} as const satisfies Readonly<Record<string, LocalizedText>>;
