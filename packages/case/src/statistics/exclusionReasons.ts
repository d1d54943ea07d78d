import type { LocalizedText } from '@stadig/core';
import type { ExclusionReason } from './CaseStatisticsTable';

/**
 * Why records are left out of the statistics, in Swedish and English.
 *
 * @example
 * ```ts
 * exclusionReasons['inconsistent-dates'].en;
 * //=> 'Dates out of order: left sheltered housing or moved into permanent housing before being placed.'
 * ```
 */
export const exclusionReasons = {
  'invalid-value': {
    sv: 'Ogiltigt värde: okänd kommun eller län, ogiltigt datum, okänd avslutsorsak eller felaktigt utfall.',
    en: 'Invalid value: unknown municipality or county, invalid date, unknown closing reason or malformed outcome.',
  },
  'inconsistent-dates': {
    sv: 'Datum i fel ordning: lämnade skyddat boende eller flyttade till stadigvarande boende före placeringen.',
    en: 'Dates out of order: left sheltered housing or moved into permanent housing before being placed.',
  },
  'after-as-of': {
    sv: 'Ett datum ligger efter det datum statistiken avser (asOf).',
    en: 'A date is later than the date the statistics are computed for (asOf).',
  },
} as const satisfies Record<ExclusionReason, LocalizedText>;
