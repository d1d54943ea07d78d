import { defineMessages } from '@stadig/core';

/**
 * The error codes a housing solution can fail validation with, besides the generic
 * `validation.*`, `date.*` and `municipality.*` codes of `@stadig/core`.
 *
 * @example
 * ```ts
 * housingMessages['housing.held-tenure-missing'].en({});
 * //=> 'Staying in the home needs the tenure held there (heldTenure).'
 * ```
 */
export const housingMessages = /* @__PURE__ */ defineMessages({
  'housing.held-tenure-missing': {
    sv: () => 'Kvarboende kräver upplåtelseformen som innehas där (heldTenure).',
    en: () => 'Staying in the home needs the tenure held there (heldTenure).',
  },
  'housing.held-tenure-unexpected': {
    sv: () => 'heldTenure anges bara vid kvarboende (tenure: staying-in-home).',
    en: () => 'heldTenure is given only when staying in the home (tenure: staying-in-home).',
  },
  'housing.contract-ends-before-start': {
    sv: () => 'Kontraktet slutar före startdagen.',
    en: () => 'The contract ends before it starts.',
  },
});

/**
 * An error code of {@link housingMessages}.
 *
 * @example
 * ```ts
 * const code: HousingErrorCode = 'housing.contract-ends-before-start';
 * ```
 */
export type HousingErrorCode = keyof typeof housingMessages;
