import type { DateOnly, LocalizedText } from '@stadig/core';
import type { StatisticsGrouping } from './CaseStatisticsRecord';

/**
 * Why a cell is not published, with the reason in Swedish and English.
 *
 * @example
 * ```ts
 * const s: Suppression = { reason: 'small-count', sv: 'Färre än 5 ärenden.', en: 'Fewer than 5 cases.' };
 * ```
 */
export interface Suppression extends LocalizedText {
  /** `'small-count'`: fewer than the threshold; `'complementary'`: would reveal one that is. */
  readonly reason: 'small-count' | 'complementary';
}

/**
 * One cell of the statistics: what it is, its value, and whether it is suppressed.
 *
 * @example
 * ```ts
 * const cell: StatisticsCell = {
 *   group: '2080', id: 'cases', label: { sv: 'Antal ärenden', en: 'Number of cases' },
 *   unit: 'cases', value: 12, suppressed: null,
 * };
 * ```
 */
export interface StatisticsCell {
  /** The group: a municipality code, a county code, or `'national'`. */
  readonly group: string;
  /** What the cell is, such as `'shelter.days.median'` or `'outcome.tenure.rental'`. */
  readonly id: string;
  /** What the cell is, for a reader. */
  readonly label: LocalizedText;
  /** `'cases'` for counts, `'days'` for durations, `'share'` for a fraction in [0, 1]. */
  readonly unit: 'cases' | 'days' | 'share';
  /** The value; `null` when suppressed. */
  readonly value: number | null;
  /** Why the value is not published, or `null` when it is. */
  readonly suppressed: Suppression | null;
}

/**
 * Why a record was left out of the statistics (see `caseStatistics`).
 *
 * @example
 * ```ts
 * const reason: ExclusionReason = 'inconsistent-dates';
 * ```
 */
export type ExclusionReason = 'invalid-value' | 'inconsistent-dates' | 'after-as-of';

/**
 * The statistics: one row of cells per group (none when `by` is `'none'`), the national
 * row, and the records left out (for the producer, not for publication).
 *
 * @example
 * ```ts
 * caseStatistics([], { asOf, by: 'county' })._unsafeUnwrap().national[0]?.value;
 * //=> 0
 * ```
 */
export interface CaseStatisticsTable {
  /** The day open stays are counted to. */
  readonly asOf: DateOnly;
  /** How rows are grouped. */
  readonly by: StatisticsGrouping;
  /** The smallest count published besides zero. */
  readonly threshold: number;
  /** One row per group with at least one case, in code order. */
  readonly groups: readonly { readonly group: string; readonly cells: readonly StatisticsCell[] }[];
  /** The national row. */
  readonly national: readonly StatisticsCell[];
  /** Records left out, counted by reason (only reasons that occurred). Not for publication. */
  readonly excluded: readonly {
    readonly reason: ExclusionReason;
    readonly count: number;
    readonly label: LocalizedText;
  }[];
}
