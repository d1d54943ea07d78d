import { defineMessages } from '@stadig/core';

/**
 * The error codes of allocation, with sv and en messages.
 *
 * @example
 * ```ts
 * allocationMessages['grants.administration-exceeds-budget'].en({});
 * //=> 'The administration share cannot be larger than the budget.'
 * ```
 */
export const allocationMessages = /* @__PURE__ */ defineMessages({
  'grants.not-whole-kronor': {
    sv: () => 'Beloppet måste vara hela kronor och inte negativt.',
    en: () => 'The amount must be whole kronor and not negative.',
  },
  'grants.administration-exceeds-budget': {
    sv: () => 'Administrationsandelen kan inte vara större än budgeten.',
    en: () => 'The administration share cannot be larger than the budget.',
  },
  'grants.wrong-year': {
    sv: ({ expected }: { expected: number }) =>
      `Ansökan gäller ett annat bidragsår än ${expected}.`,
    en: ({ expected }: { expected: number }) =>
      `The application is for another grant year than ${expected}.`,
  },
  'grants.duplicate-application': {
    sv: () => 'Två ansökningar har samma id.',
    en: () => 'Two applications have the same id.',
  },
  'grants.policy-broke-rule': {
    sv: ({ policy, rule }: { policy: string; rule: string }) =>
      `Fördelningsprincipen ${policy} bröt mot regeln: ${rule}.`,
    en: ({ policy, rule }: { policy: string; rule: string }) =>
      `The allocation policy ${policy} broke the rule: ${rule}.`,
  },
  'grants.total-too-large': {
    sv: () => 'Summorna blir för stora för att räknas exakt.',
    en: () => 'The totals are too large to be computed exactly.',
  },
});
