import type { Money } from '@stadig/core';
import { roundedPercent } from '../percent/roundedPercent';
import type { GrantYearSummary } from './GrantYearSummary';

/**
 * One year of a year-on-year table: the figures, the shares computed from them, the
 * published shares beside them, and the change from the year before.
 *
 * @example
 * ```ts
 * const row: YearOnYearRow = yearOnYearTable([grantYearSummaries[2022], grantYearSummaries[2023]])[1];
 * row.unusedPercent;
 * //=> 15
 * ```
 */
export interface YearOnYearRow {
  readonly year: number;
  readonly available: Money;
  readonly applications: number | null;
  readonly recipients: number;
  readonly granted: Money;
  readonly unused: Money;
  readonly used: Money;
  /** Computed, whole percent (nearest, halves up). */
  readonly unusedPercent: number | null;
  readonly publishedUnusedPercent: number | null;
  /** Whether the published share equals the computed one; `null` when none is published. */
  readonly unusedPercentMatches: boolean | null;
  /** Recipients ÷ applications, computed when the applications are known. */
  readonly approvalPercent: number | null;
  readonly publishedApprovalPercent: number | null;
  /** `granted − granted the year before`; `null` for the first year. */
  readonly grantedChange: Money | null;
}

/**
 * Computes a year-on-year table like table 2 of seed 004 from year summaries: the
 * shares are computed from the amounts (never copied), the published ones kept beside
 * them to compare; rows in year order.
 *
 * @param summaries - the years' figures, such as `grantYearSummaries`
 * @returns one row per year, oldest first
 *
 * @example
 * ```ts
 * yearOnYearTable([grantYearSummaries[2023], grantYearSummaries[2022]]).map((r) => r.unusedPercent);
 * //=> [3, 15]
 * ```
 */
export function yearOnYearTable(summaries: readonly GrantYearSummary[]): YearOnYearRow[] {
  const sorted = [...summaries].sort((a, b) => a.year - b.year);
  return sorted.map((s, i): YearOnYearRow => {
    const unusedPercent = roundedPercent(s.unused, s.granted);
    const previous = sorted[i - 1];
    const published = s.published.unusedPercent;
    return {
      year: s.year,
      available: s.available,
      applications: s.applications,
      recipients: s.recipients,
      granted: s.granted,
      unused: s.unused,
      used: (s.granted - s.unused) as Money,
      unusedPercent,
      publishedUnusedPercent: published,
      unusedPercentMatches: published === null ? null : published === unusedPercent,
      approvalPercent:
        s.applications === null ? null : roundedPercent(s.recipients, s.applications),
      publishedApprovalPercent: s.published.approvalPercent,
      grantedChange: previous === undefined ? null : ((s.granted - previous.granted) as Money),
    };
  });
}
