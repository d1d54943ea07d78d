import type { Money } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';

/**
 * What a year's figures were, as data: the amounts and counts a year-on-year table is
 * computed from, the figures published as rounded shares (kept only to compare), and
 * the sources.
 *
 * @example
 * ```ts
 * const summary: GrantYearSummary = grantYearSummaries[2022];
 * summary.recipients;
 * //=> 17
 * ```
 */
export interface GrantYearSummary {
  readonly year: number;
  /** What could be granted (budget − administration), in öre. */
  readonly available: Money;
  /** Applications received; `null` when not published. */
  readonly applications: number | null;
  /** Recipients granted fully or partly. */
  readonly recipients: number;
  readonly granted: Money;
  readonly unused: Money;
  /** Figures published as rounded shares or counts in prose: compared, never used to compute. */
  readonly published: {
    readonly unusedPercent: number | null;
    readonly approvalPercent: number | null;
    readonly salarySharePercent: number | null;
  };
  readonly sources: readonly SourceRef[];
}
