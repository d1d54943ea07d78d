import { defineMessages } from '@stadig/core';

/**
 * The error codes of usage reports, with sv and en messages.
 *
 * @example
 * ```ts
 * usageMessages['grants.used-exceeds-granted'].en({});
 * //=> 'The used amount is larger than the granted amount: a report cannot use more than it was granted.'
 * ```
 */
export const usageMessages = /* @__PURE__ */ defineMessages({
  'grants.used-exceeds-granted': {
    sv: () =>
      'Det använda beloppet är större än det beviljade: en rapport kan inte använda mer än som beviljats.',
    en: () =>
      'The used amount is larger than the granted amount: a report cannot use more than it was granted.',
  },
  'grants.repaid-exceeds-due': {
    sv: () => 'Det återbetalda beloppet är större än det som ska betalas tillbaka.',
    en: () => 'The amount paid back is larger than what is due.',
  },
  'grants.reasons-without-unused': {
    sv: () => 'Orsaker till oanvända medel anges bara när något är oanvänt.',
    en: () => 'Reasons for unused funds are given only when something is unused.',
  },
});
