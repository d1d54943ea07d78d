import type { Money } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';
import type { GrantYearSummary } from './GrantYearSummary';
import type { GrantTableReport } from './grantTableReport';

/**
 * A year's summary computed from a table's rows (granted, unused and the number of
 * recipients are the report's sums), for a year-on-year table.
 *
 * @param report - the year's table report
 * @param year - the year, what was available, the applications and the sources
 * @returns the summary (no published shares)
 *
 * @example
 * ```ts
 * yearSummaryFromReport(report, { year: 2023, available: 2750000000 as Money, applications: 72, sources: [] }).unused;
 * //=> 311956200
 * ```
 */
export function yearSummaryFromReport(
  report: GrantTableReport,
  year: {
    year: number;
    available: Money;
    applications: number | null;
    sources: readonly SourceRef[];
  },
): GrantYearSummary {
  return {
    ...year,
    recipients: report.recipients,
    granted: report.granted,
    unused: report.unused,
    published: { unusedPercent: null, approvalPercent: null, salarySharePercent: null },
  };
}
