import {
  counties,
  createErrorFactory,
  type DateOnly,
  municipalities,
  type StadigError,
} from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import { aggregateRecords } from './aggregateRecords';
import type { CaseStatisticsRecord, StatisticsGrouping } from './CaseStatisticsRecord';
import type { CaseStatisticsTable } from './CaseStatisticsTable';
import { dayNumber } from './dayNumber';
import { exclusionReasons } from './exclusionReasons';
import { type StatisticsErrorCode, statisticsMessages } from './messages';
import { statisticsRows } from './statisticsRows';

const statisticsError = createErrorFactory(statisticsMessages);

/**
 * The options of {@link caseStatistics}.
 *
 * @example
 * ```ts
 * const options: CaseStatisticsOptions = { asOf, by: 'county', threshold: 10 };
 * ```
 */
export interface CaseStatisticsOptions {
  /** The day the statistics are computed for: an open stay in sheltered housing counts to it. */
  readonly asOf: DateOnly;
  /** Rows per municipality, per county, or none (only the national row). */
  readonly by: StatisticsGrouping;
  /** The smallest count published besides zero; a whole number ≥ 1, default 5. */
  readonly threshold?: number;
}

/**
 * The indicators the county boards' mapping asked for (seed 003, lines 6–7): number of
 * cases; time in sheltered housing (mean, nearest-rank median, 25th, 75th and 90th
 * percentiles, in days, an open stay counted to `asOf`); time from placement to
 * permanent housing (the same, over cases with both dates); closed cases with and
 * without permanent housing and the share resolved (closed as `'permanent-housing-arranged'` ÷
 * closed); housing outcomes by tenure; and moves to another municipality. One row per
 * group and a national row, with small counts and whatever would reveal them
 * suppressed (see `suppressTable`). Records that fail checks are left out and counted
 * in `excluded`. Never throws.
 *
 * @param records - one projection per case
 * @param options - `asOf`, grouping and threshold
 * @returns the table, or an error for invalid options
 *
 * @example
 * ```ts
 * const table = caseStatistics(records, { asOf, by: 'municipality' })._unsafeUnwrap();
 * table.national.find((cell) => cell.id === 'shelter.days.median')?.value;
 * //=> 41
 * ```
 */
export function caseStatistics(
  records: Iterable<CaseStatisticsRecord>,
  options: CaseStatisticsOptions,
): Result<CaseStatisticsTable, StadigError<StatisticsErrorCode>> {
  const { asOf, by, threshold = 5 } = options;
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    return err(statisticsError('statistics.invalid-threshold', {}, ['threshold']));
  }
  const asOfDay = dayNumber(asOf);
  if (Number.isNaN(asOfDay)) return err(statisticsError('statistics.invalid-as-of', {}, ['asOf']));
  if (by !== 'municipality' && by !== 'county' && by !== 'none') {
    return err(statisticsError('statistics.invalid-grouping', {}, ['by']));
  }
  const countyOf = new Map<unknown, string>(municipalities.map((m) => [m.code, m.countyCode]));
  const countyCodes = new Set<unknown>(counties.map((c) => c.code));
  const context = { asOfDay, by, days: new Map(), countyOf, counties: countyCodes };
  const { groups, excluded } = aggregateRecords(records, context);
  const ordered = new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const rows = statisticsRows(ordered, threshold, by !== 'none');
  return ok({
    asOf,
    by,
    threshold,
    groups: rows.groups,
    national: rows.national,
    excluded: [...excluded]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([reason, count]) => ({ reason, count, label: exclusionReasons[reason] })),
  });
}
