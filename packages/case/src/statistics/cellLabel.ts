import type { LocalizedText } from '@stadig/core';

const fixed = {
  cases: { sv: 'Antal ärenden', en: 'Number of cases' },
  'shelter.stays': {
    sv: 'Antal ärenden med placering i skyddat boende',
    en: 'Cases placed in sheltered housing',
  },
  'permanent.cases': {
    sv: 'Antal ärenden från placering till stadigvarande boende',
    en: 'Cases from placement to permanent housing',
  },
  'closed.total': { sv: 'Avslutade ärenden', en: 'Closed cases' },
  'closed.resolved': {
    sv: 'Avslutade med stadigvarande boende',
    en: 'Closed with permanent housing',
  },
  'closed.not-resolved': {
    sv: 'Avslutade utan stadigvarande boende',
    en: 'Closed without permanent housing',
  },
  'closed.share-resolved': {
    sv: 'Andel avslutade ärenden som nådde stadigvarande boende',
    en: 'Share of closed cases that reached permanent housing',
  },
  'outcome.total': {
    sv: 'Ärenden med känt boendeutfall',
    en: 'Cases with a known housing outcome',
  },
  'destination.total': { sv: 'Ärenden med känd flyttkommun', en: 'Cases with a known destination' },
  'destination.same-municipality': { sv: 'Bor kvar i kommunen', en: 'Stayed in the municipality' },
  'destination.other-municipality': {
    sv: 'Flyttade till en annan kommun',
    en: 'Moved to another municipality',
  },
} as const satisfies Record<string, LocalizedText>;

const durations = {
  shelter: {
    sv: 'Tid i skyddat boende (dagar; pågående vistelse räknas till asOf)',
    en: 'Time in sheltered housing (days; an open stay counts to asOf)',
  },
  permanent: {
    sv: 'Tid från placering till stadigvarande boende (dagar)',
    en: 'Time from placement to permanent housing (days)',
  },
} as const satisfies Record<string, LocalizedText>;

const statistics = {
  mean: { sv: 'medelvärde', en: 'mean' },
  median: { sv: 'median', en: 'median' },
  p25: { sv: '25:e percentilen', en: '25th percentile' },
  p75: { sv: '75:e percentilen', en: '75th percentile' },
  p90: { sv: '90:e percentilen', en: '90th percentile' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The Swedish and English label of a cell id: a fixed indicator (`'cases'`), a duration
 * statistic (`'shelter.days.median'`) or a tenure (`'outcome.tenure.<tenure>'`). An
 * unknown id is its own label. Never throws.
 *
 * @param id - the cell id
 * @returns the label
 *
 * @example
 * ```ts
 * cellLabel('permanent.days.p90').en;
 * //=> 'Time from placement to permanent housing (days), 90th percentile'
 * ```
 */
export function cellLabel(id: string): LocalizedText {
  if (Object.hasOwn(fixed, id)) return fixed[id as keyof typeof fixed];
  if (id.startsWith('outcome.tenure.')) {
    const tenure = id.slice('outcome.tenure.'.length);
    return { sv: `Boendeutfall: ${tenure}`, en: `Housing outcome: ${tenure}` };
  }
  const [measure, days, statistic] = id.split('.');
  if (
    days === 'days' &&
    Object.hasOwn(durations, String(measure)) &&
    Object.hasOwn(statistics, String(statistic))
  ) {
    const m = durations[measure as keyof typeof durations];
    const s = statistics[statistic as keyof typeof statistics];
    return { sv: `${m.sv}, ${s.sv}`, en: `${m.en}, ${s.en}` };
  }
  return { sv: id, en: id };
}
