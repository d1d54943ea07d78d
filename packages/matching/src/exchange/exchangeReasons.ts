import type { LocalizedText } from '@stadig/core';

/**
 * Why a case was or was not placed by an exchange plan.
 *
 * @example
 * ```ts
 * exchangeReasons.balance.en;
 * //=> 'Not placed: every home that fits would take a municipality outside the agreed balance.'
 * ```
 */
export const exchangeReasons = {
  placed: {
    sv: 'Placerad: en bostad som passar, inom kommunernas överenskomna balans.',
    en: "Placed: a home that fits, within the municipalities' agreed balance.",
  },
  'no-feasible-offer': {
    sv: 'Inte placerad: ingen bostad i omgången passar hushållet (alla har ett hinder).',
    en: 'Not placed: no home in the batch suits the household (each has a veto).',
  },
  balance: {
    sv: 'Inte placerad: varje bostad som passar skulle föra en kommun utanför den överenskomna balansen.',
    en: 'Not placed: every home that fits would take a municipality outside the agreed balance.',
  },
  'offers-taken': {
    sv: 'Inte placerad: bostäderna som passar gick till andra hushåll, så att så många som möjligt fick en bostad.',
    en: 'Not placed: the homes that fit went to other households, so that as many as possible were placed.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * The id of an exchange reason.
 *
 * @example
 * ```ts
 * const id: ExchangeReasonId = 'placed';
 * ```
 */
export type ExchangeReasonId = keyof typeof exchangeReasons;
