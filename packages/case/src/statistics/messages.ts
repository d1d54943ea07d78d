import { defineMessages } from '@stadig/core';

/**
 * The error codes and sv/en messages of case statistics.
 *
 * @example
 * ```ts
 * statisticsMessages['statistics.invalid-threshold'].en({});
 * //=> 'The threshold must be a whole number of at least 1.'
 * ```
 */
export const statisticsMessages = defineMessages({
  'statistics.invalid-threshold': {
    sv: () => 'Gränsvärdet måste vara ett heltal som är minst 1.',
    en: () => 'The threshold must be a whole number of at least 1.',
  },
  'statistics.invalid-as-of': {
    sv: () => 'Datumet statistiken avser (asOf) måste vara ett giltigt datum ÅÅÅÅ-MM-DD.',
    en: () => 'The date the statistics are computed for (asOf) must be a valid YYYY-MM-DD date.',
  },
  'statistics.invalid-grouping': {
    sv: () => 'Gruppering måste vara municipality, county eller none.',
    en: () => 'Grouping must be municipality, county or none.',
  },
});

/**
 * Every error code of case statistics.
 *
 * @example
 * ```ts
 * const code: StatisticsErrorCode = 'statistics.invalid-threshold';
 * ```
 */
export type StatisticsErrorCode = keyof typeof statisticsMessages;
