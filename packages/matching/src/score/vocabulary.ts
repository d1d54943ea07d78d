import type { LocalizedText } from '@stadig/core';

/**
 * The hard vetoes: a pair with any of them is not feasible, whatever its score. Each
 * has a machine id and a sentence for the caseworker in Swedish and English. The
 * order is the order vetoes are listed in.
 *
 * @example
 * ```ts
 * vetoReasons['avoided-municipality'].en;
 * //=> 'The home is in a municipality the household must avoid.'
 * ```
 */
export const vetoReasons = {
  'home-municipality': {
    sv: 'Bostaden ligger i hemkommunen, där hushållet inte kan bo kvar.',
    en: 'The home is in the home municipality, where the household cannot stay.',
  },
  'avoided-municipality': {
    sv: 'Bostaden ligger i en kommun som hushållet måste undvika.',
    en: 'The home is in a municipality the household must avoid.',
  },
  'avoided-county': {
    sv: 'Bostaden ligger i ett län som hushållet måste undvika.',
    en: 'The home is in a county the household must avoid.',
  },
  'too-close': {
    sv: 'Bostaden ligger för nära en plats som hushållet ska hålla avstånd till.',
    en: 'The home is too close to a place the household must keep a distance from.',
  },
  'not-permanent': {
    sv: 'Bostaden är inte stadigvarande enligt den valda regeluppsättningen.',
    en: 'The home is not permanent housing under the chosen rule set.',
  },
  'too-few-rooms': {
    sv: 'Bostaden har för få rum för hushållet.',
    en: 'The home has too few rooms for the household.',
  },
  accessibility: {
    sv: 'Bostaden saknar tillgänglighet som hushållet behöver.',
    en: 'The home lacks accessibility the household needs.',
  },
  pets: {
    sv: 'Husdjur är inte tillåtna i bostaden.',
    en: 'Pets are not allowed in the home.',
  },
  'landlord-requirements': {
    sv: 'Hyresvärdens krav (inkomst eller betalningsanmärkningar) uppfylls inte, och hyresvärden tar inte emot via socialt kontrakt.',
    en: "The landlord's requirements (income or payment remarks) are not met, and the landlord accepts no social-contract route.",
  },
  'protected-identity': {
    sv: 'Hyresvärden tar inte emot hyresgäster med skyddade personuppgifter.',
    en: 'The landlord does not accept tenants with protected personal details.',
  },
  'available-too-late': {
    sv: 'Bostaden blir ledig först efter hushållets sista inflyttningsdag.',
    en: "The home becomes available only after the household's last move-in day.",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * The id of a hard veto.
 *
 * @example
 * ```ts
 * const veto: VetoId = 'pets';
 * ```
 */
export type VetoId = keyof typeof vetoReasons;

/**
 * The soft components of a score, in the order they are listed, with their names.
 *
 * @example
 * ```ts
 * scoreComponents.affordability.sv;
 * //=> 'hyran i förhållande till inkomsten'
 * ```
 */
export const scoreComponents = {
  affordability: {
    sv: 'hyran i förhållande till inkomsten',
    en: 'rent in relation to income',
  },
  rooms: { sv: 'antal rum utan överskott', en: 'rooms without waste' },
  preferences: {
    sv: 'egna önskemål om kommun och län',
    en: 'own wishes for municipality and county',
  },
  nearness: { sv: 'närhet till skola eller stöd', en: 'nearness to school or support' },
  priority: { sv: 'tid i skyddat boende', en: 'time in sheltered housing' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * The id of a soft component.
 *
 * @example
 * ```ts
 * const id: ComponentId = 'rooms';
 * ```
 */
export type ComponentId = keyof typeof scoreComponents;

/**
 * The weight of each soft component: the points it can give out of 100.
 *
 * @example
 * ```ts
 * const weights: MatchWeights = { affordability: 40, rooms: 10, preferences: 30, nearness: 10, priority: 10 };
 * ```
 */
export type MatchWeights = Readonly<Record<ComponentId, number>>;

/**
 * The default weights (points out of 100): affordability 30, preferences 25,
 * priority 20, rooms 15, nearness 10.
 *
 * @example
 * ```ts
 * defaultWeights.affordability;
 * //=> 30
 * ```
 */
export const defaultWeights = {
  affordability: 30,
  rooms: 15,
  preferences: 25,
  nearness: 10,
  priority: 20,
} as const satisfies MatchWeights;
