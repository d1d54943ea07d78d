import type { CaseStatisticsTable, StatisticsCell } from './CaseStatisticsTable';

/**
 * The flat list of what would be published: every cell of every group, then the
 * national row, suppressed cells included with `value: null` and their reason (so a
 * reader sees that a value exists but is withheld). The `excluded` diagnostics are
 * not part of it. Never throws.
 *
 * @param table - the result of `caseStatistics`
 * @returns the cells, groups in order, then national
 *
 * @example
 * ```ts
 * publishedCells(table).filter((cell) => cell.suppressed !== null).every((cell) => cell.value === null);
 * //=> true
 * ```
 */
export function publishedCells(table: CaseStatisticsTable): readonly StatisticsCell[] {
  return [...table.groups.flatMap((row) => row.cells), ...table.national];
}
